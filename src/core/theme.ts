/**
 * Theme tokens. Every colour, font and spacing a widget uses is a `--rb-*` CSS custom property;
 * the `theme` attribute (`light` default, `dark`, `red`, `screen`) swaps their values, and a portal can
 * override any of them in its own stylesheet. `screen` is the dark big-screen (大屏) look: a deep
 * navy ground, bright marks and a larger type scale, readable from across a room. Charts read the resolved values through
 * {@link resolveTheme}, so canvas drawings follow the same tokens as HTML.
 *
 * Every built-in theme meets WCAG 2.1 AA on the canvas too (test/core/contrast.test.ts): series
 * and state colours 3:1 against background and surface, text 4.5:1, and labels drawn in the
 * background colour on series-coloured tiles 4.5:1. A portal overriding tokens keeps to the same.
 */
/** Resolved token values handed to the pure option builders. */
export interface ThemeColors {
  readonly text: string;
  readonly muted: string;
  readonly background: string;
  readonly surface: string;
  readonly border: string;
  readonly accent: string;
  readonly rise: string;
  readonly fall: string;
  readonly good: string;
  readonly warn: string;
  readonly bad: string;
  readonly track: string;
  readonly fontFamily: string;
  /** The base text size in px (`--rb-font-size`: 14 in light, 18 in `screen`); chart text scales with it. */
  readonly fontSize: number;
  readonly palette: readonly string[];
}

const light: ThemeColors = {
  text: '#1f2329',
  muted: '#5c6370',
  background: '#ffffff',
  surface: '#f5f6f8',
  border: '#dcdfe6',
  accent: '#c8161d',
  rise: '#d4380d',
  fall: '#237804',
  good: '#237804',
  warn: '#a56300',
  bad: '#c8161d',
  track: '#e4e7ed',
  fontFamily: "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', system-ui, sans-serif",
  fontSize: 14,
  palette: ['#c8161d', '#1d5fbf', '#a26805', '#237804', '#722ed1', '#078287', '#c41d7f', '#5b6b7f'],
};

/** The built-in themes' names (`auto`: light or dark as the reader's system); another name shows light, with a warning. */
export const THEMES = ['light', 'dark', 'red', 'screen', 'auto'] as const;

/** Default token values, used when a token cannot be read (no style yet, or a test without DOM). */
export const DEFAULT_THEME: ThemeColors = light;

/** The custom property of a key of {@link ThemeColors} other than the palette: `--rb-color-<key>`, `--rb-font-family`, `--rb-font-size`. */
const tokenName = (key: string) => (key === 'fontFamily' ? '--rb-font-family' : key === 'fontSize' ? '--rb-font-size' : `--rb-color-${key}`);
/** The custom property of the palette's colour `i` (from 0): `--rb-color-series-<i + 1>`. */
const seriesToken = (i: number) => `--rb-color-series-${i + 1}`;

/**
 * Theme colours from token values by custom property name (see `tokenName`, `seriesToken`; the
 * font size in px); a token without a value keeps the light theme's. Pages read them from an
 * element's computed style ({@link resolveTheme}), the Node renderer from the stylesheet
 * (`render/theme-colors.ts`).
 */
export function themeFromTokens(token: (name: string) => string | undefined): ThemeColors {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(light)) {
    if (typeof value === 'string') out[key] = token(tokenName(key)) || value;
  }
  out['palette'] = light.palette.map((c, i) => token(seriesToken(i)) || c);
  out['fontSize'] = parseFloat(token(tokenName('fontSize')) ?? '') || light.fontSize;
  return out as unknown as ThemeColors;
}

/** Reads the resolved `--rb-*` tokens of an element (see {@link themeFromTokens}). */
export function resolveTheme(element: Element): ThemeColors {
  const style = getComputedStyle(element);
  return themeFromTokens((name) => style.getPropertyValue(name).trim());
}

/** The light theme's tokens as CSS declarations, written from {@link DEFAULT_THEME}: the values exist once. */
const lightTokens = Object.entries(light)
  .map(([key, value]) => (Array.isArray(value) ? value.map((c: string, i) => `${seriesToken(i)}: ${c};`).join('') : `${tokenName(key)}: ${value}${key === 'fontSize' ? 'px' : ''};`))
  .join('');

/**
 * Token defaults (the light theme) as CSS text, applied to every widget's host (`themeStyles` in
 * `theme-styles.ts`; plain text here, so the Node renderer reads it without Lit); the other built-in themes are
 * `themes.ts`, loaded with the first widget that shows one (`themes-on-demand.ts`). The element sets
 * `data-rb-theme` from its effective theme (`config.theme`, else the `theme` attribute) and
 * `data-rb-rise` from its language's convention (Chinese: rise red, fall green; English: rise
 * green, fall red), so both follow `config` as well as the attributes.
 */
export const THEME_CSS = `
  :host {
    ${lightTokens}
    --rb-radius: 8px;
    --rb-spacing: 12px;
    --rb-chart-height: 240px;
  }
  :host([data-rb-rise='green']) {
    --rb-color-rise: #237804;
    --rb-color-fall: #c8161d;
  }
  /* A theme other than light is hidden until its stylesheet (themes.ts, on demand) is in. */
  :host([data-rb-theme-loading]) {
    visibility: hidden;
  }
`;
