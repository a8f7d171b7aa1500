/**
 * Figures that are valid JSON but almost certainly not what the editor meant: money in 万元/亿元
 * (the format stores 元: an error that shows the figure in 元), a growth rate written as a
 * percentage (`21.85` for +21.85 %: a warning naming 0.2185). Coverage ratios above 1 are caught
 * by the schema (`ratioPercent`).
 */
import { pointer, type ValidationIssue } from './errors.js';
import type { Quantity, RegionBrandData } from './schema.js';

const MONEY: Readonly<Record<string, number>> = { 万元: 1e4, 亿元: 1e8 };

/** Rounds away binary noise of scaling (`37.83 × 1e8`). */
const clean = (value: number) => Number.parseFloat(value.toPrecision(15));

/** Growth rates at or above this magnitude (1000 %) are taken for percentages. */
export const PERCENT_LIKE_GROWTH = 10;

/** Errors and warnings about the figures of a document of the right shape. */
export function checkPlausibility(data: RegionBrandData): { errors: ValidationIssue[]; warnings: ValidationIssue[] } {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const money = (unit: string | undefined, value: number | undefined, ...path: (string | number)[]) => {
    const factor = unit === undefined ? undefined : MONEY[unit];
    if (factor === undefined) return;
    const shown = value ?? 1;
    errors.push({ path: pointer(...path), key: 'moneyUnit', params: [String(shown), unit!, String(clean(shown * factor))] });
  };
  // Earlier figures beside a latest figure without its period: each still shows for its own period
  // and the latest when no period is asked for, but the latest cannot be shown for any period.
  const undated = (earlier: readonly unknown[] | undefined, period: string | undefined, ...path: (string | number)[]) => {
    if (earlier?.length && period === undefined) warnings.push({ path: pointer(...path, 'period'), key: 'latestUndated', params: [] });
  };
  const quantities = (metrics: Readonly<Record<string, Quantity>> | undefined, ...path: (string | number)[]) => {
    for (const [key, q] of Object.entries(metrics ?? {})) {
      money(q.unit, q.value, ...path, 'metrics', key, 'unit');
      undated(q.series, q.period, ...path, 'metrics', key);
    }
  };
  data.brands.forEach((b, i) => quantities(b.metrics, 'brands', i));
  data.clusters.forEach((c, i) => {
    quantities(c.metrics, 'clusters', i);
    c.enterprises?.forEach((e, j) => quantities(e.metrics, 'clusters', i, 'enterprises', j));
  });
  data.coverage.forEach((c, i) => undated(c.history, c.period, 'coverage', i));
  data.indicators.forEach((ind, i) => {
    money(ind.unit, ind.reported?.value ?? ind.series?.[0]?.value ?? ind.target?.value, 'indicators', i, 'unit');
    for (const kind of ['yoy', 'pop'] as const) {
      const rate = ind.reported?.[kind];
      if (rate !== undefined && Math.abs(rate) >= PERCENT_LIKE_GROWTH) {
        warnings.push({ path: pointer('indicators', i, 'reported', kind), key: 'growthPercent', params: [kind, String(rate), String(clean(rate / 100))] });
      }
    }
  });
  return { errors, warnings };
}

/** Issues for periods repeated within one list (`series`, `history`): each after its first. */
export function duplicatePeriods(list: readonly unknown[] | undefined, ...path: (string | number)[]): ValidationIssue[] {
  const first = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  list?.forEach((entry, i) => {
    const period = (entry as { period?: unknown } | null)?.period;
    if (typeof period !== 'string') return;
    const seen = first.get(period);
    if (seen === undefined) first.set(period, i);
    else issues.push({ path: pointer(...path, i, 'period'), key: 'duplicatePeriod', params: [period, pointer(...path, seen, 'period')] });
  });
  return issues;
}
