/**
 * Languages, whole: every widget's zh-CN strings at once, and `messagesFor`, whose `Messages` hold
 * every section. For the entries that show or answer for any widget (`core.js`, `validate.js`, the
 * renderer, the command line, the all-in-one entry) and for scripts. A widget's own modules import
 * `registry.ts` instead and read their strings through `widgetMessages`, so that a widget's first
 * load carries only the shared zh-CN strings and its own section.
 */
import type { Messages, WidgetSection } from './messages.js';
import { widgetMessages } from './registry.js';
import { zhCN } from './zh-CN.js';

export type { ErrorCode, Messages } from './messages.js';
export { languageReady, languageTag, speaksLanguage, provideLanguage, registerMessages, unitLabel } from './registry.js';

/** Every section of zh-CN is at hand from here on. */
const whole: (lang: string | null | undefined) => Messages = widgetMessages<WidgetSection>(zhCN);

/** The messages for a language tag (see `languageTag`); zh-CN while a language has not loaded yet. */
export function messagesFor(lang: string | null | undefined): Messages {
  return whole(lang);
}
