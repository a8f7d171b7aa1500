// The pure ranking builder: what is ranked, by which figure, in which order, and the errors a
// config gets (an unknown metric lists those that exist).
import { expect } from '@esm-bundle/chai';
import type { RenderContext } from '../../../src/core/contract.js';
import { parseConfig } from '../../../src/core/config.js';
import { RbError } from '../../../src/core/errors.js';
import { messagesFor } from '../../../src/core/i18n/index.js';
import { loadLanguage } from '../../../src/core/i18n/language.js';
import { mistakeCodeReady } from '../../../src/core/mistakes-on-demand.js';
import type { RegionBrandData } from '../../../src/core/schema.js';
import { DEFAULT_THEME } from '../../../src/core/theme.js';
import { validateDocument } from '../../../src/core/validate.js';
import { buildModel, rankingConfigSchema, type RankingModel } from '../../../src/widgets/ranking/ranking.options.js';
import { sample } from '../../support/helpers.js';
import { dataChoices } from '../../../src/workbench/data-choices.js';

function context(lang = 'zh-CN'): RenderContext {
  return { lang, messages: messagesFor(lang), theme: DEFAULT_THEME, animation: false, baseUrl: location.href, warn: () => {} };
}

function model(data: RegionBrandData, config: Record<string, unknown> = {}, lang = 'zh-CN', period?: string): RankingModel {
  return buildModel(data, parseConfig(rankingConfigSchema, config), { ...context(lang), period });
}

function valid(doc: unknown): RegionBrandData {
  const r = validateDocument(doc);
  if (!r.ok) throw r.error;
  return r.data;
}

const doc = (sections: Record<string, unknown>) =>
  valid({ format: 'region-brand-data', version: 1, region: { id: 'r', name: '某县', level: 'county' }, asOf: '2025-06-30', ...sections });

const brand = (id: string, sales?: number, extra: Record<string, unknown> = {}) => ({
  id,
  name: `${id}品牌`,
  kind: 'region',
  ...(sales === undefined ? {} : { metrics: { sales: { value: sales, unit: '元', period: '2024' } } }),
  ...extra,
});

/** The problem messages of zh-CN and en and the code that describes mistakes, loaded. */
const messagesReady = () => Promise.all([loadLanguage('zh-CN'), loadLanguage('en'), mistakeCodeReady()]);

function configError(f: () => unknown): RbError {
  try {
    f();
  } catch (e) {
    if (e instanceof RbError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('ranking builder', () => {
  it('ranks the Kaiping brands by sales, the leader first, bars as shares of the leader', async () => {
    const data = valid(await sample('kaiping'));
    const m = model(data, { of: 'brands', metric: 'sales', top: 4 });
    expect(m.drawing).to.equal('html');
    const sales = data.brands.filter((b) => b.metrics?.['sales']).map((b) => b.metrics!['sales']!.value).sort((a, b) => b - a);
    expect(m.rows.map((r) => r.value)).to.deep.equal(sales.slice(0, 4));
    expect(m.rows[0]!.share).to.equal(1);
    expect(m.rows[1]!.share).to.be.closeTo(sales[1]! / sales[0]!, 1e-9);
    expect(m.rows.map((r) => r.kind)).to.deep.equal(['brand', 'brand', 'brand', 'brand']);
    expect(m.ranked).to.equal(sales.length);
    expect(m.table.rows).to.have.length(4);
    expect(m.table.columns).to.deep.equal(['排名', '名称', '销售额']);
    expect(m.summary).to.contain(m.rows[0]!.name).and.contain(`显示前 4 项`);
  });

  it('shares a rank between equal figures (1, 2, 2, 4) and leaves out items without the metric', () => {
    const data = doc({ brands: [brand('a', 90), brand('b', 50), brand('c', 50), brand('d', 20), brand('e')] });
    const m = model(data, { metric: 'sales' });
    expect(m.rows.map((r) => [r.id, r.rank])).to.deep.equal([['a', 1], ['b', 2], ['c', 2], ['d', 4]]);
    expect(m.missing).to.equal(1);
    expect(m.note).to.contain('1');
    expect(m.rows[1]!.label).to.contain('第 2 名').and.contain('b品牌');
  });

  it('defaults: brands by sales, top 10', () => {
    const brands = Array.from({ length: 14 }, (_, i) => brand(`b${i}`, 100 - i));
    const m = model(doc({ brands }));
    expect(m.of).to.equal('brands');
    expect(m.metric).to.equal('sales');
    expect(m.rows).to.have.length(10);
    expect(m.scroll).to.equal(null);
  });

  it('an unknown metric is an invalid-config error at /metric listing the metrics that exist', async () => {
    const data = valid(await sample('kaiping'));
    const e = configError(() => model(data, { of: 'clusters', metric: 'revenue' }));
    expect(e.code).to.equal('invalid-config');
    expect(e.path).to.equal('/metric');
    const text = e.localizedMessage('zh-CN');
    expect(text).to.contain('revenue').and.contain('output').and.contain('partyOrganizations');
    expect(e.localizedMessage('en')).to.contain('revenue').and.contain('output');
  });

  it('rejects bad config values with their path', () => {
    for (const [config, path] of [
      [{ of: 'towns' }, '/of'],
      [{ top: 0 }, '/top'],
      [{ top: 2.5 }, '/top'],
      [{ scroll: 0 }, '/scroll'],
      [{ scroll: '3' }, '/scroll'],
      [{ level: 'towns' }, '/level'],
      [{ level: [] }, '/level'],
      [{ level: ['town', '镇'] }, '/level/1'],
      [{ level: [3] }, '/level/0'],
      [{ level: 3 }, '/level'],
      [{ metrics: 'sales' }, ''],
    ] as const) {
      const e = configError(() => parseConfig(rankingConfigSchema, config));
      expect(e.code, JSON.stringify(config)).to.equal('invalid-config');
      if (path) expect(e.path, JSON.stringify(config)).to.equal(path);
    }
  });

  it('level town ranks the eight town brands without the county brand above them, and says so in the title', async () => {
    const data = valid(await sample('kaiping'));
    const county = data.brands.find((b) => b.level === 'county')!;
    const towns = data.brands.filter((b) => b.level === 'town');
    expect(model(data, { of: 'brands', metric: 'sales' }).rows[0]!.id).to.equal(county.id);
    const m = model(data, { of: 'brands', level: 'town', metric: 'sales' });
    expect(m.rows.map((r) => r.id)).to.not.include(county.id);
    expect(m.rows.map((r) => r.id).sort()).to.deep.equal(towns.map((b) => b.id).sort());
    expect(m.rows[0]!.share).to.equal(1);
    expect(m.ranked).to.equal(towns.length);
    expect(m.title).to.match(/^镇级品牌销售额排行/);
    expect(model(data, { of: 'brands', level: ['town'], metric: 'sales' }, 'zh-Hant').title).to.match(/^鎮級品牌/);
    expect(model(data, { of: 'brands', level: 'town', metric: 'sales' }, 'en').title).to.match(/^Brands \(town level\) by sales/);
    // A list of levels keeps each of them.
    const both = model(data, { of: 'brands', level: ['county', 'town'], metric: 'sales' });
    expect(both.ranked).to.equal(towns.length + 1);
    expect(both.title).to.match(/^县级、镇级品牌/);
  });

  it('a brand without its own level has its unit\'s; one with neither is left out, and not counted as missing', () => {
    const data = doc({
      units: [
        { id: 'u1', name: '甲镇', level: 'town' },
        { id: 'u2', name: '乙街道', level: 'street' },
      ],
      brands: [
        brand('county', 900, { level: 'county' }),
        brand('own', 100, { level: 'town', unit: 'u2' }),
        brand('fromUnit', 300, { unit: 'u1' }),
        brand('street', 200, { unit: 'u2' }),
        brand('none', 800),
        brand('noSales', undefined, { level: 'town' }),
      ],
    });
    const town = model(data, { level: 'town' });
    expect(town.rows.map((r) => r.id)).to.deep.equal(['fromUnit', 'own']);
    expect(town.missing).to.equal(1);
    expect(model(data, { level: ['street', 'county'] }).rows.map((r) => r.id)).to.deep.equal(['county', 'street']);
    // Repeated levels are one level (the title names it once).
    expect(model(data, { level: ['town', 'town'] }).title).to.match(/^镇级品牌/).and.not.match(/镇级、镇级/);
  });

  it('level keeps the units of those levels', () => {
    const data = doc({
      units: [
        { id: 'u1', name: '甲镇', level: 'town' },
        { id: 'u2', name: '乙街道', level: 'street' },
        { id: 'u3', name: '丙园区', level: 'park' },
      ],
      brands: [brand('a', 1, { unit: 'u1' }), brand('b', 1, { unit: 'u3' }), brand('c', 1, { unit: 'u3' })],
    });
    expect(model(data, { of: 'units', metric: 'brands' }).rows.map((r) => r.id)).to.deep.equal(['u3', 'u1', 'u2']);
    const m = model(data, { of: 'units', metric: 'brands', level: ['town', 'street'] });
    expect(m.rows.map((r) => r.id)).to.deep.equal(['u1', 'u2']);
    expect(m.title).to.equal('镇级、街道级单位品牌数排行');
  });

  it('level with clusters or enterprises is an invalid-config error at /level saying it applies to brands and units', async () => {
    const data = valid(await sample('kaiping'));
    for (const of of ['clusters', 'enterprises']) {
      const e = configError(() => model(data, { of, level: 'town' }));
      expect(e.code, of).to.equal('invalid-config');
      expect(e.path, of).to.equal('/level');
      for (const lang of ['zh-CN', 'zh-Hant', 'en']) expect(e.localizedMessage(lang), `${of} ${lang}`).to.contain('brands').and.contain('units').and.contain(of);
    }
    expect(configError(() => model(data, { of: 'clusters', level: 'town' })).localizedMessage('zh-CN')).to.contain('产业集群');
  });

  it('a level no brand or unit has is an invalid-config error at /level listing the levels there are', async () => {
    const data = valid(await sample('kaiping'));
    const e = configError(() => model(data, { of: 'brands', level: ['park', 'village'] }));
    expect(e.code).to.equal('invalid-config');
    expect(e.path).to.equal('/level');
    expect(e.localizedMessage('zh-CN')).to.contain('park、village').and.contain('county、town').and.contain('品牌');
    expect(e.localizedMessage('en')).to.contain('park, village').and.contain('county, town');
    const none = configError(() => model(doc({ brands: [brand('a', 1)] }), { level: 'town' }));
    expect(none.path).to.equal('/level');
    expect(none.localizedMessage('zh-CN')).to.contain('—');
  });

  it('a document without the ranked list yet: the empty state naming the list, not an error', () => {
    const m = model(doc({}), { of: 'clusters' });
    expect(m.noData).to.equal('还没有可排行的产业集群：数据中没有列出（clusters）');
    expect(m.summary).to.equal(m.noData);
    expect(m.rows).to.deep.equal([]);
  });

  it('units by derived counts: enterprises, party organisations, clusters and brands per unit', () => {
    const data = doc({
      units: [
        { id: 'u1', name: '甲镇', level: 'town' },
        { id: 'u2', name: '乙镇', level: 'town' },
        { id: 'u3', name: '丙镇', level: 'town' },
      ],
      brands: [brand('x', 1, { unit: 'u2' }), brand('y', 1, { unit: 'u2' }), brand('z', 1, { unit: 'u1' })],
      clusters: [
        {
          id: 'c1',
          name: '一号集群',
          units: ['u1', 'u2'],
          enterprises: [
            { name: 'e1', unit: 'u1', partyOrganization: true, aboveScale: true },
            { name: 'e2', unit: 'u1', partyOrganization: true },
            { name: 'e3', unit: 'u2' },
          ],
        },
        // No list: its enterprises count goes to its only unit.
        { id: 'c2', name: '二号集群', units: ['u3'], metrics: { enterprises: { value: 7, unit: '家' } } },
        // No list and two units: its count cannot be placed.
        { id: 'c3', name: '三号集群', units: ['u2', 'u3'], metrics: { enterprises: { value: 50, unit: '家' } } },
      ],
    });
    const by = (metric: string) => Object.fromEntries(model(data, { of: 'units', metric }).rows.map((r) => [r.id, r.value]));
    expect(by('enterprises')).to.deep.equal({ u3: 7, u1: 2, u2: 1 });
    expect(by('partyOrganizations')).to.deep.equal({ u1: 2, u2: 0, u3: 0 });
    expect(by('aboveScale')).to.deep.equal({ u1: 1, u2: 0, u3: 0 });
    expect(by('clusters')).to.deep.equal({ u2: 2, u3: 2, u1: 1 });
    expect(by('brands')).to.deep.equal({ u2: 2, u1: 1, u3: 0 });
    const m = model(data, { of: 'units' });
    expect(m.metric).to.equal('enterprises');
    expect(m.rows[0]!.valueText).to.equal('7家');
    expect(m.rows[0]!.kind).to.equal('unit');
    expect(model(data, { of: 'units' }, 'en').rows[0]!.valueText).to.equal('7 firms');
  });

  it('clusters: a metric of the data wins over the derived count of the same name', () => {
    const data = doc({
      units: [{ id: 'u1', name: '甲镇', level: 'town' }],
      clusters: [
        { id: 'c1', name: '一', units: ['u1'], enterprises: [{ name: 'a' }, { name: 'b' }], metrics: { enterprises: { value: 40, unit: '家' } } },
        { id: 'c2', name: '二', units: ['u1'], enterprises: [{ name: 'a' }, { name: 'b' }, { name: 'c' }], partyCommittee: { organizations: 9 } },
      ],
    });
    expect(model(data, { of: 'clusters', metric: 'enterprises' }).rows.map((r) => [r.id, r.value])).to.deep.equal([['c1', 40], ['c2', 3]]);
    expect(model(data, { of: 'clusters', metric: 'partyOrganizations' }).rows.map((r) => [r.id, r.value])).to.deep.equal([['c2', 9], ['c1', 0]]);
  });

  it('a town counts the enterprises of its clusters as the ranking of clusters does: the published count of a cluster listing only some', () => {
    // A town office lists its notable enterprises and publishes the cluster's count (data-format.md:
    // `metrics.enterprises` gives the count); the town's count was the listed 2, its cluster's 12.
    const data = doc({
      units: [{ id: 'u1', name: '甲镇', level: 'town' }, { id: 'u2', name: '乙镇', level: 'town' }],
      clusters: [
        { id: 'c1', name: '茶叶集群', units: ['u1'], enterprises: [{ name: '甲茶厂', partyOrganization: true }, { name: '乙茶厂', aboveScale: true }], metrics: { enterprises: { value: 12, unit: '家' } } },
        { id: 'c2', name: '竹编集群', units: ['u2'], enterprises: [{ name: '丙竹厂' }, { name: '丁竹厂' }, { name: '戊竹厂' }] },
      ],
    });
    const clusters = Object.fromEntries(model(data, { of: 'clusters', metric: 'enterprises' }).rows.map((r) => [r.id, r.value]));
    const units = Object.fromEntries(model(data, { of: 'units', metric: 'enterprises' }).rows.map((r) => [r.id, r.value]));
    expect(clusters).to.deep.equal({ c1: 12, c2: 3 });
    expect(units).to.deep.equal({ u1: 12, u2: 3 });
    // The listed enterprises still count for what only the list says.
    expect(model(data, { of: 'units', metric: 'partyOrganizations' }).rows.find((r) => r.id === 'u1')!.value).to.equal(1);
    expect(model(data, { of: 'units', metric: 'aboveScale' }).rows.find((r) => r.id === 'u1')!.value).to.equal(1);
  });

  it('brands without any metrics: an error saying they have none and how to add one, not an empty metric name', async () => {
    await messagesReady();
    const data = doc({ brands: [brand('甲'), brand('乙')] });
    const error = configError(() => model(data, { of: 'brands' }));
    expect(error.path).to.equal('/metric');
    expect(error.localizedMessage('zh-CN')).to.contain('数据中的品牌都没有指标（metrics）可显示').and.contain('"sales"');
    expect(error.localizedMessage('en')).to.contain('none of the brands has metrics').and.not.contain('""');
  });

  it('units when the region has none yet: an empty state naming units in the reader\'s language (as the matrix and the map), not an error', async () => {
    const data = doc({ brands: [brand('甲', 1)] });
    const m = model(data, { of: 'units' });
    expect(m.noData).to.equal('还没有可排行的单位：数据中没有列出（units）');
    expect(m.rows).to.deep.equal([]);
    expect(model(data, { of: 'units' }, 'en').noData).to.equal('No towns to rank yet: the data lists none (units)');
    expect(model(doc({}), { of: 'enterprises' }).noData).to.contain('clusters[].enterprises');
    // A level asked of enterprises stays the config's mistake.
    expect(configError(() => model(doc({}), { of: 'enterprises', level: 'town' })).issues[0]!.key).to.equal('levelNotRanked');
  });

  it('enterprises: from every cluster, named by id or JSON Pointer, with their cluster as a note', async () => {
    const data = valid(await sample('kaiping'));
    const m = model(data, { of: 'enterprises', metric: 'output' });
    expect(m.rows.length).to.be.greaterThan(0);
    for (const r of m.rows) {
      expect(r.kind).to.equal('enterprise');
      expect(r.note).to.not.equal('');
    }
    const noId = doc({
      units: [{ id: 'u1', name: '甲镇', level: 'town' }],
      clusters: [{ id: 'c1', name: '一号集群', units: ['u1'], enterprises: [{ name: '无编号企业', metrics: { output: { value: 5, unit: '元' } } }] }],
    });
    const row = model(noId, { of: 'enterprises' }).rows[0]!;
    expect(row.id).to.equal('/clusters/0/enterprises/0');
    expect(row.label).to.contain('一号集群');
  });

  it('marks the item selected in the link group, and only that one', async () => {
    const data = valid(await sample('kaiping'));
    const unfocused = model(data);
    expect(unfocused.rows.some((r) => r.focused)).to.equal(false);
    const target = unfocused.rows[1]!;
    const focused = buildModel(data, parseConfig(rankingConfigSchema, {}), { ...context('zh-CN'), focus: { kind: 'brand', id: target.id } });
    expect(focused.rows.filter((r) => r.focused).map((r) => r.id)).to.deep.equal([target.id]);
    const other = buildModel(data, parseConfig(rankingConfigSchema, {}), { ...context('zh-CN'), focus: { kind: 'unit', id: target.id } });
    expect(other.rows.some((r) => r.focused)).to.equal(false);
  });

  it('marks the items tied to a selection of another kind, as the matrix and the map do', async () => {
    const data = valid(await sample('kaiping'));
    const marked = (of: string, focus: { kind: 'unit' | 'brand' | 'cluster'; id: string }) =>
      buildModel(data, parseConfig(rankingConfigSchema, { of, top: 100 }), { ...context('zh-CN'), focus })
        .rows.filter((r) => r.focused).map((r) => r.id).sort();
    // 马冈镇: its brand, the clusters placed in it, the units themselves.
    expect(marked('brands', { kind: 'unit', id: 'magang' })).to.deep.equal(['magang-youpin']);
    expect(marked('clusters', { kind: 'unit', id: 'magang' })).to.deep.equal(['food', 'goose']);
    expect(marked('units', { kind: 'unit', id: 'magang' })).to.deep.equal(['magang']);
    // 塘口优品: its town and its clusters (its own and those it lists).
    expect(marked('units', { kind: 'brand', id: 'tangkou-youpin' })).to.deep.equal(['tangkou']);
    expect(marked('clusters', { kind: 'brand', id: 'tangkou-youpin' })).to.deep.equal(['creative', 'tourism']);
    // 水稻 cluster: the towns it spans, its brand and the brands listing it.
    expect(marked('units', { kind: 'cluster', id: 'rice' })).to.deep.equal(['baihe', 'chishui']);
    expect(marked('brands', { kind: 'cluster', id: 'rice' })).to.deep.equal(['chishui-youpin', 'kaiping-youpin']);
    expect(marked('clusters', { kind: 'cluster', id: 'rice' })).to.deep.equal(['rice']);
  });

  it('marks the enterprises of a selected cluster, brand or town (by id or JSON Pointer)', () => {
    const enterprise = (name: string, extra: Record<string, unknown> = {}) => ({ name, metrics: { output: { value: name.length * 1000, unit: '元' } }, ...extra });
    const data = doc({
      units: [{ id: 'a', name: '甲镇', level: 'town' }, { id: 'b', name: '乙镇', level: 'town' }],
      brands: [brand('ba', 1, { unit: 'a', clusters: ['c2'] })],
      clusters: [
        { id: 'c1', name: '一号集群', units: ['a'], enterprises: [enterprise('一'), enterprise('二二', { id: 'e2' })] },
        { id: 'c2', name: '二号集群', units: ['a', 'b'], enterprises: [enterprise('三三三', { unit: 'b' }), enterprise('四四四四')] },
      ],
    });
    const marked = (focus: { kind: 'unit' | 'brand' | 'cluster'; id: string }) =>
      buildModel(data, parseConfig(rankingConfigSchema, { of: 'enterprises' }), { ...context('zh-CN'), focus }).rows.filter((r) => r.focused).map((r) => r.id).sort();
    expect(marked({ kind: 'cluster', id: 'c1' })).to.deep.equal(['/clusters/0/enterprises/0', 'e2']);
    expect(marked({ kind: 'brand', id: 'ba' })).to.deep.equal(['/clusters/1/enterprises/0', '/clusters/1/enterprises/1']);
    // 甲镇: the enterprises of its one-town cluster; of the two-town cluster only one whose unit says so (none here).
    expect(marked({ kind: 'unit', id: 'a' })).to.deep.equal(['/clusters/0/enterprises/0', 'e2']);
    expect(marked({ kind: 'unit', id: 'b' })).to.deep.equal(['/clusters/1/enterprises/0']);
  });

  it('takes the period from its config when no link group sets one', async () => {
    const data = valid(await sample('kaiping'));
    const fromConfig = buildModel(data, parseConfig(rankingConfigSchema, { period: '2023' }), context('zh-CN'));
    const fromGroup = model(data, {}, 'zh-CN', '2023');
    expect(fromConfig.rows.map((r) => r.valueText)).to.deep.equal(fromGroup.rows.map((r) => r.valueText));
    expect(fromConfig.rows.map((r) => r.valueText)).to.not.deep.equal(model(data).rows.map((r) => r.valueText));
  });

  it('a period ranks the figures of that period; items without one are left out', () => {
    const withSeries = (id: string, latest: number, earlier?: number) =>
      brand(id, undefined, {
        metrics: { sales: { value: latest, unit: '元', period: '2024', ...(earlier === undefined ? {} : { series: [{ period: '2023', value: earlier }] }) } },
      });
    const data = doc({ brands: [withSeries('a', 10, 30), withSeries('b', 20, 5), withSeries('c', 30)] });
    expect(model(data, { metric: 'sales' }).rows.map((r) => r.id)).to.deep.equal(['c', 'b', 'a']);
    const earlier = model(data, { metric: 'sales' }, 'zh-CN', '2023');
    expect(earlier.rows.map((r) => r.id)).to.deep.equal(['a', 'b']);
    expect(earlier.missing).to.equal(1);
    expect(earlier.title).to.contain('2023');
  });

  it('strings from the data stay text in the model', () => {
    const hostile = '<img src=x onerror=alert(1)>{a|b}';
    const data = doc({ brands: [{ ...brand('h', 5), name: hostile }] });
    const m = model(data, { metric: 'sales' });
    expect(m.rows[0]!.name).to.equal(hostile);
    expect(m.table.rows[0]![1]).to.equal(hostile);
  });

  it('speaks zh-Hant and English', async () => {
    const data = valid(await sample('kaiping'));
    expect(model(data, { of: 'clusters', metric: 'output' }, 'zh-Hant').title).to.contain('產業集群');
    const en = model(data, { of: 'clusters', metric: 'output' }, 'en');
    expect(en.title).to.match(/^Clusters by output/);
    expect(en.table.columns[0]).to.equal('Rank');
  });

  it('offers the workbench the metrics of the list chosen, derived counts included', async () => {
    const data = valid(await sample('kaiping'));
    const values = (of: string) => dataChoices('ranking', 'metric', data, { of })!.map((c) => c.value);
    expect(values('units')).to.deep.equal(['enterprises', 'partyOrganizations', 'aboveScale', 'clusters', 'brands']);
    expect(values('clusters')).to.include.members(['output', 'enterprises', 'partyOrganizations', 'units']);
    expect(values('brands')).to.include('sales');
    for (const of of ['units', 'clusters', 'brands', 'enterprises']) {
      for (const metric of values(of)) expect(() => model(data, { of, metric }), `${of} ${metric}`).to.not.throw();
    }
  });
});
