/**
 * Decal patterns (`config.patterns`): ECharts draws a distinct pattern (hatching, dots, grids …)
 * over each series or data item, so colour is never the only signal (WCAG 1.4.1). One helper for
 * every chart widget; the widget's own `aria` settings (its accessible description) are kept.
 */
import type { EChartsCoreOption } from './chart.js';

type Obj = Record<string, unknown>;

const asObject = (value: unknown): Obj => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {});

/** The option with `aria: { enabled: true, decal: { show: true } }` merged in (a new object; the input is not changed). */
export function withPatterns(option: EChartsCoreOption): EChartsCoreOption {
  const aria = asObject(option['aria']);
  const decal = asObject(aria['decal']);
  return { ...option, aria: { ...aria, enabled: true, decal: { ...decal, show: true } } };
}
