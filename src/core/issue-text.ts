/**
 * What an issue and an error say in a language, from the problem messages: the problem, named by
 * its item and field in words when its place is known (`第 4 个指标“税收收入”缺少“名称”（name）`),
 * and an error's first problem with a count of the others. Part of the code only a mistake needs
 * (`mistake-code.ts`); `describeIssue` and `RbError.localizedMessage` (`errors.ts`) call it.
 */
import { describeIssue, type RbError, type ValidationIssue } from './errors.js';
import { problemsFor } from './i18n/problems.js';
import type { ProblemMessages } from './i18n/problem-messages.js';
import { locateIssue, withLocation } from './issue-location.js';

/** A complete issue in the messages `m`, placed by its `where`, or by `doc` when given. */
export function describeIn(issue: ValidationIssue, m: ProblemMessages, doc?: unknown): string {
  const where = issue.where ?? (doc === undefined ? undefined : locateIssue(issue.path, doc));
  const text = issueText(issue, m);
  return where ? withLocation(where, issue.key, text, m) : text;
}

function issueText(issue: ValidationIssue, m: ProblemMessages): string {
  const entry = m.issue[issue.key] as string | ((...a: (string | number)[]) => string);
  // The first parameter of these keys names a kind of thing, itself translated.
  const typed = issue.key === 'type' || issue.key === 'unknownId' || issue.key === 'noEntries';
  const params = typed ? issue.params.map((p, i) => (i === 0 ? (m.types[String(p)] ?? String(p)) : p)) : issue.params;
  return typeof entry === 'function' ? entry(...params) : entry;
}

/** An error's first problem in a language, with a count of the others (its title when it has none). */
export function errorMessage(error: RbError, lang: string): string {
  const m = problemsFor(lang)?.errors;
  if (!error.issues.length) return m?.title[error.code] ?? error.code;
  const first = describeIssue(error.issues[0]!, lang);
  const more = error.issues.length - 1;
  return more && m ? m.moreProblems(first, more) : first;
}
