import { expect } from '@esm-bundle/chai';
import {
  comparePeriods,
  formatPeriodKey,
  parsePeriod,
  periodLabel,
  previousPeriod,
  yearAgo,
} from '../../src/core/periods.js';
import { basePeriod, growthRatio, latestPoint, seriesGrowth } from '../../src/core/growth.js';

const key = (text: string, f: typeof yearAgo) => formatPeriodKey(f(parsePeriod(text)!));

describe('periods', () => {
  it('parses every granularity and rejects impossible ones', () => {
    expect(parsePeriod('2022')).to.deep.include({ kind: 'year', year: 2022 });
    expect(parsePeriod('2022-H1')).to.deep.include({ kind: 'half', index: 1 });
    expect(parsePeriod('2022-Q3')).to.deep.include({ kind: 'quarter', index: 3 });
    expect(parsePeriod('2022-03')).to.deep.include({ kind: 'month', index: 3 });
    expect(parsePeriod('2022-03-15')).to.deep.include({ kind: 'day', month: 3, index: 15 });
    for (const bad of ['2022-Q0', '2022-13', '2022-02-30', 'Q1 2022', 2022, null]) expect(parsePeriod(bad)).to.equal(null);
  });

  it('labels periods in zh-CN and en', () => {
    expect(periodLabel('2022-Q1', 'zh-CN')).to.equal('2022年一季度');
    expect(periodLabel('2022-Q1', 'en')).to.equal('Q1 2022');
    expect(periodLabel('2025-H1', 'zh-CN')).to.equal('2025年上半年');
    expect(periodLabel('2025-H2', 'en')).to.equal('H2 2025');
    expect(periodLabel('2022-03', 'zh-CN')).to.equal('2022年3月');
    expect(periodLabel('2022-03', 'en')).to.equal('Mar 2022');
    expect(periodLabel('2022', 'zh-CN')).to.equal('2022年');
    expect(periodLabel('2023-03-28', 'zh-CN')).to.equal('2023年3月28日');
  });

  it('finds the year-on-year base period', () => {
    expect(key('2022-Q1', yearAgo)).to.equal('2021-Q1');
    expect(key('2022-03', yearAgo)).to.equal('2021-03');
    expect(key('2024-02-29', yearAgo)).to.equal('2023-02-28');
    expect(key('2022', yearAgo)).to.equal('2021');
  });

  it('finds the period-on-period base period', () => {
    expect(key('2022-Q1', previousPeriod)).to.equal('2021-Q4');
    expect(key('2022-Q3', previousPeriod)).to.equal('2022-Q2');
    expect(key('2022-H1', previousPeriod)).to.equal('2021-H2');
    expect(key('2022-01', previousPeriod)).to.equal('2021-12');
    expect(key('2022-03-01', previousPeriod)).to.equal('2022-02-28');
    expect(key('2022', previousPeriod)).to.equal('2021');
  });

  it('orders periods chronologically', () => {
    const sorted = ['2022-Q1', '2021-Q4', '2021', '2022-01'].sort(comparePeriods);
    expect(sorted).to.deep.equal(['2021', '2021-Q4', '2022-Q1', '2022-01']);
  });
});

describe('growth', () => {
  const series = [
    { period: '2021-Q1', value: 3105000000 },
    { period: '2021-Q4', value: 3500000000 },
    { period: '2022-Q1', value: 3783000000 },
  ];

  it('computes year-on-year growth (2022-Q1 vs 2021-Q1)', () => {
    expect(basePeriod('2022-Q1', 'yoy')).to.equal('2021-Q1');
    expect(seriesGrowth(series, '2022-Q1', 'yoy')).to.be.closeTo(3783 / 3105 - 1, 1e-12);
  });

  it('computes period-on-period growth (2022-Q1 vs 2021-Q4)', () => {
    expect(basePeriod('2022-Q1', 'pop')).to.equal('2021-Q4');
    expect(seriesGrowth(series, '2022-Q1', 'pop')).to.be.closeTo(3783 / 3500 - 1, 1e-12);
  });

  it('gives no growth without a positive base', () => {
    expect(seriesGrowth(series, '2021-Q1', 'yoy')).to.equal(null);
    expect(growthRatio(5, 0)).to.equal(null);
    expect(growthRatio(5, -2)).to.equal(null);
    expect(growthRatio(5, undefined)).to.equal(null);
  });

  it('finds the latest point by period, not by position', () => {
    expect(latestPoint([series[2]!, series[0]!, series[1]!])!.period).to.equal('2022-Q1');
  });
});
