// Periods and focus in the pure builders: the periods a document holds (sorted as periods), the
// figure of a period, "no data for P" (never the latest), and what a selection focuses.
import { expect } from '@esm-bundle/chai';
import type { Focus, RenderContext } from '../../../src/core/contract.js';
import { parseConfig } from '../../../src/core/config.js';
import { messagesFor } from '../../../src/core/i18n/index.js';
import { coverageAt, documentPeriods, quantityAt, sortPeriods } from '../../../src/core/period-figures.js';
import type { RegionBrandData } from '../../../src/core/schema.js';
import { DEFAULT_THEME } from '../../../src/core/theme.js';
import { validateDocument } from '../../../src/core/validate.js';
import { buildModel as gauge, coverageGaugeConfigSchema } from '../../../src/widgets/coverage-gauge/coverage-gauge.options.js';
import { buildModel as card, growthIndicatorConfigSchema } from '../../../src/widgets/growth-indicator/growth-indicator.options.js';
import { buildModel as matrix, brandMatrixConfigSchema, type BrandCard } from '../../../src/widgets/brand-matrix/brand-matrix.options.js';
import { buildModel as map, clusterMapConfigSchema } from '../../../src/widgets/cluster-map/cluster-map.options.js';
import { nextPeriod } from '../../../src/widgets/period/period.options.js';
import { sample } from '../../support/helpers.js';

function ctx(extra: { period?: string; focus?: Focus } = {}, lang = 'zh-CN'): RenderContext {
  return { lang, messages: messagesFor(lang), theme: DEFAULT_THEME, animation: false, baseUrl: location.href, warn: () => {}, ...extra };
}

async function kaiping(): Promise<RegionBrandData> {
  const d = await sample('kaiping');
  delete d['geo'];
  const r = validateDocument(d);
  if (!r.ok) throw r.error;
  return r.data;
}

const cards = (roots: readonly BrandCard[]): BrandCard[] => roots.flatMap((c) => [c, ...cards(c.children)]);

describe('periods of a document', () => {
  it('sorts periods by start date, then coarsest first, never as strings', () => {
    const shuffled = ['2023', '2022-Q2', '2022-02', '2022', '2022-H2', '2022-01-15', '2022-H1', '2022-01', '2022-Q1', '2021-12', '2022-Q1'];
    expect(sortPeriods(shuffled)).to.deep.equal(['2021-12', '2022', '2022-H1', '2022-Q1', '2022-01', '2022-01-15', '2022-02', '2022-Q2', '2022-H2', '2023']);
    expect(sortPeriods(['2022-10', '2022-9x', '2022-02'])).to.deep.equal(['2022-02', '2022-10']);
  });

  it('lists the Kaiping periods from indicators, coverage history and metric series (targets left out)', async () => {
    const data = await kaiping();
    expect(documentPeriods(data)).to.deep.equal(['2022', '2023', '2024', '2025', '2025-H1']);
    const onlyTarget = { ...data, coverage: [], brands: [], clusters: [], indicators: [{ id: 'x', name: 'x', target: { period: '2030', value: 1 } }] } as unknown as RegionBrandData;
    expect(documentPeriods(onlyTarget)).to.deep.equal([]);
  });

  it('gives the figure of exactly that period, or none', async () => {
    const data = await kaiping();
    const sales = data.brands.find((b) => b.id === 'magang-youpin')!.metrics!['sales'];
    expect(quantityAt(sales, undefined)?.value).to.equal(50000000);
    expect(quantityAt(sales, '2024')?.value).to.equal(50000000);
    expect(quantityAt(sales, '2022')).to.deep.equal({ value: 21000000, unit: '元', period: '2022' });
    expect(quantityAt(sales, '2022-H1')).to.equal(null);
    const entry = data.coverage.find((c) => c.id === 'enterprise-party')!;
    expect(coverageAt(entry, '2023')).to.include({ covered: 14, total: 76, period: '2023' });
    expect(coverageAt(entry, '2023')!.breakdown).to.equal(undefined);
    expect(coverageAt(entry, '2025')).to.equal(entry);
    expect(coverageAt(entry, '2021')).to.equal(null);
  });

  it('playback steps to the next period and ends after the last', () => {
    expect(nextPeriod(['2022', '2023'], undefined)).to.equal('2022');
    expect(nextPeriod(['2022', '2023'], '2022')).to.equal('2023');
    expect(nextPeriod(['2022', '2023'], '2023')).to.equal(undefined);
  });
});

describe('builders asked for a period', () => {
  it('gauge: the history figure of the period; "no data" for a period without one, not an error', async () => {
    const data = await kaiping();
    const config = parseConfig(coverageGaugeConfigSchema, { coverage: 'enterprise-party', breakdown: true });
    const then = gauge(data, config, ctx({ period: '2023' }));
    expect(then.percentText).to.not.equal(gauge(data, config, ctx()).percentText);
    expect(then.figures).to.include({ covered: 14, total: 76 });
    expect(then.countText).to.contain('2023年');
    expect(then.noData).to.equal(undefined);
    const none = gauge(data, config, ctx({ period: '2021' }));
    expect(none.noData).to.equal('2021年 无数据');
    expect(none.summary).to.contain('无数据');
    // Its data table (screen readers, CSV) says so too, never the latest figures.
    expect(none.table.rows).to.deep.equal([['集群企业党组织覆盖', '2021年 无数据', '—', '—']]);
    expect(gauge(data, config, ctx({ period: '2021' }, 'en')).noData).to.equal('No data for 2021');
    // The widget's own `period` works the same way; the group's period wins over it.
    const own = parseConfig(coverageGaugeConfigSchema, { coverage: 'enterprise-party', period: '2024' });
    expect(gauge(data, own, ctx()).figures).to.include({ covered: 20, total: 81 });
    expect(gauge(data, own, ctx({ period: '2023' })).figures).to.include({ covered: 14, total: 76 });
  });

  it('KPI card: the value and growth of the period; "no data" when the indicator has none for it', async () => {
    const data = await kaiping();
    const config = parseConfig(growthIndicatorConfigSchema, { indicator: 'magang-sales' });
    const then = card(data, config, ctx({ period: '2023' }));
    expect(then.period).to.equal('2023');
    expect(then.value).to.equal(36000000);
    expect(then.growth[0]!.ratio).to.be.closeTo(36 / 21 - 1, 1e-9);
    const none = card(data, parseConfig(growthIndicatorConfigSchema, { indicator: 'brand-sales' }), ctx({ period: '2022' }));
    expect(none.noData).to.equal('2022年 无数据');
    expect(none.value).to.equal(null);
  });

  it('matrix: each brand\'s figure of the period; a brand without one says "no data for P"', async () => {
    const data = await kaiping();
    const model = matrix(data, parseConfig(brandMatrixConfigSchema, {}), ctx({ period: '2023' }));
    const byId = new Map(cards(model.roots).map((c) => [c.id, c]));
    expect(byId.get('magang-youpin')).to.include({ metricText: '3600万元', noData: false });
    expect(byId.get('kaiping-youpin')).to.include({ metricText: '2023年 无数据', noData: true });
    expect(model.noData).to.equal(undefined);
  });

  it('map: cluster figures of the period; with none for it, the map says so', async () => {
    const data = await kaiping();
    const config = parseConfig(clusterMapConfigSchema, {});
    expect(map(data, config, ctx({ period: '2023' })).noData).to.equal('2023年 无数据');
    const geese = parseConfig(clusterMapConfigSchema, { metric: 'geese' });
    const model = map(data, geese, ctx({ period: '2024' }));
    expect(model.noData).to.equal(undefined);
    expect(model.clusters.find((c) => c.id === 'goose')!.metric!.value).to.equal(4000000);
    expect(model.table.rows.find((r) => r[0] === '大沙茶产业集群' || r[0]!.startsWith('大沙'))!.at(-1)).to.equal('2024年 无数据');
  });
});

describe('builders given a selection (focus)', () => {
  it('gauge marks the selected unit\'s breakdown row', async () => {
    const data = await kaiping();
    const model = gauge(data, parseConfig(coverageGaugeConfigSchema, { coverage: 'enterprise-party', breakdown: true }), ctx({ focus: { kind: 'unit', id: 'dasha' } }));
    expect(model.breakdown!.filter((r) => r.focused).map((r) => r.unit)).to.deep.equal(['dasha']);
  });

  it('KPI card switches to an indicator whose scope is the selected unit, when there is one', async () => {
    const data = await kaiping();
    const config = parseConfig(growthIndicatorConfigSchema, { indicator: 'brand-sales' });
    expect(card(data, config, ctx({ focus: { kind: 'unit', id: 'magang' } })).id).to.equal('magang-sales');
    expect(card(data, config, ctx({ focus: { kind: 'unit', id: 'chishui' } })).id).to.equal('ganglin-delivery');
    expect(card(data, config, ctx({ focus: { kind: 'unit', id: 'dasha' } })).id).to.equal('brand-sales');
    expect(card(data, config, ctx({ focus: { kind: 'brand', id: 'magang-youpin' } })).id).to.equal('brand-sales');
  });

  it('matrix highlights the brand, the brands of a unit, the brand of a cluster', async () => {
    const data = await kaiping();
    const config = parseConfig(brandMatrixConfigSchema, {});
    const focused = (focus: Focus) => cards(matrix(data, config, ctx({ focus })).roots).filter((c) => c.focused).map((c) => c.id);
    expect(focused({ kind: 'brand', id: 'dasha-youpin' })).to.deep.equal(['dasha-youpin']);
    expect(focused({ kind: 'unit', id: 'magang' })).to.deep.equal(['magang-youpin']);
    // The county brand lists every cluster of its towns (brands[].clusters), so it is marked too.
    expect(focused({ kind: 'cluster', id: 'tea' })).to.deep.equal(['kaiping-youpin', 'dasha-youpin']);
    const tree = matrix(data, parseConfig(brandMatrixConfigSchema, { layout: 'treemap' }), ctx({ focus: { kind: 'brand', id: 'dasha-youpin' } }));
    expect(JSON.stringify(tree.drawing === 'chart' ? tree.option : {})).to.contain('"borderWidth":4');
  });

  it('map highlights the town and its clusters, or a brand\'s clusters', async () => {
    const data = await kaiping();
    const config = parseConfig(clusterMapConfigSchema, {});
    const town = map(data, config, ctx({ focus: { kind: 'unit', id: 'magang' } }));
    expect(town.units.filter((u) => u.focused).map((u) => u.id)).to.deep.equal(['magang']);
    expect(town.clusters.filter((c) => c.focused).map((c) => c.id)).to.deep.equal(['goose', 'food']);
    const brand = map(data, config, ctx({ focus: { kind: 'brand', id: 'tangkou-youpin' } }));
    expect(brand.clusters.filter((c) => c.focused).map((c) => c.id)).to.deep.equal(['tourism', 'creative']);
  });
});
