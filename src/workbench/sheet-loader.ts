/**
 * Spreadsheet paths of the workbench: a workbook (one XLSX file, or CSV files, one per sheet) →
 * a document through the converter (`src/sheet/`, issue #14), and the document back to XLSX. This
 * module and the converter are loaded with `import()` only when a spreadsheet is read or written.
 * Reading, converting and validating run in the converter's worker (`importWorkbookFiles`), so
 * that the page keeps answering while 10,000 rows are imported.
 */
import { cellText } from '../sheet/cells.js';
import type { WorkbookFile, WorkbookProblem } from '../sheet/index.js';
import type { RegionBrandData } from '../core/schema.js';
import type { WorkbenchMessages } from './i18n/messages.js';
import type { LoadProblem } from './load-problems.js';
import type { LoadOutcome } from './loader.js';

/** A problem as the load step lists it: at its cell (or pointer), its row shown with the faulty column marked. */
function toProblem(p: WorkbookProblem, m: WorkbenchMessages): LoadProblem {
  const { row } = p;
  const width = row ? Math.max(row.header.length, row.cells.length) : 0;
  const view = row && {
    caption: m.load.rowOf(p.cell),
    header: Array.from({ length: width }, (_, i) => cellText(row.header[i] ?? null)),
    cells: Array.from({ length: width }, (_, i) => cellText(row.cells[i] ?? null)),
    column: row.column,
  };
  return { where: p.cell || p.path, message: p.message, severity: p.severity, ...(view && { row: view }) };
}

/**
 * Imports the workbook: the converter's document has passed the library's validation (the same as
 * any JSON document's), and its problems and warnings are those of the format's rules too.
 */
export async function loadWorkbookFiles(files: readonly File[], lang: string, m: WorkbenchMessages): Promise<LoadOutcome> {
  const sheet = await import('../sheet/index.js');
  const failed = (where: string, message: string): LoadOutcome => ({ ok: false, problems: [{ where, message, severity: 'error' }] });
  const read: WorkbookFile[] = [];
  for (const file of files) {
    try {
      read.push({ name: file.name, bytes: await file.arrayBuffer() });
    } catch {
      return failed(file.name, m.load.unknownType(file.name));
    }
  }
  try {
    const result = await sheet.importWorkbookFiles(read, { lang });
    if (!result.ok) return { ok: false, problems: result.problems.map((p) => toProblem(p, m)) };
    return { ok: true, doc: result.document, warnings: result.warnings.map((p) => toProblem(p, m)) };
  } catch (e) {
    if (e instanceof sheet.WorkbookFileError) return failed(e.fileName, e.localizedMessage(lang));
    throw e;
  }
}

/** The document as an XLSX workbook, to keep editing in a spreadsheet. */
export async function workbookBytes(doc: RegionBrandData, lang: string): Promise<Uint8Array> {
  const sheet = await import('../sheet/index.js');
  return sheet.writeXlsx(sheet.documentToWorkbook(doc, { lang }));
}
