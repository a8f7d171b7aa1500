/**
 * Text in ECharts options, shared by every chart widget: data strings kept literal on the canvas,
 * metric keys turned into labels, and the option entries every chart starts from. Pure.
 */
import type { RenderContext } from './contract.js';

/**
 * Keeps ECharts rich-text markup (`{style|text}`) in data strings from being read as markup: a
 * zero-width space after `{` breaks the pattern and leaves the visible text unchanged. Use it on
 * every data string drawn on a canvas (names in labels, legends, series).
 */
export function plainRichText(text: string): string {
  return text.replace(/\{(?=[A-Za-z0-9_]+\|)/g, '{\u200b');
}

/**
 * The name of a metric key from a language's table of metric names (`output` → 产值 / Output);
 * a key the table lacks is shown as it is.
 */
export function metricName(metric: string, names: Readonly<Record<string, string>>): string {
  return Object.prototype.hasOwnProperty.call(names, metric) ? names[metric]! : metric;
}

/**
 * A chart text size (12 px: labels and legends at the light theme's 14 px base) scaled to the
 * theme's base text size, so chart text grows with the HTML text of the `screen` theme (18 px).
 */
export function chartTextSize(theme: Pick<RenderContext['theme'], 'fontSize'>, size = 12): number {
  return Math.round((size * theme.fontSize) / 14);
}

/**
 * The line height of chart text of `size` px that wraps or has two lines (a tile's name over its
 * figure): set, not left to ECharts, which measures one CJK glyph for it, so lines overlap where
 * the reader's fonts measure that glyph small (a machine without CJK fonts draws 9 px for 15 px).
 */
export function chartLineHeight(size: number): number {
  return Math.round(size * 1.3);
}

/**
 * The entries every chart option starts with: animation as the context says, the summary as the
 * canvas's accessible description, and the theme's font, text size and text colour.
 */
export function baseChartOption(ctx: Pick<RenderContext, 'animation' | 'theme'>, summary: string) {
  return {
    animation: ctx.animation,
    aria: { enabled: true, label: { description: summary } },
    textStyle: { fontFamily: ctx.theme.fontFamily, fontSize: chartTextSize(ctx.theme), color: ctx.theme.text },
  };
}
