/**
 * What every drawing of a picture shares: the language's messages and the theme's colours and
 * sizes, resolved from the same tokens the browser uses (`--rb-font-size`, `--rb-spacing` …), and
 * a few layout helpers standing in for CSS (a drawn block is its SVG and its height).
 */
import { messagesFor, type Messages } from '../core/i18n/index.js';
import type { ThemeColors } from '../core/theme.js';
import { drawsBold, familyOf, lineBox, text, width, type TextStyle } from './svg.js';
import { pxToken, themeColors, themeTokens, type Tokens } from './theme-colors.js';

export interface Look {
  readonly lang: string;
  readonly theme: string;
  readonly messages: Messages;
  readonly colors: ThemeColors;
  readonly tokens: Tokens;
  /** The font-family list written on every text. */
  readonly family: string;
  /** `--rb-font-size`, `--rb-spacing`, `--rb-radius` in pixels. */
  readonly fontSize: number;
  readonly spacing: number;
  readonly radius: number;
  /** A token's colour (`series-2` → `--rb-color-series-2`), or the fallback. */
  color(name: string, fallback?: string): string;
}

export function lookOf(theme: string, lang: string): Look {
  const tokens = themeTokens(theme, lang);
  const colors = themeColors(theme, lang);
  return {
    lang,
    theme,
    messages: messagesFor(lang),
    colors,
    tokens,
    family: familyOf(colors.fontFamily),
    fontSize: pxToken(tokens, '--rb-font-size', 14),
    spacing: pxToken(tokens, '--rb-spacing', 12),
    radius: pxToken(tokens, '--rb-radius', 8),
    color: (name, fallback) => tokens[`--rb-color-${name}`] ?? fallback ?? colors.text,
  };
}

/** A drawn block: SVG in its own coordinates (0,0 top left) and its height. */
export interface Drawn {
  readonly svg: string;
  readonly height: number;
}

export const EMPTY: Drawn = { svg: '', height: 0 };

/** Blocks stacked top to bottom with a gap (CSS flex column). */
export function stack(blocks: readonly Drawn[], gap: number): Drawn {
  let y = 0;
  let svg = '';
  for (const b of blocks) {
    if (!b.height && !b.svg) continue;
    if (y) y += gap;
    svg += y ? `<g transform="translate(0 ${Math.round(y * 100) / 100})">${b.svg}</g>` : b.svg;
    y += b.height;
  }
  return { svg, height: y };
}

/** A text style of the look at `em` times the base size. */
export function style(look: Look, em: number, fill: string, extra: Partial<TextStyle> = {}): TextStyle {
  return { size: look.fontSize * em, fill, family: look.family, ...extra };
}

/** One line of text as a block; `lineHeight` (times the size) as CSS `line-height`, default `normal`. */
export function line(value: string, s: TextStyle, x = 0, lineHeight?: number): Drawn {
  const box = lineBox(s.size, lineHeight);
  const shift = box.baseline - lineBox(s.size).baseline;
  return { svg: text(x, shift, value, s), height: box.height };
}

/** Inline pieces laid out left to right, wrapping (CSS flex-wrap): each piece draws at (0,0). */
export function flow(pieces: readonly { readonly width: number; readonly height: number; readonly svg: string }[], maxWidth: number, gapX: number, gapY: number): Drawn {
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let svg = '';
  for (const p of pieces) {
    if (x > 0 && x + p.width > maxWidth) {
      x = 0;
      y += rowHeight + gapY;
      rowHeight = 0;
    }
    svg += `<g transform="translate(${Math.round(x * 100) / 100} ${Math.round(y * 100) / 100})">${p.svg}</g>`;
    x += p.width + gapX;
    rowHeight = Math.max(rowHeight, p.height);
  }
  return { svg, height: pieces.length ? y + rowHeight : 0 };
}

/** A piece of inline text for {@link flow}. */
export function word(value: string, s: TextStyle): { width: number; height: number; svg: string } {
  return { width: width(value, s.size, drawsBold(s)), height: lineBox(s.size).height, svg: text(0, 0, value, s) };
}
