/// <reference types="node" />
/**
 * One widget of a picture, through the pipeline the elements run: config schema → scoped
 * validation of the document → prepare (the cluster map's geometry) → the pure `buildModel` →
 * `finishModel` (decal patterns) → drawing. A mistake becomes the same {@link RbError} (code,
 * JSON Pointer, localised message) the element shows, drawn as its error panel.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type * as v from 'valibot';
import type { RenderContext, WidgetModel } from '../core/contract.js';
import { parseConfig } from '../core/config.js';
import { RbError, type ValidationIssue } from '../core/errors.js';
import { objectValue } from '../core/json-attribute.js';
import { movedIssue } from '../core/mistakes-on-demand.js';
import { withPatterns } from '../core/patterns.js';
import type { RegionBrandData } from '../core/schema.js';
import { validateScoped, type ValidationScope } from '../core/scoped-validation.js';
import { parseJson } from '../core/validate.js';
import * as brandMatrix from '../widgets/brand-matrix/brand-matrix.options.js';
import * as clusterMap from '../widgets/cluster-map/cluster-map.options.js';
import * as coverageGauge from '../widgets/coverage-gauge/coverage-gauge.options.js';
import * as growthIndicator from '../widgets/growth-indicator/growth-indicator.options.js';
import * as ranking from '../widgets/ranking/ranking.options.js';
import type { DashboardWidgetType } from '../widgets/dashboard/dashboard.options.js';
import { GEO_URL_PATH, checkFeatureCollection, resolveGeometry } from '../widgets/cluster-map/cluster-map.geo.js';
import { isInlineGeo } from '../widgets/cluster-map/cluster-map.geometry.js';
import { chartSvg, placeChart } from './chart.js';
import { drawBreakdown, drawClusterExtra, drawCoverageBar, drawCoverageFigures, drawGrowth, drawRanking, paragraph } from './html-models.js';
import { drawMatrixGrid, drawMatrixLegend } from './matrix.js';
import { drawError, drawFrame, frameTexts } from './frame.js';
import { lookOf, stack, style, type Drawn, type Look } from './look.js';
import { esc, group } from './svg.js';

/** What a widget type needs to be drawn without its element. */
interface WidgetKind<C, M extends WidgetModel> {
  readonly schema: v.GenericSchema<unknown, C>;
  readonly scope: ValidationScope<C>;
  readonly build: (data: RegionBrandData, config: C, ctx: RenderContext, prepared: never) => M;
  /** `--rb-chart-height` of the widget's stylesheet. */
  readonly chartHeight: number;
  /**
   * The HTML model's drawing, or what is drawn below the chart. `room`: the height it may take in
   * a cell of fixed height (a stage's), else undefined (it takes what it needs).
   */
  readonly html?: (model: M, width: number, look: Look, room?: number) => Drawn;
  readonly extra?: (model: M, width: number, look: Look, room?: number) => Drawn;
  /** What goes beside the chart instead of below it in a wide body (≥ {@link BESIDE_FROM} px), when there is any. */
  readonly beside?: (model: M, width: number, look: Look, room?: number) => Drawn | null;
  /** Loads what `build` needs besides the document (the geometry). */
  readonly prepare?: (data: RegionBrandData, config: C, baseUrl: string) => Promise<unknown>;
}

const kind = <C, M extends WidgetModel>(k: WidgetKind<C, M>) => k as unknown as WidgetKind<unknown, WidgetModel>;

/** The smallest chart drawn in a cell of fixed height (px). */
const MIN_CHART = 120;

/** The body width from which a gauge's figures and breakdown go beside it (the element's container query). */
const BESIDE_FROM = 560;

/** A breakdown keeps its top margin (0.6em) above it; in a given `room`, it takes what `top` leaves. */
const withBreakdown = (m: coverageGauge.CoverageGaugeModel, w: number, look: Look, top: Drawn, room?: number): Drawn => {
  const b = drawBreakdown(m, w, look, room === undefined ? undefined : room - top.height);
  return b.height ? stack([top, { svg: group(0, 0.6 * look.fontSize, b.svg), height: b.height }], 0) : top;
};

/**
 * The widget types a picture draws, by the `type` a dashboard spec gives them: every type a
 * dashboard places (the compiler checks that none is missing).
 */
export const WIDGETS: Record<DashboardWidgetType, WidgetKind<unknown, WidgetModel>> = {
  'coverage-gauge': kind({
    schema: coverageGauge.coverageGaugeConfigSchema,
    scope: coverageGauge.coverageGaugeScope,
    build: coverageGauge.buildModel,
    chartHeight: 240,
    html: (m, w, look, room) => withBreakdown(m, w, look, drawCoverageBar(m, w, look), room),
    extra: (m, w, look, room) => withBreakdown(m, w, look, drawCoverageFigures(m, w, look, true), room),
    beside: (m, w, look, room) => (m.breakdown?.length ? withBreakdown(m, w, look, drawCoverageFigures(m, w, look, false), room) : null),
  }),
  'growth-indicator': kind({
    schema: growthIndicator.growthIndicatorConfigSchema,
    scope: growthIndicator.growthIndicatorScope,
    build: growthIndicator.buildModel,
    chartHeight: 240,
    html: drawGrowth,
  }),
  'brand-matrix': kind({
    schema: brandMatrix.brandMatrixConfigSchema,
    scope: brandMatrix.brandMatrixScope,
    build: brandMatrix.buildModel,
    chartHeight: 420,
    html: drawMatrixGrid,
    extra: drawMatrixLegend,
  }),
  'cluster-map': kind({
    schema: clusterMap.clusterMapConfigSchema,
    scope: clusterMap.clusterMapScope,
    build: clusterMap.buildModel as WidgetKind<clusterMap.ClusterMapConfig, clusterMap.ClusterMapModel>['build'],
    chartHeight: 360,
    extra: drawClusterExtra,
    prepare: prepareGeometry,
  }),
  ranking: kind({
    schema: ranking.rankingConfigSchema,
    scope: ranking.rankingScope,
    build: ranking.buildModel as WidgetKind<ranking.RankingConfig, ranking.RankingModel>['build'],
    chartHeight: 240,
    html: drawRanking,
  }),
};

/** The cluster map's geometry in Node: inline, or `geo.url` read from a file (or fetched over HTTP). */
async function prepareGeometry(data: RegionBrandData, config: clusterMap.ClusterMapConfig, baseUrl: string): Promise<unknown> {
  const geo = data.geo;
  if (!geo || clusterMap.resolveMode(config.mode, data) !== 'geo') return null;
  const collection = isInlineGeo(geo) ? geo : checkFeatureCollection(await loadGeoUrl(geo.url, baseUrl));
  if (collection instanceof RbError) throw collection;
  return resolveGeometry(collection);
}

async function loadGeoUrl(url: string, baseUrl: string): Promise<unknown> {
  let href: URL;
  try {
    href = new URL(url, baseUrl);
  } catch {
    throw atGeoUrl([{ path: '', key: 'fetchNetwork', params: [url] }], 'fetch-failed');
  }
  let text: string;
  try {
    if (href.protocol === 'file:') text = await readFile(fileURLToPath(href), 'utf8');
    else {
      const response = await fetch(href);
      if (!response.ok) throw new Error(String(response.status));
      text = await response.text();
    }
  } catch {
    throw atGeoUrl([{ path: '', key: 'fetchNetwork', params: [href.href] }], 'fetch-failed');
  }
  const parsed = parseJson(text);
  if (!parsed.ok) throw atGeoUrl(parsed.error.issues, parsed.error.code);
  return parsed.value;
}

function atGeoUrl(issues: readonly ValidationIssue[], code: RbError['code']): RbError {
  return new RbError(code, issues.map((i) => movedIssue(i, GEO_URL_PATH + i.path)));
}

/** What one widget of a picture needs. */
export interface WidgetJob {
  readonly type: string;
  readonly config: unknown;
  readonly document: unknown;
  readonly lang: string;
  readonly theme: string;
  /** URL the document came from (`geo.url` resolves against it). */
  readonly baseUrl: string;
  /** The period the page shows (a dashboard's `period`); absent: each item's latest figure. */
  readonly period?: string | undefined;
}

/** A widget ready to draw: its frame's parts, or its error; warnings as the element fires them. */
export interface PreparedWidget {
  readonly look: Look;
  readonly draw: (width: number, height?: number) => Drawn;
  readonly error: RbError | null;
  readonly warnings: readonly ValidationIssue[];
}

const objectOf = (value: unknown): Record<string, unknown> => objectValue(value) ?? {};

/** The effective language and theme: the config's, else the picture's. */
export function lookOfConfig(config: unknown, lang: string, theme: string): Look {
  const c = objectOf(config);
  return lookOf(typeof c['theme'] === 'string' && c['theme'] ? c['theme'] : theme, typeof c['lang'] === 'string' && c['lang'] ? c['lang'] : lang);
}

/** Runs the pipeline of one widget; never throws for bad input (the error is drawn and returned). */
export async function prepareWidget(job: WidgetJob): Promise<PreparedWidget> {
  const look = lookOfConfig(job.config, job.lang, job.theme);
  const k = Object.hasOwn(WIDGETS, job.type) ? WIDGETS[job.type as DashboardWidgetType] : undefined;
  const frame = frameTexts(job.config);
  const warnings: ValidationIssue[] = [];
  const failed = (error: RbError): PreparedWidget => ({
    look,
    error,
    warnings,
    draw: (w, h) => drawFrame({ ...frame, body: (iw) => drawError(error, iw, look) }, w, look, h),
  });
  if (!k) return failed(new RbError('invalid-config', [{ path: '/type', key: 'value', params: [Object.keys(WIDGETS).map((t) => JSON.stringify(t)).join(' | '), JSON.stringify(job.type)] }]));
  try {
    const config = parseConfig(k.schema, job.config);
    const result = validateScoped(job.document, k.scope, config);
    if (!result.ok) throw result.error;
    warnings.push(...result.warnings);
    const prepared = k.prepare ? await k.prepare(result.data, config, job.baseUrl) : undefined;
    const ctx: RenderContext = {
      lang: look.lang,
      messages: look.messages,
      theme: look.colors,
      animation: false,
      baseUrl: job.baseUrl,
      warn: (issue) => warnings.push(issue),
      ...(job.period !== undefined ? { period: job.period } : {}),
    };
    let model = k.build(result.data, config, ctx, prepared as never);
    const c = objectOf(config);
    if (c['patterns'] === true && model.drawing === 'chart') model = { ...model, option: withPatterns(model.option) };
    const title = (c['title'] as string | undefined) ?? model.title;
    const sources = c['showSource'] ? result.data.sources : undefined;
    return {
      look,
      error: null,
      warnings,
      draw: (w, h) => drawFrame({ title, subtitle: frame.subtitle, sources, label: model.summary, body: (iw, ih) => drawBody(k, model, iw, ih, look) }, w, look, h),
    };
  } catch (e) {
    if (e instanceof RbError) return failed(e);
    throw e;
  }
}

/** The body: an HTML model's drawing, or the chart (its height from the stylesheet or the room left) and what is beside it. */
function drawBody(k: WidgetKind<unknown, WidgetModel>, model: WidgetModel, w: number, room: number | undefined, look: Look): Drawn {
  // Nothing for the period asked: the sentence the frame shows instead of the drawing.
  if (model.noData) return paragraph(model.noData, w, style(look, 1, look.colors.muted));
  if (model.drawing === 'html') return k.html ? k.html(model, w, look, room) : { svg: '', height: 0 };
  const chart = (width: number, height: number) =>
    `<g role="img" aria-label="${esc(model.summary)}">${placeChart(chartSvg(model.option, width, height, look.family), 0, 0)}</g>`;
  const gap = 2 * look.spacing;
  const half = (w - gap) / 2;
  const side = k.beside && w >= BESIDE_FROM ? k.beside(model, half, look, room) : null;
  if (side) {
    // The chart in the left half, as tall as the room (or its stylesheet height, or the list beside it).
    const height = room === undefined ? Math.max(k.chartHeight, side.height) : Math.max(MIN_CHART, room);
    const list = group(half + gap, Math.max(0, (height - side.height) / 2), side.svg);
    return { svg: chart(half, height) + list, height: Math.max(height, side.height) };
  }
  // Below the chart, what the smallest chart (120px) leaves.
  const extra = k.extra ? k.extra(model, w, look, room === undefined ? undefined : room - MIN_CHART) : { svg: '', height: 0 };
  const chartHeight = room === undefined ? k.chartHeight : Math.max(MIN_CHART, room - extra.height);
  return stack([{ svg: chart(w, chartHeight), height: chartHeight }, extra], 0);
}

