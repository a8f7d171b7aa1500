import { expect } from '@esm-bundle/chai';
import type { RenderContext } from '../../../src/core/contract.js';
import { parseConfig } from '../../../src/core/config.js';
import { RbError, type ValidationIssue } from '../../../src/core/errors.js';
import { messagesFor } from '../../../src/core/i18n/index.js';
import type { RegionBrandData } from '../../../src/core/schema.js';
import { DEFAULT_THEME } from '../../../src/core/theme.js';
import { validateDocument } from '../../../src/core/validate.js';
import {
  growthDirection,
  growthIndicatorConfigSchema,
  growthTone,
  sparklineOf,
  buildModel,
  type GrowthIndicatorModel,
} from '../../../src/widgets/growth-indicator/growth-indicator.options.js';
import { sample } from '../../support/helpers.js';

interface Warned {
  issue: ValidationIssue;
  values?: Record<string, number>;
}

function context(lang = 'zh-CN', warnings: Warned[] = []): RenderContext {
  return {
    lang,
    messages: messagesFor(lang),
    theme: DEFAULT_THEME,
    animation: false,
    baseUrl: location.href,
    warn: (issue, values) => warnings.push(values ? { issue, values } : { issue }),
  };
}

function doc(indicators: unknown[]): RegionBrandData {
  const raw = {
    format: 'region-brand-data',
    version: 1,
    region: { id: 'r', name: '某县', level: 'county' },
    asOf: '2025-06-30',
    indicators,
  };
  const result = validateDocument(raw);
  if (!result.ok) throw result.error;
  return result.data;
}

function model(data: RegionBrandData, config: Record<string, unknown> = {}, lang = 'zh-CN', warnings: Warned[] = []): GrowthIndicatorModel {
  return buildModel(data, parseConfig(growthIndicatorConfigSchema, config), context(lang, warnings));
}

function configError(data: RegionBrandData, config: Record<string, unknown>): RbError {
  try {
    model(data, config);
  } catch (e) {
    return e as RbError;
  }
  throw new Error('expected an error');
}

describe('growth-indicator buildModel', () => {
  let taiping: RegionBrandData;
  let kaiping: RegionBrandData;
  before(async () => {
    const t = validateDocument(await sample('taiping'));
    const k = validateDocument(await sample('kaiping'));
    if (!t.ok || !k.ok) throw new Error('samples must be valid');
    taiping = t.data;
    kaiping = k.data;
  });

  it('shows value and reported growth: 工业总产值 37.83亿元, 同比 +21.85%', () => {
    const warnings: Warned[] = [];
    const m = model(taiping, { indicator: 'industrial-output' }, 'zh-CN', warnings);
    expect(m.name).to.equal('工业总产值');
    expect(m.valueText).to.equal('37.83亿元');
    expect(m.periodText).to.equal('2022年一季度');
    expect(m.growth).to.have.length(1);
    expect(m.growth[0]!.label).to.equal('同比');
    expect(m.growth[0]!.text).to.equal('+21.85%');
    expect(m.growth[0]!.arrow).to.equal('▲');
    expect(m.growth[0]!.source).to.equal('reported');
    // 3783 / 3105 - 1 = 21.836%: within 0.1 point of the reported 21.85%, no warning.
    expect(m.growth[0]!.computed).to.be.closeTo(0.21836, 0.00001);
    expect(warnings).to.have.length(0);
    expect(m.summary).to.equal('工业总产值：37.83亿元，2022年一季度，同比 +21.85%');
  });

  it('defaults to the first indicator', () => {
    expect(model(taiping).id).to.equal('industrial-output');
  });

  it('shows a value published alone without a growth line: 6791件, cases of January to April', () => {
    const m = model(taiping, { indicator: 'service-cases' });
    expect(m.valueText).to.equal('6791件');
    expect(m.periodText).to.equal('2022年1–4月');
    expect(m.growth).to.deep.equal([]);
    expect(m.sparkline).to.equal(null);
    expect(m.summary).to.equal('办理服务事项：6791件，2022年1–4月');
  });

  it('shows a growth published alone: 固定资产投资 +181.8%', () => {
    const m = model(taiping, { indicator: 'fixed-asset-investment' });
    expect(m.value).to.equal(null);
    expect(m.valueText).to.equal(null);
    expect(m.growth[0]!.text).to.equal('+181.8%');
    expect(m.growth[0]!.tone).to.equal('rise');
    expect(m.summary).to.contain('固定资产投资').and.contain('+181.8%');
  });

  it('scales to K/M/B in English with English labels', () => {
    const m = model(taiping, { indicator: 'above-scale-output' }, 'en');
    expect(m.valueText).to.equal('3.07B yuan');
    expect(m.periodText).to.equal('Q1 2022');
    expect(m.growth[0]!.label).to.equal('YoY');
    expect(m.growth[0]!.text).to.equal('+24.1%');
  });

  it('rejects an unknown indicator id, listing the ids', () => {
    const e = configError(taiping, { indicator: 'gdp' });
    expect(e).to.be.instanceOf(RbError);
    expect(e.code).to.equal('invalid-config');
    expect(e.path).to.equal('/indicator');
    expect(e.localizedMessage('en')).to.contain('industrial-output').and.contain('service-cases');
  });

  it('rejects unknown config keys, bad compare values and bad periods', () => {
    expect(configError(taiping, { compare: 'mom' }).path).to.equal('/compare');
    expect(configError(taiping, { sparkLine: true }).code).to.equal('invalid-config');
    expect(configError(taiping, { period: '2022-Q5' }).path).to.equal('/period');
  });

  it('a period of its own that the indicator has no figure for is "no data for P", as in the other widgets, not an error', () => {
    // data-format.md: an item with no figure for P is shown as "no data for P", never the latest.
    const quarterly = doc([{ id: 'tax', name: '税收收入', unit: '元', series: [{ period: '2023-Q4', value: 8.2e7 }, { period: '2024-Q1', value: 9.1e7 }] }]);
    const none = model(quarterly, { period: '2024-Q2', compare: 'both' });
    expect(none.noData).to.equal('2024年二季度 无数据');
    expect([none.value, none.valueText, none.growth.length]).to.deep.equal([null, null, 0]);
    expect(model(quarterly, { period: '2024-Q2' }, 'en').noData).to.equal('No data for Q2 2024');
    const then = model(quarterly, { period: '2023-Q4' });
    expect([then.value, then.noData]).to.deep.equal([8.2e7, undefined]);
  });

  it('an indicator with no figure at all (no value, growth or series) says "no data", not a bare name', () => {
    const bare = doc([{ id: 'cases', name: '服务办件' }, { id: 'empty', name: '税收收入', unit: '元', reported: {}, series: [] }]);
    for (const indicator of ['cases', 'empty']) {
      const m = model(bare, { indicator });
      expect(m.noData, indicator).to.equal('暂无数据');
      expect(m.summary, indicator).to.contain('暂无数据');
    }
    expect(model(bare, { indicator: 'cases' }, 'en').noData).to.equal('No data');
    expect(model(bare, { indicator: 'cases', period: '2024' }).noData, 'a period asked for keeps its words').to.equal('2024年 无数据');
  });

  it('an indicator with only a target (a plan published before any result) shows its target, not "no data"', () => {
    const planned = doc([{ id: 'fai', name: '固定资产投资', unit: '元', target: { period: '2025', value: 2e9 } }]);
    for (const config of [{ target: true }, {}]) {
      const m = model(planned, config);
      expect(m.noData, JSON.stringify(config)).to.equal(undefined);
      expect(m.target?.caption).to.contain('目标').and.contain('20亿元').and.contain('2025年');
      expect(m.target?.percentText).to.equal('—');
      expect(m.summary).to.contain('20亿元');
    }
    expect(model(planned, {}, 'en').target?.caption).to.contain('Target').and.contain('2025');
  });

  it('a published growth of the other kind alone is shown (reported pop with compare yoy, and yoy with pop), not "no data"', () => {
    const published = doc([
      { id: 'tax', name: '税收', reported: { period: '2022-03', pop: -0.052 } },
      { id: 'fai', name: '固定资产投资', unit: '元', reported: { period: '2022-Q1', value: 5e8, yoy: 1.818 } },
    ]);
    const tax = model(published, { indicator: 'tax' });
    expect(tax.noData).to.equal(undefined);
    expect(tax.growth.map((g) => [g.kind, g.label, g.text, g.source])).to.deep.equal([['pop', '环比', '-5.2%', 'reported']]);
    expect(tax.periodText).to.equal('2022年3月');
    expect(tax.summary).to.contain('环比 -5.2%');
    const fai = model(published, { indicator: 'fai', compare: 'pop' });
    expect(fai.growth.map((g) => [g.kind, g.text])).to.deep.equal([['yoy', '+181.8%']]);
    expect(fai.valueText).to.equal('5亿元');
  });

  it('computes growth from a series, picks the latest period and draws a sparkline', () => {
    const m = model(kaiping, { indicator: 'magang-sales' });
    expect(m.period).to.equal('2024');
    expect(m.valueText).to.equal('5000万元');
    expect(m.growth[0]!.source).to.equal('computed');
    expect(m.growth[0]!.text).to.equal('+38.89%');
    expect(m.sparkline).to.not.equal(null);
    expect(m.sparkline!.path.split(/[ML]/).filter(Boolean)).to.have.length(3);
    expect(m.sparkline!.marker).to.not.equal(null);
    expect(m.sparkline!.label).to.contain('2022年 2100万元');
  });

  it('shows an earlier period when asked, with its own growth', () => {
    const m = model(kaiping, { indicator: 'magang-sales', period: '2023' });
    expect(m.valueText).to.equal('3600万元');
    expect(m.growth[0]!.ratio).to.be.closeTo(36 / 21 - 1, 1e-12);
    // the first point has no base: no computed growth
    const first = model(kaiping, { indicator: 'magang-sales', period: '2022' });
    expect(first.growth[0]!.ratio).to.equal(null);
    expect(first.growth[0]!.text).to.equal('—');
  });

  it('honours sparkline: false and needs two points for one', () => {
    expect(model(kaiping, { indicator: 'magang-sales', sparkline: false }).sparkline).to.equal(null);
    const one = doc([{ id: 'a', name: 'A', unit: '元', series: [{ period: '2024', value: 5 }] }]);
    expect(model(one).sparkline).to.equal(null);
    expect(model(one, { sparkline: true }).sparkline).to.equal(null);
  });

  it('shows progress to the target when asked', () => {
    const m = model(kaiping, { indicator: 'magang-sales', target: true });
    expect(m.target).to.not.equal(null);
    expect(m.target!.ratio).to.be.closeTo(50 / 65, 1e-12);
    expect(m.target!.percentText).to.equal('76.9%');
    expect(m.target!.caption).to.equal('目标 6500万元 (2025年)');
    expect(m.target!.met).to.equal(false);
    expect(model(kaiping, { indicator: 'magang-sales' }).target).to.equal(null);
    const over = doc([{ id: 'a', name: 'A', unit: '元', reported: { value: 120 }, target: { value: 100 } }]);
    const t = model(over, { target: true }).target!;
    expect(t.fill).to.equal(1);
    expect(t.met).to.equal(true);
    expect(t.percentText).to.equal('120%');
  });

  it('a target of an indicator where lower is better is met at or below it, not by passing it', () => {
    const ceiling = (value: number) => doc([{ id: 'energy', name: '能耗', unit: '吨', better: 'lower', reported: { period: '2022', value }, target: { period: '2022', value: 90 } }]);
    const over = model(ceiling(120), { target: true }).target!;
    expect([over.percentText, over.met]).to.deep.equal(['133.3%', false]);
    const under = model(ceiling(80), { target: true }).target!;
    expect([under.percentText, under.met]).to.deep.equal(['88.9%', true]);
    expect(model(ceiling(90), { target: true }).target!.met).to.equal(true);
  });

  it('warns when reported and computed growth differ by more than 0.1 point, and shows the reported one', () => {
    const data = doc([
      {
        id: 'out',
        name: '产值',
        unit: '元',
        series: [
          { period: '2021-Q1', value: 100 },
          { period: '2022-Q1', value: 120 },
        ],
        reported: { period: '2022-Q1', value: 120, yoy: 0.25 },
      },
    ]);
    const warnings: Warned[] = [];
    const m = model(data, {}, 'zh-CN', warnings);
    expect(m.growth[0]!.text).to.equal('+25%');
    expect(m.growth[0]!.source).to.equal('reported');
    expect(m.growth[0]!.disagrees).to.equal(true);
    expect(m.growth[0]!.note).to.contain('+20%');
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.issue.key).to.equal('growthDisagrees');
    expect(warnings[0]!.issue.path).to.equal('/indicators/0/reported/yoy');
    expect(warnings[0]!.issue.params).to.deep.equal(['+25%', '+20%']);
    expect(warnings[0]!.values!['reported']).to.equal(0.25);
    expect(warnings[0]!.values!['computed']).to.be.closeTo(0.2, 1e-12);
  });

  it('does not warn within the 0.1 point tolerance', () => {
    const data = doc([
      {
        id: 'out',
        name: '产值',
        unit: '元',
        series: [
          { period: '2021', value: 1000 },
          { period: '2022', value: 1200 },
        ],
        reported: { yoy: 0.2009 },
      },
    ]);
    const warnings: Warned[] = [];
    model(data, {}, 'zh-CN', warnings);
    expect(warnings).to.have.length(0);
  });

  it('computes yoy and pop for compare: both', () => {
    const data = doc([
      {
        id: 'q',
        name: '季度产值',
        unit: '元',
        series: [
          { period: '2021-Q2', value: 100 },
          { period: '2022-Q1', value: 90 },
          { period: '2022-Q2', value: 99 },
        ],
      },
    ]);
    const m = model(data, { compare: 'both' });
    expect(m.growth.map((g) => g.label)).to.deep.equal(['同比', '环比']);
    expect(m.growth[0]!.text).to.equal('-1%');
    expect(m.growth[0]!.arrow).to.equal('▼');
    expect(m.growth[1]!.text).to.equal('+10%');
    const pop = model(data, { compare: 'pop' });
    expect(pop.growth.map((g) => g.kind)).to.deep.equal(['pop']);
  });

  it('gives — (never Infinity or NaN) for a zero or negative base', () => {
    for (const base of [0, -50]) {
      const data = doc([
        {
          id: 'z',
          name: '利润',
          unit: '元',
          series: [
            { period: '2023', value: base },
            { period: '2024', value: 80 },
          ],
        },
      ]);
      const m = model(data);
      expect(m.growth[0]!.ratio).to.equal(null);
      expect(m.growth[0]!.text).to.equal('—');
      expect(m.growth[0]!.direction).to.equal('none');
      expect(m.growth[0]!.tone).to.equal('neutral');
      expect(m.summary).to.not.match(/Infinity|NaN/);
    }
  });

  it('gives no computed growth when the base period is missing from the series', () => {
    const data = doc([
      {
        id: 'gap',
        name: '销售额',
        unit: '元',
        series: [
          { period: '2021', value: 100 },
          { period: '2023', value: 150 },
        ],
      },
    ]);
    const m = model(data);
    expect(m.period).to.equal('2023');
    expect(m.growth[0]!.text).to.equal('—');
    // the sparkline still shows both points
    expect(m.sparkline!.path).to.match(/^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+$/);
  });

  it('formats negative, huge and tiny values', () => {
    const data = doc([
      { id: 'neg', name: '净利润', unit: '元', reported: { value: -320000000, yoy: -1.5 } },
      { id: 'big', name: '总量', unit: '元', reported: { value: 1.2e15 } },
      { id: 'tiny', name: '比率', unit: '吨', reported: { value: 0.004 } },
    ]);
    const neg = model(data, { indicator: 'neg' });
    expect(neg.valueText).to.equal('-3.2亿元');
    expect(neg.growth[0]!.text).to.equal('-150%');
    expect(neg.growth[0]!.arrow).to.equal('▼');
    expect(model(data, { indicator: 'big' }).valueText).to.equal('1200万亿元');
    expect(model(data, { indicator: 'big' }, 'en').valueText).to.equal('1200T yuan');
    expect(model(data, { indicator: 'tiny' }).valueText).to.equal('0.004吨');
  });

  it('applies a reported figure without period to the latest series period', () => {
    const data = doc([
      {
        id: 'f',
        name: '基金',
        unit: '元',
        series: [
          { period: '2023', value: 100 },
          { period: '2024', value: 110 },
        ],
        reported: { value: 111, yoy: 0.11 },
      },
    ]);
    const m = model(data);
    expect(m.period).to.equal('2024');
    expect(m.value).to.equal(111);
    expect(m.growth[0]!.text).to.equal('+11%');
  });

  it('shows a figure with neither period nor series (新风公益基金 1131万元)', async () => {
    const p = validateDocument(await sample('pingyuan'));
    if (!p.ok) throw p.error;
    const m = model(p.data);
    expect(m.valueText).to.equal('1131万元');
    expect(m.periodText).to.equal('');
    expect(m.growth).to.deep.equal([]);
  });
});

describe('growth-indicator colour rule', () => {
  it('maps ratios to directions', () => {
    expect(growthDirection(0.2)).to.equal('rise');
    expect(growthDirection(-0.2)).to.equal('fall');
    expect(growthDirection(0)).to.equal('flat');
    expect(growthDirection(null)).to.equal('none');
    expect(growthDirection(Number.NaN)).to.equal('none');
  });

  it('uses the rise colour for a rise when higher is better, and swaps when lower is better', () => {
    expect(growthTone('rise', 'higher')).to.equal('rise');
    expect(growthTone('fall', 'higher')).to.equal('fall');
    expect(growthTone('rise', 'lower')).to.equal('fall');
    expect(growthTone('fall', 'lower')).to.equal('rise');
    expect(growthTone('flat', 'lower')).to.equal('neutral');
  });

  it('reads better: lower from the data', () => {
    const data = doc([{ id: 'c', name: '能耗', unit: '吨', better: 'lower', reported: { value: 900, yoy: -0.05 } }]);
    const m = model(data);
    expect(m.better).to.equal('lower');
    expect(m.growth[0]!.arrow).to.equal('▼');
    expect(m.growth[0]!.tone).to.equal('rise');
  });
});

describe('growth-indicator sparklineOf', () => {
  const ctx = context();
  it('stays inside its box, places time gaps proportionally and handles a flat series', () => {
    const s = sparklineOf(
      [
        { period: '2020', value: 1 },
        { period: '2021', value: 3 },
        { period: '2024', value: 2 },
      ],
      '2024',
      '元',
      ctx,
    )!;
    const pts = s.path
      .split(/[ML]/)
      .filter(Boolean)
      .map((p) => p.trim().split(',').map(Number) as [number, number]);
    for (const [x, y] of pts) {
      expect(x).to.be.within(0, s.width);
      expect(y).to.be.within(0, s.height);
    }
    // 2020→2021 is a third of 2021→2024
    expect((pts[1]![0] - pts[0]![0]) / (pts[2]![0] - pts[1]![0])).to.be.closeTo(1 / 3, 0.02);
    expect(pts[1]![1]).to.be.lessThan(pts[0]![1]); // higher value, smaller y
    expect(s.marker).to.deep.equal({ x: pts[2]![0], y: pts[2]![1] });
    const flat = sparklineOf(
      [
        { period: '2020', value: 5 },
        { period: '2021', value: 5 },
      ],
      null,
      undefined,
      ctx,
    )!;
    expect(flat.path).to.not.match(/NaN|Infinity/);
    expect(flat.marker).to.equal(null);
  });
});

describe('growth-indicator cumulative figures', () => {
  const ytd = () =>
    doc([{
      id: 'output', name: '工业总产值', unit: '元', cumulative: true,
      series: [
        { period: '2021-Q3', value: 8_000_000_000 },
        { period: '2022-Q2', value: 6_000_000_000 },
        { period: '2022-Q3', value: 9_683_000_000 },
      ],
    }]);

  it('labels year-to-date periods as spans and compares year on year over the same span', () => {
    const m = model(ytd(), { compare: 'yoy' });
    expect(m.periodText).to.equal('2022年1–9月');
    expect(m.growth[0]!.ratio).to.be.closeTo(9_683 / 8_000 - 1, 1e-9);
    expect(m.table.rows.map((r) => r[0])).to.include('2022年1–6月');
    expect(model(ytd(), {}, 'en').periodText).to.equal('Jan–Sep 2022');
  });

  it('never computes 环比 from cumulative figures, but shows a reported one', () => {
    const m = model(ytd(), { compare: 'pop' });
    expect(m.growth.every((g) => g.ratio === null)).to.equal(true);
    const reported = ytd();
    (reported.indicators[0] as any).reported = { period: '2022-Q3', pop: 0.05 };
    expect(model(reported, { compare: 'pop' }).growth[0]!.ratio).to.equal(0.05);
    const plain = ytd();
    delete (plain.indicators[0] as any).cumulative;
    expect(model(plain, { compare: 'pop' }).growth[0]!.ratio).to.be.closeTo(9_683 / 6_000 - 1, 1e-9);
  });
});


describe('growth-indicator: a document without indicators yet', () => {
  it('shows an empty state saying the list is empty (as the matrix and the map do), not an error; an id asked for is still an error', () => {
    const empty = doc([]);
    for (const [lang, says] of [['zh-CN', '还没有增长指标：数据中的指标列表（indicators）是空的'], ['en', 'No indicators yet'], ['zh-Hant', '還沒有增長指標']] as const) {
      const m = model(empty, {}, lang);
      expect(m.noData, lang).to.contain(says);
      expect(m.summary, lang).to.contain(says);
      expect(m.table.rows).to.deep.equal([]);
    }
    const error = configError(empty, { indicator: 'jobs' });
    expect(error.issues.map((i) => [i.path, i.key])).to.deep.equal([['/indicator', 'noEntries']]);
  });
});
