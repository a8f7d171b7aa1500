/**
 * An XLSX file as rows of cells: read-excel-file reads the cells (a formula's value as the
 * spreadsheet program last computed it); merged cells, which it gives as one value and empty
 * cells, are filled down here: a clerk who merges the 集群 cells of five enterprises means that
 * each of the five belongs to that cluster. A formula that ended in an error (`#DIV/0!`, `#REF!`),
 * which it reads as empty, is given as its error text, so the import names that cell instead of
 * silently leaving the figure out. A date shown as a month or a year (Excel turns a typed
 * `2022-03` into 1 March 2022 shown as `2022年3月` or `Mar-22`) is given as that period (`2022-03`),
 * not as its first day. A formula without a calculated value (a file a program wrote and no
 * spreadsheet program calculated), which it reads as empty, is listed by its cell (`formulas`), so
 * the import names that cell. Loaded only when a workbook is read (in the worker, or in place).
 */
import readXlsx from 'read-excel-file/universal';
import { strFromU8, unzipSync } from 'fflate';
import { percentText } from './cells.js';

/** The sheets, or the error code of read-excel-file. */
export type WorkerAnswer =
  | { ok: true; sheets: { name: string; rows: unknown[][]; formulas?: Record<string, string> }[] }
  | { ok: false; code: string };

/** Reads every sheet of an XLSX file. */
export async function readXlsxRows(buffer: ArrayBuffer): Promise<WorkerAnswer> {
  try {
    const sheets: { name: string; rows: unknown[][]; formulas?: Record<string, string> }[] = (await readXlsx(buffer)).map((s) => ({ name: s.sheet, rows: s.data as unknown[][] }));
    const parts = sheetParts(new Uint8Array(buffer));
    for (const sheet of sheets) {
      const { merged = [], errors = [], periods = [], formulas = {} } = parts.get(sheet.name) ?? {};
      if (Object.keys(formulas).length) sheet.formulas = formulas;
      for (const { row, column, granularity } of periods) {
        const value = sheet.rows[row]?.[column];
        if (granularity === 'percent') {
          // 21.85% as typed (stored 0.2185), read like a typed `21.85%`: the stored number with its
          // point moved in its decimal text, so it reads back as exactly that number, every digit kept.
          if (typeof value === 'number') sheet.rows[row]![column] = percentText(value);
          continue;
        }
        // A serial day number where the reader did not take the format for a date.
        const date = typeof value === 'number' ? new Date(Math.round((value - 25569) * 86400000)) : value;
        if (date instanceof Date && !Number.isNaN(date.getTime())) sheet.rows[row]![column] = date.toISOString().slice(0, granularity === 'year' ? 4 : 7);
      }
      for (const { row, column, text } of errors) {
        const cells = (sheet.rows[row] ??= []);
        while (cells.length <= column) cells.push(null);
        if (cells[column] === null || cells[column] === undefined) cells[column] = text;
      }
      for (const range of merged) fillDown(sheet.rows, range);
    }
    return { ok: true, sheets };
  } catch (e) {
    return { ok: false, code: (e as { code?: string })?.code ?? '' };
  }
}

/** A merged range, zero-based and inclusive. */
interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Copies the top cell of each column of a merged range into the cells below it. Ranges that start
 * in row 1 (headers, titles) and ranges one row high (a title across columns) are left as read.
 */
function fillDown(rows: unknown[][], range: Range): void {
  if (range.top === 0 || range.bottom === range.top) return;
  for (let c = range.left; c <= range.right; c++) {
    const value = rows[range.top]?.[c] ?? null;
    if (value === null) continue;
    for (let r = range.top + 1; r <= range.bottom && r < rows.length; r++) {
      const row = rows[r]!;
      while (row.length <= c) row.push(null);
      if (row[c] === null || row[c] === undefined) row[c] = value;
    }
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1]!) : undefined;
}

/** `B12` → zero-based row and column. */
function cellIndex(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address);
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1]!.toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** What read-excel-file leaves out, by sheet name: merged ranges, formula errors, month dates, percentages. */
interface SheetParts {
  merged: Range[];
  errors: { row: number; column: number; text: string }[];
  /** Cells whose number format shows a month or a year (not a day), or a percentage. */
  periods: { row: number; column: number; granularity: Shown }[];
  /** Cells (`D5`) holding a formula without a calculated value, with the formula (`''` for a shared one). */
  formulas: Record<string, string>;
}

/** What a number format shows that its stored number does not say: a month, a year, a percentage. */
type Shown = 'month' | 'year' | 'percent';

/** Built-in number formats that show a month without a day (`mmm-yy`; Chinese `yyyy"年"m"月"`). */
const MONTH_FORMATS = new Set([17, 27, 36, 50, 52, 57]);

/** Built-in percentage formats (`0%`, `0.00%`). */
const PERCENT_FORMATS = new Set([9, 10]);

/** What a number format shows: `month` (`yyyy"年"m"月"`, `mmm-yy`), `year` (`yyyy`), `percent` (`0.0%`), or none of them. */
function granularityOf(code: string): Shown | undefined {
  const tokens = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '').toLowerCase().split(';')[0]!;
  if (tokens.includes('%')) return 'percent';
  if (/[dhs]/.test(tokens) || !tokens.includes('y')) return undefined;
  return tokens.includes('m') ? 'month' : 'year';
}

/** Style index → what it shows, for the styles whose format shows a month, a year or a percentage. */
function periodStyles(styles: string): Map<number, Shown> {
  const custom = new Map<number, string>();
  for (const [tag] of styles.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = Number(attribute(tag, 'numFmtId'));
    const code = attribute(tag, 'formatCode');
    if (code !== undefined) custom.set(id, code);
  }
  const result = new Map<number, Shown>();
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? '';
  [...xfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)].forEach(([tag], index) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    const granularity = custom.has(id) ? granularityOf(custom.get(id)!) : MONTH_FORMATS.has(id) ? 'month' : PERCENT_FORMATS.has(id) ? 'percent' : undefined;
    if (granularity) result.set(index, granularity);
  });
  return result;
}

/** Cells styled with a month, year or percentage format. */
function periodCells(xml: string, styles: Map<number, Shown>): SheetParts['periods'] {
  if (!styles.size) return [];
  const cells: SheetParts['periods'] = [];
  for (const [tag] of xml.matchAll(/<(?:\w+:)?c\b[^>]*\ss\s*=\s*"\d+"[^>]*>/g)) {
    const granularity = styles.get(Number(attribute(tag, 's')));
    const at = granularity && cellIndex(attribute(tag, 'r') ?? '');
    if (granularity && at) cells.push({ ...at, granularity });
  }
  return cells;
}

/** Cells holding a formula error (`<c r="D5" t="e"><f>…</f><v>#DIV/0!</v></c>`). */
function errorCells(xml: string): SheetParts['errors'] {
  if (!/\st\s*=\s*"e"/.test(xml)) return [];
  const errors: SheetParts['errors'] = [];
  for (const [, attributes, body] of xml.matchAll(/<(?:\w+:)?c\b([^>]*\st\s*=\s*"e"[^>]*)>([\s\S]*?)<\/(?:\w+:)?c>/g)) {
    const at = cellIndex(attribute(attributes!, 'r') ?? '');
    const text = /<(?:\w+:)?v>([^<]*)<\//.exec(body!)?.[1];
    if (at && text) errors.push({ ...at, text: unescapeXml(text) });
  }
  return errors;
}

/**
 * Cells holding a formula but no calculated value: `<c r="D5"><f>SUM(D2:D4)</f></c>` or with an
 * empty `<v/>`, as openpyxl and other writers leave them (a shared formula's other cells have an
 * empty `<f .../>`). A formula whose result is text (`t="str"`) with an empty `<v>` is an empty
 * text, calculated.
 */
function formulaCells(xml: string): SheetParts['formulas'] {
  const formulas: SheetParts['formulas'] = {};
  if (!/<(?:\w+:)?f[\s>/]/.test(xml)) return formulas;
  for (const [, attributes, body] of xml.matchAll(/<(?:\w+:)?c\b([^>]*[^/])>([\s\S]*?)<\/(?:\w+:)?c>/g)) {
    const f = /<(?:\w+:)?f\b[^>]*?(?:\/>|>([^<]*)<\/(?:\w+:)?f>)/.exec(body!);
    if (!f) continue;
    const value = /<(?:\w+:)?v>([^<]*)<\//.exec(body!)?.[1];
    if (value !== undefined && (value !== '' || attribute(attributes!, 't') === 'str')) continue;
    const address = (attribute(attributes!, 'r') ?? '').replace(/\$/g, '').toUpperCase();
    if (cellIndex(address)) formulas[address] = unescapeXml(f[1] ?? '').trim().replace(/^=/, '');
  }
  return formulas;
}

/** Merged ranges and formula errors of each sheet, by sheet name (from the workbook's XML parts). */
function sheetParts(bytes: Uint8Array): Map<string, Partial<SheetParts>> {
  const files = unzipSync(bytes, {
    filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/styles.xml' || f.name === 'xl/_rels/workbook.xml.rels' || /^xl\/worksheets\/[^/]+\.xml$/.test(f.name),
  });
  const text = (name: string) => (files[name] ? strFromU8(files[name]!) : '');
  const targets = new Map<string, string>();
  for (const tag of text('xl/_rels/workbook.xml.rels').match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const styles = periodStyles(text('xl/styles.xml'));
  const result = new Map<string, Partial<SheetParts>>();
  for (const tag of text('xl/workbook.xml').match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, 'name');
    const part = targets.get(attribute(tag, '(?:\\w+:)?id') ?? '');
    if (name === undefined || !part) continue;
    const xml = text(part);
    const ranges: Range[] = [];
    for (const [, ref] of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\sref\s*=\s*"([^"]+)"/g)) {
      const [from, to] = ref!.split(':').map(cellIndex);
      if (from && to) ranges.push({ top: Math.min(from.row, to.row), bottom: Math.max(from.row, to.row), left: Math.min(from.column, to.column), right: Math.max(from.column, to.column) });
    }
    result.set(name, { merged: ranges, errors: errorCells(xml), periods: periodCells(xml, styles), formulas: formulaCells(xml) });
  }
  return result;
}
