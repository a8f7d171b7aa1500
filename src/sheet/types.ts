/** The shapes the workbook converter reads and writes. */
import type { RegionBrandData } from '../core/schema.js';

/** One cell as a spreadsheet library gives it; `null` is an empty cell. */
export type Cell = string | number | boolean | Date | null;

/** A workbook as rows of cells; in every sheet, row 0 is the header row. */
export interface WorkbookRows {
  sheets: {
    name: string;
    rows: Cell[][];
    /** The file the sheet was read from when it is a file of its own (a CSV file: `工作簿 - 企业.csv`). */
    file?: string;
    /**
     * Cells holding a formula without a calculated value (`D5` → its formula, `''` when the file
     * does not say it), which read as empty: an XLSX written by a program and never calculated.
     */
    formulas?: Readonly<Record<string, string>>;
  }[];
}

/** One problem of an import, at a cell and at the JSON Pointer it would have had. */
export interface SheetProblem {
  /** Spreadsheet notation: `企业!D17`, a whole row `企业!17:17`, or `''` for the workbook. */
  cell: string;
  /** JSON Pointer in the document (`/clusters/1/enterprises/15/unit`), `''` for the document. */
  path: string;
  /** The problem in the language asked for. */
  message: string;
  severity: 'error' | 'warning';
}

/** A workbook file to import: its name (`工作簿.xlsx`, `企业.csv`) and its bytes. */
export interface WorkbookFile {
  name: string;
  bytes: Uint8Array | ArrayBuffer;
}

/** The row a problem's cell is in, as read, under its sheet's header row: what a clerk looks at to fix it. */
export interface ProblemRow {
  header: Cell[];
  cells: Cell[];
  /** Index of the problem's column; -1 when the problem is the whole row (`企业!17:17`). */
  column: number;
}

/** A problem of {@link importWorkbookFiles}: a {@link SheetProblem}, with its row when it is at a cell of a data row. */
export interface WorkbookProblem extends SheetProblem {
  row?: ProblemRow;
}

/** What {@link importWorkbookFiles} gives: the document and its warnings, or every problem (no document). */
export type WorkbookImportResult =
  | { ok: true; document: RegionBrandData; warnings: WorkbookProblem[] }
  | { ok: false; problems: WorkbookProblem[] };
