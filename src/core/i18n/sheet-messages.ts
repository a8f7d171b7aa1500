/** Strings of the workbook converter and the command line (`Messages.sheet`). */
export interface SheetMessages {
  /** A column named in words and by key: `“名称”（name）`. */
  readonly column: (header: string, key: string) => string;
  /** Names of the things a reference points at (unit, brand, cluster, indicator, coverage, owner). */
  readonly things: Readonly<Record<string, string>>;
  /** Names in a message, with the language's separator (`马冈镇、大沙镇`, `Town One, Park`). */
  readonly list: (items: readonly string[]) => string;
  readonly missingColumn: (sheet: string, column: string) => string;
  /** A sheet whose first rows name no column: the sheet, its required columns in words (`“名称”（name）`). */
  readonly noHeader: (sheet: string, required: string) => string;
  readonly required: (column: string) => string;
  readonly notNumber: (text: string) => string;
  /** `-`, `—`, `/`, `…` in a number cell. */
  readonly noFigureMark: (text: string) => string;
  readonly notInteger: (text: string) => string;
  readonly notYesNo: (text: string) => string;
  readonly notDate: (text: string) => string;
  /** A date written `4/5/2025`: either number could be the month; the two days it may be. */
  readonly ambiguousDate: (text: string, monthFirst: string, dayFirst: string) => string;
  readonly notPeriod: (text: string) => string;
  /** A value no enumeration has; the values allowed (`县/county`), listed with the language's separator. */
  readonly notEnum: (text: string, allowed: readonly string[]) => string;
  /** A ratio written as a percentage without `%`: `74.85` → `0.7485`. */
  readonly percentRatio: (text: string, ratio: string) => string;
  /**
   * A value written with `%` (`5%`) where its unit is another (`万元`, `吨`): the value as written,
   * the unit, the cell that gives the unit (`指标值!D2`, a header `企业!D1`, the indicator's `指标!B3`).
   */
  readonly percentUnit: (text: string, unit: string, unitCell: string) => string;
  /** `“大沙”不是已知的单位（单位表中有：马冈镇、大沙镇…）`. */
  readonly unknownRef: (text: string, thing: string, sheet: string, known: string) => string;
  readonly ambiguousRef: (text: string) => string;
  /**
   * A reference by a name that several items of one list carry (two villages called 新村): the
   * name, the thing (`单位`), the ids of those items listed with the language's separator.
   */
  readonly ambiguousName: (text: string, thing: string, ids: string) => string;
  readonly noRegion: (sheet: string) => string;
  readonly regionRows: (sheet: string, rows: number) => string;
  /** A second row of type 公布 or 目标 (`what`) of indicator `text`; the row number of the first. */
  readonly duplicate: (what: string, text: string, row: number) => string;
  /** Rows of one metric of one owner: a row without its period. */
  readonly metricNeedsPeriod: (owner: string, metric: string) => string;
  /** Rows of one metric of one owner in another unit than the latest row's (row number). */
  readonly metricUnitDiffers: (owner: string, metric: string, unit: string, latestUnit: string, latestRow: number) => string;
  /** Two rows of one metric of one owner for the same period (the first one's row number). */
  readonly metricPeriodTwice: (owner: string, metric: string, period: string, firstRow: number) => string;
  /** A value column's header unit that is not the indicator's: `数值(亿元)` for an indicator in 吨. */
  readonly unitMismatch: (header: string, indicator: string, unit: string) => string;
  /**
   * A growth (同比, 环比) on a row that is not of type reported (`序列`, the default, or `目标`):
   * the column in words, the row's type as written (`''` when the type cell is empty).
   */
  readonly rateNotReported: (column: string, type: string) => string;
  /** A second sheet for the same list (`企业 (2)` beside `企业`): its rows are not read. */
  readonly sameSheet: (sheet: string, first: string) => string;
  /** Like {@link sameSheet} for a copy without rows: only noted. */
  readonly sameSheetEmpty: (sheet: string, first: string) => string;
  readonly halfLocation: string;
  /**
   * A formula without a calculated value (a workbook a program wrote and no spreadsheet program
   * ever calculated): the column in words, the formula (`''` when not at hand).
   */
  readonly uncalculated: (column: string, formula: string) => string;
  /** A sheet the format does not have; `likely`: the sheet its header looks like. */
  readonly unknownSheet: (sheet: string, likely: { readonly zh: string; readonly en: string } | undefined) => string;
  /** A CSV file whose name is no sheet's: the file, the names of the sheets (`地区/region`, `来源/sources` …). */
  readonly unknownFile: (file: string, sheets: readonly string[]) => string;
  /** A header that names no column of its sheet: the column is ignored. */
  readonly unknownColumn: (sheet: string, header: string) => string;
  /** A column with cells but an empty header cell: not read. The column's letter. */
  readonly unheadedColumn: (sheet: string, column: string) => string;
  /** A row of sums (合计) below a list, left out. */
  readonly totalRow: (sheet: string, row: number) => string;
  /** A second column for the same field: only the first (`column`, a letter) is read. */
  readonly duplicateColumn: (sheet: string, header: string, column: string) => string;
  /** An enterprise metric column whose header names no unit (and is not one the format knows, like 产值): its figures are imported without one. */
  readonly metricWithoutUnit: (sheet: string, header: string) => string;
  /**
   * Which of the format's two sets of sheet and column names (and enumeration values) a workbook
   * written in this language uses: spreadsheet-format.md names them in Chinese and in English only.
   */
  readonly formatNames: 'zh' | 'en';
  /** Lines of the instructions sheet. */
  readonly readme: readonly string[];
  /** Headers of the allowed-values sheet: column, value, meaning. */
  readonly allowedHeader: readonly [string, string, string];
  /** Problems with a file as a whole (command line, file import). */
  readonly file: {
    readonly missing: (file: string) => string;
    readonly extension: (file: string, allowed: string) => string;
    readonly notXlsx: (file: string) => string;
    readonly legacyOrProtected: (file: string) => string;
    readonly corrupt: (file: string) => string;
    /** A folder given as a workbook that holds no `.csv` file. */
    readonly noCsv: (folder: string) => string;
  };
}
