/**
 * The code only a mistake needs, once it is at hand. What an issue says (its key and parameters
 * from a valibot issue), where it is (the item and field in words, the line and column of bad
 * JSON) and its text are `mistake-code.ts`, loaded with a page's first mistake (with the problem
 * messages, `problemsReady`; the error panel is `frame.ts`'s): a page whose data and config are
 * right never loads it. An issue found before then remembers what it was found in here (its valibot issue, its
 * document or its JSON text), and is completed (`completeIssue`, `completeIssues`) when it is
 * described, which widgets do before they show or report it. The DOM-free entries provide the
 * code at once (`i18n/all.ts`), so their issues are complete as they are found.
 */
import type * as v from 'valibot';
import type { ValidationIssue } from './errors.js';
import type { MistakeCode } from './mistake-code.js';
import { OnDemand } from './on-demand.js';

const mistakes = new OnDemand(() => import('./mistake-code.js').then((m) => m.mistakeCode), 'the code that describes mistakes');

/** What an issue was found in, while it is not complete yet. */
export interface IssueOrigin {
  /** The valibot issue it stands for: its key and parameters are read from it. */
  readonly raw?: v.BaseIssue<unknown>;
  /** The document it is about: its item and field in words (`where`). */
  readonly doc?: unknown;
  /** JSON text that does not parse: the line, column, character, context and a hint. */
  readonly jsonText?: string;
}
const origins = new WeakMap<ValidationIssue, IssueOrigin>();

/** Makes the mistake code available (the DOM-free entries, statically). */
export function provideMistakeCode(given: MistakeCode): void {
  mistakes.provide(given);
}

/** Null when the mistake code is at hand (or cannot be had); else the promise of its loading (started once, never rejects). */
export function mistakeCodeReady(): Promise<unknown> | null {
  return mistakes.ready();
}

/** The mistake code, or null before it has loaded. */
export function mistakeCodeAtHand(): MistakeCode | null {
  return mistakes.module;
}

/** Issues with the document they are about, which places them (`where`). */
export function located(issues: readonly ValidationIssue[], doc: unknown): ValidationIssue[] {
  return issues.map((issue) => found(issue, { doc }));
}

/** The issue of JSON text that does not parse: its line, column, character, context and a hint. */
export function jsonIssue(jsonText: string): ValidationIssue {
  return found({ path: '', key: 'notJson', params: [] }, { jsonText });
}

/** The issue at `path` of a valibot issue; complete it (`completeIssues`) for its key and parameters. */
export function shapeIssue(path: string, raw: v.BaseIssue<unknown>): ValidationIssue {
  const issue: ValidationIssue = { path, key: 'other', params: [] };
  origins.set(issue, { raw });
  return issue;
}

/** The same issue at another path (a dashboard's widget config, a geometry file's URL), with what it was found in. */
export function movedIssue(issue: ValidationIssue, path: string): ValidationIssue {
  const moved = { ...issue, path };
  const origin = origins.get(issue);
  if (origin) origins.set(moved, origin);
  return moved;
}

/** The issue complete, when the mistake code is at hand; else the same issue. */
export function completeIssue(issue: ValidationIssue): ValidationIssue {
  const code = mistakes.module;
  return code ? code.completeIssue(issue, origins.get(issue)) : issue;
}

/**
 * The issues complete, when the mistake code is at hand (two checks of one rule, such as a
 * period's pattern and its calendar, then say one problem); else the same issues.
 */
export function completeIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const code = mistakes.module;
  return code ? code.completeIssues(issues, (issue) => origins.get(issue)) : [...issues];
}

function found(issue: ValidationIssue, origin: IssueOrigin): ValidationIssue {
  const known = { ...origins.get(issue), ...origin };
  const code = mistakes.module;
  if (code) return code.completeIssue(issue, known);
  origins.set(issue, known);
  return issue;
}
