/** The workbench's languages: zh-CN (default), zh-Hant and en, chosen as the library chooses. */
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

/** Exact tag, then the Traditional script tags (zh-TW, zh-HK, zh-MO), then the primary subtag, then zh-CN. */
export function workbenchMessages(lang: string | null | undefined): WorkbenchMessages {
  const tag = (lang || 'zh-CN').toLowerCase();
  const exact = languages.find((m) => m.lang.toLowerCase() === tag);
  if (exact) return exact;
  if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return languages.find((m) => m.lang === 'zh-Hant') ?? zhCN;
  const primary = tag.split('-')[0];
  return languages.find((m) => m.lang.toLowerCase().split('-')[0] === primary) ?? zhCN;
}
