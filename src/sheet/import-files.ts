/**
 * Workbook files → document, in one go: the work of {@link importWorkbookFiles}, done in the worker
 * (`sheet-worker.ts`) or, where no worker can start, in place. Both run this same code.
 */
import { workbookToDocument } from './import.js';
import { readWorkbookBytes, type XlsxReader } from './io.js';
import { withRows } from './problem-rows.js';
import type { WorkbookFile, WorkbookImportResult, WorkbookRows } from './types.js';

/**
 * Reads every file (one XLSX, or CSV files, one per sheet) as one workbook and converts it. Throws
 * the {@link WorkbookFileError} of the first file that is not a readable workbook.
 */
export async function importFilesWith(files: readonly WorkbookFile[], lang: string, readXlsx: XlsxReader): Promise<WorkbookImportResult> {
  const book: WorkbookRows = { sheets: [] };
  for (const file of files) book.sheets.push(...(await readWorkbookBytes(file.bytes, file.name, readXlsx)).sheets);
  const result = workbookToDocument(book, { lang });
  return result.ok ? { ok: true, document: result.document, warnings: withRows(book, result.warnings) } : { ok: false, problems: withRows(book, result.problems) };
}
