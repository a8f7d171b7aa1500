/**
 * Pure model of `rb-growth-indicator`: one indicator (a published figure and/or a series) and the
 * config → what the KPI card shows: the value scaled to 万/亿 (K/M/B), its period, growth with
 * sign and arrow, a sparkline path and progress to a target. No chart library is involved.
 *
 * Colour rule: the arrow always shows the direction (▲ rise, ▼ fall). The colour says whether the
 * change is an improvement in the locale's convention: for `better: 'higher'` (default) a rise
 * uses `--rb-color-rise` and a fall `--rb-color-fall` (zh-CN: rise red, fall green; en: rise
 * green, fall red). For `better: 'lower'` the colours swap, so a falling cost gets the colour an
 * improvement gets (`--rb-color-rise`) and a rising one the other. A zero change is muted.
 */
import * as v from 'valibot';
import { showsItemOf, type ValidationScope } from '../../core/scoped-validation.js';
import { INDICATORS, UNITS } from '../../core/sections.js';
import type { DataTable, HtmlModel } from '../../core/contract.js';
import type { RenderContext } from '../../core/contract.js';
import { pickById, widgetConfigSchema } from '../../core/config.js';
import { pointer } from '../../core/errors.js';
import { formatPercent, formatQuantity } from '../../core/format.js';
import { latestPoint, seriesGrowth, type GrowthKind, type SeriesPoint } from '../../core/growth.js';
import { comparePeriods, indicatorPeriodLabel, parsePeriod, periodOrdinal } from '../../core/periods.js';
import type { Indicator, RegionBrandData } from '../../core/schema.js';
import { widgetMessages } from '../../core/i18n/registry.js';
import { growth } from '../../core/i18n/zh-CN/growth.js';

/**
 * The KPI card's strings in any language. Importing this module provides its zh-CN section (`growth`)
 * to the built-in zh-CN, so the element, which reads them through this, never lacks them.
 */
export const growthIndicatorMessages = widgetMessages({ growth });

/** Reported and computed growth may differ by this much (0.1 percentage point) without a warning. */
export const GROWTH_TOLERANCE = 0.001;

const periodText = v.pipe(
  v.string('string'),
  v.check((s: string) => parsePeriod(s) !== null, 'period'),
);

export const growthIndicatorConfigSchema = widgetConfigSchema({
  /** Id of the `indicators[]` entry; default the first. */
  indicator: v.optional(v.string('string')),
  /** Period to show (`2022-Q1` …); default the latest one the indicator has. */
  period: v.optional(periodText),
  /** `yoy` (同比, default), `pop` (环比) or `both`. */
  compare: v.optional(v.picklist(['yoy', 'pop', 'both'], 'picklist'), 'yoy'),
  /** Draw the series as a sparkline; default when the series has at least 2 points. */
  sparkline: v.optional(v.boolean('boolean')),
  /** Show progress towards `target.value` (default false). */
  target: v.optional(v.boolean('boolean'), false),
  /**
   * Count the value up to its figure on first show and when it changes (default false). The
   * accessible text has the final figure at once; nothing moves under `animation: false` or
   * `prefers-reduced-motion`.
   */
  countUp: v.optional(v.boolean('boolean'), false),
});

export type GrowthIndicatorConfig = v.InferOutput<typeof growthIndicatorConfigSchema>;

/** The config as a page writes it (the `config` property): every key optional, defaults applied later. */
export type GrowthIndicatorConfigInput = v.InferInput<typeof growthIndicatorConfigSchema>;

/** Which way a figure moved. */
export type GrowthDirection = 'rise' | 'fall' | 'flat' | 'none';
/** Which colour token a growth uses (`rise` → --rb-color-rise …). */
export type GrowthTone = 'rise' | 'fall' | 'neutral';

/** One growth figure of the card (同比 or 环比). */
export interface GrowthFigure {
  readonly kind: GrowthKind;
  /** `同比` / `YoY`. */
  readonly label: string;
  /** The ratio shown (reported wins over computed); null when unknown. */
  readonly ratio: number | null;
  /** `+21.85%`, or `—` when unknown. */
  readonly text: string;
  readonly arrow: '▲' | '▼' | '';
  readonly direction: GrowthDirection;
  readonly tone: GrowthTone;
  readonly source: 'reported' | 'computed' | 'none';
  /** The growth computed from the series, when there is one. */
  readonly computed: number | null;
  /** True when reported and computed differ by more than {@link GROWTH_TOLERANCE}. */
  readonly disagrees: boolean;
  /** Explains a disagreement (tooltip); null otherwise. */
  readonly note: string | null;
}

/** The sparkline, in a fixed SVG coordinate box. */
export interface Sparkline {
  readonly width: number;
  readonly height: number;
  /** SVG path `M x,y L …`. */
  readonly path: string;
  /** The point of the period shown, if it is on the series. */
  readonly marker: { readonly x: number; readonly y: number } | null;
  /** Accessible text listing the points. */
  readonly label: string;
}

/** Progress towards the target value. */
export interface TargetProgress {
  readonly value: number;
  /** `6500万元` (with the target period when given). */
  readonly text: string;
  /** value / target; null when not computable (no value, target ≤ 0). */
  readonly ratio: number | null;
  /** Bar width 0…1. */
  readonly fill: number;
  readonly percentText: string;
  readonly met: boolean;
  /** Accessible sentence. */
  readonly label: string;
  /** Visible caption: `目标 6500万元 (2025年)`. */
  readonly caption: string;
}

/** The KPI card is drawn in HTML and SVG by its element: no ECharts. */
export interface GrowthIndicatorModel extends HtmlModel {
  readonly id: string;
  readonly name: string;
  readonly value: number | null;
  /** `30.66亿元`; null when the indicator has no value for the period. */
  readonly valueText: string | null;
  readonly period: string | null;
  readonly periodText: string;
  readonly better: 'higher' | 'lower';
  readonly growth: readonly GrowthFigure[];
  readonly sparkline: Sparkline | null;
  readonly target: TargetProgress | null;
  /** Count the shown value up to its figure (`countUp` with animation allowed). */
  readonly countUp: boolean;
  /** Unit of the value (for the figures written while counting up). */
  readonly unit: string | undefined;
  /** Accessible name of the card: name, value, period and growth. */
  readonly summary: string;
  /** The figures as a table (CSV export, data-table toggle, screen readers). */
  readonly table: DataTable;
}

/** Width and height of the sparkline's SVG box. */
export const SPARKLINE_SIZE = { width: 120, height: 32 } as const;

/** Direction of a growth ratio. */
export function growthDirection(ratio: number | null): GrowthDirection {
  if (ratio === null || !Number.isFinite(ratio)) return 'none';
  if (ratio > 0) return 'rise';
  if (ratio < 0) return 'fall';
  return 'flat';
}

/** Colour token of a direction: the locale's rise/fall colour, swapped when lower is better. */
export function growthTone(direction: GrowthDirection, better: 'higher' | 'lower'): GrowthTone {
  if (direction !== 'rise' && direction !== 'fall') return 'neutral';
  if (better === 'higher') return direction;
  return direction === 'rise' ? 'fall' : 'rise';
}

/** True when a reported and a computed growth differ by more than 0.1 percentage point. */
export function growthDisagrees(reported: number, computed: number): boolean {
  return Math.abs(reported - computed) > GROWTH_TOLERANCE;
}

/** True when two period strings name the same period (same granularity and start). */
function samePeriod(a: string | undefined | null, b: string | undefined | null): boolean {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return pa !== null && pb !== null && periodOrdinal(pa) === periodOrdinal(pb);
}

/** Series points with a parseable period, in chronological order. */
export function sortedSeries(series: readonly SeriesPoint[] | undefined): SeriesPoint[] {
  return (series ?? [])
    .filter((p) => parsePeriod(p.period) && Number.isFinite(p.value))
    .sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * The period the reported figure belongs to: its own `period`, else the latest of the series,
 * else none.
 */
function reportedPeriod(indicator: Indicator, series: readonly SeriesPoint[]): string | null {
  if (!indicator.reported) return null;
  return indicator.reported.period ?? latestPoint(series)?.period ?? null;
}

/** The periods an indicator has a figure for (its series and its reported figure). */
export function knownPeriods(indicator: Indicator): string[] {
  const series = sortedSeries(indicator.series);
  const reported = reportedPeriod(indicator, series);
  return [...series.map((p) => p.period), ...(reported ? [reported] : [])];
}

/** The period to show: the one asked for (one the indicator has a figure for), else the latest known. */
export function selectPeriod(indicator: Indicator, requested: string | undefined): string | null {
  if (requested !== undefined) return requested;
  const known = knownPeriods(indicator);
  if (!known.length) return null;
  return known.reduce((a, b) => (comparePeriods(b, a) > 0 ? b : a));
}

/** The value of the period: the reported one when it belongs to that period, else the series'. */
function periodValue(indicator: Indicator, series: readonly SeriesPoint[], period: string | null): number | null {
  const reported = indicator.reported;
  const rp = reportedPeriod(indicator, series);
  if (reported?.value !== undefined && (period === null || samePeriod(rp, period))) return reported.value;
  if (period === null) return null;
  const point = series.find((p) => samePeriod(p.period, period));
  return point ? point.value : null;
}

/** One growth figure: reported wins; a disagreement with the series raises a warning. */
export function growthFigure(
  indicator: Indicator,
  index: number,
  kind: GrowthKind,
  period: string | null,
  ctx: RenderContext<'growth'>,
): GrowthFigure {
  const { lang, messages: m } = ctx;
  const series = sortedSeries(indicator.series);
  const rp = reportedPeriod(indicator, series);
  const reportedRaw = indicator.reported?.[kind];
  const reported =
    reportedRaw !== undefined && Number.isFinite(reportedRaw) && (period === null || samePeriod(rp, period)) ? reportedRaw : null;
  // 环比 from year-to-date figures compares spans of different lengths: never computed from them.
  const computable = period !== null && series.length > 0 && !(kind === 'pop' && indicator.cumulative);
  const computed = computable ? seriesGrowth(series, period, kind) : null;
  const disagrees = reported !== null && computed !== null && growthDisagrees(reported, computed);
  let note: string | null = null;
  if (disagrees) {
    const r = formatPercent(reported, lang, { signed: true });
    const c = formatPercent(computed, lang, { signed: true });
    note = m.growth.computedNote(c);
    // Placed in words as validation places its issues (`第 1 个指标“工业产值”的“同比”`), for the clerk who checks the figures.
    const where = { items: [{ list: 'indicators', index, name: indicator.name }], field: ['reported', kind] };
    ctx.warn({ path: pointer('indicators', index, 'reported', kind), key: 'growthDisagrees', params: [r, c], where }, { reported, computed });
  }
  const ratio = reported ?? computed;
  const direction = growthDirection(ratio);
  const better = indicator.better ?? 'higher';
  return {
    kind,
    label: kind === 'yoy' ? m.ui.yoy : m.ui.pop,
    ratio,
    text: ratio === null ? m.growth.noGrowth : formatPercent(ratio, lang, { signed: true }),
    arrow: direction === 'rise' ? '▲' : direction === 'fall' ? '▼' : '',
    direction,
    tone: growthTone(direction, better),
    source: reported !== null ? 'reported' : computed !== null ? 'computed' : 'none',
    computed,
    disagrees,
    note,
  };
}

/** The growth kinds a config asks for. */
export function compareKinds(compare: GrowthIndicatorConfig['compare']): GrowthKind[] {
  return compare === 'both' ? ['yoy', 'pop'] : [compare];
}

/**
 * A growth line is shown when there is something to say: a reported rate, or a series to compute
 * it from (then `—` when the base is missing or not positive). A value published alone shows no
 * growth line.
 */
function showsGrowth(indicator: Indicator, figure: GrowthFigure): boolean {
  return figure.source !== 'none' || (indicator.series?.length ?? 0) > 0;
}

/** Sparkline geometry: x by period start (gaps stay visible), y scaled to the value extent. */
export function sparklineOf(
  series: readonly SeriesPoint[],
  period: string | null,
  unit: string | undefined,
  ctx: Pick<RenderContext<'growth'>, 'lang' | 'messages'>,
  cumulative?: boolean,
): Sparkline | null {
  const { lang, messages: m } = ctx;
  const points = sortedSeries(series);
  if (points.length < 2) return null;
  const { width, height } = SPARKLINE_SIZE;
  const pad = 3;
  const xs = points.map((p) => periodOrdinal(parsePeriod(p.period)!));
  const ys = points.map((p) => p.value);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (x: number) => (x1 === x0 ? width / 2 : pad + ((x - x0) / (x1 - x0)) * (width - 2 * pad));
  const sy = (y: number) => (y1 === y0 ? height / 2 : height - pad - ((y - y0) / (y1 - y0)) * (height - 2 * pad));
  const round = (n: number) => Math.round(n * 10) / 10;
  const coords = points.map((p, i) => ({ x: round(sx(xs[i]!)), y: round(sy(p.value)), period: p.period }));
  const path = coords.map((c, i) => `${i ? 'L' : 'M'}${c.x},${c.y}`).join(' ');
  const at = period === null ? undefined : coords.find((c) => samePeriod(c.period, period));
  const label = m.growth.trend(
    points.map((p) => `${indicatorPeriodLabel(p.period, lang, cumulative)} ${formatQuantity(p.value, unit, lang)}`).join(m.text.clauseSeparator),
  );
  return { width, height, path, marker: at ? { x: at.x, y: at.y } : null, label };
}

/** Progress of a value towards the indicator's target. */
export function targetProgress(indicator: Indicator, value: number | null, ctx: RenderContext<'growth'>): TargetProgress | null {
  const target = indicator.target;
  if (!target) return null;
  const { lang, messages: m } = ctx;
  const ratio = value !== null && target.value > 0 && Number.isFinite(value / target.value) ? value / target.value : null;
  const text = `${formatQuantity(target.value, indicator.unit, lang)}${target.period ? ` (${indicatorPeriodLabel(target.period, lang, indicator.cumulative)})` : ''}`;
  const percentText = ratio === null ? m.growth.noGrowth : formatPercent(ratio, lang, { digits: 1 });
  return {
    value: target.value,
    text,
    ratio,
    fill: ratio === null ? 0 : Math.min(1, Math.max(0, ratio)),
    percentText,
    // A ceiling (`better: lower`, as for energy use) is met at or below it, not by passing it.
    met: ratio !== null && (indicator.better === 'lower' ? value! <= target.value : ratio >= 1),
    label: m.growth.targetProgress(percentText, text),
    caption: `${m.ui.target} ${text}`,
  };
}

/** The accessible name: `工业总产值：37.83亿元，2022年一季度，同比 +21.85%`. */
function summaryOf(name: string, valueText: string | null, periodText: string, growth: readonly GrowthFigure[], ctx: RenderContext<'growth'>): string {
  const parts = [valueText, periodText, ...growth.map((g) => `${g.label} ${g.text}`)].filter(Boolean);
  return ctx.messages.growth.summary(name, parts.join(ctx.messages.text.clauseSeparator));
}

/**
 * The indicator a card shows while a unit is selected in its link group (`ctx.focus`): one whose
 * `scope` is that unit, when there are any: the one of the same name, else the one at the same
 * position among that unit's indicators as the card's own among its scope's; else its own.
 */
export function focusedIndicator(data: RegionBrandData, own: Indicator, ctx: Pick<RenderContext, 'focus'>): Indicator {
  const unit = ctx.focus?.kind === 'unit' ? ctx.focus.id : undefined;
  if (unit === undefined || own.scope === unit) return own;
  const theirs = data.indicators.filter((i) => i.scope === unit);
  if (!theirs.length) return own;
  const position = data.indicators.filter((i) => i.scope === own.scope).indexOf(own);
  return theirs.find((i) => i.name === own.name) ?? theirs[position] ?? own;
}

/**
 * The card with nothing to show, in words: "no data for P" for an indicator without a figure for
 * the period asked for; without a period, "no data" for an indicator that has no figure at all
 * (neither a value nor a growth); without an indicator, "no indicators yet" for a document whose
 * `indicators` is empty (a clerk's new document). Not an error.
 */
function noDataModel(indicator: Indicator | null, period: string | null, ctx: RenderContext<'growth'>): GrowthIndicatorModel {
  const m = ctx.messages;
  const name = indicator?.name ?? '';
  const periodText = period === null ? '' : indicatorPeriodLabel(period, ctx.lang, indicator?.cumulative);
  const text = !indicator ? m.growth.noIndicators : period === null ? m.ui.empty : m.ui.noDataFor(periodText);
  return {
    drawing: 'html', id: indicator?.id ?? '', name, value: null, valueText: null, period, periodText,
    better: indicator?.better ?? 'higher', growth: [], sparkline: null, target: null, title: name, noData: text,
    countUp: false, unit: indicator?.unit,
    summary: indicator ? m.text.field(name, text) : text,
    table: { caption: name, columns: [m.ui.period, m.ui.value], rows: indicator ? [[periodText || '—', '—']] : [] },
  };
}

export function buildModel(data: RegionBrandData, config: GrowthIndicatorConfig, ctx: RenderContext<'growth'>): GrowthIndicatorModel {
  const picked = pickById(data.indicators, config.indicator, 'indicator', 'indicator');
  if (!picked) return noDataModel(null, null, ctx);
  const indicator = focusedIndicator(data, picked, ctx);
  const index = data.indicators.indexOf(indicator);
  const { lang } = ctx;
  const series = sortedSeries(indicator.series);
  // The group's period wins over the card's own `period`; an indicator without it has no data
  // (data-format.md: "no data for P", never silently the latest), as in the other widgets.
  const asked = ctx.period ?? config.period;
  if (asked !== undefined && !knownPeriods(indicator).some((p) => samePeriod(p, asked))) return noDataModel(indicator, asked, ctx);
  const period = selectPeriod(indicator, asked);
  const value = periodValue(indicator, series, period);
  const valueText = value === null ? null : formatQuantity(value, indicator.unit, lang);
  const periodText = period ? indicatorPeriodLabel(period, lang, indicator.cumulative) : '';
  const growth = compareKinds(config.compare)
    .map((kind) => growthFigure(indicator, index, kind, period, ctx))
    .filter((g) => showsGrowth(indicator, g));
  // A published growth of the other kind alone (a reported 环比 with compare `yoy`, the default):
  // shown as what it is rather than hidden behind "no data" (data-format.md: `reported` alone
  // must display fully). Without a series, nothing of the kind asked for exists to show.
  if (!growth.length && config.compare !== 'both') {
    const other = growthFigure(indicator, index, config.compare === 'yoy' ? 'pop' : 'yoy', period, ctx);
    if (other.source === 'reported') growth.push(other);
  }
  // An indicator with only a target (a plan published before any result) shows its target, with or
  // without the `target` option, not "no data"; one with nothing to show (`{ id, name }` alone) says so.
  const figureless = value === null && !growth.length && !series.length;
  const target = config.target || figureless ? targetProgress(indicator, value, ctx) : null;
  if (figureless && !target) return noDataModel(indicator, null, ctx);
  const wantSparkline = config.sparkline ?? series.length >= 2;
  return {
    drawing: 'html',
    id: indicator.id,
    name: indicator.name,
    value,
    valueText,
    period,
    periodText,
    better: indicator.better ?? 'higher',
    growth,
    sparkline: wantSparkline ? sparklineOf(series, period, indicator.unit, ctx, indicator.cumulative) : null,
    target,
    countUp: config.countUp && ctx.animation,
    unit: indicator.unit,
    summary: summaryOf(indicator.name, valueText ?? (figureless ? target!.caption : null), periodText, growth, ctx),
    table: figuresTable(indicator, series, period, valueText, periodText, growth, ctx),
  };
}

/** Rows: the shown figure (with its growth), then every point of the series. */
function figuresTable(
  indicator: Indicator,
  series: readonly SeriesPoint[],
  period: string | null,
  valueText: string | null,
  periodText: string,
  growth: readonly GrowthFigure[],
  ctx: RenderContext<'growth'>,
): DataTable {
  const { ui } = ctx.messages;
  const rows: string[][] = [[periodText || '—', valueText ?? '—', growth.map((g) => `${g.label} ${g.text}`).join('; ') || '—']];
  for (const point of series) {
    if (point.period === period) continue;
    rows.push([indicatorPeriodLabel(point.period, ctx.lang, indicator.cumulative), formatQuantity(point.value, indicator.unit, ctx.lang), '']);
  }
  return { caption: indicator.name, columns: [ui.period, ui.value, `${ui.yoy} / ${ui.pop}`], rows };
}

/** The card validates the indicator it shows (and its scope), not the rest of the document. */
export const growthIndicatorScope: ValidationScope<GrowthIndicatorConfig> = {
  sections: { indicators: INDICATORS, units: UNITS },
  shows: showsItemOf('indicators', (config) => config.indicator),
};
