/**
 * The workbook form of `region-brand-data` (`spreadsheet-format.md`): pure conversions between
 * workbook rows and documents, usable without a DOM and without Node APIs. Reading and writing
 * XLSX/CSV files is in `io.ts`, which loads its library only when asked.
 */
import { registerAllLanguages } from '../core/i18n/all.js';

// DOM-free code answers synchronously in every language.
registerAllLanguages();

export type { Cell, WorkbookRows, SheetProblem } from './types.js';
export { workbookToDocument } from './import.js';
export { documentToWorkbook } from './export.js';
export { SHEETS, type SheetSpec, type ColumnSpec } from './spec.js';
export { sheetMessagesFor, registerSheetLanguage, type SheetMessages } from './messages.js';
export { readWorkbookFile, writeXlsx, writeCsv, parseCsv, WorkbookFileError } from './io.js';
