/**
 * A whole language: what widgets show (`Messages`, in `index.ts`) and what mistakes say
 * (`ProblemMessages`, in `problems.ts`), registered and loaded together.
 */
import { messagesFor, type Messages } from './index.js';
import { languageReady, registerMessages } from './registry.js';
import { problemsReady, registerProblems, type ProblemMessages } from './problems.js';

/**
 * Makes a language available to every widget: a portal's own, as one object. With the problem
 * messages (`types`, `errors`, `issue`, `where`) it says its mistakes in that language too; without them,
 * in zh-CN.
 */
export function registerLanguage(language: Messages | (Messages & ProblemMessages)): void {
  registerMessages(language);
  if ('issue' in language) registerProblems({ lang: language.lang, types: language.types, errors: language.errors, issue: language.issue, where: language.where });
}

/** Loads the language for `lang`, its problem messages included (command lines and scripts call it before `messagesFor`). */
export async function loadLanguage(lang: string | null | undefined): Promise<Messages> {
  await Promise.all([languageReady(lang), problemsReady(lang)]);
  return messagesFor(lang);
}
