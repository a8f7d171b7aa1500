import { expect } from '@esm-bundle/chai';
import { formatCompact, formatPercent, formatPlain, formatQuantity } from '../../src/core/format.js';

describe('formatting', () => {
  it('scales to 万/亿/万亿 in zh-CN', () => {
    expect(formatCompact(3066000000, 'zh-CN')).to.equal('30.66亿');
    expect(formatCompact(11310000, 'zh-CN')).to.equal('1131万');
    expect(formatCompact(6945000000, 'zh-CN')).to.equal('69.45亿');
    expect(formatCompact(1.2e15, 'zh-CN')).to.equal('1200万亿');
    expect(formatCompact(6791, 'zh-CN')).to.equal('6791');
  });

  it('scales to K/M/B in English', () => {
    expect(formatCompact(3783000000, 'en')).to.equal('3.78B');
    expect(formatCompact(11310000, 'en')).to.equal('11.31M');
    expect(formatCompact(50000, 'en')).to.equal('50K');
  });

  it('keeps small and negative values readable', () => {
    expect(formatCompact(0.004, 'zh-CN')).to.equal('0.004');
    expect(formatCompact(-3066000000, 'zh-CN')).to.equal('-30.66亿');
    expect(formatCompact(Number.NaN, 'en')).to.equal('—');
    expect(formatCompact(Infinity, 'zh-CN')).to.equal('—');
  });

  it('writes quantities with their unit', () => {
    expect(formatQuantity(3066000000, '元', 'zh-CN')).to.equal('30.66亿元');
    expect(formatQuantity(6791, '件', 'zh-CN')).to.equal('6791件');
    expect(formatQuantity(3783000000, '元', 'en')).to.equal('3.78B yuan');
    expect(formatQuantity(424, '个', 'en')).to.equal('424');
    // One of a counted unit is singular in English (a town with 1 enterprise in a ranking); Chinese has no plural.
    expect([1, 2, 0, -1].map((n) => formatQuantity(n, '家', 'en'))).to.deep.equal(['1 firm', '2 firms', '0 firms', '-1 firm']);
    expect(formatQuantity(1, '人', 'en')).to.equal('1 person');
    expect(formatQuantity(1, '户', 'en')).to.equal('1 household');
    expect(formatQuantity(1, '家', 'zh-CN')).to.equal('1家');
    expect(formatQuantity(1, '元', 'en')).to.equal('1 yuan');
    expect(formatQuantity(5, '台', 'en')).to.equal('5台');
  });

  it('writes a quantity in % as the percentage of its ratio (the format keeps shares as ratios)', () => {
    expect(formatQuantity(0.653, '%', 'zh-CN')).to.equal('65.3%');
    expect(formatQuantity(0.125, '%', 'en')).to.equal('12.5%');
    expect(formatQuantity(1.2, '%', 'zh-Hant')).to.equal('120%');
  });

  it('writes percentages with a sign when asked', () => {
    expect(formatPercent(0.2185, 'zh-CN', { signed: true })).to.equal('+21.85%');
    expect(formatPercent(-0.032, 'en', { signed: true })).to.equal('-3.2%');
    expect(formatPercent(1.818, 'zh-CN', { signed: true })).to.equal('+181.8%');
    expect(formatPercent(0.7485, 'zh-CN')).to.equal('74.85%');
    expect(formatPercent(0, 'en', { signed: true })).to.equal('0%');
    expect(formatPercent(Number.NaN, 'en')).to.equal('—');
  });

  it('groups plain numbers', () => {
    expect(formatPlain(11310000, 'en')).to.equal('11,310,000');
    expect(formatPlain(424, 'zh-CN')).to.equal('424');
  });
});
