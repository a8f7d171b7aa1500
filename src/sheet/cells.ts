/**
 * Cells as editors write them (`spreadsheet-format.md`, "Cells as editors write them"): numbers
 * with thousands separators, 万/亿 and `%`, yes/no words, spreadsheet dates, lists and the Chinese
 * labels of enumerations. Each parser returns the value or throws a {@link CellError}.
 */
import { isIsoDate, parsePeriod } from '../core/periods.js';
import { ENUMS, NO, simplified, YES, type EnumName } from './spec.js';
import type { Cell } from './types.js';

/** A cell that cannot be read: a key of `Messages.sheet` and its parameters. */
export class CellError extends Error {
  constructor(
    readonly key: 'notNumber' | 'noFigureMark' | 'notInteger' | 'notYesNo' | 'notDate' | 'ambiguousDate' | 'notPeriod' | 'notEnum' | 'percentRatio' | 'percentUnit',
    readonly params: readonly (string | readonly string[])[],
  ) {
    super(key);
  }
}

/** Multipliers of money units (also in traditional characters); a figure in them is stored in 元. */
const MONEY: Readonly<Record<string, number>> = { 元: 1, 万元: 1e4, 亿元: 1e8, 万: 1e4, 亿: 1e8, 萬元: 1e4, 億元: 1e8, 萬: 1e4, 億: 1e8 };
const SUFFIX = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(亿元|万元|億元|萬元|亿|万|億|萬|元|%)?$/i;

/** A cell of dashes, slashes, dots or ellipses only. */
const NO_FIGURE_MARK = /^[-‐‑–—―/／\\…⋯.·。×]+$/;

/** Rounds away binary noise from scaling (`37.83 × 1e8`). */
export function clean(value: number): number {
  return Number.parseFloat(value.toPrecision(15));
}

/** The text of a cell (dates as ISO dates), trimmed; `''` for an empty cell. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDay(cell);
  return String(cell).trim();
}

/**
 * Full-width forms as their ASCII ones, as a Chinese input method in full-width mode types them:
 * digits, signs, points, letters (`２０２５－Ｑ３`, `Ｙ`, `ｔｏｗｎ`), and `。` and `−` as points and minus.
 */
function halfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/。/g, '.')
    .replace(/−/g, '-');
}

/**
 * A number written in decimal (`65.3`, `1.5e-7`) with its point moved `places` digits to the
 * right, exactly: `65.3` and -2 give the number 0.653 (not 0.6529999999999999).
 */
export function movedPoint(text: string, places: number): number {
  const [mantissa = text, exponent = '0'] = text.split(/e/i);
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** A ratio as the percentage a clerk writes, exactly (`0.653` → `65.3%`): read back, it is the same number. */
export function percentText(ratio: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(ratio));
  if (!m) return `${ratio * 100}%`;
  const [, sign, whole, fraction = '', exponent = '0'] = m;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent) + 2;
  const text = point <= 0 ? `0.${'0'.repeat(-point)}${digits}`
    : point >= digits.length ? digits + '0'.repeat(point - digits.length)
    : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${sign}${text.replace(/^0+(?=\d)/, '').replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')}%`;
}

/** A figure written in percent as a ratio (65.3 → 0.653). */
function fromPercent(value: number): number {
  return movedPoint(String(value), -2);
}

/** A number read from a cell, with the scale its suffix gave. */
export interface NumberCell {
  readonly value: number;
  /** `money` when a 万/亿/元 suffix was written, `percent` for `%`. */
  readonly suffix?: 'money' | 'percent';
}

/** Reads a number: numeric cells, `3,066,000,000`, `37.83亿` (→ 元), `21.85%` (→ 0.2185). */
export function readNumber(cell: Cell): NumberCell {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new CellError('notNumber', [String(cell)]);
    return { value: cell };
  }
  const text = halfWidth(cellText(cell)).replace(/[,，\s]/g, '');
  const match = SUFFIX.exec(text);
  // `-`, `—`, `/`, `…`: how statistical tables mark "no figure" (or zero): the cell says which to write.
  if (!match && NO_FIGURE_MARK.test(text)) throw new CellError('noFigureMark', [cellText(cell)]);
  if (!match) throw new CellError('notNumber', [cellText(cell)]);
  const value = Number(match[1]);
  const suffix = match[2];
  if (!Number.isFinite(value)) throw new CellError('notNumber', [cellText(cell)]);
  if (suffix === '%') return { value: movedPoint(match[1]!, -2), suffix: 'percent' };
  if (suffix) return { value: clean(value * MONEY[suffix]!), suffix: 'money' };
  return { value };
}

/** A cell written with a money or `%` suffix (`37.83亿`, `65.3%`), which says its unit itself. */
export function saysItsUnit(cell: Cell): boolean {
  try {
    return readNumber(cell).suffix !== undefined;
  } catch {
    return false;
  }
}

/** The multiplier of a money unit that is stored in 元 (`万元` → 1e4), or undefined. */
export function unitScale(unit: string | undefined): { factor: number; unit: string } | undefined {
  if (unit === undefined) return undefined;
  const u = unit.trim();
  if (u.length > 1 && u.endsWith('元') && MONEY[u]) return { factor: MONEY[u]!, unit: '元' };
  return undefined;
}

/** `%` or `％`: a header or unit cell in percent. */
export function isPercent(unit: string | undefined): boolean {
  return unit !== undefined && halfWidth(unit.trim()) === '%';
}

/**
 * Reads a quantity in the unit of its header or unit cell; money in 万元/亿元 becomes 元, and a
 * value in `%` (a `%` unit or header, or a `%` suffix) a ratio with unit `%` (65.3 or `65.3%` →
 * 0.653), as `spreadsheet-format.md` says: the format keeps shares as ratios, as it does growth
 * rates and coverage. A value with a `%` suffix in another unit is an error naming the cell that
 * gives that unit (`unitCell`, `指标值!D2`).
 */
export function readQuantity(cell: Cell, unit: string | undefined, unitCell = ''): { value: number; unit: string | undefined } {
  const n = readNumber(cell);
  // `5%` where the unit (`unitCell`) is 万元 or 吨: neither 0.05 万元 nor 5 万元 is sure, so the clerk says which.
  if (n.suffix === 'percent' && unit !== undefined && !isPercent(unit)) throw new CellError('percentUnit', [cellText(cell), unit.trim(), unitCell]);
  if (isPercent(unit) || (n.suffix === 'percent' && unit === undefined)) {
    return { value: n.suffix === 'percent' ? n.value : fromPercent(n.value), unit: '%' };
  }
  if (n.suffix === 'money') return { value: n.value, unit: !unit || unit === '元' || unitScale(unit) ? '元' : unit };
  const scale = unitScale(unit);
  return scale && n.suffix !== 'percent' ? { value: clean(n.value * scale.factor), unit: scale.unit } : { value: n.value, unit };
}

/** Reads a non-negative integer count. */
export function readCount(cell: Cell): number {
  const { value } = readNumber(cell);
  if (!Number.isInteger(value) || value < 0) throw new CellError('notInteger', [cellText(cell)]);
  return value;
}

/** Reads a ratio: `74.85%`, a header in `(%)` or a number from 0 to 1; 74.85 alone is an error. */
export function readRatio(cell: Cell, percentHeader: boolean): number {
  const n = readNumber(cell);
  const value = percentHeader && n.suffix !== 'percent' ? fromPercent(n.value) : n.value;
  if (!percentHeader && n.suffix === undefined && Math.abs(value) > 1) {
    throw new CellError('percentRatio', [cellText(cell), String(clean(value / 100))]);
  }
  return value;
}

/** Reads a growth rate (同比, 环比): ratios unless written with `%` or under a `(%)` header. */
export function readRate(cell: Cell, percentHeader: boolean): number {
  const n = readNumber(cell);
  return percentHeader && n.suffix !== 'percent' ? fromPercent(n.value) : n.value;
}

/** Reads 是/否, 有/无, Y/N, true/false, 1/0. */
export function readYesNo(cell: Cell): boolean {
  if (typeof cell === 'boolean') return cell;
  const text = simplified(halfWidth(cellText(cell))).toLowerCase();
  if (YES.includes(text)) return true;
  if (NO.includes(text)) return false;
  throw new CellError('notYesNo', [cellText(cell)]);
}

function isoDay(date: Date): string {
  // Spreadsheet dates carry no zone; readers give them at midnight UTC.
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${p(date.getUTCMonth() + 1)}-${p(date.getUTCDate())}`;
}

/** A spreadsheet serial day number (1900 system) as a date. */
function fromSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

/**
 * A date cell saved as text by a spreadsheet program that shows its time (`2022/5/27 0:00`,
 * `2022-05-27T00:00:00`) without that midnight.
 */
function withoutMidnight(text: string): string {
  return text.replace(/(\d)(?:\s+|T)0?0:00(?::00(?:\.0+)?)?$/i, '$1');
}

/** A day as the format writes it, from its year, month and day as written (`2025`, `6`, `3` → `2025-06-03`). */
function day(year: string, month: string, date: string): string {
  return `${year}-${month.padStart(2, '0')}-${date.padStart(2, '0')}`;
}

/**
 * The day a date written as text gives: `2025-06-30`, `2025/6/30`, `2025年6月30日`; a spreadsheet's
 * serial day number saved as text (`45838`: a date cell without its format, in a CSV file); a US
 * date (`6/30/2025`), or the day first where the first number cannot be a month (`30/6/2025`).
 * Undefined for other text; a {@link CellError} where either number could be the month (`4/5/2025`).
 */
function dayOf(text: string): string | undefined {
  const plain = withoutMidnight(halfWidth(text.trim()));
  if (/^\d{5}(?:\.0+)?$/.test(plain)) return isoDay(fromSerial(Number(plain)));
  const ymd = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(plain);
  if (ymd) return day(ymd[1]!, ymd[2]!, ymd[3]!);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(plain);
  if (!us) return undefined;
  const [, first, second, year] = us as unknown as [string, string, string, string];
  if (Number(first) > 12) return day(year, second, first);
  if (Number(second) > 12 || first === second) return day(year, first, second);
  throw new CellError('ambiguousDate', [text, day(year, first, second), day(year, second, first)]);
}

/**
 * Reads a date: a date cell, a serial day number (also as text) or `2025-06-30` (also `2025/6/30`,
 * `2025年6月30日`, `6/30/2025`, and a date cell saved as text with its midnight, `2025/6/30 0:00`).
 */
export function readDate(cell: Cell): string {
  if (cell instanceof Date) return isoDay(cell);
  if (typeof cell === 'number' && cell > 10000 && cell < 100000) return isoDay(fromSerial(cell));
  const text = cellText(cell);
  const iso = dayOf(text) ?? text;
  if (!isIsoDate(iso)) throw new CellError('notDate', [text]);
  return iso;
}

/**
 * Reads a period of the data format (`2022`, `2022-H1`, `2022-Q1`, `2022-03`, `2022-03-15`), also
 * as clerks write years, months and days: `2022年`, `2022年度`, `2022年3月`, `2022-3`, `2022/3`,
 * `3/2022`, and any day {@link readDate} reads (`2022/3/15`, a spreadsheet date).
 */
export function readPeriod(cell: Cell): string {
  if (cell instanceof Date || (typeof cell === 'number' && cell > 10000)) return readDate(cell);
  const text = withoutMidnight(halfWidth(cellText(cell))).toUpperCase().replace(/\s+/g, '');
  const year = /^(\d{4})年度?$/.exec(text);
  const written = /^(\d{4})(?:年|[-/])(\d{1,2})月?$/.exec(text);
  const us = /^(\d{1,2})\/(\d{4})$/.exec(text);
  const month = written ? [written[1]!, written[2]!] : us ? [us[2]!, us[1]!] : undefined;
  const period = year ? year[1]! : month && Number(month[1]) >= 1 && Number(month[1]) <= 12
    ? `${month[0]}-${month[1]!.padStart(2, '0')}`
    : dayOf(cellText(cell)) ?? text;
  if (parsePeriod(period) === null) throw new CellError('notPeriod', [cellText(cell)]);
  return period;
}

/** Reads an enumeration by its value or one of its Chinese labels (`县`, `县级`, `county`). */
export function readEnum(cell: Cell, name: EnumName): string {
  const text = cellText(cell);
  const wanted = halfWidth(text).toLowerCase();
  const chinese = simplified(text);
  const table = ENUMS[name] as Record<string, readonly string[]>;
  for (const [value, labels] of Object.entries(table)) {
    if (value === wanted || labels.some((l) => l === chinese || `${l}级` === chinese)) return value;
  }
  throw new CellError('notEnum', [text, Object.entries(table).map(([v, l]) => `${l[0]}/${v}`)]);
}

const LIST_SEPARATOR = /[、，,;；]/;

/** Splits a list cell at `、` `，` `,` `;` `；`. */
export function readList(cell: Cell): string[] {
  return cellText(cell)
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Splits a list cell of references like {@link readList}, but keeps together pieces whose text,
 * separators included, is a known id or name (the longest one from each piece on): a cluster
 * called `果蔬、花卉产业集群` is one reference, `果蔬、花卉产业集群、茶` two.
 */
export function readReferenceList(cell: Cell, known: (text: string) => boolean): string[] {
  // Pieces at even indices, the separator that followed each at the odd index after it.
  const pieces = cellText(cell).split(new RegExp(`(${LIST_SEPARATOR.source})`));
  const items: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    let end = i;
    for (let j = pieces.length - 1; j > i; j -= 2) {
      if (known(pieces.slice(i, j + 1).join('').trim())) {
        end = j;
        break;
      }
    }
    const text = pieces.slice(i, end + 1).join('').trim();
    if (text) items.push(text);
    i = end;
  }
  return items;
}
