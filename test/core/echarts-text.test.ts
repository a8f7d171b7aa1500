import { expect } from '@esm-bundle/chai';
import type { RenderContext } from '../../src/core/contract.js';
import { baseChartOption, chartTextSize, metricName, plainRichText } from '../../src/core/echarts-text.js';
import { messagesFor } from '../../src/core/i18n/index.js';
import { DEFAULT_THEME } from '../../src/core/theme.js';

describe('ECharts text helpers', () => {
  it('keeps rich-text markup in data strings literal, leaving the visible text as it is', () => {
    expect(plainRichText('{a|红}')).to.equal('{\u200ba|红}');
    expect(plainRichText('{a|b} {c}')).to.equal('{\u200ba|b} {c}');
    expect(plainRichText('{b}')).to.equal('{b}');
    expect(plainRichText('<img src=x onerror=alert(1)>')).to.equal('<img src=x onerror=alert(1)>');
    expect(plainRichText('{x|1}{y_2|2}')).to.equal('{\u200bx|1}{\u200by_2|2}');
  });

  it('names metrics from a language table and keeps unknown keys as they are', () => {
    expect(metricName('output', messagesFor('zh-CN').map.metrics)).to.equal('产值');
    expect(metricName('output', messagesFor('zh-TW').map.metrics)).to.equal('產值');
    expect(metricName('sales', messagesFor('en').matrix.metricNames)).to.equal('Sales');
    expect(metricName('营收', messagesFor('zh-CN').map.metrics)).to.equal('营收');
    // Keys of Object.prototype are not metric names.
    expect(metricName('toString', messagesFor('zh-CN').map.metrics)).to.equal('toString');
  });

  it('starts every option with animation, the accessible summary and the theme text', () => {
    const ctx: RenderContext = {
      lang: 'zh-CN',
      messages: messagesFor('zh-CN'),
      theme: DEFAULT_THEME,
      animation: false,
      baseUrl: location.href,
      warn: () => undefined,
    };
    const base = baseChartOption(ctx, '8个产业集群');
    expect(base.animation).to.equal(false);
    expect(base.aria.label.description).to.equal('8个产业集群');
    expect(base.textStyle).to.deep.equal({ fontFamily: DEFAULT_THEME.fontFamily, fontSize: 12, color: DEFAULT_THEME.text });
  });

  it("scales chart text with the theme's base text size (the screen theme's 18 px)", () => {
    expect(chartTextSize(DEFAULT_THEME)).to.equal(12);
    expect(chartTextSize({ fontSize: 18 })).to.equal(15);
    expect(chartTextSize({ fontSize: 18 }, 28)).to.equal(36);
    expect(baseChartOption({ animation: true, theme: { ...DEFAULT_THEME, fontSize: 18 } }, '').textStyle.fontSize).to.equal(15);
  });
});
