/**
 * Reading and writing workbook files: XLSX through `read-excel-file` / `write-excel-file`
 * (loaded with `import()` only when a file is read or written, never part of a widget bundle),
 * CSV with the small reader below. Works in Node and in browsers; no DOM, no Node APIs.
 */
import { sheetMessagesFor } from './messages.js';
import type { SheetMessages } from '../core/i18n/sheet-messages.js';
import type { WorkerAnswer } from './xlsx-read.js';
import { columnLetters, columnSpecFor, ENUMS, NO, normalizeHeader, sheetSpecFor, YES } from './spec.js';
import type { Cell, WorkbookRows } from './types.js';
import { guardFormula, unguardFormula } from '../core/csv-guard.js';

/** A file that is not a readable workbook: its message is one line for the person who chose it. */
export class WorkbookFileError extends Error {
  override readonly name = 'WorkbookFileError';

  constructor(
    readonly key: keyof SheetMessages['file'],
    readonly fileName: string,
    readonly params: readonly string[] = [],
  ) {
    super(`${key}: ${fileName}`);
  }

  /** The problem in a language: `设有密码保护的工作簿…`. */
  localizedMessage(lang: string): string {
    const message = sheetMessagesFor(lang).file[this.key] as (...a: string[]) => string;
    return message(this.fileName, ...this.params);
  }
}

/** The extension of a file name, lower case, without the dot. */
export function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName);
  return match ? match[1]!.toLowerCase() : '';
}

/** The base name of a file without folders and extension (`data/企业.csv` → `企业`). */
function sheetNameOf(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}

function toUint8Array(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

/**
 * Text of a CSV file: UTF-8 (with or without BOM), UTF-16 with its BOM (Excel's "Unicode text",
 * tab-separated, renamed .csv), else GB18030 as Excel saves it on Chinese systems.
 */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const DELIMITERS = [',', ';', '\t'];

/**
 * The delimiter of CSV text: the one its header line holds most of. The header is the first line
 * with any delimiter among the first few (a title such as `开平市企业名单` may stand above it).
 */
function csvDelimiter(text: string): string {
  const lines = text.split(/\r?\n|\r/, 6);
  const header = lines.find((line) => DELIMITERS.some((d) => line.includes(d))) ?? '';
  return DELIMITERS.reduce((best, d) => (header.split(d).length > header.split(best).length ? d : best), ',');
}

/**
 * Parses CSV text (RFC 4180: quotes, doubled quotes, line breaks in quotes; `,` or `;` or tab); a
 * cell loses the `'` that `writeCsv` puts before text a spreadsheet would run as a formula.
 */
export function parseCsv(text: string): string[][] {
  const delimiter = csvDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows.map((cells) => cells.map(unguardFormula));
}

/** Writes one CSV field; text a spreadsheet would run as a formula gets a leading `'` (`csv-guard.ts`). */
function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : typeof cell === 'string' ? guardFormula(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Each sheet as CSV text (UTF-8 with BOM so that spreadsheet programs read the Chinese right). */
export function writeCsv(book: WorkbookRows): { name: string; text: string }[] {
  return book.sheets.map((sheet) => ({
    name: sheet.name,
    text: '\uFEFF' + sheet.rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n',
  }));
}

/** Error codes of read-excel-file → our file problems. */
const READ_ERRORS: Readonly<Record<string, keyof SheetMessages['file']>> = {
  FILE_NOT_SUPPORTED: 'notXlsx',
  XLS_FILE_NOT_SUPPORTED: 'legacyOrProtected',
  INVALID_ZIP: 'corrupt',
};

/** Parses the bytes of an XLSX file into rows, or gives read-excel-file's error code. */
export type XlsxReader = (buffer: ArrayBuffer) => Promise<WorkerAnswer>;

/**
 * Reads an `.xlsx` workbook (through `readXlsx`), or one `.csv` file as the sheet named after the
 * file. Throws a {@link WorkbookFileError} for a wrong extension, a corrupt, legacy or
 * password-protected file. `readWorkbookFile` (`off-main.ts`) is this with the worker first.
 */
export async function readWorkbookBytes(bytes: Uint8Array | ArrayBuffer, fileName: string, readXlsx: XlsxReader): Promise<WorkbookRows> {
  const data = toUint8Array(bytes);
  const extension = extensionOf(fileName);
  if (extension === 'csv') {
    const file = fileName.replace(/^.*[\\/]/, '');
    return { sheets: [{ name: sheetNameOf(fileName), rows: parseCsv(decodeText(data)), file }] };
  }
  if (extension !== 'xlsx') throw new WorkbookFileError('extension', fileName, ['.xlsx, .csv']);
  const answer = await readXlsx(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  if (!answer.ok) throw new WorkbookFileError(READ_ERRORS[answer.code] ?? 'corrupt', fileName);
  return { sheets: answer.sheets.map((s) => ({ name: s.name, rows: s.rows as Cell[][], ...(s.formulas ? { formulas: s.formulas } : {}) })) };
}

/** Parses an XLSX file on this thread, loading the XLSX library on first use. */
export const readXlsxInPlace: XlsxReader = async (buffer) => {
  const { readXlsxRows } = await import('./xlsx-read.js');
  return readXlsxRows(buffer);
};

/**
 * Writes an `.xlsx` workbook: bold, frozen header rows, readable column widths, and a dropdown of
 * the allowed values (data validation list) under every header with a closed set of values
 * (级别, 类型, 类别, 方向, yes/no). The dropdown only offers: other forms the import accepts
 * (`county` in a Chinese workbook) stay allowed.
 */
export async function writeXlsx(book: WorkbookRows): Promise<Uint8Array> {
  const [{ default: writeXlsxFile }, utility] = await Promise.all([import('write-excel-file/universal'), import('write-excel-file/utility')]);
  const lists = book.sheets.map((sheet) => dropdowns(sheet.name, sheet.rows));
  const feature = {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml: string, _options: unknown, { sheetIndex }: { sheetIndex: number }) => {
            const rules = lists[sheetIndex] ?? [];
            if (!rules.length) return xml;
            const markup = `<dataValidations count="${rules.length}">${rules.map((rule) =>
              `<dataValidation type="list" allowBlank="1" showErrorMessage="0" sqref="${rule.range}"><formula1>${utility.sanitizeTextContent(`"${rule.values.join(',')}"`)}</formula1></dataValidation>`).join('')}</dataValidations>`;
            const order = utility.getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet')!;
            return utility.insertElementMarkupAccordingToOrderOfSiblings(xml, markup, order, 'worksheet');
          },
        },
      },
    },
  };
  const sheets = book.sheets.map((sheet) => {
    const width = Math.max(1, ...sheet.rows.map((r) => r.length));
    const columns = Array.from({ length: width }, (_, i) => ({
      width: Math.min(60, Math.max(8, ...sheet.rows.slice(0, 200).map((r) => displayWidth(r[i] ?? null)))),
    }));
    const data = sheet.rows.map((row, r) => row.map((value) => {
      if (value === null || value === undefined || value === '') return null;
      return r === 0 && sheet.rows.length > 0 ? { value, fontWeight: 'bold' as const } : { value };
    }));
    return { data, sheet: sheet.name, columns, stickyRowsCount: 1 };
  });
  const blob = await writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0], { features: [feature] } as Parameters<typeof writeXlsxFile>[1]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * The dropdowns of a sheet: each header of a column with a closed set of values, with the values
 * in the sheet's language (Chinese labels under a Chinese sheet name, the format's values under
 * an English one), for the rows below the header and a thousand more.
 */
function dropdowns(name: string, rows: readonly (readonly Cell[])[]): { range: string; values: string[] }[] {
  const spec = sheetSpecFor(name);
  if (!spec) return [];
  const english = normalizeHeader(name) === normalizeHeader(spec.en) && spec.en !== spec.zh;
  const last = Math.max(rows.length, 1) + 1000;
  return (rows[0] ?? []).flatMap((cell, index) => {
    const column = typeof cell === 'string' ? columnSpecFor(spec, cell) : undefined;
    if (!column?.values) return [];
    const values = column.values === 'yesNo'
      ? (english ? ['Y', 'N'] : [YES[0]!, NO[0]!])
      : Object.entries(ENUMS[column.values] as Record<string, readonly string[]>).map(([value, labels]) => (english ? value : labels[0]!));
    const letters = columnLetters(index);
    return [{ range: `${letters}2:${letters}${last}`, values }];
  });
}

/** Approximate width of a cell in characters (CJK counts twice). */
function displayWidth(cell: Cell): number {
  const text = cell === null ? '' : String(cell);
  let width = 2;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return width;
}
