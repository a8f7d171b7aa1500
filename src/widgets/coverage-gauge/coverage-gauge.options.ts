/**
 * Pure model of `rb-coverage-gauge`: a coverage entry (covered/total or a published ratio) and
 * the config → an ECharts gauge option plus the same figures as text.
 */
import * as v from 'valibot';
import type { RenderContext } from '../../core/base-element.js';
import type { ChartModel } from '../../core/chart-element.js';
import { pickById, widgetConfigSchema } from '../../core/config.js';
import { formatPercent, formatPlain } from '../../core/format.js';
import { unitLabel } from '../../core/i18n/index.js';
import { periodLabel } from '../../core/periods.js';
import type { Coverage, RegionBrandData } from '../../core/schema.js';
import type { ThemeColors } from '../../core/theme.js';

const ratioValue = v.pipe(v.number('number'), v.finite('finite'), v.minValue(0, 'ratioRange'), v.maxValue(1, 'ratioRange'));

export const coverageGaugeConfigSchema = widgetConfigSchema({
  /** Id of the `coverage[]` entry; default the first. */
  coverage: v.optional(v.string('string')),
  /** `gauge` (default), `ring` or `bar`. */
  style: v.optional(v.picklist(['gauge', 'ring', 'bar'], 'picklist'), 'gauge'),
  /** Ratios where the colour changes, ascending, e.g. `[0.6, 0.9]`. */
  thresholds: v.optional(v.array(ratioValue, 'array'), [0.6, 0.9]),
  /** Show per-unit bars from `breakdown`. */
  breakdown: v.optional(v.boolean('boolean'), false),
});

export type CoverageGaugeConfig = v.InferOutput<typeof coverageGaugeConfigSchema>;

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

export interface CoverageGaugeModel extends ChartModel {
  readonly figures: CoverageFigures;
  readonly percentText: string;
  readonly countText: string;
  readonly color: string;
  readonly style: CoverageGaugeConfig['style'];
}

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

/**
 * The colour of a ratio: below the first threshold `bad`, between thresholds `warn`, at or above
 * the last `good`.
 */
export function thresholdColor(ratio: number, thresholds: readonly number[], theme: ThemeColors): string {
  const sorted = [...thresholds].sort((a, b) => a - b);
  if (!sorted.length) return theme.good;
  if (ratio >= sorted[sorted.length - 1]!) return theme.good;
  if (ratio < sorted[0]!) return theme.bad;
  return theme.warn;
}

export function toOption(data: RegionBrandData, config: CoverageGaugeConfig, ctx: RenderContext): CoverageGaugeModel {
  const entry = pickById(data.coverage, config.coverage, 'coverage', 'coverage');
  const f = coverageFigures(entry);
  const { lang, messages: m, theme } = ctx;
  const percentText = formatPercent(f.ratio, lang);
  const unit = f.unit ? unitLabel(f.unit, lang) : '';
  const countText = f.covered !== undefined ? `${formatPlain(f.covered, lang)} / ${formatPlain(f.total!, lang)}${unit}` : '';
  const color = thresholdColor(f.ratio, config.thresholds, theme);
  const ring = config.style === 'ring';
  const subtitle = [countText, entry.by ?? '', entry.period ? periodLabel(entry.period, lang) : ''].filter(Boolean).join(' · ');
  const summary = `${f.name}: ${m.ui.coverage} ${percentText}${countText ? ` (${countText})` : ''}${entry.by ? `, ${entry.by}` : ''}`;

  const option = {
    animation: ctx.animation,
    aria: { enabled: true, label: { description: summary } },
    textStyle: { fontFamily: theme.fontFamily },
    series: [
      {
        type: 'gauge',
        startAngle: ring ? 90 : 210,
        endAngle: ring ? -270 : -30,
        min: 0,
        max: 1,
        radius: '90%',
        center: ['50%', ring ? '50%' : '58%'],
        progress: { show: true, roundCap: !ring, width: 16, itemStyle: { color } },
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
          fontSize: 13,
        },
        detail: {
          valueAnimation: ctx.animation,
          offsetCenter: [0, ring ? '-4%' : '0%'],
          fontSize: 28,
          fontWeight: 'bold',
          color: theme.text,
          formatter: () => percentText,
        },
        data: [{ value: f.ratio, name: countText, select: { kind: 'coverage', id: f.id } }],
      },
    ],
  };

  return {
    option,
    summary,
    title: f.name,
    figures: f,
    percentText,
    countText: subtitle,
    color,
    style: config.style,
    table: {
      caption: f.name,
      columns: [m.ui.name, m.ui.coverage, m.ui.covered, m.ui.total],
      rows: [[f.name, percentText, f.covered !== undefined ? formatPlain(f.covered, lang) : '—', f.total !== undefined ? formatPlain(f.total, lang) : '—']],
    },
  };
}
