/**
 * The periods a document holds and the figure of one period, for the period control and for
 * every widget asked for a period P (data-format "Optional additions within version 1").
 *
 * Order of periods: by start date, then by granularity, coarsest first: `2022` < `2022-H1` <
 * `2022-Q1` < `2022-01` < `2022-01-01` < `2022-01-02` < `2022-02` < `2022-Q2` < `2022-H2` < `2023`
 * (the order of {@link comparePeriods}). A figure for P is the one whose period is exactly P: no
 * other granularity stands in for it, and an item without one has "no data for P", never its
 * latest figure.
 */
import { comparePeriods, parsePeriod } from './periods.js';
import type { Coverage, Quantity, RegionBrandData } from './schema.js';

/** True when both strings name the same period (`2022-03` and `2022-03` alike; unparseable: never). */
export function samePeriod(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && parsePeriod(a) !== null && comparePeriods(a, b) === 0 && parsePeriod(b)?.kind === parsePeriod(a)?.kind;
}

/** Sorts period strings as periods (see the module comment), without repeats. */
export function sortPeriods(periods: Iterable<string>): string[] {
  return [...new Set([...periods].filter((p) => parsePeriod(p) !== null))].sort(comparePeriods);
}

/**
 * Every period the document holds a figure for, sorted as periods: indicators (series and the
 * reported figure), coverage (its period and history) and the metrics of brands and clusters
 * (their period and series). Targets are goals, not figures, and are left out.
 */
export function documentPeriods(data: Pick<RegionBrandData, 'indicators' | 'coverage' | 'brands' | 'clusters'>): string[] {
  const found: string[] = [];
  const add = (p: string | undefined) => {
    if (p !== undefined) found.push(p);
  };
  for (const ind of data.indicators ?? []) {
    ind.series?.forEach((p) => add(p.period));
    add(ind.reported?.period);
  }
  for (const c of data.coverage ?? []) {
    add(c.period);
    c.history?.forEach((h) => add(h.period));
  }
  for (const owner of [...(data.brands ?? []), ...(data.clusters ?? [])]) {
    for (const q of Object.values(owner.metrics ?? {})) {
      add(q.period);
      q.series?.forEach((p) => add(p.period));
    }
  }
  return sortPeriods(found);
}

/** A figure of a Quantity for one period. */
export interface PeriodValue {
  readonly value: number;
  readonly unit: string;
  readonly period: string | undefined;
}

/**
 * The figure of a Quantity for period P: its own when P is absent or P is its period, else the
 * point of its series for P; null when it has none for P.
 */
export function quantityAt(q: Quantity | undefined, period: string | undefined): PeriodValue | null {
  if (!q) return null;
  if (period === undefined || samePeriod(q.period, period)) return { value: q.value, unit: q.unit, period: q.period };
  const point = q.series?.find((p) => samePeriod(p.period, period));
  return point ? { value: point.value, unit: q.unit, period: point.period } : null;
}

/**
 * A coverage entry as it stood in period P: the entry itself when P is absent or its own period;
 * else the entry with the figures of its history entry for P (counts or ratio) and without a
 * breakdown (the breakdown belongs to the latest figures); null when it has no figure for P.
 */
export function coverageAt(entry: Coverage, period: string | undefined): Coverage | null {
  if (period === undefined || samePeriod(entry.period, period)) return entry;
  const h = entry.history?.find((f) => samePeriod(f.period, period));
  if (!h) return null;
  const { covered: _c, total: _t, ratio: _r, breakdown: _b, history: _h, ...rest } = entry;
  return {
    ...rest,
    period: h.period,
    ...(h.covered !== undefined ? { covered: h.covered } : {}),
    ...(h.total !== undefined ? { total: h.total } : {}),
    ...(h.ratio !== undefined ? { ratio: h.ratio } : {}),
  };
}
