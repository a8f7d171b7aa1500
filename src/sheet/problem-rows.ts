/**
 * The row of each problem's cell, under its sheet's header row, as the clerk typed it. Worked out
 * where the workbook is (in the worker, for {@link importWorkbookFiles}), so that only the rows of
 * problems cross back to the page, not the 10,000 rows read.
 */
import { headerRowOf } from './rows.js';
import type { ProblemRow, SheetProblem, WorkbookProblem, WorkbookRows } from './types.js';

/** Column index of spreadsheet letters (`A` → 0, `AB` → 27). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits `企业!D17`, `'My sheet'!D17` or a whole row `企业!17:17` into sheet, column index (−1: the row) and 1-based row. */
export function parseCell(cell: string): { sheet: string; column: number; row: number } | undefined {
  const m = /^'?(.+?)'?!([A-Za-z]*)(\d+)(?::\d+)?$/.exec(cell);
  if (!m) return undefined;
  return { sheet: m[1]!, column: m[2] ? columnIndex(m[2]) : -1, row: Number(m[3]) };
}

/** The data row a cell is in, with its sheet's header row; undefined for a header cell, a whole sheet or no cell. */
export function rowOfCell(book: WorkbookRows, cell: string): ProblemRow | undefined {
  const at = parseCell(cell);
  const sheet = at && book.sheets.find((s) => s.name === at.sheet);
  const row = at && sheet?.rows[at.row - 1];
  // The header is below a title row when the sheet has one (`企业!C3` under a title in row 1).
  const headerIndex = sheet ? headerRowOf(sheet.name, sheet.rows) : 0;
  if (!at || !sheet || !row || at.row - 1 <= headerIndex) return undefined;
  return { header: sheet.rows[headerIndex] ?? [], cells: row, column: at.column };
}

/** Each problem with the row of its cell, when it has one. */
export function withRows(book: WorkbookRows, problems: readonly SheetProblem[]): WorkbookProblem[] {
  return problems.map((p) => {
    const row = p.cell ? rowOfCell(book, p.cell) : undefined;
    return row ? { ...p, row } : p;
  });
}
