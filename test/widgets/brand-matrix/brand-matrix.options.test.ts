import { chartOf } from '../../support/models.js';
import { expect } from '@esm-bundle/chai';
import { RbError } from '../../../src/core/errors.js';
import {
  brandMatrixConfigSchema,
  buildModel,
  type BrandChartItem,
  type BrandMatrixConfig,
} from '../../../src/widgets/brand-matrix/brand-matrix.options.js';
import { parseConfig } from '../../../src/core/config.js';
import { DEFAULT_THEME } from '../../../src/core/theme.js';
import { formatQuantity } from '../../../src/core/format.js';
import { sample } from '../../support/helpers.js';
import { XSS_NAME, bigDocument, ctxFor, smallDocument, valid } from './fixtures.js';

const config = (c: Record<string, unknown> = {}): BrandMatrixConfig => parseConfig(brandMatrixConfigSchema, c);

type Series = { type: string; data: BrandChartItem[] };
const seriesOf = (option: object): Series[] => (option as { series: Series[] }).series;
/** The tooltip text of the item that selects brand `id`. */
const tipOf = (model: { tooltip?: (item: { data?: unknown }) => string | undefined }, id: string) =>
  model.tooltip!({ data: { select: { kind: 'brand', id } } });
const walk = (items: readonly BrandChartItem[], visit: (i: BrandChartItem) => void): void =>
  items.forEach((i) => {
    visit(i);
    walk(i.children ?? [], visit);
  });

describe('brand-matrix model (pure)', () => {
  it('summarises the Kaiping 1+8 matrix in Chinese and English', async () => {
    const data = valid(await sample('kaiping'));
    const zh = buildModel(data, config(), ctxFor('zh-CN'));
    expect(zh.summary).to.equal('开平优品：1个县级品牌、8个镇级品牌');
    expect(zh.title).to.equal('开平市品牌矩阵');
    expect(zh.layout).to.equal('grid');
    expect(zh.metric).to.equal('sales');
    expect(zh.metricLabel).to.equal('销售额');
    expect(zh.count).to.equal(9);
    const en = buildModel(data, config(), ctxFor('en'));
    expect(en.summary).to.equal('开平优品: 1 county brand, 8 town brands');
    expect(en.title).to.equal('开平市 brand matrix');
  });

  it('summarises the Pingyuan party brand by level', async () => {
    const model = buildModel(valid(await sample('pingyuan')), config(), ctxFor());
    expect(model.summary).to.equal('平原红：1个县级品牌、1个镇级品牌、1个街道级品牌');
    expect(model.kinds.map((k) => k.kind)).to.deep.equal(['party']);
    expect(model.roots[0]!.kindLabel).to.equal('党建品牌');
    expect(model.metric).to.equal(undefined);
  });

  it('writes a card with unit, launch date, products, certifications, clusters and the scaled metric', () => {
    const model = buildModel(valid(smallDocument()), config(), ctxFor());
    const a = model.roots[0]!.children[0]!;
    expect(a.name).to.equal('甲镇优品');
    expect(a.levelLabel).to.equal('镇级');
    expect(a.kindLabel).to.equal('区域品牌');
    expect(a.unitName).to.equal('甲镇');
    expect(a.launchedText).to.equal('2023年3月28日发布');
    expect(a.products).to.deep.equal([{ name: '甲茶', certifications: ['有机产品'] }]);
    expect(a.clusterNames).to.deep.equal(['茶产业集群']);
    expect(a.metricText).to.equal('1亿元');
    expect(a.metricPeriod).to.equal('2024年');
    expect(a.expandText).to.equal('展开2个下级品牌');
    // The county brand's unit is the region itself.
    expect(model.roots[0]!.unitName).to.equal('某县');
    const en = buildModel(valid(smallDocument()), config(), ctxFor('en')).roots[0]!.children[0]!;
    expect(en.levelLabel).to.equal('town');
    expect(en.launchedText).to.equal('Launched Mar 28, 2023');
    expect(en.metricText).to.equal('100M yuan');
    expect(en.expandText).to.equal('Show 2 sub-brands');
  });

  it('shows several roots side by side and a subtree for `root`', () => {
    const data = valid(smallDocument());
    const all = buildModel(data, config(), ctxFor());
    expect(all.roots.map((r) => r.id)).to.deep.equal(['root', 'party']);
    expect(all.summary).to.equal('某县优品：1个县级品牌、2个镇级品牌、2个村级品牌；红色先锋：1个县级品牌');
    const sub = buildModel(data, config({ root: 'a' }), ctxFor());
    expect(sub.roots.map((r) => r.id)).to.deep.equal(['a']);
    expect(sub.title).to.equal('甲镇优品品牌矩阵');
    expect(sub.summary).to.equal('甲镇优品：1个镇级品牌、2个村级品牌');
    const two = buildModel(data, config({ root: ['b', 'party'] }), ctxFor());
    expect(two.roots.map((r) => r.id)).to.deep.equal(['b', 'party']);
  });

  it('rejects an unknown root with the ids that exist', () => {
    const data = valid(smallDocument());
    let error: unknown;
    try {
      buildModel(data, config({ root: 'nope' }), ctxFor());
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(RbError);
    const e = error as RbError;
    expect(e.code).to.equal('invalid-config');
    expect(e.path).to.equal('/root');
    expect(e.localizedMessage('en')).to.equal('the data has no brand "nope". Existing ids: root, a, b, a1, a2, party');
    expect(e.localizedMessage('zh-CN')).to.contain('现有编号：root、a、b、a1、a2、party');
  });

  it('rejects an unknown metric, a bad layout and unknown options', () => {
    const data = valid(smallDocument());
    expect(() => buildModel(data, config({ metric: 'profit' }), ctxFor())).to.throw(RbError, /Existing ids: sales, tax/);
    expect(() => config({ layout: 'pie' })).to.throw(RbError);
    expect(() => config({ roots: 'a' })).to.throw(RbError);
  });

  it('uses the chosen metric for labels and the table', () => {
    const model = buildModel(valid(smallDocument()), config({ metric: 'tax' }), ctxFor());
    expect(model.metricLabel).to.equal('纳税');
    expect(model.roots[0]!.metricText).to.equal('200万元');
    expect(model.roots[0]!.children[0]!.metricText).to.equal(undefined);
    expect(model.table.columns).to.deep.equal(['名称', '层级', '类型', '上级品牌', '所属地区', '纳税']);
  });

  it('lists every brand in the table with level, kind, parent, area and metric', () => {
    const model = buildModel(valid(smallDocument()), config(), ctxFor());
    expect(model.table.rows).to.have.length(6);
    expect(model.table.rows[0]).to.deep.equal(['某县优品', '县级', '区域品牌', '—', '某县', '3亿元']);
    expect(model.table.rows[1]).to.deep.equal(['甲镇优品', '镇级', '区域品牌', '某县优品', '甲镇', '1亿元']);
    expect(model.table.rows[5]).to.deep.equal(['红色先锋', '县级', '党建品牌', '—', '—', '—']);
  });

  it('leaves the level out for a brand without one', () => {
    const data = valid(bigDocument(60));
    const model = buildModel(data, config({ root: 'p0' }), ctxFor());
    expect(model.roots[0]!.levelLabel).to.equal(undefined);
    expect(model.table.rows[0]![1]).to.equal('—');
    expect(model.summary).to.equal('合作社品牌0：1个其他品牌');
    expect(tipOf(chartOf(buildModel(data, config({ root: 'p0', layout: 'tree' }), ctxFor())), 'p0')).to.equal('合作社品牌0\n党建品牌');
  });

  it('draws no chart for the grid layout', () => {
    const model = buildModel(valid(smallDocument()), config(), ctxFor());
    expect(model.drawing).to.equal('html');
    expect(model).not.to.have.property('option');
    expect(model).not.to.have.property('tooltip');
  });

  for (const layout of ['tree', 'treemap', 'sunburst'] as const) {
    it(`builds a ${layout} whose items select brands, with text tooltips`, async () => {
      const data = valid(await sample('kaiping'));
      const model = chartOf(buildModel(data, config({ layout }), ctxFor()));
      const series = seriesOf(model.option);
      expect(series[0]!.type).to.equal(layout);
      const ids: string[] = [];
      walk(series.flatMap((s) => s.data), (i) => {
        expect(i.select.kind).to.equal('brand');
        expect(i.value).to.be.greaterThan(0);
        ids.push(i.select.id);
      });
      // Every brand once (a treemap parent's own box selects that parent again).
      expect([...new Set(ids)].sort()).to.deep.equal(data.brands.map((b) => b.id).sort());
      expect((model.option as { tooltip?: unknown }).tooltip).to.equal(undefined);
      expect(tipOf(model, 'magang-youpin')).to.equal('马冈优品\n区域品牌 · 镇级\n销售额：5000万元 · 2024年');
      expect(model.tooltip!({ data: { name: 'no select' } })).to.equal(undefined);
    });
  }

  it('draws one tree per root, side by side', () => {
    const model = chartOf(buildModel(valid(smallDocument()), config({ layout: 'tree' }), ctxFor()));
    const series = seriesOf(model.option) as unknown as { left: string; data: BrandChartItem[] }[];
    expect(series).to.have.length(2);
    expect(series.map((s) => s.data[0]!.select.id)).to.deep.equal(['root', 'party']);
    expect(series[0]!.left).to.not.equal(series[1]!.left);
  });

  it('colours party brands with the accent and region brands from the palette', () => {
    const model = chartOf(buildModel(valid(smallDocument()), config({ layout: 'treemap' }), ctxFor()));
    const [region, party] = seriesOf(model.option)[0]!.data;
    expect(party!.itemStyle.color).to.equal(DEFAULT_THEME.accent);
    expect(region!.itemStyle.color).to.not.equal(DEFAULT_THEME.accent);
    expect(DEFAULT_THEME.palette).to.include(region!.itemStyle.color);
  });

  it('treemap areas stay proportional: a parent whose children cover part of its figure keeps a box of its own', () => {
    // ECharts stretches children over their whole parent: 一村优品 (2000万) and 二村优品 would
    // otherwise fill all of 甲镇优品 (1亿) and look larger than 乙镇优品 beside it.
    const model = chartOf(buildModel(valid(smallDocument()), config({ layout: 'treemap' }), ctxFor()));
    const [root] = seriesOf(model.option)[0]!.data;
    walk([root!], (item) => {
      if (!item.children?.length) return;
      const sum = item.children.reduce((s, c) => s + c.value, 0);
      expect(sum).to.be.closeTo(item.value, item.value * 1e-9);
    });
    const town = root!.children!.find((c) => c.select.id === 'a')!;
    const own = town.children!.at(-1)!;
    expect(own.select).to.deep.equal({ kind: 'brand', id: 'a' });
    expect(own.children).to.equal(undefined);
    expect(own.value).to.be.closeTo(1e8 - town.children!.slice(0, -1).reduce((s, c) => s + c.value, 0), 1);
    const village = town.children!.find((c) => c.select.id === 'a1')!;
    expect(village.value / root!.value).to.be.closeTo(2e7 / 3e8, 1e-9);
    // Its label says the share the sub-brands' figures do not cover, not the whole figure: 1亿 less
    // 一村优品's 2000万. 二村优品 has no figure: its box has a minimum size so that it shows, which
    // is nobody's figure and is not taken off (the label was 6800万, a number of no one's).
    const format = (seriesOf(model.option)[0] as unknown as { label: { formatter: (p: { data: unknown }) => string } }).label.formatter;
    expect(own.value).to.be.below(1e8);
    expect(format({ data: own })).to.equal(`甲镇优品（其余）\n${formatQuantity(8e7, '元', 'zh-CN')}`);
    expect(format({ data: town })).to.equal('甲镇优品\n1亿元');
  });

  it('treemap with a period: a brand without a figure for it says "no data for P" in its box and tooltip; its parent\'s rest is its own figure', () => {
    const raw = smallDocument();
    const brands = raw['brands'] as Record<string, any>[];
    brands[0]!['metrics'] = { sales: { value: 200, unit: '元', period: '2024', series: [{ period: '2023', value: 150 }, { period: '2024', value: 200 }] } };
    brands[1]!['metrics'] = { sales: { value: 50, unit: '元', period: '2024', series: [{ period: '2024', value: 50 }] } };
    brands[3]!['metrics'] = { sales: { value: 20, unit: '元', period: '2024', series: [{ period: '2024', value: 20 }] } };
    const model = chartOf(buildModel(valid(raw), config({ layout: 'treemap' }), { ...ctxFor(), period: '2023' }));
    const series = seriesOf(model.option)[0] as unknown as Series & { label: { formatter: (p: { data: unknown }) => string } };
    const [root] = series.data;
    const town = root!.children!.find((c) => c.select.id === 'a')!;
    expect(series.label.formatter({ data: town })).to.equal('甲镇优品\n2023年 无数据');
    expect(tipOf(model, 'a')).to.contain('销售额：2023年 无数据');
    expect(series.label.formatter({ data: root!.children!.at(-1) })).to.equal('某县优品（其余）\n150元');
  });

  it('keeps names as text in tooltips and breaks rich-text markup in labels', () => {
    const raw = smallDocument();
    (raw['brands'] as { name: string }[])[1]!.name = XSS_NAME;
    (raw['brands'] as { name: string }[])[2]!.name = '{b|粗体}乙';
    const model = chartOf(buildModel(valid(raw), config({ layout: 'treemap' }), ctxFor()));
    // Tooltips are HTML text (textContent): names appear exactly as written.
    expect(tipOf(model, 'a')).to.contain(XSS_NAME);
    expect(tipOf(model, 'b')).to.contain('{b|粗体}乙');
    // Canvas labels are ECharts rich text: markup in names is broken up.
    const labels: string[] = [];
    walk(seriesOf(model.option)[0]!.data, (i) => labels.push(i.name));
    expect(labels.find((l) => l.includes('粗体'))).to.not.contain('{b|');
    expect(model.table.rows[1]![0]).to.equal(XSS_NAME);
  });

  // Its speed is a benchmark figure (npm run bench), not a timed test.
  it('models 400 brands in four levels', () => {
    const data = valid(bigDocument(400));
    for (const layout of ['grid', 'treemap'] as const) {
      const model = buildModel(data, config({ layout }), ctxFor());
      expect(model.count).to.equal(400);
      expect(model.table.rows).to.have.length(400);
    }
    expect(buildModel(data, config(), ctxFor()).summary).to.equal('大县优品：1个县级品牌、9个镇级品牌、45个村级品牌、345个其他品牌');
  });
});
