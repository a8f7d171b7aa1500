/**
 * Every language of the library at once. Widgets load languages other than zh-CN on first use
 * (`loadLanguage`); the DOM-free entries (validation, the workbook converter, the command line, a
 * renderer) answer synchronously in any language, so they call this from their entry module.
 */
import { en } from './en.js';
import { provideLanguage } from './index.js';
import { zhHant } from './zh-Hant.js';

/** Provides every language the library ships (a language the page registered itself stays). */
export function registerAllLanguages(): void {
  provideLanguage(zhHant);
  provideLanguage(en);
}
