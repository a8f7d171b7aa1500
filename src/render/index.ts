/// <reference types="node" />
/**
 * Reports without a browser: one widget, or a whole `rb-dashboard` spec, drawn from a
 * region-brand-data document to one SVG (and a PNG through resvg), in Node. Charts are ECharts'
 * own server-side SVG of the option the browser draws; the HTML widgets are drawn as SVG from the
 * same pure models; text is real `<text>`, measured and drawn with the bundled Noto Sans SC.
 * Bad input gives the same codes, JSON Pointers and localised messages as in the browser.
 *
 * ```js
 * import { renderPng } from 'region-brand-widgets/render';
 * const { png, errors } = await renderPng({ type: 'dashboard', config: spec }, { data, width: 1920 });
 * ```
 */
import { RbError, describeIssue } from '../core/errors.js';
import { jsonError, withoutBom } from '../core/validate.js';
import { registerAllLanguages } from '../core/i18n/all.js';
import { renderMessages } from './messages.js';
import { prepareDashboard } from './dashboard.js';
import { dashboardConfigSchema } from '../widgets/dashboard/dashboard.options.js';
import { FONT_FAMILY, glyphsMissing, withFontSubset } from './fonts.js';
import { esc } from './svg.js';
import { frameTexts } from './frame.js';
import { WIDGETS, prepareWidget } from './widgets.js';

// A picture answers synchronously in every language the library ships.
registerAllLanguages();

export { RbError };
export { themeNames } from './theme-colors.js';
export { measureText, textWidth, glyphsMissing, FONT_FAMILY } from './fonts.js';

/** What to draw: a widget type and its config, or `type: 'dashboard'` and a dashboard spec. */
export interface RenderInput {
  readonly type: string;
  readonly config?: unknown;
}

export interface RenderOptions {
  /** The region-brand-data document (parsed JSON; validated here as the widgets validate it). */
  readonly data: unknown;
  /** URL the document came from: a relative `geo.url` resolves against it (default: the working directory). */
  readonly baseUrl?: string;
  /** Width in CSS pixels (default 480 for a widget, 1200 for a dashboard). */
  readonly width?: number;
  /** Height in CSS pixels (default: what the content needs; a taller picture is filled with the background). */
  readonly height?: number;
  /** Language when the config names none (default zh-CN). */
  readonly lang?: string;
  /** Theme when the config names none (default light). */
  readonly theme?: string;
  /** The page of a dashboard with `pages` to draw (0-based, default 0). */
  readonly page?: number;
  /** The period every widget shows (as a dashboard's `period` or its period control); default each item's latest. */
  readonly period?: string;
}

/** A problem of the input, as the browser reports it (`rb-error` / `rb-warning`). */
export interface RenderProblem {
  /** Where the widget is in a dashboard spec (`/widgets/2`); empty for a single widget or the whole page. */
  readonly widget: string;
  readonly code: string;
  /** JSON Pointer of the first problem (into the config, or the document). */
  readonly path: string;
  /** The localised message (the first problem, with a count of the others). */
  readonly message: string;
  /** Every problem with its pointer. */
  readonly issues: readonly { readonly path: string; readonly message: string }[];
}

export interface RenderResult {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** Errors drawn as error panels; a caller writing a report usually refuses the picture when there are any. */
  readonly errors: readonly RenderProblem[];
  readonly warnings: readonly RenderProblem[];
  /** How many pages the input has (a dashboard with `pages`; 1 otherwise): `page` beyond it draws the last. */
  readonly pages: number;
}

/** True when dashboard specs of this version know big-screen stages (`stage`, `area`, `pages`). */
export const STAGES: boolean = 'stage' in dashboardConfigSchema.entries;

/** The widget types a picture draws, plus `dashboard`. */
export const RENDER_TYPES: readonly string[] = [...Object.keys(WIDGETS), 'dashboard'];

/** An error as a {@link RenderProblem} in a language. */
export function problemOf(error: RbError, lang: string, widget = ''): RenderProblem {
  return problem(widget, error, lang);
}

function problem(widget: string, error: RbError, lang: string): RenderProblem {
  return {
    widget,
    code: error.code,
    path: error.path,
    message: error.localizedMessage(lang),
    issues: error.issues.map((i) => ({ path: i.path, message: describeIssue(i, lang) })),
  };
}

const positive = (n: number | undefined): number | undefined => (n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined);

/** Draws a widget or a dashboard as one SVG document. */
export async function renderSvg(input: RenderInput, options: RenderOptions): Promise<RenderResult> {
  const lang = options.lang ?? 'zh-CN';
  const theme = options.theme ?? 'light';
  const baseUrl = options.baseUrl ?? new URL(`file://${process.cwd()}/`).href;
  const errors: RenderProblem[] = [];
  const warnings: RenderProblem[] = [];
  const warn = (widget: string, issues: readonly { path: string }[], look: { lang: string }) => {
    for (const issue of issues as Parameters<typeof describeIssue>[0][]) warnings.push({ widget, code: 'warning', path: issue.path, message: describeIssue(issue, look.lang), issues: [] });
  };
  let width: number;
  let drawn: { svg: string; height: number };
  let background: string;
  let label = '';
  let stage: { width: number; height: number } | null = null;
  let pages = 1;
  if (input.type === 'dashboard') {
    const page = await prepareDashboard(input.config, options.data, lang, theme, baseUrl, options.page ?? 0, options.period);
    width = positive(options.width) ?? page.width ?? 1200;
    pages = page.pages;
    if (page.error) errors.push(problem('', page.error, page.look.lang));
    warn('', page.warnings, page.look);
    for (const w of page.widgets) {
      if (w.widget.error) errors.push(problem(w.pointer, w.widget.error, w.widget.look.lang));
      warn(w.pointer, w.widget.warnings, w.widget.look);
    }
    // A stage is drawn at its design size and scaled to the picture (below); a flowing page is as
    // tall as its content (or the height asked, if taller).
    drawn = page.draw(page.width ?? width, page.height);
    if (page.width !== undefined && page.height !== undefined) stage = { width: page.width, height: page.height };
    background = page.look.colors.surface;
    label = frameTexts(input.config).title ?? '';
  } else {
    const widget = await prepareWidget({ type: input.type, config: input.config, document: options.data, lang, theme, baseUrl, period: options.period });
    width = positive(options.width) ?? 480;
    if (widget.error) errors.push(problem('', widget.error, widget.look.lang));
    warn('', widget.warnings, widget.look);
    drawn = widget.draw(width);
    background = widget.look.colors.background;
  }
  if (stage) {
    // The whole stage in the picture: `width`/`height` (default the design size, the other side
    // following its proportions) scale it, centred, as `fit: contain` shows it.
    const w = Math.ceil(positive(options.width) ?? (positive(options.height) ? (positive(options.height)! * stage.width) / stage.height : stage.width));
    const height = Math.ceil(positive(options.height) ?? (w * stage.height) / stage.width);
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${height}" viewBox="0 0 ${stage.width} ${stage.height}" preserveAspectRatio="xMidYMid meet" role="img"${label ? ` aria-label="${esc(label)}"` : ''}>` +
      `<rect x="-100000" y="-100000" width="200000" height="200000" fill="${esc(background)}"/>${drawn.svg}</svg>`;
    return { svg, width: w, height, errors, warnings, pages };
  }
  const height = Math.ceil(Math.max(drawn.height, positive(options.height) ?? 0));
  const w = Math.ceil(width);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${height}" viewBox="0 0 ${w} ${height}" role="img"${label ? ` aria-label="${esc(label)}"` : ''}>` +
    `<rect width="${w}" height="${height}" fill="${esc(background)}"/>${drawn.svg}</svg>`;
  return { svg, width: w, height, errors, warnings, pages };
}

/** PNG options: pixels per CSS pixel (default 1; 2 for print and retina screens). */
export interface PngOptions {
  readonly scale?: number;
}

/**
 * PNG output without `@resvg/resvg-js`, an optional dependency (installed by default; left out by
 * `npm install --omit=optional`, or where its native binary does not exist): SVG still works.
 */
export class PngUnavailableError extends Error {
  override readonly name = 'PngUnavailableError';
  readonly code = 'png-unavailable';

  constructor(readonly reason: string) {
    super(renderMessages('en').pngUnavailable(reason));
  }

  /** The problem in one line, in a language (the command line prints it). */
  localizedMessage(lang: string): string {
    return renderMessages(lang).pngUnavailable(this.reason);
  }
}

/**
 * An SVG made by {@link renderSvg} as PNG bytes, drawn by resvg with the bundled font only (no
 * system fonts, nothing downloaded): the same picture on a server without fonts. Rejects with a
 * {@link PngUnavailableError} when `@resvg/resvg-js` is not installed.
 */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Buffer> {
  let Resvg: typeof import('@resvg/resvg-js').Resvg;
  try {
    ({ Resvg } = await import('@resvg/resvg-js'));
  } catch (e) {
    throw new PngUnavailableError(String((e as Error)?.message ?? e).split('\n')[0]!);
  }
  const scale = positive(options.scale) ?? 1;
  return withFontSubset(svgTexts(svg).join(''), (fontFiles) => {
    const resvg = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY, monospaceFamily: FONT_FAMILY },
      fitTo: { mode: 'zoom', value: scale },
      shapeRendering: 2,
      textRendering: 1,
      logLevel: 'off',
    });
    return resvg.render().asPng();
  });
}

/** The text runs of an SVG made by {@link renderSvg}, character references read. */
function svgTexts(svg: string): string[] {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...svg.matchAll(/>([^<]+)</g)].map((m) => m[1]!.replace(/&(?:#(\d+)|(amp|lt|gt|quot|apos));/g, (_, n: string | undefined, name: string | undefined) => (n ? String.fromCodePoint(Number(n)) : named[name!]!)));
}

/**
 * The warning for a PNG of `svg` when the bundled font lacks some of its characters (a rare hanzi
 * in a place name), which the PNG draws as empty boxes: it names them and the text of the first.
 * Null when every character is in the font.
 */
export function missingGlyphsWarning(svg: string, lang: string): RenderProblem | null {
  const texts = svgTexts(svg);
  const missing = glyphsMissing(texts.join(''));
  if (!missing.length) return null;
  const inText = texts.find((t) => t.includes(missing[0]!))!.trim();
  const message = renderMessages(lang).glyphsMissing(missing.join(''), inText);
  return { widget: '', code: 'warning', path: '', message, issues: [] };
}

/** Draws a widget or a dashboard as PNG; characters the font lacks are a warning ({@link missingGlyphsWarning}). */
export async function renderPng(input: RenderInput, options: RenderOptions & PngOptions): Promise<RenderResult & { readonly png: Buffer }> {
  const result = await renderSvg(input, options);
  const png = await svgToPng(result.svg, options);
  const lang = String((input.config as { lang?: unknown } | undefined)?.lang ?? options.lang ?? 'zh-CN');
  const glyphs = missingGlyphsWarning(result.svg, lang);
  return { ...result, png, warnings: glyphs ? [...result.warnings, glyphs] : result.warnings };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What a spec file asks to draw: with `type`, the file is that widget's config (or the dashboard
 * spec); without, a dashboard spec (it has `widgets`, `pages` or `stage`) or one widget as a
 * dashboard lists it (`{ "type", "config" }`). Text that is not JSON is the `invalid-config`
 * error the element gives for its `config` attribute.
 */
export function readInput(text: string, type?: string, lang = 'zh-CN'): { value: RenderInput; error?: undefined } | { value?: undefined; error: RenderProblem } {
  let value: unknown;
  try {
    value = JSON.parse(withoutBom(text));
  } catch {
    return { error: problem('', jsonError('invalid-config', withoutBom(text)), lang) };
  }
  if (type !== undefined) return { value: { type, config: value } };
  if (isObject(value) && ('widgets' in value || 'pages' in value || 'stage' in value)) return { value: { type: 'dashboard', config: value } };
  if (isObject(value) && typeof value['type'] === 'string') {
    if (!RENDER_TYPES.includes(value['type'])) {
      return { error: problem('', new RbError('invalid-config', [{ path: '/type', key: 'value', params: [RENDER_TYPES.map((t) => JSON.stringify(t)).join(' | '), JSON.stringify(value['type'])] }]), lang) };
    }
    return { value: { type: value['type'], config: value['config'] ?? {} } };
  }
  const message = renderMessages(lang).noType(RENDER_TYPES.filter((t) => t !== 'dashboard'), `{ "type": "${typeSuggested(value)}", "config": { … } }`);
  return { error: { widget: '', code: 'invalid-config', path: '/type', message, issues: [{ path: '/type', message }] } };
}

/** Keys of one widget type's config that no other type has: a config without its type is most likely that type's. */
const TELLING_KEYS: readonly (readonly [string, readonly string[]])[] = [
  ['coverage-gauge', ['coverage', 'thresholds', 'breakdown']],
  ['growth-indicator', ['indicator', 'compare', 'sparkline', 'target', 'countUp']],
  ['brand-matrix', ['root', 'layout']],
  ['cluster-map', ['clusters', 'showEnterprises', 'mode']],
  ['ranking', ['of', 'top', 'level', 'scroll']],
];

/** The widget type a config written without its type most likely is (by its keys), else the first type. */
function typeSuggested(config: unknown): string {
  const keys = isObject(config) ? Object.keys(config) : [];
  return TELLING_KEYS.find(([, telling]) => telling.some((k) => keys.includes(k)))?.[0] ?? RENDER_TYPES[0]!;
}
