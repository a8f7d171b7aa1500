/** The workbench's languages: zh-CN (default), zh-Hant and en, chosen as the library chooses. */
import { languageTag } from '../../core/i18n/registry.js';
import { en } from './en.js';
import type { WorkbenchMessages } from './messages.js';
import { zhCN } from './zh-CN.js';
import { zhHant } from './zh-Hant.js';

export type { WorkbenchMessages } from './messages.js';

const languages: WorkbenchMessages[] = [zhCN, zhHant, en];

/** Every language of the workbench, for the language choice. */
export function workbenchLanguages(): readonly WorkbenchMessages[] {
  return languages;
}

/** Adds or replaces a language of the workbench. */
export function registerWorkbenchLanguage(messages: WorkbenchMessages): void {
  const i = languages.findIndex((m) => m.lang.toLowerCase() === messages.lang.toLowerCase());
  if (i >= 0) languages[i] = messages;
  else languages.push(messages);
}

/**
 * The workbench's strings for a language tag: the language the library picks for that tag (so
 * `zh-TW` gives zh-Hant and `en-GB` en, exactly as in the previews), else one with the same primary
 * subtag, else zh-CN.
 */
export function workbenchMessages(lang: string | null | undefined): WorkbenchMessages {
  const chosen = languageTag(lang).toLowerCase();
  return (
    languages.find((m) => m.lang.toLowerCase() === chosen) ??
    languages.find((m) => m.lang.toLowerCase().split('-')[0] === chosen.split('-')[0]) ??
    zhCN
  );
}
