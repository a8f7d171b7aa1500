/**
 * Languages. Each language is one file exporting a {@link Messages} object; adding a language is
 * adding that file and one `registerLanguage` call.
 */
import { en } from './en.js';
import type { Messages } from './messages.js';
import { zhCN } from './zh-CN.js';
import { zhHant } from './zh-Hant.js';

export type { ErrorCode, Messages } from './messages.js';

/** Languages by lower-case tag: each language's own tag, then the script-level tags it stands for. */
const languages = new Map<string, Messages>();

/** `zh-TW` → `zh-Hant-TW`, `zh-SG` → `zh-Hans-SG` (CLDR likely subtags); null for a malformed tag. */
function maximized(tag: string): string | null {
  try {
    return new Intl.Locale(tag).maximize().toString().toLowerCase();
  } catch {
    return null;
  }
}

/** `zh-hant-tw` → `zh-hant-tw`, `zh-hant`, `zh`: the tag and each shorter prefix. */
function prefixes(tag: string): string[] {
  const parts = tag.split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

/**
 * Makes a language available to every widget. It answers for its own tag and, unless a language
 * registered earlier already does, for its language-script tag (`zh-CN` for `zh-Hans`, `zh-Hant`
 * for `zh-Hant`, `en` for `en-Latn` and `en`).
 */
export function registerLanguage(messages: Messages): void {
  const tag = messages.lang.toLowerCase();
  languages.set(tag, messages);
  const full = maximized(tag);
  if (!full) return;
  for (const prefix of prefixes(full).slice(1)) if (!languages.has(prefix)) languages.set(prefix, messages);
}

registerLanguage(zhCN);
registerLanguage(zhHant);
registerLanguage(en);

/**
 * The messages for a language tag: the tag itself, else its likely script (`zh-TW`, `zh-HK`,
 * `zh-MO` → `zh-Hant`; `zh`, `zh-SG` → `zh-CN`; `en-GB` → `en`), else its shorter prefixes,
 * else zh-CN.
 */
export function messagesFor(lang: string | null | undefined): Messages {
  const tag = (lang || zhCN.lang).toLowerCase();
  const full = maximized(tag);
  const candidates = [tag, ...(full ? prefixes(full) : []), ...prefixes(tag)];
  for (const candidate of candidates) {
    const found = languages.get(candidate);
    if (found) return found;
  }
  return zhCN;
}

/** How a data-format unit (元, 个, 家 …) is written after a number in a language. */
export function unitLabel(unit: string, lang: string): string {
  const units = messagesFor(lang).units;
  return Object.prototype.hasOwnProperty.call(units, unit) ? units[unit]! : unit;
}
