import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../../src/widgets/cluster-map/index.js';
import type { RbClusterMap } from '../../../src/widgets/cluster-map/index.js';
import { geometryRegistrations } from '../../../src/widgets/cluster-map/cluster-map.geo.js';
import type { RbErrorDetail, RbSelectDetail } from '../../../src/core/events.js';
import { cleanup, create, mount, nextEvent, recordEvents, sample, shadow, until } from '../../support/helpers.js';
import { hoverItem } from '../../support/chart.js';
import type { RegionBrandDataInput } from '../../../src/core/schema.js';

const SIZE = 'width:640px;display:block';

async function kaiping(mutate?: (d: Record<string, any>) => void): Promise<Record<string, any>> {
  const d = await sample('kaiping');
  delete d['geo'];
  mutate?.(d);
  return d;
}

async function towns(): Promise<Record<string, any>> {
  return (await fetch('/demo/data/kaiping-towns.geojson')).json();
}

/** Mounts a map with inline data and waits for its chart. */
async function show(data: unknown, config: Record<string, unknown> = {}, lang?: string): Promise<RbClusterMap> {
  const el = create<RbClusterMap>('rb-cluster-map', { config: { animation: false, ...config }, ...(lang ? { lang } : {}) });
  el.setAttribute('style', SIZE);
  const loaded = nextEvent(el, 'rb-load');
  el.data = data as RegionBrandDataInput;
  await loaded;
  // The chart starts when visible: widgets mounted below the fold are scrolled to.
  el.scrollIntoView();
  await until(() => el.chart, 4000, 'chart init');
  return el;
}

const option = (el: RbClusterMap) => el.chart!.getOption() as Record<string, any>;

/** A real mouse click at a point of the chart (chart pixel coordinates). */
async function clickChartAt(el: RbClusterMap, [x, y]: number[]): Promise<void> {
  const rect = el.chart!.getDom().getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(rect.left + x!), Math.round(rect.top + y!)] });
}

describe('rb-cluster-map', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  it('shows a localised empty state for a document without clusters yet ("clusters": []), not an error, and fires rb-load', async () => {
    for (const [config, lang, text] of [[{}, 'zh-CN', '还没有产业集群'], [{ mode: 'graph', metric: 'investment' }, 'en', 'No industry clusters yet'], [{}, 'zh-TW', '還沒有產業集群']] as const) {
      const el = create<RbClusterMap>('rb-cluster-map', { lang, config: { animation: false, ...config } });
      el.setAttribute('style', SIZE);
      const events = recordEvents(el, 'rb-load', 'rb-error');
      const loaded = nextEvent(el, 'rb-load', 15000);
      el.data = (await kaiping((d) => (d['clusters'] = []))) as RegionBrandDataInput;
      await loaded;
      await el.updateComplete;
      expect(events.map((e) => e.type), lang).to.deep.equal(['rb-load']);
      expect(shadow(el).querySelector('[part="no-data"]')?.textContent, lang).to.contain(text);
      expect(shadow(el).querySelector('[part="error"]'), lang).to.equal(null);
    }
    // Naming clusters a document does not have is still a mistake of the config.
    const named = create<RbClusterMap>('rb-cluster-map', { config: { clusters: ['goose'] } });
    const failed = nextEvent<RbErrorDetail>(named, 'rb-error', 15000);
    named.data = (await kaiping((d) => (d['clusters'] = []))) as RegionBrandDataInput;
    expect((await failed).detail).to.include({ code: 'invalid-config', path: '/clusters/0' });
  });

  it('draws the map from geo.url, resolved against the document URL, with figures as text', async () => {
    const el = mount<RbClusterMap>(`<rb-cluster-map src="/demo/data/kaiping.json" config='{"animation":false}' style="${SIZE}"></rb-cluster-map>`);
    await nextEvent(el, 'rb-load');
    await until(() => el.chart, 4000, 'chart init');
    const o = option(el);
    expect(o['geo'][0].map).to.match(/^rb-geo-\d+$/);
    expect(o['series'][0].type).to.equal('map');
    const root = shadow(el);
    expect(root.querySelector('[part=chart]')!.getAttribute('aria-label')).to.equal(
      '8个产业集群分布在9个镇（园区）；产值最大的是马冈鹅产业集群（13亿元）',
    );
    expect(root.querySelector('[part=table]')!.textContent).to.contain('马冈鹅产业集群').and.contain('13亿元');
    expect(root.querySelector('[part=note]')!.textContent).to.contain('示意');
    expect(root.querySelectorAll('[part=legend] li')).to.have.length(1 + 5);
  });

  it('draws inline GeoJSON', async () => {
    const geo = await towns();
    const el = await show(await kaiping((d) => (d['geo'] = geo)), { metric: 'investment' });
    const o = option(el);
    expect(o['geo'][0].map).to.match(/^rb-geo-\d+$/);
    // Only rice (Chishui, Baihe) and poultry (Jinji, Chishui) report investment.
    const none = o['geo'][0].itemStyle.areaColor;
    const shaded = o['geo'][0].regions.filter((r: any) => r.itemStyle.areaColor !== none).map((r: any) => r.name);
    expect(shaded.sort()).to.deep.equal(['baihe', 'chishui', 'jinji']);
  });

  it('falls back to a graph without geometry', async () => {
    const el = await show(await kaiping());
    const o = option(el);
    expect(o['geo'] ?? []).to.have.length(0);
    expect(o['series'][0].type).to.equal('graph');
    expect(o['series'][0].data).to.have.length(17);
  });

  it('draws one cluster in one town as two round nodes of their own size, not stretched bars', async () => {
    const el = await show({
      format: 'region-brand-data',
      version: 1,
      region: { id: 'r', name: '某县', level: 'county' },
      asOf: '2025-06-30',
      units: [{ id: 'magang', name: '马冈镇', level: 'town' }],
      clusters: [{ id: 'goose', name: '马冈鹅产业集群', industry: '畜牧', units: ['magang'], metrics: { output: { value: 1.3e9, unit: '元' } } }],
    });
    const chart = el.chart!;
    const data = (chart as any).getModel().getSeriesByIndex(0).getData();
    const drawn = [0, 1].map((i) => {
      const node = data.getItemGraphicEl(i);
      const rect = node.getBoundingRect().clone();
      rect.applyTransform(node.getComputedTransform());
      return rect as { x: number; y: number; width: number; height: number };
    });
    for (const rect of drawn) {
      expect(rect.height, 'drawn height').to.be.lessThan(40);
      expect(Math.abs(rect.width - rect.height), 'round, not stretched').to.be.lessThan(2);
    }
    const [cluster, town] = drawn as [(typeof drawn)[0], (typeof drawn)[0]];
    expect(town.x - cluster.x).to.be.greaterThan(200);
    expect(Math.abs(cluster.y + cluster.height / 2 - (town.y + town.height / 2))).to.be.lessThan(1);
  });

  it('uses the graph when config says so even with geometry, and loads no geometry', async () => {
    const before = geometryRegistrations();
    const el = await show(await kaiping((d) => (d['geo'] = { url: '/demo/data/never-fetched.geojson' })), { mode: 'graph' });
    expect(option(el)['series'][0].type).to.equal('graph');
    expect(geometryRegistrations()).to.equal(before);
  });

  it('registers each geometry once, however many widgets and re-renders', async () => {
    const url = '/demo/data/kaiping-towns.geojson?registration-test';
    const before = geometryRegistrations();
    const a = await show(await kaiping((d) => (d['geo'] = { url })));
    const b = await show(await kaiping((d) => (d['geo'] = { url })));
    // Once (or not at all: an earlier test may have registered these towns already).
    const registered = geometryRegistrations();
    expect(registered - before).to.be.within(0, 1);
    expect(option(a)['geo'][0].map).to.equal(option(b)['geo'][0].map);
    // Re-render with another config and language: same map, no new registration.
    const rendered = nextEvent(a, 'rb-load', 300).catch(() => null);
    a.config = { animation: false, metric: 'investment' };
    a.lang = 'en';
    await a.updateComplete;
    await rendered;
    await until(() => option(a)['series'].some((s: any) => s.name === 'Towns and parks'), 3000, 'English option');
    expect(geometryRegistrations()).to.equal(registered);
    // Inline geometry: one registration shared by two widgets on the same document object.
    const doc = await kaiping(async () => undefined);
    doc['geo'] = await towns();
    const shape = doc['geo'] as { features: { properties: Record<string, unknown> }[] };
    shape.features[0]!.properties['registration-test'] = true;
    const c = await show(doc);
    const d = await show(doc);
    expect(geometryRegistrations()).to.equal(registered + 1);
    expect(option(c)['geo'][0].map).to.equal(option(d)['geo'][0].map);
    // The same geometry again as a new object (a refresh, another copy of the document): no new
    // registration, as ECharts never lets a registered map go.
    const copy = await kaiping(async () => undefined);
    copy['geo'] = JSON.parse(JSON.stringify(doc['geo']));
    const e = await show(copy);
    expect(geometryRegistrations()).to.equal(registered + 1);
    expect(option(e)['geo'][0].map).to.equal(option(c)['geo'][0].map);
  });

  it('a big screen refreshing its document and geometry registers the geometry once; a changed geometry once more', async () => {
    const geojson = JSON.stringify(await towns()).replace('"type":"FeatureCollection"', '"type":"FeatureCollection","name":"refresh-test"');
    let served = geojson;
    const docUrl = '/refresh-test/kaiping.json';
    const geoUrl = '/refresh-test/towns.geojson';
    const documentText = JSON.stringify(await kaiping((d) => (d['geo'] = { url: geoUrl })));
    const realFetch = window.fetch;
    const json = (text: string) => Promise.resolve(new Response(text, { headers: { 'content-type': 'application/json' } }));
    window.fetch = (input, init) =>
      String(input).endsWith(geoUrl) ? json(served) : String(input).endsWith(docUrl) ? json(documentText) : realFetch(input, init);
    try {
      const before = geometryRegistrations();
      const el = create<RbClusterMap>('rb-cluster-map', { config: { animation: false } });
      el.setAttribute('style', SIZE);
      let loaded = nextEvent(el, 'rb-load');
      el.src = docUrl;
      await loaded;
      el.scrollIntoView();
      await until(() => el.chart, 4000, 'chart init');
      const first = option(el)['geo'][0].map;
      for (let i = 0; i < 3; i++) {
        loaded = nextEvent(el, 'rb-load');
        await el.reload();
        await loaded;
      }
      expect(geometryRegistrations()).to.equal(before + 1);
      expect(option(el)['geo'][0].map).to.equal(first);
      served = geojson.replace('"refresh-test"', '"refresh-test-2"');
      loaded = nextEvent(el, 'rb-load');
      await el.reload();
      await loaded;
      await until(() => option(el)['geo'][0].map !== first, 3000, 'the new geometry');
      expect(geometryRegistrations()).to.equal(before + 2);
    } finally {
      window.fetch = realFetch;
    }
  });

  describe('geometry errors', () => {
    async function errorOf(geo: unknown): Promise<RbErrorDetail> {
      const el = create<RbClusterMap>('rb-cluster-map', {});
      const failed = nextEvent<RbErrorDetail>(el, 'rb-error');
      el.data = await kaiping((d) => (d['geo'] = geo)) as RegionBrandDataInput;
      const e = (await failed).detail;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=error]')!.textContent).to.contain(e.path);
      return e;
    }

    it('reports a missing file at /geo/url', async () => {
      const e = await errorOf({ url: '/demo/data/missing-towns.geojson' });
      expect(e.code).to.equal('fetch-failed');
      expect(e.path).to.equal('/geo/url');
      expect(e.message).to.contain('404');
    });

    it('reports a file that is not JSON at /geo/url', async () => {
      const e = await errorOf({ url: 'data:application/json,{not json' });
      expect(e.code).to.equal('invalid-json');
      expect(e.path).to.equal('/geo/url');
    });

    it('reports a file that is not a GeoJSON FeatureCollection under /geo', async () => {
      const broken = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: 'x' } }] };
      const e = await errorOf({ url: `data:application/json,${encodeURIComponent(JSON.stringify(broken))}` });
      expect(e.code).to.equal('invalid-data');
      expect(e.path).to.match(/^\/geo\/features\/0\/geometry/);
    });

    it('reports geo mode without geometry', async () => {
      const el = create<RbClusterMap>('rb-cluster-map', { config: { mode: 'geo' } });
      const failed = nextEvent<RbErrorDetail>(el, 'rb-error');
      el.data = await kaiping() as RegionBrandDataInput;
      const e = (await failed).detail;
      expect(e).to.include({ code: 'invalid-data', path: '/geo' });
      // What to do about it, not "required field is missing" of a field the format makes optional.
      expect(e.message).to.contain('"mode": "geo"').and.contain('"graph"').and.contain('{ "url": "…" }');
      const en = create<RbClusterMap>('rb-cluster-map', { lang: 'en', config: { mode: 'geo' } });
      const failedEn = nextEvent<RbErrorDetail>(en, 'rb-error');
      en.data = await kaiping() as RegionBrandDataInput;
      expect((await failedEn).detail.message).to.contain('the data has no "geo"').and.contain('set "mode" to "auto" or "graph"');
    });

    it('reports an unknown cluster id listing the ids', async () => {
      const el = create<RbClusterMap>('rb-cluster-map', { config: { clusters: ['goose', 'nope'] } });
      const failed = nextEvent<RbErrorDetail>(el, 'rb-error');
      el.data = await kaiping() as RegionBrandDataInput;
      const e = (await failed).detail;
      expect(e).to.include({ code: 'invalid-config', path: '/clusters/1' });
      expect(e.message).to.contain('goose、tea、rice、poultry');
    });
  });

  describe('features without a boundary', () => {
    /** The towns with Dasha unlocated (geometry null), and a point, a line and an empty collection beside them. */
    async function mixed(): Promise<Record<string, any>> {
      const geo = await towns();
      geo['features'].find((f: any) => f.properties.id === 'dasha').geometry = null;
      geo['features'].push(
        { type: 'Feature', properties: { name: '碉楼' }, geometry: { type: 'Point', coordinates: [112.57, 22.36] } },
        { type: 'Feature', properties: { name: '潭江' }, geometry: { type: 'LineString', coordinates: [[112.4, 22.3], [112.8, 22.35]] } },
        { type: 'Feature', properties: { name: '空' }, geometry: { type: 'GeometryCollection', geometries: [] } },
      );
      return geo;
    }

    let geo: Record<string, any>;
    before(async () => {
      geo = await mixed();
    });

    const areaNames = (el: RbClusterMap): string[] => option(el)['series'][0].data.map((d: any) => d.name);
    /** The map's areas (ours by key, those ECharts adds for its regions by name): every town but Dasha, and nothing else. */
    const expectDrawn = (names: string[]) => {
      expect(names).to.include.members(['magang', 'tangkou', 'xiangang', 'chishui', 'jinji', 'chikan', 'baihe', 'cuishanhu']);
      for (const left of ['dasha', '大沙镇', '碉楼', '潭江', '空']) expect(names).to.not.include(left);
    };

    it('inline: leaves them out of the map, places the unlocated unit by its centre, and warns about the point and the line', async () => {
      const el = create<RbClusterMap>('rb-cluster-map', { config: { animation: false } });
      el.setAttribute('style', SIZE);
      const events = recordEvents(el, 'rb-error', 'rb-warning');
      const loaded = nextEvent(el, 'rb-load');
      el.data = (await kaiping((d) => (d['geo'] = geo))) as RegionBrandDataInput;
      await loaded;
      el.scrollIntoView();
      await until(() => el.chart, 4000, 'chart init');
      expect(events.filter((e) => e.type === 'rb-error')).to.have.length(0);
      expect(events.filter((e) => e.type === 'rb-warning').map((e) => e.detail.path)).to.deep.equal([
        '/geo/features/9/geometry/type',
        '/geo/features/10/geometry/type',
        '/geo/features/11/geometry/type',
      ]);
      expectDrawn(areaNames(el));
      // Tea, Dasha's only cluster, still has its marker, at Dasha's centre (units[].center).
      const markers = option(el)['series'].filter((s: any) => s.type === 'scatter').flatMap((s: any) => s.data);
      expect(markers.find((m: any) => m.select?.id === 'tea')?.value.slice(0, 2)).to.deep.equal([112.41, 22.49]);
    });

    it('from geo.url: draws the boundaries it has, as inline, and warns once at /geo/url about the features it left out', async () => {
      const el = create<RbClusterMap>('rb-cluster-map', { config: { animation: false } });
      el.setAttribute('style', SIZE);
      const events = recordEvents(el, 'rb-error', 'rb-warning');
      const loaded = nextEvent(el, 'rb-load');
      el.data = (await kaiping((d) => (d['geo'] = { url: `data:application/json,${encodeURIComponent(JSON.stringify(geo))}` }))) as RegionBrandDataInput;
      await loaded;
      el.scrollIntoView();
      await until(() => el.chart, 4000, 'chart init');
      expect(events.filter((e) => e.type === 'rb-error')).to.have.length(0);
      const warnings = events.filter((e) => e.type === 'rb-warning');
      expect(warnings.map((e) => e.detail.path)).to.deep.equal(['/geo/url']);
      expect(warnings[0]!.detail.message).to.contain('地图文件中有 3 个要素不是区域边界（Point、LineString、GeometryCollection）');
      expectDrawn(areaNames(el));
    });
  });

  describe('selection', () => {
    it('fires rb-select for a clicked cluster marker and a clicked town', async () => {
      const geo = await towns();
      const el = await show(await kaiping((d) => (d['geo'] = geo)));
      const seen: RbSelectDetail[] = [];
      el.addEventListener('rb-select', (e) => seen.push(e.detail));
      // Tea is the only cluster in Dasha: its marker sits on Dasha's centre.
      const centre = [112.41, 22.49];
      await clickChartAt(el, el.chart!.convertToPixel({ geoIndex: 0 }, centre) as number[]);
      await until(() => seen.length, 2000, 'cluster select');
      expect(seen[0]).to.deep.equal({ kind: 'cluster', id: 'tea' });
      // A point of Dasha's cell away from the marker: between the centre and the farthest vertex.
      const ring: number[][] = geo['features'].find((f: any) => f.properties.id === 'dasha').geometry.coordinates[0];
      const far = ring.reduce((a, b) => (Math.hypot(b[0]! - centre[0]!, b[1]! - centre[1]!) > Math.hypot(a[0]! - centre[0]!, a[1]! - centre[1]!) ? b : a));
      const inside = [centre[0]! + (far[0]! - centre[0]!) * 0.6, centre[1]! + (far[1]! - centre[1]!) * 0.6];
      await clickChartAt(el, el.chart!.convertToPixel({ geoIndex: 0 }, inside) as number[]);
      await until(() => seen.length > 1, 2000, 'unit select');
      expect(seen[1]).to.deep.equal({ kind: 'unit', id: 'dasha' });
    });

    for (const zoom of [0.5, 1.5]) {
      it(`a click on a stage scaled with CSS zoom ${zoom} (a big screen's fit) selects what is under the pointer`, async () => {
        const geo = await towns();
        const stage = document.createElement('div');
        stage.style.zoom = String(zoom);
        document.body.append(stage);
        try {
          const el = create<RbClusterMap>('rb-cluster-map', { config: { animation: false } }, stage);
          el.setAttribute('style', SIZE);
          const loaded = nextEvent(el, 'rb-load');
          el.data = (await kaiping((d) => (d['geo'] = geo))) as RegionBrandDataInput;
          await loaded;
          el.scrollIntoView();
          await until(() => el.chart, 4000, 'chart init');
          const seen: RbSelectDetail[] = [];
          el.addEventListener('rb-select', (e) => seen.push(e.detail));
          // Chart pixels are design pixels: on the page they are zoomed.
          const [x, y] = el.chart!.convertToPixel({ geoIndex: 0 }, [112.41, 22.49]) as number[];
          const rect = el.chart!.getDom().getBoundingClientRect();
          await sendMouse({ type: 'click', position: [Math.round(rect.left + x! * zoom), Math.round(rect.top + y! * zoom)] });
          await until(() => seen.length, 2000, 'cluster select');
          expect(seen[0]).to.deep.equal({ kind: 'cluster', id: 'tea' });
          // And the tooltip is the marker's: moved off and back onto it.
          await sendMouse({ type: 'move', position: [Math.round(rect.left + 2), Math.round(rect.top + 2)] });
          await sendMouse({ type: 'move', position: [Math.round(rect.left + x! * zoom), Math.round(rect.top + y! * zoom)] });
          const tip = () => el.shadowRoot!.querySelector<HTMLElement>('[part=tooltip]');
          await until(() => tip()?.textContent?.trim().startsWith('大沙茶产业集群'), 2000, 'tooltip of the tea marker');
        } finally {
          stage.remove();
        }
      });
    }

    it('names a clicked enterprise without id by its JSON Pointer', async () => {
      const geo = await towns();
      const data = await kaiping((d) => {
        d['geo'] = geo;
        d['clusters'][1].enterprises = [
          { name: '大沙茶场', location: [112.36, 22.52], partyOrganization: true },
          { id: 'tea-coop', name: '大沙茶合作社', location: [112.45, 22.53] },
        ];
      });
      const el = await show(data, { clusters: ['tea'], showEnterprises: true });
      const seen: RbSelectDetail[] = [];
      el.addEventListener('rb-select', (e) => seen.push(e.detail));
      await clickChartAt(el, el.chart!.convertToPixel({ geoIndex: 0 }, [112.36, 22.52]) as number[]);
      await until(() => seen.length, 2000, 'enterprise select');
      expect(seen[0]).to.deep.equal({ kind: 'enterprise', id: '/clusters/1/enterprises/0' });
      await clickChartAt(el, el.chart!.convertToPixel({ geoIndex: 0 }, [112.45, 22.53]) as number[]);
      await until(() => seen.length > 1, 2000, 'enterprise select');
      expect(seen[1]).to.deep.equal({ kind: 'enterprise', id: 'tea-coop' });
    });

    it('fires rb-select for graph nodes through the chart click handler', async () => {
      const el = await show(await kaiping());
      const seen: RbSelectDetail[] = [];
      el.addEventListener('rb-select', (e) => seen.push(e.detail));
      const node = option(el)['series'][0].data.find((n: any) => n.id === 'unit:tangkou');
      (el.chart! as unknown as { trigger(name: string, params: unknown): void }).trigger('click', { data: node });
      expect(seen).to.deep.equal([{ kind: 'unit', id: 'tangkou' }]);
    });

    it('lets the keyboard choose a cluster', async () => {
      const el = await show(await kaiping());
      const buttons = shadow(el).querySelectorAll<HTMLButtonElement>('[part=clusters] button');
      expect(buttons).to.have.length(8);
      const selected = nextEvent<RbSelectDetail>(el, 'rb-select');
      buttons[2]!.focus();
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ kind: 'cluster', id: 'rice' });
    });
  });

  it('draws 10,000 enterprise points', async () => {
    const geo = await towns();
    const data = await kaiping((d) => {
      d['geo'] = geo;
      d['clusters'][1].enterprises = Array.from({ length: 10_000 }, (_, i) => ({
        name: `企业${i}`,
        location: [112.35 + (i % 100) * 0.005, 22.25 + Math.floor(i / 100) * 0.0025],
        partyOrganization: i % 9 === 0,
      }));
    });
    const el = await show(data, { showEnterprises: true });
    const finished = new Promise<void>((r) => el.chart!.on('finished', () => r()));
    await finished;
    const large = option(el)['series'].filter((s: any) => s.large);
    expect(large.reduce((n: number, s: any) => n + s.data.length, 0)).to.equal(10_004);
    // Pointing at a point shows its enterprise; leaving the chart hides it.
    const partySeries = option(el)['series'].findIndex((s: any) => s.id === 'enterprises-party');
    const generated = option(el)['series'][partySeries].data.findIndex((d: any) => d.name.startsWith('企业'));
    const tip = await hoverItem(el, partySeries, generated + 10);
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.match(/^企业\d+\n大沙茶产业集群\n党组织：是$/);
    el.chart!.getZr().painter.getViewportRoot().dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    await until(() => tip.hidden);
  });

  it('hides the tooltip of the option drawn before when a new one is drawn', async () => {
    const geo = await towns();
    const el = await show(await kaiping((d) => (d['geo'] = geo)));
    const markerSeries = option(el)['series'].findIndex((s: any) => s.data?.some?.((d: any) => d.select?.id === 'tea'));
    const tip = await hoverItem(el, markerSeries, 0);
    expect(tip.hidden).to.equal(false);
    const chart = el.chart;
    const drawn = el.model!.option;
    el.config = { animation: false, metric: 'enterprises' };
    await el.updateComplete;
    // The same chart draws the new option; the box of the old marker is gone with it.
    expect(el.chart).to.equal(chart);
    expect(el.model!.option).to.not.equal(drawn);
    expect(tip.hidden).to.equal(true);
  });

  it('shows a hostile cluster name only as text', async () => {
    const geo = await towns();
    const evil = '<img src=x onerror="window.__rbXss=1">{a|x}';
    const el = await show(
      await kaiping((d) => {
        d['geo'] = geo;
        d['clusters'][1].name = evil;
        d['clusters'][1].industry = evil;
      }),
    );
    const root = shadow(el);
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('[part=table]')!.textContent).to.contain(evil);
    expect(root.querySelector('[part=clusters]')!.textContent).to.contain(evil);
    // The tooltip of the marker under the pointer shows the name as text, braces and all.
    const markerSeries = option(el)['series'].findIndex((s: any) => s.data?.some?.((d: any) => d.select?.id === 'tea'));
    const tip = await hoverItem(el, markerSeries, 0);
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.contain(evil);
    expect(tip.children.length).to.equal(0);
    expect(document.querySelector('img')).to.equal(null);
    expect(root.querySelector('img')).to.equal(null);
    expect((window as unknown as { __rbXss?: number }).__rbXss).to.equal(undefined);
  });

  it('renders in English', async () => {
    const el = await show(await kaiping(), {}, 'en');
    const root = shadow(el);
    expect(root.querySelector('[part=chart]')!.getAttribute('aria-label')).to.equal(
      '8 clusters in 9 towns and parks; largest output: 马冈鹅产业集群 (1.3B yuan)',
    );
    expect(root.querySelector('[part=table] tr.head')!.textContent).to.contain('Party organisations');
  });
});
