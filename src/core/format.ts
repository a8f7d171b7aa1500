/**
 * Number formatting through `Intl.NumberFormat` in the locale of the widget language: 万/亿/万亿
 * (zh-CN), 萬/億/兆 (zh-Hant) or K/M/B/T (en) scaling, percentages with a sign, and Quantities
 * with their display unit.
 */
import { sharedMessagesFor, unitLabel } from './i18n/registry.js';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let key = lang;
  for (const k in options) key += `|${k}=${String(options[k as keyof Intl.NumberFormatOptions])}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, options);
    cache.set(key, f);
  }
  return f;
}

/**
 * The `Intl` locale of a widget language: the tag of its message file (`zh-HK` → `zh-Hant`, whose
 * compact numbers are 萬/億, where `Intl` in `zh-HK` itself writes K/M/B).
 */
function numberLocale(lang: string): string {
  return sharedMessagesFor(lang).lang;
}

/**
 * Scales a number for display: `3066000000` → `30.66亿` (zh-CN), `30.66億` (zh-Hant) or `3.07B`
 * (en); `11310000` → `1131万`; values below 10 000 are written in full (`6791`). Non-finite numbers give `—`.
 */
export function formatCompact(value: number, lang: string, maximumFractionDigits = 2): string {
  if (!Number.isFinite(value)) return '—';
  const locale = numberLocale(lang);
  const abs = Math.abs(value);
  if (abs < 10_000) {
    // 'min2': 6791, not 6,791 (as published), while 12,345 still groups.
    return formatter(locale, { maximumFractionDigits: abs < 1 ? 4 : maximumFractionDigits, useGrouping: 'min2' }).format(value);
  }
  return formatter(locale, { notation: 'compact', maximumFractionDigits }).format(value);
}

/** A number written in full with grouping (`424`, `11,310,000`). */
export function formatPlain(value: number, lang: string, maximumFractionDigits = 2): string {
  if (!Number.isFinite(value)) return '—';
  return formatter(numberLocale(lang), { maximumFractionDigits }).format(value);
}

/**
 * A ratio as a percentage: `0.2185` → `21.85%`; with `signed`, `+21.85%` / `-3.2%`.
 * Non-finite ratios give `—`.
 */
export function formatPercent(ratio: number, lang: string, options: { signed?: boolean; digits?: number } = {}): string {
  if (!Number.isFinite(ratio)) return '—';
  return formatter(numberLocale(lang), {
    style: 'percent',
    maximumFractionDigits: options.digits ?? 2,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  }).format(ratio);
}

/**
 * A value with its display unit: `30.66亿元`, `6791件`, `3.07B yuan`, `424 villages`; a value in
 * `%` is a ratio, as the format keeps shares (`0.653` → `65.3%`).
 */
export function formatQuantity(value: number, unit: string | undefined, lang: string): string {
  if (unit === '%') return formatPercent(value, lang);
  const number = formatCompact(value, lang);
  if (!unit) return number;
  return `${number}${unitLabel(unit, lang, value)}`;
}
