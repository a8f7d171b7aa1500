/**
 * The messages about mistakes (`ProblemMessages`), by language. None is built in: a page whose data
 * is right never loads them. A widget with a mistake to report asks `problemsReady(lang)` and
 * waits for it, as it waits for a language; the DOM-free entries provide them all at once
 * (`all.ts`). A language is chosen as `languageTag` chooses it; a portal's own language without
 * problem messages of its own uses zh-CN's.
 */
import { mistakeCodeReady } from '../mistakes-on-demand.js';
import { languageTag } from './registry.js';
import type { ProblemMessages } from './problem-messages.js';

export type { ProblemMessages } from './problem-messages.js';

/** The library's problem messages, by the own tag of their language. */
const loaders: Readonly<Record<string, () => Promise<ProblemMessages>>> = {
  'zh-CN': () => import('./problems.zh-CN.js').then((m) => m.problemsZhCN),
  'zh-Hant': () => import('./problems.zh-Hant.js').then((m) => m.problemsZhHant),
  en: () => import('./problems.en.js').then((m) => m.problemsEn),
};

const loaded = new Map<string, ProblemMessages>();
const loading = new Map<string, Promise<unknown>>();
/** Languages whose problem messages could not load: nothing more to wait for. */
const unavailable = new Set<string>();

/** Adds (or replaces) the problem messages of a language. */
export function registerProblems(problems: ProblemMessages): void {
  loaded.set(problems.lang, problems);
}

/** Adds the library's own problem messages for a language, unless the page registered its own. */
export function provideProblems(problems: ProblemMessages): void {
  if (!loaded.has(problems.lang)) loaded.set(problems.lang, problems);
}

/**
 * The problem messages for a language tag, once at hand; else those of another language at hand
 * (zh-CN first); null when none has loaded yet.
 */
export function problemsFor(lang: string | null | undefined): ProblemMessages | null {
  return loaded.get(languageTag(lang)) ?? loaded.get('zh-CN') ?? loaded.values().next().value ?? null;
}

/**
 * Null when what a mistake needs in `lang` is at hand (or cannot be had): its problem messages and
 * the code that completes, says and shows a mistake (`mistakes-on-demand.ts`); else the promise of
 * their loading, started once, which never rejects.
 */
export function problemsReady(lang: string | null | undefined): Promise<unknown> | null {
  const code = mistakeCodeReady();
  const messages = messagesReady(languageTag(lang));
  return code && messages ? Promise.all([code, messages]) : (code ?? messages);
}

function messagesReady(own: string): Promise<unknown> | null {
  if (loaded.has(own) || unavailable.has(own)) return null;
  let pending = loading.get(own);
  if (!pending) {
    const load = loaders[own] ?? loaders['zh-CN']!;
    pending = load().then(
      (problems) => {
        provideProblems(problems);
        // A portal's own language without problem messages: zh-CN's stand in.
        if (!loaded.has(own)) loaded.set(own, problems);
      },
      (e: unknown) => {
        // A deployment missing the chunk: messages fall back to another language or their keys.
        console.warn(`region-brand-widgets: messages about mistakes in ${own} could not be loaded`, e);
        unavailable.add(own);
      },
    );
    loading.set(own, pending);
  }
  return pending;
}
