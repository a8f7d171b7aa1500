/**
 * Languages. Each language is one file exporting a {@link Messages} object; adding a language is
 * adding that file and one `registerLanguage` call.
 */
import { en } from './en.js';
import type { Messages } from './messages.js';
import { zhCN } from './zh-CN.js';

export type { ErrorCode, Messages } from './messages.js';

const languages = new Map<string, Messages>([
  ['zh-cn', zhCN],
  ['en', en],
]);

/** Makes a language available to every widget. */
export function registerLanguage(messages: Messages): void {
  languages.set(messages.lang.toLowerCase(), messages);
}

/** The messages for a language tag: exact match, then its primary subtag, then zh-CN. */
export function messagesFor(lang: string | null | undefined): Messages {
  const tag = (lang || 'zh-CN').toLowerCase();
  return (
    languages.get(tag) ??
    languages.get(tag.split('-')[0]!) ??
    [...languages.values()].find((m) => m.lang.toLowerCase().split('-')[0] === tag.split('-')[0]) ??
    zhCN
  );
}

/** How a data-format unit (元, 个, 家 …) is written after a number in a language. */
export function unitLabel(unit: string, lang: string): string {
  const units = messagesFor(lang).units;
  return Object.prototype.hasOwnProperty.call(units, unit) ? units[unit]! : unit;
}
