/**
 * Every language of the library at once, problem messages included. Widgets load languages other
 * than zh-CN, and every language's problem messages, on first use; the DOM-free entries
 * (validation, the workbook converter, the command line, a renderer) answer synchronously in any
 * language, so they call this from their entry module. The code only a mistake needs
 * (`mistake-code.ts`: what an issue says, where it is, the error panel), which pages also load
 * with their first mistake, comes with them.
 */
import { provideMistakeCode } from '../mistakes-on-demand.js';
import { mistakeCode } from '../mistake-code.js';
import { en } from './en.js';
import { provideLanguage } from './index.js';
import { problemsEn } from './problems.en.js';
import { provideProblems } from './problems.js';
import { problemsZhCN } from './problems.zh-CN.js';
import { problemsZhHant } from './problems.zh-Hant.js';
import { zhHant } from './zh-Hant.js';

/** Provides every language the library ships (a language the page registered itself stays), and the code only a mistake needs. */
export function registerAllLanguages(): void {
  provideMistakeCode(mistakeCode);
  provideLanguage(zhHant);
  provideLanguage(en);
  for (const problems of [problemsZhCN, problemsZhHant, problemsEn]) provideProblems(problems);
}
