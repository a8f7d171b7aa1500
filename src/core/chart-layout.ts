/**
 * Fitting canvas text into the box a chart draws in (`ctx.width`): text widths estimated without
 * a canvas (so builders stay pure and run in Node), the height a wrapped legend takes, and the
 * narrow-box test. Pure.
 */
import type { RenderContext } from './contract.js';

/** The drawing width assumed when the context gives none (a desktop widget). */
export const DEFAULT_WIDTH = 640;

/** Widths up to this are a phone: fewer gestures on the canvas, labels wrapped. */
export const NARROW_WIDTH = 480;

/** The width a builder lays out for. */
export const layoutWidth = (ctx: Pick<RenderContext, 'width'>): number => ctx.width ?? DEFAULT_WIDTH;

/** True when the drawing is phone-narrow. */
export const isNarrow = (ctx: Pick<RenderContext, 'width'>): boolean => ctx.width !== undefined && ctx.width <= NARROW_WIDTH;

/**
 * Width of a single line of text in px, estimated from its characters: wide (CJK, full-width)
 * characters 1 em, others 0.62 em, a little more than most fonts draw.
 */
export function textWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 1 : 0.62;
  return Math.ceil(em * fontSize);
}

/** ECharts' plain legend as the builders configure it: symbol width and gap between items (px). */
const LEGEND = { itemWidth: 12, itemGap: 10 };

/** Rows a horizontal plain legend wraps into within `width`, its text `fontSize` px (ECharts wraps it the same way). */
export function legendRows(names: readonly string[], width: number, fontSize = 12): number {
  const usable = width - 10; // ECharts' default legend padding, 5 px each side
  let rows = names.length ? 1 : 0;
  let x = 0;
  for (const name of names) {
    const item = LEGEND.itemWidth + 5 + textWidth(name, fontSize);
    if (x > 0 && x + item > usable) {
      rows++;
      x = 0;
    }
    x += item + LEGEND.itemGap;
  }
  return rows;
}

/** Height in px a wrapped legend takes at the bottom of the drawing, padding included. */
export function legendHeight(names: readonly string[], width: number, fontSize = 12): number {
  const rows = legendRows(names, width, fontSize);
  if (!rows) return 0;
  const line = Math.max(fontSize + 4, 14);
  return rows * line + (rows - 1) * LEGEND.itemGap + 10;
}
