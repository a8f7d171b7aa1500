/**
 * The coverage sheet (a figure per row, earlier periods as its history) and its breakdown by unit.
 */
import type { Coverage, CoverageFigure } from '../core/schema.js';
import { cellText, isPercent, readCount, readPeriod, readRatio } from './cells.js';
import { put, type Mutable, type WorkbookImport } from './import-context.js';
import { byPeriod } from './row-periods.js';
import type { Cell } from './types.js';

/** The coverage sheet (rows of one coverage over several periods: the latest, and its history) and the breakdown sheet. */
export function readCoverage(w: WorkbookImport): Mutable<Coverage>[] {
  const sheet = w.sheets.get('coverage');
  const ratio = (c: Cell) => readRatio(c, isPercent(sheet?.units.get('ratio')));
  const groups = byPeriod(w.rows('coverage'), (row) => cellText(row.raw('id')) || cellText(row.raw('name')));
  const list = groups.map(({ latest: row, earlier }, i) => {
    const path = `/coverage/${i}`;
    const coverage: Mutable<Coverage> = w.entity(row, path, w.coverage);
    put(coverage, 'covered', row.read('covered', `${path}/covered`, readCount));
    put(coverage, 'total', row.read('total', `${path}/total`, readCount));
    put(coverage, 'ratio', row.read('ratio', `${path}/ratio`, ratio));
    const unit = row.text('unit', `${path}/unit`);
    const by = row.text('by', `${path}/by`);
    const period = row.read('period', `${path}/period`, readPeriod, earlier.length > 0);
    const history = earlier.map((row, j) => {
      const at = `${path}/history/${j}`;
      w.log.items.set(at, row);
      const figure: Mutable<CoverageFigure> = { period: row.read('period', `${at}/period`, readPeriod, true) ?? '' };
      put(figure, 'covered', row.read('covered', `${at}/covered`, readCount));
      put(figure, 'total', row.read('total', `${at}/total`, readCount));
      put(figure, 'ratio', row.read('ratio', `${at}/ratio`, ratio));
      return figure;
    });
    // The rows' own 单位 first (the latest's, else an earlier one's); a header unit (`已覆盖（个）`)
    // is the unit of the counts it heads, not of an entry that gives only ratios.
    const counted = (key: 'covered' | 'total') => [coverage, ...history].some((f) => f[key] !== undefined) && sheet?.units.has(key);
    const headed = (['covered', 'total'] as const).find(counted);
    const earlierUnit = earlier.map((r) => cellText(r.raw('unit'))).find(Boolean);
    put(coverage, 'unit', unit ?? (earlierUnit || (headed && sheet?.units.get(headed))));
    put(coverage, 'by', by);
    put(coverage, 'period', period);
    if (history.length) coverage.history = history;
    return coverage;
  });
  for (const row of w.rows('breakdown')) {
    const { item: coverage, path } = w.parent(row, 'coverage', w.coverage, list, (c) => c.breakdown, 'breakdown');
    const unitText = row.text('unit', `${path}/unit`, true);
    const unit = unitText === undefined ? undefined : w.ref(row, 'unit', `${path}/unit`, w.units, unitText);
    const covered = row.read('covered', `${path}/covered`, readCount, true);
    const total = row.read('total', `${path}/total`, readCount, true);
    const entry = {} as Mutable<NonNullable<Coverage['breakdown']>[number]>;
    put(entry, 'unit', unit);
    put(entry, 'covered', covered);
    put(entry, 'total', total);
    if (coverage) (coverage.breakdown ??= []).push(entry);
  }
  return list;
}
