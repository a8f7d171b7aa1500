/**
 * The workbook form of `region-brand-data` (`spreadsheet-format.md`): pure conversions between
 * workbook rows and documents, usable without a DOM and without Node APIs. Reading and writing
 * XLSX/CSV files is in `io.ts`, which loads its library only when asked; `off-main.ts` does it,
 * and the whole import (`importWorkbookFiles`), in a worker where a page can start one.
 */
import { registerAllLanguages } from '../core/i18n/all.js';

// DOM-free code answers synchronously in every language.
registerAllLanguages();

export type { Cell, WorkbookRows, SheetProblem, WorkbookFile, WorkbookProblem, ProblemRow, WorkbookImportResult } from './types.js';
export { workbookToDocument } from './import.js';
export { documentToWorkbook } from './export.js';
export { SHEETS, type SheetSpec, type ColumnSpec } from './spec.js';
export { sheetMessagesFor, registerSheetLanguage, type SheetMessages } from './messages.js';
export { writeXlsx, writeCsv, parseCsv, WorkbookFileError } from './io.js';
// Only this entry imports off-main.ts: it finds sheet-worker.js next to itself.
export { readWorkbookFile, importWorkbookFiles } from './off-main.js';
