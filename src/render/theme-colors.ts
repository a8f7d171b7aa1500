/**
 * The theme tokens without a browser: read from the very stylesheet the widgets apply
 * (`THEME_CSS` in core/theme.ts and the other themes in core/themes.ts), so a picture made in Node has the colours a page shows, and a
 * theme added there (`screen` …) is known here at once. `:host` holds the defaults; a theme's
 * block `:host([data-rb-theme='x'])` and the rise/fall blocks (`[data-rb-rise='green']`, alone or
 * with a theme) override them, in the order a browser applies them.
 */
import { messagesFor } from '../core/i18n/index.js';
import { THEME_CSS, themeFromTokens, type ThemeColors } from '../core/theme.js';
import { OTHER_THEMES_CSS } from '../core/themes.js';

/** Token values as the CSS declares them, by custom property name. */
export type Tokens = Readonly<Record<string, string>>;

interface Block {
  readonly theme: string | null;
  readonly riseGreen: boolean;
  readonly tokens: Tokens;
}

let parsed: readonly Block[] | null = null;

function blocks(): readonly Block[] {
  if (parsed) return parsed;
  const css = (THEME_CSS + OTHER_THEMES_CSS).replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Block[] = [];
  for (const m of css.matchAll(/:host((?:\((?:\[[^\]]*\])+\))?)\s*\{([^}]*)\}/g)) {
    const selector = m[1] ?? '';
    const theme = /data-rb-theme=['"]?([\w-]+)/.exec(selector)?.[1] ?? null;
    const riseGreen = /data-rb-rise=['"]?green/.test(selector);
    if (selector && !theme && !riseGreen) continue;
    const tokens: Record<string, string> = {};
    for (const d of m[2]!.matchAll(/(--rb-[\w-]+)\s*:\s*([^;]+);/g)) tokens[d[1]!] = d[2]!.trim();
    out.push({ theme, riseGreen, tokens });
  }
  // Grouped selectors (`:host([a]), :host([b])`) are not used by the themes; a bare `:host` block must exist.
  return (parsed = out);
}

/** The names of the themes the stylesheet defines (`light` is the defaults). */
export function themeNames(): string[] {
  return ['light', ...new Set(blocks().flatMap((b) => (b.theme ? [b.theme] : [])))];
}

/** Every `--rb-*` token of a theme in a language (its rise/fall convention), as the browser resolves them. */
export function themeTokens(theme: string, lang: string): Tokens {
  const green = messagesFor(lang).riseColour === 'green';
  const tokens: Record<string, string> = {};
  for (const b of blocks()) {
    const themeMatches = b.theme === null || b.theme === theme;
    if (themeMatches && (!b.riseGreen || green)) Object.assign(tokens, b.tokens);
  }
  return tokens;
}

/** The resolved colours the pure builders take (`RenderContext.theme`). */
export function themeColors(theme: string, lang: string): ThemeColors {
  const tokens = themeTokens(theme, lang);
  return themeFromTokens((name) => tokens[name]);
}

/** A length token in pixels (`8px` → 8), or the fallback. */
export function pxToken(tokens: Tokens, name: string, fallback: number): number {
  const m = /^(-?[\d.]+)px$/.exec(tokens[name] ?? '');
  return m ? Number(m[1]) : fallback;
}
