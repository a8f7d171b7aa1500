/**
 * A small SVG writer for the pictures: escaped text as real `<text>` (searchable, selectable),
 * rectangles, paths, and text fitted to a width (ellipsis) or wrapped, measured with the bundled
 * font. Strings from data are escaped here and nowhere else.
 */
import { FONT_FAMILY, textWidth, verticalMetrics } from './fonts.js';

/** Escapes text and attribute values. */
export function esc(value: string | number): string {
  return xmlText(String(value)).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What XML 1.0 cannot hold: C0 controls but tab, LF and CR; U+FFFE and U+FFFF; a lone surrogate. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text an SVG document can hold: without the characters XML cannot (a picture with one does not
 * open, and resvg refuses it); a vertical tab or form feed (Word's line break pasted into a cell)
 * is a space.
 */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, (c) => (c === '\u000b' || c === '\u000c' ? ' ' : ''));
}

const num = (n: number): string => String(Math.round(n * 100) / 100);

/** Attributes from an object (undefined values left out). */
function attrs(a: Record<string, string | number | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : esc(v!)}"`)
    .join('');
}

export interface TextStyle {
  readonly size: number;
  readonly fill: string;
  readonly bold?: boolean;
  readonly weight?: number;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly family: string;
}

/** The font-family of the pictures: the bundled font first, then the theme's list. */
export function familyOf(themeFamily: string): string {
  return `'${FONT_FAMILY}', ${themeFamily}`;
}

/**
 * Whether a style draws bold glyphs, and so must be measured bold: `bold`, or a weight of 600 or
 * more (the bundled font has weights 400 and 700, and a 600 draws with the 700).
 */
export function drawsBold(s: Pick<TextStyle, 'bold' | 'weight'>): boolean {
  return s.bold === true || (s.weight ?? 0) >= 600;
}

/** A line of text whose line box starts at `top`; `x` is the anchor point. */
export function text(x: number, top: number, value: string, s: TextStyle): string {
  const baseline = top + lineBox(s.size).baseline;
  return `<text${attrs({
    x,
    y: baseline,
    'font-size': s.size,
    'font-family': s.family,
    'font-weight': s.weight ?? (s.bold ? 700 : undefined),
    'text-anchor': s.anchor && s.anchor !== 'start' ? s.anchor : undefined,
    fill: s.fill,
  })}>${esc(value)}</text>`;
}

/**
 * Height of a line of text (CSS `line-height: normal` of the bundled font, or `lineHeight` times
 * the size) and its baseline. Like Chromium, the font's ascent and descent are rounded to whole
 * pixels first, so a list of rows adds up to the same height as on the page.
 */
export function lineBox(size: number, lineHeight?: number): { height: number; baseline: number } {
  const { ascent, descent } = verticalMetrics();
  const up = Math.round(ascent * size);
  const natural = up + Math.round(descent * size);
  const height = lineHeight ? lineHeight * size : natural;
  return { height, baseline: (height - natural) / 2 + up };
}

export function rect(x: number, y: number, w: number, h: number, a: { fill?: string; stroke?: string; rx?: number; strokeWidth?: number } = {}): string {
  return `<rect${attrs({ x, y, width: Math.max(0, w), height: Math.max(0, h), rx: a.rx, fill: a.fill ?? 'none', stroke: a.stroke, 'stroke-width': a.strokeWidth })}/>`;
}

export function path(d: string, a: Record<string, string | number | undefined>): string {
  return `<path${attrs({ d, ...a })}/>`;
}

export function circle(cx: number, cy: number, r: number, fill: string): string {
  return `<circle${attrs({ cx, cy, r, fill })}/>`;
}

/** A group moved to (x, y), with an optional accessible label. */
export function group(x: number, y: number, body: string, label?: string): string {
  const transform = x || y ? `translate(${num(x)} ${num(y)})` : undefined;
  return `<g${attrs({ transform, 'aria-label': label, role: label ? 'img' : undefined })}>${body}</g>`;
}

/** Width of a string at a size and weight. */
export function width(value: string, size: number, bold = false): number {
  return textWidth(value, size, bold);
}

/** The string cut to fit `max` pixels, ending in `…` when cut (CSS `text-overflow: ellipsis`). */
export function fit(value: string, max: number, size: number, bold = false): string {
  if (textWidth(value, size, bold) <= max) return value;
  const chars = [...value];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('') + '…', size, bold) <= max) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('') + '…';
}

/**
 * Lines of a string wrapped to `max` pixels: breaks between CJK characters anywhere, Latin text at
 * spaces (a word longer than the line is broken, as `overflow-wrap: anywhere` does).
 */
export function wrap(value: string, max: number, size: number, bold = false): string[] {
  const tokens = value.match(/[\u2e80-\uffff][、，。：；）」』》！？]*|\s+|[^\s\u2e80-\uffff]+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    // Closing punctuation never starts a line (it stays on the line it closes, slightly past the edge).
    if (line.trim() && /^[、，。：；）」』》！？,.;:!?)]/.test(token)) {
      line = next;
      continue;
    }
    if (textWidth(next.trimEnd(), size, bold) <= max) {
      line = next;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = /^\s+$/.test(token) ? '' : token;
    while (textWidth(line, size, bold) > max && [...line].length > 1) {
      const part = fit(line, max, size, bold).replace(/…$/, '');
      const cut = Math.max(1, [...part].length);
      lines.push([...line].slice(0, cut).join(''));
      line = [...line].slice(cut).join('');
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}
