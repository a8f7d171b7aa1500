/**
 * Period strings of the data format: `2022` (year), `2022-H1` (half), `2022-Q1` (quarter),
 * `2022-03` (month) and `2022-03-15` (day). Parsing, labels, ordering and the periods that
 * year-on-year (同比) and period-on-period (环比) growth compare against.
 */
import { sharedMessagesFor } from './i18n/registry.js';

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'day';

export interface Period {
  readonly kind: PeriodKind;
  readonly year: number;
  /** 1-based index inside the year: half 1–2, quarter 1–4, month 1–12, day-of-month for days. */
  readonly index: number;
  /** Month (1–12) of a day period; 0 otherwise. */
  readonly month: number;
}

const periodRe = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?))?$/;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  // Not Date.UTC, which reads the years 0–99 as 1900–1999 (0000 is a leap year, 1900 is not).
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a period string; returns `null` for anything that is not a real period. */
export function parsePeriod(text: unknown): Period | null {
  if (typeof text !== 'string') return null;
  const m = periodRe.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { kind: 'half', year, index: Number(m[2]), month: 0 };
  if (m[3]) return { kind: 'quarter', year, index: Number(m[3]), month: 0 };
  if (m[4] && m[5]) {
    const month = Number(m[4]);
    const day = Number(m[5]);
    if (day > daysInMonth(year, month)) return null;
    return { kind: 'day', year, index: day, month };
  }
  if (m[4]) return { kind: 'month', year, index: Number(m[4]), month: 0 };
  return { kind: 'year', year, index: 1, month: 0 };
}

/** True when `text` is an existing calendar date in ISO form (`2025-06-30`). */
export function isIsoDate(text: unknown): boolean {
  const p = parsePeriod(text);
  return p !== null && p.kind === 'day';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Writes a period back in its canonical string form. */
export function formatPeriodKey(p: Period): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'half':
      return `${p.year}-H${p.index}`;
    case 'quarter':
      return `${p.year}-Q${p.index}`;
    case 'month':
      return `${p.year}-${pad(p.index)}`;
    case 'day':
      return `${p.year}-${pad(p.month)}-${pad(p.index)}`;
  }
}

const perYear: Record<Exclude<PeriodKind, 'day'>, number> = { year: 1, half: 2, quarter: 4, month: 12 };

/** The same period one year earlier (同比 base). 29 Feb maps to 28 Feb. */
export function yearAgo(p: Period): Period {
  if (p.kind === 'day') {
    const year = p.year - 1;
    return { ...p, year, index: Math.min(p.index, daysInMonth(year, p.month)) };
  }
  return { ...p, year: p.year - 1 };
}

/** The preceding period of the same granularity (环比 base): 2022-Q1 → 2021-Q4. */
export function previousPeriod(p: Period): Period {
  if (p.kind === 'day') {
    const d = new Date(Date.UTC(p.year, p.month - 1, p.index - 1));
    return { kind: 'day', year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, index: d.getUTCDate() };
  }
  if (p.index > 1) return { ...p, index: p.index - 1 };
  return { ...p, year: p.year - 1, index: perYear[p.kind] };
}

/** A sortable number: the start of the period in days since the epoch, then finer periods last. */
export function periodOrdinal(p: Period): number {
  let month = 1;
  let day = 1;
  if (p.kind === 'half') month = (p.index - 1) * 6 + 1;
  else if (p.kind === 'quarter') month = (p.index - 1) * 3 + 1;
  else if (p.kind === 'month') month = p.index;
  else if (p.kind === 'day') {
    month = p.month;
    day = p.index;
  }
  const rank: Record<PeriodKind, number> = { year: 0, half: 1, quarter: 2, month: 3, day: 4 };
  return Date.UTC(p.year, month - 1, day) / 86_400_000 + rank[p.kind] / 10;
}

/** Compares two period strings chronologically (unparseable ones sort first). */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return (pa ? periodOrdinal(pa) : -Infinity) - (pb ? periodOrdinal(pb) : -Infinity) || 0;
}

/**
 * A human label in a widget language: `2022年一季度` / `2022年第一季` / `Q1 2022`, `2022年上半年` /
 * `H1 2022`, `2022年3月` / `Mar 2022`. Unparseable text is returned as it is.
 */
export function periodLabel(text: string, lang: string): string {
  const p = parsePeriod(text);
  if (!p) return text;
  const { periods, lang: locale } = sharedMessagesFor(lang);
  switch (p.kind) {
    case 'year':
      return periods.year(p.year);
    case 'half':
      return periods.half(p.year, p.index);
    case 'quarter':
      return periods.quarter(p.year, p.index);
    case 'month':
      return dateText(locale, periods.month, Date.UTC(p.year, p.index - 1, 1));
    case 'day':
      return dateText(locale, periods.day, Date.UTC(p.year, p.month - 1, p.index));
  }
}

/** Date formatters by the message file's options and locale: making one costs more than a chart's whole model. */
const dateFormats = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

function dateText(locale: string, options: Intl.DateTimeFormatOptions, time: number): string {
  let byLocale = dateFormats.get(options);
  if (!byLocale) dateFormats.set(options, (byLocale = new Map()));
  let format = byLocale.get(locale);
  if (!format) byLocale.set(locale, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format.format(time);
}

/**
 * The label of a period whose figure runs from the start of the year (a cumulative indicator):
 * `2022-Q3` → `2022年1–9月` / `Jan–Sep 2022`; a year, a day or January alone is labelled as usual.
 */
export function cumulativePeriodLabel(text: string, lang: string): string {
  const p = parsePeriod(text);
  if (!p || p.kind === 'year' || p.kind === 'day') return periodLabel(text, lang);
  const last = p.kind === 'half' ? p.index * 6 : p.kind === 'quarter' ? p.index * 3 : p.index;
  return last === 1 ? periodLabel(text, lang) : sharedMessagesFor(lang).periods.yearToDate(p.year, last);
}

/** A period's label for an indicator: cumulative figures say so ({@link cumulativePeriodLabel}). */
export function indicatorPeriodLabel(text: string, lang: string, cumulative: boolean | undefined): string {
  return cumulative ? cumulativePeriodLabel(text, lang) : periodLabel(text, lang);
}
