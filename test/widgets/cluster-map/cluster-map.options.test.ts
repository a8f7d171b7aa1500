import { expect } from '@esm-bundle/chai';
import type { RenderContext } from '../../../src/core/contract.js';
import { parseConfig } from '../../../src/core/config.js';
import { RbError } from '../../../src/core/errors.js';
import { messagesFor } from '../../../src/core/i18n/index.js';
import type { AreaCollection, RegionBrandData } from '../../../src/core/schema.js';
import { DEFAULT_THEME } from '../../../src/core/theme.js';
import { validateDocument } from '../../../src/core/validate.js';
import {
  areasOf,
  collectionCentroid,
  describeFeatures,
  geometryCentroid,
  keyedCollection,
  matchUnits,
  polygonCentroid,
} from '../../../src/widgets/cluster-map/cluster-map.geometry.js';
import { checkFeatureCollection } from '../../../src/widgets/cluster-map/cluster-map.geo.js';
import { niceStep, sqrtSize } from '../../../src/widgets/cluster-map/cluster-map.figures.js';
import { ringOffsets } from '../../../src/widgets/cluster-map/cluster-map.geo-option.js';
import {
  clusterMapConfigSchema,
  resolveMode,
  buildModel,
  type ClusterMapModel,
} from '../../../src/widgets/cluster-map/cluster-map.options.js';
import { sample } from '../../support/helpers.js';

const ctx = (lang = 'zh-CN'): RenderContext => ({
  lang,
  messages: messagesFor(lang),
  theme: DEFAULT_THEME,
  animation: false,
  baseUrl: location.href,
  warn: () => undefined,
});

const config = (c: Record<string, unknown> = {}) => parseConfig(clusterMapConfigSchema, c);

async function kaiping(mutate?: (d: Record<string, any>) => void): Promise<RegionBrandData> {
  const raw = await sample('kaiping');
  delete raw['geo'];
  mutate?.(raw);
  const result = validateDocument(raw);
  if (!result.ok) throw result.error;
  return result.data;
}

async function towns(): Promise<AreaCollection> {
  const value = await (await fetch('/demo/data/kaiping-towns.geojson')).json();
  const fc = checkFeatureCollection(value);
  if (fc instanceof RbError) throw fc;
  return areasOf(fc);
}

const series = (model: ClusterMapModel) => (model.option as { series: Record<string, any>[] }).series;

function thrown(fn: () => unknown): RbError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RbError) return e;
    throw e;
  }
  throw new Error('expected an RbError');
}

describe('cluster-map geometry', () => {
  it('computes the area-weighted centroid, not the vertex mean', () => {
    // A square with extra vertices along its bottom edge: vertex mean (2, 1.14…), centroid (2, 2).
    const ring = [[0, 0], [1, 0], [2, 0], [3, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
    const c = polygonCentroid([ring])!;
    expect(c[0]).to.be.closeTo(2, 1e-9);
    expect(c[1]).to.be.closeTo(2, 1e-9);
  });

  it('ignores ring orientation and subtracts holes', () => {
    const clockwise = [[0, 0], [0, 2], [2, 2], [2, 0], [0, 0]];
    expect(polygonCentroid([clockwise])).to.deep.equal([1, 1]);
    // 4×4 square minus the 2×2 hole at its lower-left corner: (16·2 − 4·1) / 12 = 7/3.
    const outer = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
    const hole = [[0, 0], [0, 2], [2, 2], [2, 0], [0, 0]];
    const c = polygonCentroid([outer, hole])!;
    expect(c[0]).to.be.closeTo(7 / 3, 1e-9);
    expect(c[1]).to.be.closeTo(7 / 3, 1e-9);
  });

  it('weights the parts of a MultiPolygon by area', () => {
    // Unit square at (0.5, 0.5) and a 2×2 square at (11, 1): (1·0.5 + 4·11) / 5 = 8.9.
    const c = geometryCentroid({
      type: 'MultiPolygon',
      coordinates: [
        [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
        [[[10, 0], [12, 0], [12, 2], [10, 2], [10, 0]]],
      ],
    })!;
    expect(c[0]).to.be.closeTo(8.9, 1e-9);
    expect(c[1]).to.be.closeTo((0.5 + 4) / 5, 1e-9);
  });

  it('falls back to the vertex mean for a shape without area', () => {
    expect(polygonCentroid([[[0, 0], [2, 0], [4, 0], [0, 0]]])).to.deep.equal([1.5, 0]);
  });

  it('keys features by id, then name, then index, uniquely, and matches units by id then name', () => {
    const fc = {
      type: 'FeatureCollection' as const,
      features: [
        { type: 'Feature' as const, properties: { id: 'a', name: 'A镇' }, geometry: { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } },
        { type: 'Feature' as const, properties: { name: 'B镇' }, geometry: { type: 'Polygon' as const, coordinates: [[[1, 0], [2, 0], [2, 1], [1, 0]]] } },
        { type: 'Feature' as const, properties: null, geometry: { type: 'Polygon' as const, coordinates: [[[2, 0], [3, 0], [3, 1], [2, 0]]] } },
        { type: 'Feature' as const, properties: { id: 'a' }, geometry: { type: 'Polygon' as const, coordinates: [[[3, 0], [4, 0], [4, 1], [3, 0]]] } },
      ],
    };
    const infos = describeFeatures(fc);
    expect(infos.map((f) => f.key)).to.deep.equal(['a', 'B镇', '#2', 'a#3']);
    expect(describeFeatures(fc)).to.equal(infos); // memoised
    const keyed = keyedCollection(fc);
    expect(keyed.features.map((f) => (f.properties as Record<string, unknown>)['rbKey'])).to.deep.equal(['a', 'B镇', '#2', 'a#3']);
    expect(fc.features[0]!.properties).to.not.have.property('rbKey'); // the input is untouched
    const matched = matchUnits(
      [
        { id: 'a', name: 'other name' },
        { id: 'b', name: 'B镇' },
        { id: 'c', name: 'C镇' },
      ],
      infos,
    );
    expect(matched.get('a')?.key).to.equal('a');
    expect(matched.get('b')?.key).to.equal('B镇');
    expect(matched.has('c')).to.equal(false);
  });

  it('draws the features with a boundary: the collection itself when all are, else a copy without the others, once per collection', async () => {
    const checked = async (change?: (value: any) => void) => {
      const value = await (await fetch('/demo/data/kaiping-towns.geojson')).json();
      change?.(value);
      const fc = checkFeatureCollection(value);
      if (fc instanceof RbError) throw fc;
      return fc;
    };
    const all = await checked();
    expect(areasOf(all)).to.equal(all);
    const fc = await checked((value) => {
      value.features[0].geometry = null;
      value.features.push({ type: 'Feature', properties: { id: 'p' }, geometry: { type: 'Point', coordinates: [112.5, 22.3] } });
    });
    const areas = areasOf(fc);
    expect(areas.features.map((f) => (f.properties as { id: string }).id)).to.deep.equal(all.features.slice(1).map((f) => (f.properties as { id: string }).id));
    expect(areasOf(fc)).to.equal(areas);
    expect(fc.features).to.have.length(10); // the checked collection is untouched
  });

  it('generated sample geometry covers every Kaiping unit and is marked schematic', async () => {
    const fc = await towns();
    const data = await kaiping();
    const infos = describeFeatures(fc);
    expect(infos.every((f) => f.schematic)).to.equal(true);
    expect(matchUnits(data.units, infos).size).to.equal(data.units.length);
    const c = collectionCentroid(fc)!;
    expect(c[0]).to.be.within(112.4, 112.9);
    expect(c[1]).to.be.within(22.2, 22.5);
  });
});

describe('cluster-map buildModel', () => {
  it('resolves auto mode from the presence of geo', () => {
    expect(resolveMode('auto', {})).to.equal('graph');
    expect(resolveMode('auto', { geo: { url: 'x.geojson' } })).to.equal('geo');
    expect(resolveMode('graph', { geo: { url: 'x.geojson' } })).to.equal('graph');
  });

  it('lays one cluster in one town out as one line of round nodes, and keeps tall graphs wide', () => {
    const oneTown = (clusters: number): RegionBrandData => {
      const result = validateDocument({
        format: 'region-brand-data',
        version: 1,
        region: { id: 'r', name: '某县', level: 'county' },
        asOf: '2025-06-30',
        units: Array.from({ length: clusters }, (_, i) => ({ id: `t${i}`, name: `镇${i}`, level: 'town' })),
        clusters: Array.from({ length: clusters }, (_, i) => ({
          id: `c${i}`,
          name: `集群${i}`,
          units: [`t${i}`],
          metrics: { output: { value: (i + 1) * 1e8, unit: '元' } },
        })),
      });
      if (!result.ok) throw result.error;
      return result.data;
    };
    const [single] = series(buildModel(oneTown(1), config(), ctx()));
    // ECharts fits the nodes' bounding box into the chart; scaled alike in both directions the
    // nodes keep their pixel sizes (a box of zero height used to be stretched into two bars).
    expect(single!['preserveAspect']).to.equal('contain');
    const [cluster, town] = single!['data'];
    expect(cluster.y).to.equal(town.y);
    expect(town.x - cluster.x).to.be.at.least(360);
    expect(cluster.symbolSize).to.be.within(10, 34);
    expect(town.symbolSize).to.be.within(10, 28);
    const [tall] = series(buildModel(oneTown(30), config(), ctx()));
    const ys = tall!['data'].map((n: any) => n.y);
    const xs = tall!['data'].map((n: any) => n.x);
    expect(Math.max(...xs) - Math.min(...xs)).to.be.greaterThan(Math.max(...ys) - Math.min(...ys));
  });

  it("sizes labels and the legend's room with the theme's text (the screen theme: 15 px, not 12)", async () => {
    const data = await kaiping();
    const light = series(buildModel(data, config(), ctx()))[0]!;
    const screen = series(buildModel(data, config(), { ...ctx(), theme: { ...DEFAULT_THEME, fontSize: 18 } }))[0]!;
    expect(light['label'].fontSize).to.equal(12);
    expect(screen['label'].fontSize).to.equal(15);
    // Wider labels take more room beside the columns, and the larger legend more below.
    expect(screen['left']).to.be.greaterThan(light['left']);
    expect(screen['bottom']).to.be.greaterThan(light['bottom']);
  });

  it('draws a cluster → unit graph without geometry, with figures as text', async () => {
    const data = await kaiping();
    const model = buildModel(data, config(), ctx());
    expect(model.mode).to.equal('graph');
    expect(model.summary).to.equal('8个产业集群分布在9个镇（园区）；产值最大的是马冈鹅产业集群（13亿元）');
    const [graph] = series(model);
    expect(graph!['type']).to.equal('graph');
    expect(graph!['data']).to.have.length(8 + 9);
    expect(graph!['links']).to.have.length(1 + 1 + 2 + 2 + 2 + 2 + 2 + 1);
    expect(graph!['links'][2]).to.include({ source: 'cluster:rice', target: 'unit:chishui', tip: '大米产业集群 → 赤水镇' });
    const goose = graph!['data'].find((n: any) => n.id === 'cluster:goose');
    expect(goose.select).to.deep.equal({ kind: 'cluster', id: 'goose' });
    const magang = graph!['data'].find((n: any) => n.id === 'unit:magang');
    expect(magang.select).to.deep.equal({ kind: 'unit', id: 'magang' });
    // Node size by metric: goose (13亿) is larger than creative (9000万).
    const creative = graph!['data'].find((n: any) => n.id === 'cluster:creative');
    expect(goose.symbolSize).to.be.greaterThan(creative.symbolSize);
    // Units and clusters differ in shape, not only colour.
    expect(magang.symbol).to.not.equal(goose.symbol);
    expect(model.table.columns).to.deep.equal(['产业集群', '产业', '所在镇（园区）', '企业', '党组织', '产值']);
    expect(model.table.rows[0]).to.deep.equal(['马冈鹅产业集群', '畜牧', '马冈镇', '12家', '4个', '13亿元']);
    expect(model.table.rows[2]).to.deep.equal(['大米产业集群', '粮食', '赤水镇、百合镇', '9家', '3个', '4.2亿元']);
  });

  it('writes tooltips as plain text with counts, party organisations and 万/亿 amounts', async () => {
    const data = await kaiping();
    const model = buildModel(data, config(), ctx());
    const goose = series(model)[0]!['data'].find((n: any) => n.id === 'cluster:goose');
    expect(goose.tip).to.equal(
      ['马冈鹅产业集群', '产业：畜牧', '所在镇（园区）：马冈镇', '企业：12家', '党组织：4个（有党组织的企业 2家）', '产值：13亿元'].join('\n'),
    );
    // Tips are shown as HTML text by the element (core/chart-tooltip.ts), not by ECharts.
    expect((model.option as any).tooltip).to.equal(undefined);
    const magang = series(model)[0]!['data'].find((n: any) => n.id === 'unit:magang');
    expect(magang.tip).to.equal(['马冈镇', '产业集群：马冈鹅产业集群、食品加工产业集群', '产值合计：19.5亿元'].join('\n'));
  });

  it('speaks English', async () => {
    const data = await kaiping();
    const model = buildModel(data, config({ metric: 'investment' }), ctx('en'));
    expect(model.summary).to.equal('8 clusters in 9 towns and parks; largest investment: 大米产业集群 (115M yuan)');
    expect(model.table.rows.find((r) => r[0] === '马冈鹅产业集群')![5]).to.equal('—');
    expect(model.table.rows.find((r) => r[0] === '禽蛋产业集群')![5]).to.equal('25M yuan');
  });

  it('names the units by the level the map shows (units[].level) in its legend, summary, table, tooltips, scale and note, in every language', async () => {
    const words = (model: ClusterMapModel, lang: string) => ({
      legend: series(model)[0]!['categories'].at(-1).name,
      summary: model.summary,
      column: model.table.columns[2],
      tip: series(model)[0]!['data'].find((n: any) => n.id === 'cluster:goose').tip.split('\n')[2],
      scale: model.scale.caption,
      note: messagesFor(lang).map.schematic(model.places),
    });
    const villages = await kaiping((d) => d['units'].forEach((u: Record<string, unknown>) => (u['level'] = 'village')));
    expect(words(buildModel(villages, config(), ctx()), 'zh-CN')).to.deep.equal({
      legend: '村',
      summary: '8个产业集群分布在9个村；产值最大的是马冈鹅产业集群（13亿元）',
      column: '所在村',
      tip: '所在村：马冈镇',
      scale: '村按集群产值合计着色',
      note: '村边界为示意图形，并非真实行政边界',
    });
    const en = words(buildModel(villages, config(), ctx('en')), 'en');
    expect(en).to.deep.include({ legend: 'Villages', column: 'Villages', tip: 'Villages: 马冈镇', scale: 'Villages shaded by total cluster output' });
    expect(en.summary).to.match(/^8 clusters in 9 villages;/);
    expect(en.note).to.equal('The boundaries of the villages are schematic, not real administrative borders');
    // One unit: singular in English.
    expect(buildModel(villages, config({ clusters: ['goose'] }), ctx('en')).summary).to.match(/^1 cluster in 1 village;/);
    // Streets in Traditional Chinese; a mix names the most numerous level first, the others in brackets.
    const streets = await kaiping((d) => d['units'].forEach((u: Record<string, unknown>) => (u['level'] = 'street')));
    expect(words(buildModel(streets, config(), ctx('zh-TW')), 'zh-TW')).to.deep.include({ legend: '街道', column: '所在街道', scale: '街道依集群產值合計著色' });
    const mixed = await kaiping((d) => d['units'].forEach((u: Record<string, unknown>, i: number) => (u['level'] = i < 3 ? 'town' : i < 8 ? 'village' : 'park')));
    expect(words(buildModel(mixed, config(), ctx()), 'zh-CN').legend).to.equal('村（镇、园区）');
    expect(words(buildModel(mixed, config(), ctx('en')), 'en').legend).to.equal('Villages, towns and parks');
    // Kaiping as published: eight towns and a park.
    expect(words(buildModel(await kaiping(), config(), ctx()), 'zh-CN').legend).to.equal('镇（园区）');
  });

  it('shows only the clusters named in config, in that order', async () => {
    const data = await kaiping();
    const model = buildModel(data, config({ clusters: ['tea', 'goose'] }), ctx());
    expect(model.clusters.map((c) => c.id)).to.deep.equal(['tea', 'goose']);
    expect(model.units.map((u) => u.id)).to.deep.equal(['magang', 'dasha']);
  });

  it('rejects an unknown cluster id, listing the ids that exist', async () => {
    const data = await kaiping();
    const e = thrown(() => buildModel(data, config({ clusters: ['tea', 'durian'] }), ctx()));
    expect(e.code).to.equal('invalid-config');
    expect(e.path).to.equal('/clusters/1');
    expect(e.localizedMessage('zh-CN')).to.contain('durian').and.contain('goose、tea、rice');
  });

  it('shows every cluster for an empty list of clusters, as without one (the workbench writes none for it), not "the data has no clusters"', async () => {
    const data = await kaiping();
    const model = buildModel(data, config({ clusters: [] }), ctx());
    expect(model.noData).to.equal(undefined);
    expect(model.clusters.map((c) => c.id)).to.deep.equal(buildModel(data, config(), ctx()).clusters.map((c) => c.id)).and.have.length(8);
  });

  it('rejects a metric no cluster has, listing the metrics that exist', async () => {
    const data = await kaiping();
    const e = thrown(() => buildModel(data, config({ metric: 'sales' }), ctx('en')));
    expect(e.code).to.equal('invalid-config');
    expect(e.path).to.equal('/metric');
    expect(e.localizedMessage('en')).to.contain('"sales"').and.contain('output, enterprises');
  });

  it('draws clusters without metrics (valid data) under the default metric instead of failing', async () => {
    // data-format.md: a cluster needs only id, name and units; `metric` defaults to `output`.
    const data = await kaiping((d) => {
      for (const c of d['clusters']) delete c.metrics;
    });
    const model = buildModel(data, config({ mode: 'graph' }), ctx('en'));
    expect(model.clusters).to.have.length(8);
    expect(model.clusters.every((c) => c.value === 0 && c.metric === undefined)).to.equal(true);
    // A subset whose clusters lack the metric others carry: shown with "—", not an error.
    const some = await kaiping();
    const subset = buildModel(some, config({ mode: 'graph', metric: 'investment', clusters: ['goose'] }), ctx('en'));
    expect(subset.table.rows.find((r) => r[0] === '马冈鹅产业集群')![5]).to.equal('—');
  });

  it('rejects unknown config keys and bad modes', () => {
    expect(() => config({ mode: 'globe' })).to.throw(RbError);
    expect(() => config({ showEnterprise: true })).to.throw(RbError);
  });

  it('needs geometry in geo mode', async () => {
    const data = await kaiping();
    const e = thrown(() => buildModel(data, config({ mode: 'geo' }), ctx()));
    expect(e.code).to.equal('invalid-data');
    expect(e.path).to.equal('/geo');
  });

  it('on a map: shades units by the summed metric and places one marker per cluster and unit', async () => {
    const data = await kaiping();
    const collection = await towns();
    const model = buildModel(data, config({ mode: 'geo' }), ctx(), { mapName: 'rb-geo-test', collection });
    expect(model.mode).to.equal('geo');
    expect(model.schematic).to.equal(true);
    const option = model.option as any;
    expect(option.geo.map).to.equal('rb-geo-test');
    expect(option.geo.nameProperty).to.equal('rbKey');
    const [map, ...rest] = series(model);
    expect(map!['type']).to.equal('map');
    expect(map!['geoIndex']).to.equal(0);
    const magang = map!['data'].find((d: any) => d.name === 'magang');
    expect(magang.value).to.equal(1_300_000_000 + 650_000_000);
    expect(magang.select).to.deep.equal({ kind: 'unit', id: 'magang' });
    // Magang holds the largest sum: the darkest class; Tangkou (4亿) a lighter one.
    const region = (key: string) => option.geo.regions.find((r: any) => r.name === key).itemStyle.areaColor;
    expect(region('magang')).to.equal(model.scale.steps[4]!.color);
    expect(region('tangkou')).to.equal(model.scale.steps[1]!.color);
    expect(model.scale.steps.map((s) => s.label)).to.deep.equal(['无所选集群', '≤ 5亿元', '5亿元 – 10亿元', '10亿元 – 15亿元', '15亿元 – 20亿元']);
    // Markers: one series per industry; rice sits in two units.
    const markers = rest.filter((s) => s['type'] === 'scatter' && !s['silent']);
    expect(markers.map((s) => s['name'])).to.deep.equal(['畜牧', '茶叶', '粮食', '种植', '食品加工', '旅游', '文化创意']);
    const rice = markers.find((s) => s['name'] === '粮食')!['data'];
    expect(rice.map((d: any) => d.value.slice(0, 2))).to.deep.equal([[112.83, 22.21], [112.5, 22.29]]);
    expect(rice[0].select).to.deep.equal({ kind: 'cluster', id: 'rice' });
    // Goose and food share Magang: their markers are spread apart.
    const goose = markers.find((s) => s['name'] === '畜牧')!['data'].find((d: any) => d.select.id === 'goose');
    const food = markers.find((s) => s['name'] === '食品加工')!['data'].find((d: any) => d.value[0] === 112.58);
    expect(goose.symbolOffset).to.not.deep.equal(food.symbolOffset);
    // Marker area ∝ metric: sqrt scale.
    expect(goose.symbolSize).to.equal(40);
  });

  it('draws a unit a cluster lists twice (a warning) as one place: one marker, one sum, one graph link', async () => {
    const data = await kaiping((d) => {
      const rice = d['clusters'].find((c: any) => c.id === 'rice');
      rice.units = [...rice.units, rice.units[0]];
    });
    const clean = await kaiping();
    const collection = await towns();
    const markersOf = (doc: RegionBrandData) => {
      const model = buildModel(doc, config({ mode: 'geo' }), ctx(), { mapName: 'x', collection });
      return [series(model).find((s) => s['name'] === '粮食')!['data'].length, series(model)[0]!['data'].map((d: any) => d.value)];
    };
    expect(markersOf(data)).to.deep.equal(markersOf(clean));
    expect(markersOf(data)[0]).to.equal(2);
    const links = (doc: RegionBrandData) => (buildModel(doc, config({ mode: 'graph' }), ctx()).option as any).series[0].links.length;
    expect(links(data)).to.equal(links(clean));
  });

  it('uses the feature centroid for a unit without center', async () => {
    const data = await kaiping((d) => {
      delete d['units'].find((u: any) => u.id === 'dasha').center;
    });
    const collection = await towns();
    const model = buildModel(data, config({ mode: 'geo', clusters: ['tea'] }), ctx(), { mapName: 'x', collection });
    const tea = series(model).find((s) => s['name'] === '茶叶')!['data'][0];
    const dasha = describeFeatures(collection).find((f) => f.id === 'dasha')!.centroid!;
    expect(tea.value.slice(0, 2)).to.deep.equal([dasha[0], dasha[1]]);
  });

  it('adds enterprise points, party organisations with their own symbol, colour and legend entry', async () => {
    const data = await kaiping();
    const collection = await towns();
    const model = buildModel(data, config({ mode: 'geo', showEnterprises: true }), ctx(), { mapName: 'x', collection });
    const points = series(model).filter((s) => s['large'] === true);
    expect(points).to.have.length(2);
    const [other, party] = points;
    expect(party!['name']).to.equal('有党组织的企业');
    expect(other!['name']).to.equal('其他企业');
    expect(party!['symbol']).to.not.equal(other!['symbol']);
    expect(party!['itemStyle'].color).to.not.equal(other!['itemStyle'].color);
    expect((model.option as any).legend.data).to.include.members(['有党组织的企业', '其他企业']);
    expect(party!['data'].map((d: any) => d.select.id)).to.deep.equal(['magang-goose-coop', '/clusters/0/enterprises/2', 'jinluo-rice']);
    expect(other!['data'].map((d: any) => d.select)).to.deep.equal([{ kind: 'enterprise', id: '/clusters/0/enterprises/1' }]);
    // Enterprise tooltips are written on hover, from the series the point belongs to.
    const tipOf = (s: any, i: number) => model.tooltip!({ seriesType: 'scatter', seriesId: s.id, data: s.data[i] });
    // An enterprise's own figures (enterprises[].metrics) follow, in 万/亿 units.
    expect(tipOf(party, 0)).to.match(/^马冈鹅养殖专业合作社\n马冈鹅产业集群\n党组织：是\n产值：1,?200万元\n员工：35人$/);
    expect(tipOf(other, 0)).to.match(/\n马冈鹅产业集群\n党组织：否$/);
    expect(model.tooltip!({ seriesType: 'map', seriesId: 'x', data: { name: 'y' } })).to.equal(undefined);
    expect(model.enterprisePoints).to.equal(4);
  });

  it('builds 10,000 enterprise points in large progressive mode (its speed: `npm run bench`)', async () => {
    const data = await kaiping((d) => {
      d['clusters'][1].enterprises = Array.from({ length: 10_000 }, (_, i) => ({
        name: `企业${i}`,
        location: [112.3 + (i % 100) * 0.006, 22.2 + Math.floor(i / 100) * 0.003],
        partyOrganization: i % 7 === 0,
      }));
    });
    const collection = await towns();
    const model = buildModel(data, config({ mode: 'geo', showEnterprises: true }), ctx(), { mapName: 'x', collection });
    const points = series(model).filter((s) => s['large'] === true);
    expect(points.reduce((n, s) => n + s['data'].length, 0)).to.equal(10_000 + 4);
    expect(points.every((s) => s['progressive'] > 0 && s['largeThreshold'] <= 10_000)).to.equal(true);
  });

  it('has small helpers that behave', () => {
    expect(sqrtSize(25, 100, 10, 40)).to.equal(25);
    expect(sqrtSize(0, 100, 10, 40)).to.equal(10);
    expect(sqrtSize(5, 0, 10, 40)).to.equal(10);
    expect(niceStep(4.875e8)).to.equal(5e8);
    expect(niceStep(1.2)).to.equal(2);
    expect(niceStep(0.22)).to.equal(0.25);
    expect(ringOffsets(1)).to.deep.equal([[0, 0]]);
    expect(ringOffsets(2)).to.deep.equal([[0, -12], [0, 12]]);
  });
});
