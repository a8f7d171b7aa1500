import { chartOf } from '../../support/models.js';
import { expect } from '@esm-bundle/chai';
import type { RenderContext } from '../../../src/core/contract.js';
import { parseConfig } from '../../../src/core/config.js';
import { RbError } from '../../../src/core/errors.js';
import { messagesFor } from '../../../src/core/i18n/index.js';
import type { RegionBrandData } from '../../../src/core/schema.js';
import { DEFAULT_THEME } from '../../../src/core/theme.js';
import { validateDocument } from '../../../src/core/validate.js';
import {
  breakdownRows,
  coverageFigures,
  coverageGaugeConfigSchema,
  thresholdColor,
  thresholdTone,
  buildModel,
  unitName,
  type CoverageGaugeModel,
} from '../../../src/widgets/coverage-gauge/coverage-gauge.options.js';
import { sample } from '../../support/helpers.js';
import { moreUnitsText, rowsThatFit, visibleRows } from '../../../src/widgets/coverage-gauge/breakdown-fit.js';

function context(lang = 'zh-CN'): RenderContext {
  return { lang, messages: messagesFor(lang), theme: DEFAULT_THEME, animation: false, baseUrl: location.href, warn: () => {} };
}

function model(data: RegionBrandData, config: Record<string, unknown> = {}, lang = 'zh-CN'): CoverageGaugeModel {
  return buildModel(data, parseConfig(coverageGaugeConfigSchema, config), context(lang));
}

async function valid(name: 'kaiping' | 'pingyuan' | 'taiping'): Promise<RegionBrandData> {
  const r = validateDocument(await sample(name));
  if (!r.ok) throw r.error;
  return r.data;
}

function docWith(coverage: unknown[]): RegionBrandData {
  const r = validateDocument({
    format: 'region-brand-data',
    version: 1,
    region: { id: 'r', name: '某县', level: 'county' },
    units: [{ id: 't1', name: '一镇', level: 'town' }],
    asOf: '2025-06-30',
    coverage,
  });
  if (!r.ok) throw r.error;
  return r.data;
}

describe('coverage-gauge buildModel', () => {
  let kaiping: RegionBrandData;
  let pingyuan: RegionBrandData;
  let taiping: RegionBrandData;
  before(async () => {
    kaiping = await valid('kaiping');
    pingyuan = await valid('pingyuan');
    taiping = await valid('taiping');
  });

  it('marks 424/424 as full coverage with a badge text, in both languages', () => {
    const m = model(pingyuan, { coverage: 'villages' });
    expect(m.percentText).to.equal('100%');
    expect(m.figures.full).to.equal(true);
    expect(m.fullText).to.equal('全覆盖');
    expect(m.summary).to.contain('全覆盖').and.contain('424 / 424');
    expect(m.tone).to.equal('good');
    expect(model(pingyuan, { coverage: 'villages' }, 'en').fullText).to.equal('Full coverage');
    expect(model(kaiping, { coverage: 'enterprise-party' }).fullText).to.equal('');
  });

  it('shows a ratio-only entry (74.85%) without counts', () => {
    const m = model(pingyuan, { coverage: 'fund-participation' });
    expect(m.percentText).to.equal('74.85%');
    expect(m.figures.covered).to.equal(undefined);
    expect(m.countText).to.equal('2022年');
    expect(m.summary).to.not.contain('/');
    expect(m.table.rows[0]).to.deep.equal(['新风公益基金村级参与率', '74.85%', '—', '—']);
    expect(m.tone).to.equal('warn');
  });

  it('shows zero coverage as 0% in the bad band, with no round cap dot on the empty arc', () => {
    const data = docWith([{ id: 'z', name: '覆盖', covered: 0, total: 12, unit: '家' }]);
    const m = model(data);
    expect(m.percentText).to.equal('0%');
    expect(m.figures.ratio).to.equal(0);
    expect(m.tone).to.equal('bad');
    expect(m.color).to.equal(DEFAULT_THEME.bad);
    const series = (chartOf(m).option as any).series[0];
    expect(series.progress.roundCap).to.equal(false);
    expect(series.data[0].value).to.equal(0);
  });

  it('builds a gauge arc by default and a full ring for style ring', () => {
    const gauge = (chartOf(model(pingyuan)).option as any).series[0];
    expect(gauge.type).to.equal('gauge');
    expect(gauge.endAngle - gauge.startAngle).to.equal(-240);
    const ring = (chartOf(model(pingyuan, { style: 'ring' })).option as any).series[0];
    expect(ring.startAngle - ring.endAngle).to.equal(360);
    expect(ring.center).to.deep.equal(['50%', '50%']);
    expect(ring.detail.formatter()).to.equal('100%');
    expect(ring.data[0].select).to.deep.equal({ kind: 'coverage', id: 'villages' });
  });

  it('creates no chart option for style bar, keeping the same figures', () => {
    const m = model(kaiping, { coverage: 'enterprise-party', style: 'bar' });
    expect(m.drawing).to.equal('html');
    expect(m).not.to.have.property('option');
    expect(m.percentText).to.equal('29.76%');
    expect(m.countText).to.contain('25 / 84家');
    expect(model(kaiping, { coverage: 'enterprise-party' }).drawing).to.equal('chart');
  });

  it('colours by thresholds', () => {
    expect(thresholdTone(0.59, [0.6, 0.9])).to.equal('bad');
    expect(thresholdTone(0.6, [0.6, 0.9])).to.equal('warn');
    expect(thresholdTone(0.9, [0.9, 0.6])).to.equal('good');
    expect(thresholdTone(0.3, [0.2])).to.equal('good');
    expect(thresholdColor(0.3, [0.5], DEFAULT_THEME)).to.equal(DEFAULT_THEME.bad);
    expect(model(kaiping, { coverage: 'enterprise-party', thresholds: [0.2] }).tone).to.equal('good');
  });

  it('judges nothing without thresholds: a share (规上产值占全区 35.61%) is drawn in a neutral colour', () => {
    expect(thresholdTone(0, [])).to.equal('neutral');
    expect(thresholdTone(1, [])).to.equal('neutral');
    expect(thresholdColor(0.3561, [], DEFAULT_THEME)).to.equal(DEFAULT_THEME.palette[1]);
    const share = model(taiping, { coverage: 'district-share', thresholds: [] });
    expect(share.tone).to.equal('neutral');
    expect(share.color).to.equal(DEFAULT_THEME.palette[1]);
    expect(share.color).to.not.be.oneOf([DEFAULT_THEME.good, DEFAULT_THEME.warn, DEFAULT_THEME.bad]);
    const series = (chartOf(share).option as any).series[0];
    expect(series.progress.itemStyle.color).to.equal(DEFAULT_THEME.palette[1]);
    // With the default thresholds the same figure reads as "bad".
    expect(model(taiping, { coverage: 'district-share' }).tone).to.equal('bad');
    const rows = model(kaiping, { coverage: 'enterprise-party', breakdown: true, thresholds: [] }).breakdown!;
    expect(rows.length).to.be.greaterThan(0);
    expect(rows.every((r) => r.tone === 'neutral')).to.equal(true);
  });

  it('rejects thresholds outside 0…1 and unknown ids, listing the ids', () => {
    expect(() => model(pingyuan, { thresholds: [1.5] })).to.throw(RbError);
    try {
      model(pingyuan, { coverage: 'towns' });
      expect.fail('should throw');
    } catch (e) {
      expect((e as RbError).code).to.equal('invalid-config');
      expect((e as RbError).localizedMessage('en')).to.contain('villages, key-villages, fund-participation');
    }
  });

  it('lists the breakdown with unit names, sorted by ratio descending, coloured by thresholds', () => {
    const m = model(kaiping, { coverage: 'enterprise-party', breakdown: true });
    const rows = m.breakdown!;
    expect(rows).to.have.length(7);
    expect(rows.map((r) => r.name)).to.deep.equal(['赤水镇', '马冈镇', '翠山湖高新区', '蚬冈镇', '金鸡镇', '大沙镇', '塘口镇']);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.ratio).to.be.at.least(rows[i]!.ratio);
    expect(rows[0]!.countText).to.equal('4 / 9家');
    expect(rows[0]!.percentText).to.equal('44.4%');
    expect(rows[0]!.tone).to.equal('bad');
    expect(rows[0]!.label).to.equal('赤水镇：44.4%（4 / 9家）');
    // the table carries the rows as text
    expect(m.table.rows).to.have.length(8);
    expect(m.table.rows[1]).to.deep.equal(['赤水镇', '44.4%', '4', '9']);
    expect(model(kaiping, { coverage: 'enterprise-party' }).breakdown).to.equal(null);
  });

  it('names the region itself and falls back to the id', () => {
    const data = docWith([
      {
        id: 'c',
        name: '覆盖',
        covered: 6,
        total: 10,
        breakdown: [
          { unit: 'r', covered: 2, total: 2 },
          { unit: 't1', covered: 4, total: 8 },
        ],
      },
    ]);
    expect(unitName(data, 'r')).to.equal('某县');
    expect(unitName(data, 't1')).to.equal('一镇');
    expect(unitName(data, 'nowhere')).to.equal('nowhere');
    const rows = breakdownRows(data, data.coverage[0]!, [0.6, 0.9], context('en'));
    expect(rows.map((r) => [r.name, r.percentText, r.tone])).to.deep.equal([
      ['某县', '100%', 'good'],
      ['一镇', '50%', 'bad'],
    ]);
    expect(rows[1]!.label).to.equal('一镇: 50% (4 / 8)');
  });

  it('computes figures from counts before a published ratio', () => {
    expect(coverageFigures({ id: 'a', name: 'A', covered: 1, total: 4, ratio: 0.9 } as any).ratio).to.equal(0.25);
    expect(coverageFigures({ id: 'a', name: 'A', ratio: 1 } as any).full).to.equal(true);
  });

  it('keeps the leading breakdown rows that fit a room with the "N more units" line, all without a room, none when not even the line fits', () => {
    // Title 30, rows of 40, the line 20: 30 + 40k (+ 20 when k < 5).
    const height = (k: number) => 30 + 40 * k + (k < 5 ? 20 : 0);
    expect(rowsThatFit(5, undefined, height), 'a flowing page').to.equal(5);
    expect(rowsThatFit(5, 230, height), 'all fit exactly').to.equal(5);
    expect(rowsThatFit(5, 229, height), 'a pixel short: 4 rows and the line').to.equal(4);
    expect(rowsThatFit(5, 209, height)).to.equal(3);
    expect(rowsThatFit(5, 50, height), 'the title and the line').to.equal(0);
    expect(rowsThatFit(5, 49, height), 'nothing fits').to.equal(-1);
    // Uneven heights (a wrapped name): the largest count that fits, counted down from all.
    const heights = [60, 85, 90];
    expect(rowsThatFit(2, 88, (k) => heights[k]!)).to.equal(1);
    expect(rowsThatFit(2, 84, (k) => heights[k]!)).to.equal(0);
    expect(rowsThatFit(2, 59, (k) => heights[k]!)).to.equal(-1);
  });

  it('draws the leading rows that fit, with a selected unit that would be left out in the last place', () => {
    const rows = ['a', 'b', 'c', 'd', 'e'].map((unit) => ({ unit, focused: false }));
    const names = (shown: readonly { unit: string }[]) => shown.map((r) => r.unit).join('');
    expect(names(visibleRows(rows, null)), 'no limit').to.equal('abcde');
    expect(names(visibleRows(rows, 3)), 'nothing selected').to.equal('abc');
    const selected = (unit: string) => rows.map((r) => ({ ...r, focused: r.unit === unit }));
    expect(names(visibleRows(selected('b'), 3)), 'the selected unit is shown already').to.equal('abc');
    expect(names(visibleRows(selected('e'), 3)), 'it takes the last place').to.equal('abe');
    expect(names(visibleRows(selected('e'), 1))).to.equal('e');
    expect(names(visibleRows(selected('e'), 0)), 'no row fits').to.equal('');
    expect(names(visibleRows(selected('e'), 5)), 'all fit').to.equal('abcde');
  });

  it('writes "N more units" in the language of the model, "+N" without the message', () => {
    expect(model(kaiping, { coverage: 'enterprise-party', breakdown: true }).moreUnits(3)).to.equal('另有 3 个单位');
    expect(model(kaiping, { coverage: 'enterprise-party', breakdown: true }, 'en').moreUnits(1)).to.equal('1 more unit');
    expect(moreUnitsText(undefined, 4)).to.equal('+4');
  });
});

describe('coverage-gauge: a document without coverage entries yet', () => {
  it('shows an empty state saying the list is empty (as the matrix and the map do), not an error; an id asked for is still an error', () => {
    const empty = docWith([]);
    for (const style of ['gauge', 'ring', 'bar']) {
      const m = model(empty, { style, breakdown: true });
      expect(m.noData, style).to.equal('还没有覆盖率指标：数据中的覆盖列表（coverage）是空的');
      expect(m.table.rows).to.deep.equal([]);
    }
    expect(model(empty, {}, 'en').noData).to.contain('No coverage figures yet');
    expect(model(empty, {}, 'zh-Hant').noData).to.contain('還沒有覆蓋率指標');
    let error: RbError | undefined;
    try {
      model(empty, { coverage: 'villages' });
    } catch (e) {
      error = e as RbError;
    }
    expect(error?.issues.map((i) => [i.path, i.key])).to.deep.equal([['/coverage', 'noEntries']]);
  });
});
