/**
 * Growth from a series: year-on-year (同比) against the same period one year earlier and
 * period-on-period (环比) against the preceding period of the same granularity.
 */
import { comparePeriods, formatPeriodKey, parsePeriod, previousPeriod, yearAgo } from './periods.js';

export interface SeriesPoint {
  readonly period: string;
  readonly value: number;
}

export type GrowthKind = 'yoy' | 'pop';

/** The latest point of a series (by period, not by position). */
export function latestPoint(series: readonly SeriesPoint[]): SeriesPoint | undefined {
  let latest: SeriesPoint | undefined;
  for (const p of series) if (parsePeriod(p.period) && (!latest || comparePeriods(p.period, latest.period) > 0)) latest = p;
  return latest;
}

/** The period a growth of this kind compares against (`2022-Q1` → `2021-Q1` or `2021-Q4`). */
export function basePeriod(period: string, kind: GrowthKind): string | null {
  const p = parsePeriod(period);
  if (!p) return null;
  return formatPeriodKey(kind === 'yoy' ? yearAgo(p) : previousPeriod(p));
}

/** Growth ratio `current / base - 1`; null when the base is missing, zero or negative. */
export function growthRatio(current: number, base: number | undefined): number | null {
  if (base === undefined || !Number.isFinite(base) || !Number.isFinite(current) || base <= 0) return null;
  const r = current / base - 1;
  return Number.isFinite(r) ? r : null;
}

/**
 * Growth of the series value at `period` against its base period. Null when either point is
 * missing or the base is not positive (a growth rate from 0 or a negative base is meaningless).
 */
export function seriesGrowth(series: readonly SeriesPoint[], period: string, kind: GrowthKind): number | null {
  const base = basePeriod(period, kind);
  if (!base) return null;
  const byPeriod = new Map(series.map((p) => [canonical(p.period), p.value] as const));
  const current = byPeriod.get(canonical(period));
  if (current === undefined) return null;
  return growthRatio(current, byPeriod.get(base));
}

function canonical(period: string): string {
  const p = parsePeriod(period);
  return p ? formatPeriodKey(p) : period;
}
