/**
 * The converter's strings (cells, columns, workbook files), one object per language, chosen the
 * way widgets choose theirs: `zh-TW` gives zh-Hant, `en-GB` en. They are kept apart from the
 * widgets' messages so a page that only shows widgets does not carry them.
 */
import { problemsFor } from '../core/i18n/problems.js';
import { problemsEn } from '../core/i18n/problems.en.js';
import { problemsZhCN } from '../core/i18n/problems.zh-CN.js';
import { problemsZhHant } from '../core/i18n/problems.zh-Hant.js';
import { languageTag } from '../core/i18n/registry.js';
import type { SheetMessages } from '../core/i18n/sheet-messages.js';
import { sheetEn } from '../core/i18n/sheet.en.js';
import { sheetZhCN } from '../core/i18n/sheet.zh-CN.js';
import { sheetZhHant } from '../core/i18n/sheet.zh-Hant.js';

export type { SheetMessages } from '../core/i18n/sheet-messages.js';

const languages = new Map<string, SheetMessages>([
  ['zh-cn', sheetZhCN],
  ['zh-hant', sheetZhHant],
  ['en', sheetEn],
]);

/** Adds or replaces the converter's strings for a language (a portal's own, registered with `registerLanguage`). */
export function registerSheetLanguage(lang: string, messages: SheetMessages): void {
  languages.set(lang.toLowerCase(), messages);
}

/**
 * The converter's strings for a language tag: those of the language widgets pick for that tag,
 * else those of its primary subtag, else zh-CN.
 */
export function sheetMessagesFor(lang: string | null | undefined): SheetMessages {
  const chosen = languageTag(lang).toLowerCase();
  return languages.get(chosen) ?? languages.get(chosen.split('-')[0]!) ?? sheetZhCN;
}

/** The library's own strings of each language, as a worker has them: converter's and problems'. */
const LIBRARY = new Map<SheetMessages, unknown>([[sheetZhCN, problemsZhCN], [sheetZhHant, problemsZhHant], [sheetEn, problemsEn]]);

/**
 * The tag of the library language whose strings an import in `lang` speaks on this page
 * (`zh-Hant` for `zh-HK`), which a worker (knowing the library's languages only) speaks the same
 * when asked for it; undefined when the page would use strings of its own (`registerLanguage`,
 * `registerSheetLanguage`), which only an import on the page can use.
 */
export function libraryLanguageOf(lang: string): string | undefined {
  const sheet = sheetMessagesFor(lang);
  const problems = LIBRARY.get(sheet);
  if (problems === undefined || problemsFor(lang) !== problems) return undefined;
  return sheet === sheetZhCN ? 'zh-CN' : sheet === sheetZhHant ? 'zh-Hant' : 'en';
}
