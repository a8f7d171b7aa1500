/**
 * Spreadsheet paths of the workbench: a workbook (one XLSX file, or CSV files, one per sheet) →
 * a document through the converter (`src/sheet/`, issue #14), and the document back to XLSX. This
 * module and the converter are loaded with `import()` only when a spreadsheet is read or written.
 */
import type { Cell, SheetProblem, WorkbookRows } from '../sheet/index.js';
import { headerRowOf } from '../sheet/rows.js';
import type { RegionBrandData } from '../core/schema.js';
import type { WorkbenchMessages } from './i18n/messages.js';
import { parseCell, type LoadProblem, type RowView } from './load-problems.js';
import { checkDocument, type LoadOutcome } from './loader.js';

const cellText = (cell: Cell | undefined): string =>
  cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);

/** The row a problem's cell is in, with the sheet's header, the faulty column marked. */
export function rowOfCell(book: WorkbookRows, cell: string, m: WorkbenchMessages): RowView | undefined {
  const at = parseCell(cell);
  const sheet = at && book.sheets.find((s) => s.name === at.sheet);
  const row = at && sheet?.rows[at.row - 1];
  // The header is below a title row when the sheet has one (`企业!C3` under a title in row 1).
  const headerIndex = sheet ? headerRowOf(sheet.name, sheet.rows) : 0;
  if (!at || !sheet || !row || at.row - 1 <= headerIndex) return undefined;
  const header = sheet.rows[headerIndex] ?? [];
  const width = Math.max(header.length, row.length);
  return {
    caption: m.load.rowOf(cell),
    header: Array.from({ length: width }, (_, i) => cellText(header[i])),
    cells: Array.from({ length: width }, (_, i) => cellText(row[i])),
    column: at.column,
  };
}

function toProblem(book: WorkbookRows, p: SheetProblem, m: WorkbenchMessages): LoadProblem {
  const row = p.cell ? rowOfCell(book, p.cell, m) : undefined;
  return { where: p.cell || p.path, message: p.message, severity: p.severity, ...(row && { row }) };
}

export async function loadWorkbookFiles(files: readonly File[], lang: string, m: WorkbenchMessages): Promise<LoadOutcome> {
  const sheet = await import('../sheet/index.js');
  const book: WorkbookRows = { sheets: [] };
  for (const file of files) {
    try {
      book.sheets.push(...(await sheet.readWorkbookFile(await file.arrayBuffer(), file.name)).sheets);
    } catch (e) {
      const message = e instanceof sheet.WorkbookFileError ? e.localizedMessage(lang) : m.load.unknownType(file.name);
      return { ok: false, problems: [{ where: file.name, message, severity: 'error' }] };
    }
  }
  const result = sheet.workbookToDocument(book, { lang });
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => toProblem(book, p, m)) };
  // The converter's document passes the same validation as any other document.
  const checked = await checkDocument(result.document, lang);
  if (!checked.ok) return checked;
  return { ok: true, doc: checked.doc, warnings: [...result.warnings.map((p) => toProblem(book, p, m)), ...checked.warnings] };
}

/** The document as an XLSX workbook, to keep editing in a spreadsheet. */
export async function workbookBytes(doc: RegionBrandData, lang: string): Promise<Uint8Array> {
  const sheet = await import('../sheet/index.js');
  return sheet.writeXlsx(sheet.documentToWorkbook(doc, { lang }));
}
