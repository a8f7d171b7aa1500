/**
 * Reading the sheets of a workbook: headers matched to the columns of `spec.ts`, each row with the
 * spreadsheet address of its cells, and the problems found on the way, each at its cell.
 */
import type { SheetMessages } from '../core/i18n/sheet-messages.js';
import { CellError, cellText } from './cells.js';
import { columnLetters, columnSpecFor, isRowNumberHeader, isTotalRow, normalizeHeader, SHEETS, sheetSpecFor, splitUnit, type SheetKey, type SheetSpec } from './spec.js';
import type { Cell, SheetProblem, WorkbookRows } from './types.js';

/** A column of the workbook that is not one of the sheet's own (an enterprise metric). */
export interface ExtraColumn {
  readonly index: number;
  readonly header: string;
}

/** Collects problems and remembers which cell each JSON Pointer came from. */
export class ProblemLog {
  readonly problems: SheetProblem[] = [];
  /**
   * JSON Pointer of an item (`/clusters/0/enterprises/5`) → its row, for problems found later on
   * the document; the cell is worked out only then (10,000 rows must stay cheap).
   */
  readonly items = new Map<string, Row>();
  /**
   * Required columns a sheet lacks, each with its problem: its JSON Pointer (that of the field on
   * the sheet's first row) is known only once the rows are read (`import.ts`).
   */
  readonly missingColumns: { problem: SheetProblem; sheet: SheetReader; key: string }[] = [];

  constructor(readonly messages: SheetMessages) {}

  error(cell: string, path: string, message: string): void {
    this.problems.push({ cell, path, message, severity: 'error' });
  }

  warning(cell: string, path: string, message: string): void {
    this.problems.push({ cell, path, message, severity: 'warning' });
  }

  get hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }

  /** The cell of a pointer: the row of its nearest item, the column of the field below it. */
  cellOf(path: string): string {
    for (let p = path; p; p = p.slice(0, p.lastIndexOf('/'))) {
      const row = this.items.get(p);
      if (row) {
        const below = path.slice(p.length + 1).split('/').filter(Boolean);
        // A top-level field registered as its own item (`/asOf`) names its column itself.
        return row.addressOf(below.length ? below : [p.slice(p.lastIndexOf('/') + 1)]);
      }
    }
    return '';
  }
}

/** One data row of a sheet. */
export class Row {
  constructor(
    readonly sheet: SheetReader,
    /** Row number as the spreadsheet shows it (the header is row 1). */
    readonly number: number,
    readonly cells: readonly Cell[],
  ) {}

  /** The raw cell of a column (`null` when empty or the column is absent). */
  raw(key: string): Cell {
    const index = this.sheet.columns.get(key);
    const cell = index === undefined ? null : this.cells[index] ?? null;
    return cellText(cell) === '' ? null : cell;
  }

  /** Spreadsheet address of a column in this row: `企业!D17`, or the row `企业!17:17`. */
  address(key: string): string {
    const index = this.sheet.columns.get(key);
    return index === undefined ? `${this.sheet.name}!${this.number}:${this.number}` : this.at(index);
  }

  /** The cell of a field of this row's item, by the keys below the item (`['center', '0']`). */
  addressOf(keys: readonly string[]): string {
    const [first = '', second] = keys;
    if (first === 'metrics' && second !== undefined) {
      const index = this.sheet.metricColumns.get(second.replace(/~1/g, '/').replace(/~0/g, '~'));
      return index === undefined ? this.address('value') : this.at(index);
    }
    // [longitude, latitude]: the second is the 纬度 column's.
    if (first === 'center' || first === 'location') return this.address(second === '1' ? 'latitude' : 'longitude');
    if (first === 'partyCommittee') return this.address(second === 'organizations' ? 'organizations' : 'partyCommittee');
    if (first === 'url') return this.address(this.sheet.columns.has('geo') ? 'geo' : 'url');
    return this.address(first);
  }

  at(index: number): string {
    return `${this.sheet.name}!${columnLetters(index)}${this.number}`;
  }

  /**
   * True when the empty cell of column `index` is a formula without a calculated value: reported
   * once, an error where a value is required, else a warning (the field is left out).
   */
  uncalculated(index: number, path: string, column: () => string, required: boolean): boolean {
    const address = `${columnLetters(index)}${this.number}`;
    const formula = this.sheet.formulas?.[address];
    if (formula === undefined) return false;
    const log = this.sheet.log;
    const at = `${this.sheet.name}!${address}`;
    if (!log.problems.some((p) => p.cell === at)) (required ? log.error : log.warning).call(log, at, path, log.messages.uncalculated(column(), formula));
    return true;
  }

  /**
   * Reads a cell with a parser. An empty cell gives undefined
   * (and a problem when the column is required); a cell the parser refuses gives a problem.
   */
  read<T>(key: string, path: string, parse: (cell: Cell) => T, required = false): T | undefined {
    const cell = this.raw(key);
    const log = this.sheet.log;
    if (cell === null) {
      const index = this.sheet.columns.get(key);
      if (index !== undefined && this.uncalculated(index, path, () => this.sheet.describe(key), required)) return undefined;
      if (required && this.sheet.columns.has(key)) {
        log.error(this.address(key), path, log.messages.required(this.sheet.describe(key)));
      }
      return undefined;
    }
    return this.parse(this.address(key), path, cell, parse);
  }

  /** Runs a parser on a cell, turning a refusal into a problem at `address`. */
  parse<T>(address: string, path: string, cell: Cell, parse: (cell: Cell) => T): T | undefined {
    try {
      return parse(cell);
    } catch (e) {
      if (!(e instanceof CellError)) throw e;
      const log = this.sheet.log;
      log.error(address, path, (log.messages[e.key] as (...a: CellError['params']) => string)(...e.params));
      return undefined;
    }
  }

  /** The text of a cell, or undefined when empty. */
  text(key: string, path: string, required = false): string | undefined {
    return this.read(key, path, cellText, required);
  }
}

/** One sheet of the workbook, its header matched. */
export class SheetReader {
  /** Column key → index. */
  readonly columns = new Map<string, number>();
  /** Unit in brackets of a header, by column key (`数值(万元)` → 万元). */
  readonly units = new Map<string, string>();
  readonly extras: ExtraColumn[] = [];
  /** Metric key → column, for the extra columns of the enterprises sheet. */
  readonly metricColumns = new Map<string, number>();
  readonly rows: Row[] = [];
  /** Row number of the header as the spreadsheet shows it (1, or below a title). */
  readonly headerNumber: number;
  private readonly headers = new Map<string, string>();

  constructor(
    readonly spec: SheetSpec,
    readonly name: string,
    rows: readonly (readonly Cell[])[],
    readonly log: ProblemLog,
    /** Cells (`D5`) holding a formula without a calculated value (`WorkbookRows`). */
    readonly formulas?: Readonly<Record<string, string>>,
  ) {
    const first = headerRow(spec, rows);
    const last = first + (secondHeader(spec, rows, first) ? 1 : 0);
    this.headerNumber = last + 1;
    const header = headerCells(spec, rows, first, last);
    const before = log.problems.length;
    header.forEach(({ text, index, row }) => {
      const column = columnSpecFor(spec, text);
      const at = `${name}!${columnLetters(index)}${row + 1}`;
      if (column && this.columns.has(column.key)) {
        log.warning(at, '', log.messages.duplicateColumn(name, text, columnLetters(this.columns.get(column.key)!)));
      } else if (column) {
        this.columns.set(column.key, index);
        this.headers.set(column.key, splitUnit(text).label);
        const unit = splitUnit(text).unit;
        if (unit) this.units.set(column.key, unit);
      } else if (spec.key === 'enterprises' && !isRowNumberHeader(text)) {
        // Further columns of the enterprises sheet are its metrics (not its row numbers, 序号).
        this.extras.push({ index, header: text });
      } else {
        log.warning(at, '', log.messages.unknownColumn(name, text));
      }
    });
    // A row of uncalculated formulas is not empty: its cells are named.
    const formulaRows = new Set(Object.keys(formulas ?? {}).map((address) => Number(/\d+$/.exec(address)?.[0] ?? 0)));
    const end = [...formulaRows].reduce((a, b) => Math.max(a, b), rows.length);
    // Row numbers (序号) filled in ahead down a list the clerk has not finished: a row with nothing else is empty.
    const numbering = new Set(header.filter(({ text }) => isRowNumberHeader(text)).map(({ index }) => index));
    for (let r = last + 1; r < end; r++) {
      const cells = rows[r] ?? [];
      const texts = cells.map(cellText);
      if (!texts.some((t, i) => t !== '' && !numbering.has(i)) && !formulaRows.has(r + 1)) continue;
      // Sums below a list (合计) are not an item of it: the widgets add the figures up themselves.
      if (isTotalRow(texts)) log.warning(`${name}!${r + 1}:${r + 1}`, '', log.messages.totalRow(name, r + 1));
      else this.rows.push(new Row(this, r + 1, cells));
    }
    if (this.rows.length && !this.columns.size) {
      // Its first row's cells are data, not columns to ignore: one problem says what to write.
      log.problems.splice(before);
      const required = spec.columns.filter((c) => c.required).map((c) => this.describe(c.key));
      log.error(`${name}!1:1`, '', log.messages.noHeader(name, log.messages.list(required)));
      this.rows.length = 0;
      return;
    }
    if (!this.rows.length) return;
    // Figures under an empty header cell (a header forgotten, or merged over two columns) are not read: say so.
    const headed = new Set(header.map((cell) => cell.index));
    const width = this.rows.reduce((w, row) => Math.max(w, row.cells.length), 0);
    for (let index = 0; index < width; index++) {
      if (!headed.has(index) && this.rows.some((row) => cellText(row.cells[index] ?? null) !== '')) {
        log.warning(`${name}!${columnLetters(index)}${this.headerNumber}`, '', log.messages.unheadedColumn(name, columnLetters(index)));
      }
    }
    for (const column of spec.columns) {
      if (column.required && !this.columns.has(column.key)) {
        log.error(`${name}!${this.headerNumber}:${this.headerNumber}`, '', log.messages.missingColumn(name, this.describe(column.key)));
        log.missingColumns.push({ problem: log.problems.at(-1)!, sheet: this, key: column.key });
      }
    }
  }

  /**
   * A column in words and by key: `“名称”（name）`; a column the sheet lacks by its header in the
   * sheet's language (`“level”` on a sheet headed in English).
   */
  describe(key: string): string {
    const column = this.spec.columns.find((c) => c.key === key);
    const header = this.headers.get(key) ?? (column && (this.english ? column.en : column.zh)) ?? key;
    return this.log.messages.column(header, column?.en ?? key);
  }

  /** Whether the sheet is headed in English: more of its headers are a column's English name than its Chinese one (else its name is English). */
  get english(): boolean {
    const named = (lang: 'zh' | 'en') => [...this.headers].filter(([key, header]) => {
      const column = this.spec.columns.find((c) => c.key === key)!;
      return normalizeHeader(header) === normalizeHeader(column[lang]);
    }).length;
    const [zh, en] = [named('zh'), named('en')];
    return zh === en ? normalizeHeader(this.name) !== normalizeHeader(this.spec.zh) && /^[\x20-\x7e]+$/.test(this.name) : en > zh;
  }
}

/**
 * The header row: row 1, unless it names no column of the sheet and a later row among the first
 * few does (a title such as `开平市企业名单` above the header, as clerks often write).
 */
function headerRow(spec: SheetSpec, rows: readonly (readonly Cell[])[]): number {
  const names = (row: readonly Cell[] | undefined) => (row ?? []).some((c) => columnSpecFor(spec, cellText(c)) !== undefined);
  if (names(rows[0])) return 0;
  for (let r = 1; r < Math.min(rows.length, 6); r++) if (names(rows[r])) return r;
  return 0;
}

/**
 * Whether the row below the header row is a second header row: all its cells name columns of the
 * sheet or repeat the cell above (a group such as `覆盖情况` merged over `已覆盖` and `总数`, or a
 * header row in each language). Data rows hold data, not only column names.
 */
function secondHeader(spec: SheetSpec, rows: readonly (readonly Cell[])[], first: number): boolean {
  const above = rows[first] ?? [];
  const texts = (rows[first + 1] ?? []).map(cellText);
  const names = (text: string) => columnSpecFor(spec, text) !== undefined;
  return texts.some(names) && texts.every((text, i) => !text || names(text) || text === cellText(above[i] ?? null));
}

/** The header cell of each column: the second header row's where it names a column, else the first's. */
function headerCells(spec: SheetSpec, rows: readonly (readonly Cell[])[], first: number, last: number): { text: string; index: number; row: number }[] {
  const width = Math.max(rows[first]?.length ?? 0, rows[last]?.length ?? 0);
  return Array.from({ length: width }, (_, index) => {
    const lower = cellText(rows[last]?.[index] ?? null);
    const row = lower && columnSpecFor(spec, lower) ? last : first;
    return { text: cellText(rows[row]?.[index] ?? null), index, row };
  }).filter((cell) => cell.text !== '');
}

/**
 * Zero-based index of a sheet's header row as the import reads it: below a title row when there is
 * one; 0 for a sheet the format does not know. For showing a problem's row under its header.
 */
export function headerRowOf(sheetName: string, rows: readonly (readonly Cell[])[]): number {
  const spec = sheetSpecFor(sheetName);
  return spec ? headerRow(spec, rows) : 0;
}

/** The sheets of a workbook by their key; unknown sheets give a warning. */
export function readSheets(book: WorkbookRows, log: ProblemLog): Map<SheetKey, SheetReader> {
  const found = new Map<SheetKey, SheetReader>();
  const shown = new Map<SheetKey, string>();
  for (const sheet of book.sheets) {
    const spec = sheetSpecFor(sheet.name);
    if (!spec) {
      // A sheet of its own in an XLSX may be the clerk's notes; a CSV file was chosen to be read.
      if (sheet.file !== undefined) log.error(`${sheet.name}!A1`, '', log.messages.unknownFile(sheet.file, sheetNames()));
      else log.warning(`${sheet.name}!A1`, '', log.messages.unknownSheet(sheet.name, likelySheet(sheet.rows)));
      continue;
    }
    if (spec.key === 'readme' || spec.key === 'allowed') continue;
    const first = found.get(spec.key);
    if (first) {
      // A copy (`企业 (2)`) or a list split over two sheets: its rows would be lost without a word.
      const copy = new SheetReader(spec, sheet.name, sheet.rows, new ProblemLog(log.messages), sheet.formulas);
      // CSV files are named by their file: `企业 (1).csv` beside `企业.csv`.
      const [name, firstName] = [sheet.file ?? sheet.name, shown.get(spec.key)!];
      if (copy.rows.length) log.error(`${sheet.name}!A1`, '', log.messages.sameSheet(name, firstName));
      else log.warning(`${sheet.name}!A1`, '', log.messages.sameSheetEmpty(name, firstName));
      continue;
    }
    found.set(spec.key, new SheetReader(spec, sheet.name, sheet.rows, log, sheet.formulas));
    shown.set(spec.key, sheet.file ?? sheet.name);
  }
  return found;
}

/**
 * The sheet of the format whose columns an unknown sheet's header names most (two at least, all
 * its required ones breaking a tie): the name a clerk's `Sheet1` was meant to have.
 */
function likelySheet(rows: readonly (readonly Cell[])[]): SheetSpec | undefined {
  let likely: SheetSpec | undefined;
  let best = 1.5;
  for (const spec of SHEETS) {
    if (spec.key === 'readme' || spec.key === 'allowed') continue;
    const first = headerRow(spec, rows);
    const named = new Set(headerCells(spec, rows, first, first).map((cell) => columnSpecFor(spec, cell.text)?.key));
    named.delete(undefined);
    const score = named.size + (spec.columns.every((c) => !c.required || named.has(c.key)) ? 0.5 : 0);
    if (score > best) [likely, best] = [spec, score];
  }
  return likely;
}

/** The names a sheet of the workbook may have, for a message: `地区/region`, `来源/sources` …. */
function sheetNames(): string[] {
  return SHEETS.filter((s) => s.key !== 'allowed' && s.key !== 'readme').map((s) => `${s.zh}/${s.en}`);
}

/** The sheet name for messages when a sheet is absent: Chinese, or English in a workbook headed in English. */
export function sheetName(key: SheetKey, english = false): string {
  const spec = SHEETS.find((s) => s.key === key)!;
  return english ? spec.en : spec.zh;
}

