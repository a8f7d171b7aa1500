/**
 * The languages at hand and how a tag chooses one. Each library language but zh-CN is one file
 * exporting a {@link Messages} object, loaded on first use (`languageReady`), so a page in Chinese
 * carries no other language. zh-CN, the default, is built in: its shared strings
 * (`zh-CN/shared.ts`) in every entry, each widget's own section as the widget's module is imported
 * (`widgetMessages`), so a widget's first load carries no other widget's strings. `index.ts` adds
 * every section at once, for the entries that answer for any widget. Adding a language is adding
 * its files and one line in `loaders` here and in `problems.ts`.
 */
import type { Messages, MessagesWith, SharedMessages, WidgetSection } from './messages.js';
import { shared } from './zh-CN/shared.js';

export type { ErrorCode, Messages, MessagesWith, SharedMessages, WidgetSection } from './messages.js';

/** A widget's messages in any language: the shared strings and its own sections (`widgetMessages`). */
export type WidgetMessages<S extends WidgetSection> = (lang: string | null | undefined) => MessagesWith<S>;

/** The languages that load on demand, by their own tag. */
const loaders: Readonly<Record<string, () => Promise<Messages>>> = {
  'zh-Hant': () => import('./zh-Hant.js').then((m) => m.zhHant),
  en: () => import('./en.js').then((m) => m.en),
};

/** The built-in zh-CN: the shared strings, and the widget sections provided so far. */
const zhCN: SharedMessages & Partial<Pick<Messages, WidgetSection>> = { ...shared };

/** Languages at hand, by their own tag: whole `Messages`, but the built-in zh-CN. */
const loaded = new Map<string, SharedMessages>();
/** Lower-case tags (a language's own, then the script-level tags it stands for) → a language's own tag. */
const tags = new Map<string, string>();
/** Language tags as asked for → a language's own tag (cleared when a language is added). */
const chosen = new Map<string, string>();
const loading = new Map<string, Promise<SharedMessages>>();

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
 * A language answers for its own tag and, unless a language added earlier already does, for its
 * language-script tags (`zh-CN` for `zh-Hans` and `zh`, `zh-Hant` for `zh-Hant`, `en` for `en-Latn`).
 */
function addTag(own: string): void {
  tags.set(own.toLowerCase(), own);
  chosen.clear();
  const full = maximized(own);
  if (full) for (const prefix of prefixes(full).slice(1)) if (!tags.has(prefix)) tags.set(prefix, own);
}

/** Makes a language's messages available to every widget (`registerLanguage` in `language.ts` takes a whole language). */
export function registerMessages(messages: Messages): void {
  loaded.set(messages.lang, messages);
  if (!tags.has(messages.lang.toLowerCase())) addTag(messages.lang);
}

/** Adds one of the library's own languages, unless the page registered its own for that tag. */
export function provideLanguage(messages: Messages): SharedMessages {
  const own = loaded.get(messages.lang);
  if (own) return own;
  registerMessages(messages);
  return messages;
}

loaded.set(zhCN.lang, zhCN);
addTag(zhCN.lang);
for (const tag of Object.keys(loaders)) addTag(tag);

/**
 * The own tag of the language for a tag: the tag itself, else its likely script (`zh-TW`, `zh-HK`,
 * `zh-MO` → `zh-Hant`; `zh`, `zh-SG` → `zh-CN`; `en-GB` → `en`), else its shorter prefixes, else zh-CN.
 */
export function languageTag(lang: string | null | undefined): string {
  const asked = (lang || zhCN.lang).toLowerCase();
  let own = chosen.get(asked);
  if (own === undefined) chosen.set(asked, (own = answering(asked) ?? zhCN.lang));
  return own;
}

/** True when a language at hand answers for the tag itself (see `languageTag`), not by falling back to zh-CN: `zh-TW`, `en-GB` yes, `fr` no. */
export function speaksLanguage(lang: string): boolean {
  return answering(lang.toLowerCase()) !== undefined;
}

function answering(asked: string): string | undefined {
  const full = maximized(asked);
  return [asked, ...(full ? prefixes(full) : []), ...prefixes(asked)].map((c) => tags.get(c)).find((t) => t !== undefined);
}

/**
 * The strings every widget reads, for a language tag (see `languageTag`); zh-CN's while a language
 * has not loaded yet. A widget reads its own sections through its `widgetMessages`.
 */
export function sharedMessagesFor(lang: string | null | undefined): SharedMessages {
  return loaded.get(languageTag(lang)) ?? zhCN;
}

/**
 * Adds a widget's zh-CN sections to the built-in zh-CN (a section already there stays) and returns
 * how the widget reads its messages in any language. A widget's module calls it as it is imported,
 * so no widget can render before its strings are there: every other language at hand is a whole
 * `Messages` (the library's, or one a page registered, which wins over the built-in zh-CN).
 */
export function widgetMessages<S extends WidgetSection>(sections: Pick<Messages, S>): WidgetMessages<S> {
  for (const [key, section] of Object.entries(sections)) if (!(key in zhCN)) (zhCN as Record<string, unknown>)[key] = section;
  return (lang) => sharedMessagesFor(lang) as MessagesWith<S>;
}

/** Null when the language for `lang` is at hand; else the promise of its loading (started once). */
export function languageReady(lang: string | null | undefined): Promise<SharedMessages> | null {
  const own = languageTag(lang);
  if (loaded.has(own)) return null;
  let pending = loading.get(own);
  if (!pending) {
    pending = loaders[own]!().then(
      provideLanguage,
      (e: unknown) => {
        // A language that cannot load (its file missing from a deployment): zh-CN stands in.
        console.warn(`region-brand-widgets: language ${own} could not be loaded; using zh-CN`, e);
        loaded.set(own, zhCN);
        return zhCN;
      },
    );
    loading.set(own, pending);
  }
  return pending;
}

/** How a data-format unit (元, 个, 家 …) is written after a number (`count`, when known) in a language. */
export function unitLabel(unit: string, lang: string, count?: number): string {
  const messages = sharedMessagesFor(lang);
  const own = (map: Readonly<Record<string, string>> | undefined) => map !== undefined && Object.prototype.hasOwnProperty.call(map, unit);
  if (count !== undefined && Math.abs(count) === 1 && own(messages.unitsOne)) return messages.unitsOne![unit]!;
  return own(messages.units) ? messages.units[unit]! : unit;
}
