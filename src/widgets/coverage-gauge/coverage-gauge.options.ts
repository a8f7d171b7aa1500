/**
 * Pure model of `rb-coverage-gauge`: a coverage entry (covered/total or a published ratio) and
 * the config → an ECharts gauge option (styles `gauge` and `ring`) or an HTML bar (style `bar`,
 * no chart), the same figures as text, a full-coverage badge and per-unit breakdown rows.
 */
import * as v from 'valibot';
import { showsItemOf, type ValidationScope } from '../../core/scoped-validation.js';
import { COVERAGE, UNITS } from '../../core/sections.js';
import type { RenderContext } from '../../core/contract.js';
import type { ChartModel, DataTable, HtmlModel } from '../../core/contract.js';
import type { EChartsCoreOption } from '../../core/chart.js';
import { periodOption, pickById, widgetConfigSchema } from '../../core/config.js';
import { coverageAt } from '../../core/period-figures.js';
import { baseChartOption, chartTextSize } from '../../core/echarts-text.js';
import { formatPercent, formatPlain } from '../../core/format.js';
import { unitLabel } from '../../core/i18n/registry.js';
import { periodLabel } from '../../core/periods.js';
import type { Coverage, RegionBrandData } from '../../core/schema.js';
import type { ThemeColors } from '../../core/theme.js';
import { widgetMessages } from '../../core/i18n/registry.js';
import { gauge } from '../../core/i18n/zh-CN/gauge.js';
import { moreUnitsText } from './breakdown-fit.js';

/**
 * The gauge's strings in any language. Importing this module provides its zh-CN section (`gauge`)
 * to the built-in zh-CN, so the element, which reads them through this, never lacks them.
 */
export const coverageGaugeMessages = widgetMessages({ gauge });

const ratioValue = v.pipe(v.number('number'), v.finite('finite'), v.minValue(0, 'ratioRange'), v.maxValue(1, 'ratioRange'));

export const coverageGaugeConfigSchema = widgetConfigSchema({
  /** Id of the `coverage[]` entry; default the first. */
  coverage: v.optional(v.string('string')),
  /** `gauge` (default), `ring` or `bar`. */
  style: v.optional(v.picklist(['gauge', 'ring', 'bar'], 'picklist'), 'gauge'),
  /**
   * Ratios where the colour changes, e.g. `[0.6, 0.9]` (default): below the first `bad`, between
   * `warn`, from the last `good`. `[]` judges nothing: for a figure that is a share, not a target
   * (规上产值占全区 35.61%), drawn in a neutral colour (`--rb-color-series-2`).
   */
  thresholds: v.optional(v.array(ratioValue, 'array'), [0.6, 0.9]),
  /** Show per-unit bars from `breakdown`. */
  breakdown: v.optional(v.boolean('boolean'), false),
  /** The period to show (from the entry's `history`); a link group's period wins. */
  period: periodOption,
});

export type CoverageGaugeConfig = v.InferOutput<typeof coverageGaugeConfigSchema>;

/** The config as a page writes it (the `config` property): every key optional, defaults applied later. */
export type CoverageGaugeConfigInput = v.InferInput<typeof coverageGaugeConfigSchema>;

/** The figures of one coverage entry. */
export interface CoverageFigures {
  readonly id: string;
  readonly name: string;
  readonly ratio: number;
  readonly covered?: number;
  readonly total?: number;
  readonly unit?: string;
  readonly full: boolean;
}

/**
 * Colour band of a ratio: below the first threshold `bad`, between `warn`, from the last `good`;
 * `neutral` without thresholds (a share, not a target).
 */
export type CoverageTone = 'good' | 'warn' | 'bad' | 'neutral';

/** One unit of the breakdown, ready to render. */
export interface BreakdownRow {
  /** Unit id (`units[].id`, or the region's own id). */
  readonly unit: string;
  /** Unit name from `units[]` (or the region), else the id. */
  readonly name: string;
  readonly covered: number;
  readonly total: number;
  readonly ratio: number;
  readonly percentText: string;
  /** `5 / 12家`. */
  readonly countText: string;
  readonly tone: CoverageTone;
  /** Accessible text of the row. */
  readonly label: string;
  /** True for the unit selected in the widget's link group. */
  readonly focused: boolean;
}

/** What every style of the gauge shows. */
interface CoverageGaugeFigures {
  readonly summary: string;
  readonly title: string;
  readonly table: DataTable;
  readonly figures: CoverageFigures;
  readonly percentText: string;
  /** Counts, `by` and period joined: `424 / 424个 · 62个党建联合体 · 2022年`. */
  readonly countText: string;
  /** Resolved colour of the ratio (for the canvas). */
  readonly color: string;
  /** Colour band of the ratio (for HTML, through `--rb-color-*` tokens). */
  readonly tone: CoverageTone;
  readonly style: CoverageGaugeConfig['style'];
  /** `全覆盖` / `Full coverage` when the ratio is 1, else empty. */
  readonly fullText: string;
  /** Per-unit rows sorted by ratio, descending; null unless `breakdown: true`. */
  readonly breakdown: readonly BreakdownRow[] | null;
  readonly breakdownTitle: string;
  /** `另有 N 个单位` / `N more units`: the line after the rows a cell of fixed height shows (see breakdown-fit.ts). */
  readonly moreUnits: (hidden: number) => string;
}

/** Styles `gauge` and `ring` are ECharts drawings; style `bar` is HTML (no ECharts instance, no canvas). */
export type CoverageGaugeModel = CoverageGaugeFigures & (ChartModel | HtmlModel);

/** Ratio and counts of a coverage entry (counts win over a published ratio). */
export function coverageFigures(entry: Coverage): CoverageFigures {
  const hasCounts = entry.covered !== undefined && entry.total !== undefined && entry.total > 0;
  const ratio = hasCounts ? entry.covered! / entry.total! : (entry.ratio ?? 0);
  return {
    id: entry.id,
    name: entry.name,
    ratio,
    ...(hasCounts ? { covered: entry.covered!, total: entry.total! } : {}),
    ...(entry.unit !== undefined ? { unit: entry.unit } : {}),
    full: ratio >= 1,
  };
}

/** The colour of a tone: the theme's `good`, `warn` or `bad`; `neutral` is the second series colour. */
function toneColor(tone: CoverageTone, theme: ThemeColors): string {
  return tone === 'neutral' ? (theme.palette[1] ?? theme.accent) : theme[tone];
}

/** The colour of a ratio: the colour of its {@link thresholdTone}. */
export function thresholdColor(ratio: number, thresholds: readonly number[], theme: ThemeColors): string {
  return toneColor(thresholdTone(ratio, thresholds), theme);
}

/**
 * The colour band of a ratio: below the first threshold `bad`, between thresholds `warn`, at or
 * above the last `good`; with no thresholds `neutral` (nothing is judged).
 */
export function thresholdTone(ratio: number, thresholds: readonly number[]): CoverageTone {
  const sorted = [...thresholds].sort((a, b) => a - b);
  if (!sorted.length) return 'neutral';
  if (ratio >= sorted[sorted.length - 1]!) return 'good';
  if (ratio < sorted[0]!) return 'bad';
  return 'warn';
}

/** Name of a unit id: `units[].name`, the region's name for its own id, else the id. */
export function unitName(data: RegionBrandData, id: string): string {
  if (data.region.id === id) return data.region.name;
  return data.units.find((u) => u.id === id)?.name ?? id;
}

/** Breakdown rows of an entry, sorted by ratio descending (ties: larger total first). */
export function breakdownRows(
  data: RegionBrandData,
  entry: Coverage,
  thresholds: readonly number[],
  ctx: Pick<RenderContext<'gauge'>, 'lang' | 'messages' | 'focus'>,
): BreakdownRow[] {
  const { lang, messages: m } = ctx;
  const unit = entry.unit ? unitLabel(entry.unit, lang) : '';
  return (entry.breakdown ?? [])
    .map((b) => {
      const ratio = b.total > 0 ? b.covered / b.total : 0;
      const name = unitName(data, b.unit);
      const percentText = b.total > 0 ? formatPercent(ratio, lang, { digits: 1 }) : '—';
      const countText = `${formatPlain(b.covered, lang)} / ${formatPlain(b.total, lang)}${unit}`;
      return {
        unit: b.unit,
        name,
        covered: b.covered,
        total: b.total,
        ratio,
        percentText,
        countText,
        tone: thresholdTone(ratio, thresholds),
        label: m.gauge.unitRow(name, percentText, countText),
        focused: ctx.focus?.kind === 'unit' && ctx.focus.id === b.unit,
      };
    })
    .sort((a, b) => b.ratio - a.ratio || b.total - a.total);
}

/** The ECharts gauge (arc or full ring) of one ratio; the percentage is drawn in the middle. */
export function gaugeOption(
  f: CoverageFigures,
  opts: { ring: boolean; color: string; percentText: string; countText: string; summary: string },
  ctx: RenderContext<'gauge'>,
): EChartsCoreOption {
  const { theme } = ctx;
  const { ring, color, percentText, countText, summary } = opts;
  // A round cap on an empty arc would draw a dot that reads as "a little covered".
  const roundCap = !ring && f.ratio > 0;
  return {
    ...baseChartOption(ctx, summary),
    series: [
      {
        type: 'gauge',
        startAngle: ring ? 90 : 210,
        endAngle: ring ? -270 : -30,
        min: 0,
        max: 1,
        radius: '90%',
        center: ['50%', ring ? '50%' : '58%'],
        progress: { show: true, roundCap, width: 16, itemStyle: { color } },
        axisLine: { roundCap: !ring, lineStyle: { width: 16, color: [[1, theme.track]] } },
        pointer: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        anchor: { show: false },
        title: {
          show: Boolean(countText),
          offsetCenter: [0, ring ? '28%' : '32%'],
          color: theme.muted,
          fontSize: chartTextSize(theme, 13),
        },
        detail: {
          valueAnimation: ctx.animation,
          offsetCenter: [0, ring ? '-4%' : '0%'],
          fontSize: chartTextSize(theme, 28),
          fontWeight: 'bold',
          color: theme.text,
          formatter: () => percentText,
        },
        data: [{ value: f.ratio, name: countText, select: { kind: 'coverage', id: f.id } }],
      },
    ],
    // A small drawing (a narrow big-screen cell, a short row): a thinner arc and smaller figures,
    // so the percentage stays inside the ring. ECharts applies these as the drawing is resized.
    media: [180, 130].flatMap((side, i) => {
      const option = smallerGauge([20, 16][i]!, [11, 10][i]!, [11, 8][i]!);
      return [{ query: { maxHeight: side }, option }, { query: { maxWidth: side }, option }];
    }),
  };
}

/** The parts of {@link gaugeOption} that shrink with the drawing. */
function smallerGauge(detail: number, title: number, arc: number): EChartsCoreOption {
  return { series: [{ detail: { fontSize: detail }, title: { fontSize: title }, progress: { width: arc }, axisLine: { lineStyle: { width: arc } } }] };
}

/**
 * The gauge with nothing to show, in words (drawn in HTML, no canvas): "no coverage yet" for a
 * document whose `coverage` is empty (a clerk's new document: `entry` is null), "no data for P"
 * for an entry without a figure for the period asked for (never its latest). Not an error.
 */
function noDataModel(entry: Coverage | null, period: string | undefined, ctx: RenderContext<'gauge'>): CoverageGaugeModel {
  const m = ctx.messages;
  const name = entry?.name ?? m.gauge.coverage;
  const noData = entry ? m.ui.noDataFor(periodLabel(period!, ctx.lang)) : m.gauge.noCoverage;
  return {
    drawing: 'html', style: 'bar', noData, title: name,
    summary: entry ? m.text.field(name, noData) : noData,
    figures: { id: entry?.id ?? '', name, ratio: 0, full: false },
    percentText: '', countText: '', fullText: '', tone: 'neutral', color: toneColor('neutral', ctx.theme),
    breakdown: null, breakdownTitle: m.gauge.breakdown, moreUnits: (hidden) => moreUnitsText(m.gauge.moreUnits, hidden),
    // The data table (screen readers, CSV) says it too, not the latest figures.
    table: { caption: name, columns: [m.ui.name, m.gauge.coverage, m.gauge.covered, m.gauge.total], rows: entry ? [[name, noData, '—', '—']] : [] },
  };
}

/**
 * Data + config → the model: for `gauge` and `ring` an ECharts option; for `bar` no option at all
 * (`drawing: 'html'`, the element draws an HTML bar). Figures as text, the full-coverage badge and
 * the breakdown rows are the same for every style.
 */
export function buildModel(data: RegionBrandData, config: CoverageGaugeConfig, ctx: RenderContext<'gauge'>): CoverageGaugeModel {
  const own = pickById(data.coverage, config.coverage, 'coverage', 'coverage');
  if (!own) return noDataModel(null, undefined, ctx);
  const period = ctx.period ?? config.period;
  const entry = coverageAt(own, period);
  if (!entry) return noDataModel(own, period, ctx);
  const f = coverageFigures(entry);
  const { lang, messages: m, theme } = ctx;
  const percentText = formatPercent(f.ratio, lang);
  const unit = f.unit ? unitLabel(f.unit, lang) : '';
  const countText = f.covered !== undefined ? `${formatPlain(f.covered, lang)} / ${formatPlain(f.total!, lang)}${unit}` : '';
  const tone = thresholdTone(f.ratio, config.thresholds);
  const color = toneColor(tone, theme);
  const fullText = f.full ? m.gauge.full : '';
  const subtitle = [countText, entry.by ?? '', entry.period ? periodLabel(entry.period, lang) : ''].filter(Boolean).join(' · ');
  const coverage = `${m.gauge.coverage} ${percentText}`;
  const summary = m.text.field(
    f.name,
    [countText ? m.text.withNote(coverage, countText) : coverage, fullText, entry.by ?? ''].filter(Boolean).join(m.text.clauseSeparator),
  );
  const breakdown = config.breakdown ? breakdownRows(data, entry, config.thresholds, ctx) : null;
  const dash = '—';

  const figures: CoverageGaugeFigures = {
    summary,
    title: f.name,
    figures: f,
    percentText,
    countText: subtitle,
    color,
    tone,
    style: config.style,
    fullText,
    breakdown,
    breakdownTitle: m.gauge.breakdown,
    moreUnits: (hidden) => moreUnitsText(m.gauge.moreUnits, hidden),
    table: {
      caption: f.name,
      columns: [m.ui.name, m.gauge.coverage, m.gauge.covered, m.gauge.total],
      rows: [
        [f.name, percentText, f.covered !== undefined ? formatPlain(f.covered, lang) : dash, f.total !== undefined ? formatPlain(f.total, lang) : dash],
        ...(breakdown ?? []).map((r) => [r.name, r.percentText, formatPlain(r.covered, lang), formatPlain(r.total, lang)]),
      ],
    },
  };
  if (config.style === 'bar') return { ...figures, drawing: 'html' };
  const option = gaugeOption(f, { ring: config.style === 'ring', color, percentText, countText, summary }, ctx);
  return { ...figures, drawing: 'chart', option };
}

/** The gauge validates the coverage entry it shows (and its units), not the rest of the document. */
export const coverageGaugeScope: ValidationScope<CoverageGaugeConfig> = {
  sections: { coverage: COVERAGE, units: UNITS },
  shows: showsItemOf('coverage', (config) => config.coverage),
};
