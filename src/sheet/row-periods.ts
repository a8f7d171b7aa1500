/**
 * Rows that carry one item's figures of several periods (a coverage's history, a metric's
 * series): which row is the latest.
 */
import { comparePeriods } from '../core/periods.js';
import { readPeriod } from './cells.js';
import type { Row } from './rows.js';

/** The period of a row for ordering only: its problems are reported where the row is read. */
export function periodForOrder(row: Row): string | undefined {
  try {
    return row.raw('period') === null ? undefined : readPeriod(row.raw('period'));
  } catch {
    return undefined;
  }
}

/**
 * Rows of one sheet grouped by the item they describe (its key in `keyOf`), in order of first
 * appearance. Several rows of one item carry its figures of several periods: the row of the latest
 * period gives the item, the others (in row order) its earlier figures; each then needs a period,
 * which the caller reads (and reports) at the pointer the row has.
 */
export function byPeriod(rows: readonly Row[], keyOf: (row: Row) => string) {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return { latest: group[0]!, earlier: [] as Row[] };
    const periods = group.map(periodForOrder);
    let last = 0;
    periods.forEach((p, i) => {
      if (p !== undefined && (periods[last] === undefined || comparePeriods(p, periods[last]!) >= 0)) last = i;
    });
    return { latest: group[last]!, earlier: group.filter((_, i) => i !== last) };
  });
}
