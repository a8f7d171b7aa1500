/**
 * An XLSX file as rows of cells: read-excel-file reads the cells (a formula's value as the
 * spreadsheet program last computed it); merged cells, which it gives as one value and empty
 * cells, are filled down here: a clerk who merges the 集群 cells of five enterprises means that
 * each of the five belongs to that cluster. Loaded only when a workbook is read (in the worker,
 * or in place).
 */
import readXlsx from 'read-excel-file/universal';
import { strFromU8, unzipSync } from 'fflate';

/** The sheets, or the error code of read-excel-file. */
export type WorkerAnswer =
  | { ok: true; sheets: { name: string; rows: unknown[][] }[] }
  | { ok: false; code: string };

/** Reads every sheet of an XLSX file. */
export async function readXlsxRows(buffer: ArrayBuffer): Promise<WorkerAnswer> {
  try {
    const sheets = (await readXlsx(buffer)).map((s) => ({ name: s.sheet, rows: s.data as unknown[][] }));
    const merged = mergedCells(new Uint8Array(buffer));
    for (const sheet of sheets) for (const range of merged.get(sheet.name) ?? []) fillDown(sheet.rows, range);
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

/** The merged ranges of each sheet, by sheet name (from the workbook's XML parts). */
function mergedCells(bytes: Uint8Array): Map<string, Range[]> {
  const files = unzipSync(bytes, {
    filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' || /^xl\/worksheets\/[^/]+\.xml$/.test(f.name),
  });
  const text = (name: string) => (files[name] ? strFromU8(files[name]!) : '');
  const targets = new Map<string, string>();
  for (const tag of text('xl/_rels/workbook.xml.rels').match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const result = new Map<string, Range[]>();
  for (const tag of text('xl/workbook.xml').match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, 'name');
    const part = targets.get(attribute(tag, '(?:\\w+:)?id') ?? '');
    if (name === undefined || !part) continue;
    const ranges: Range[] = [];
    for (const [, ref] of text(part).matchAll(/<(?:\w+:)?mergeCell\b[^>]*\sref\s*=\s*"([^"]+)"/g)) {
      const [from, to] = ref!.split(':').map(cellIndex);
      if (from && to) ranges.push({ top: Math.min(from.row, to.row), bottom: Math.max(from.row, to.row), left: Math.min(from.column, to.column), right: Math.max(from.column, to.column) });
    }
    if (ranges.length) result.set(name, ranges);
  }
  return result;
}
