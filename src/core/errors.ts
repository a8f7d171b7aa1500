/**
 * Errors that widgets show and report: an error code of the data format, the JSON Pointer at
 * fault and a message that is rendered in the widget's language when it is shown.
 */
import { messagesFor, type ErrorCode, type Messages } from './i18n/index.js';

export type { ErrorCode } from './i18n/index.js';

type IssueMessages = Messages['issue'];
/** A message key of `Messages.issue`, or `type` for a JSON type mismatch. */
export type IssueKey = keyof IssueMessages;

/** One problem found in a document or a config, at a JSON Pointer. */
export interface ValidationIssue {
  /** JSON Pointer (`/brands/3/parent`); `` (empty) is the whole document. */
  readonly path: string;
  readonly key: IssueKey;
  readonly params: readonly (string | number)[];
}

/** Renders an issue in a language. */
export function describeIssue(issue: ValidationIssue, lang: string): string {
  const m = messagesFor(lang);
  const entry = m.issue[issue.key] as string | ((...a: (string | number)[]) => string);
  // The first parameter of these keys names a kind of thing, itself translated.
  const typed = issue.key === 'type' || issue.key === 'unknownId' || issue.key === 'noEntries';
  const params = typed ? issue.params.map((p, i) => (i === 0 ? (m.types[String(p)] ?? String(p)) : p)) : issue.params;
  return typeof entry === 'function' ? entry(...params) : entry;
}

/** An error a widget shows instead of its chart. */
export class RbError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly ValidationIssue[];
  override readonly name = 'RbError';

  constructor(code: ErrorCode, issues: readonly ValidationIssue[]) {
    super(issues.length ? describeIssue(issues[0]!, 'en') : code);
    this.code = code;
    this.issues = issues;
  }

  /** JSON Pointer of the first problem. */
  get path(): string {
    return this.issues[0]?.path ?? '';
  }

  /** The first problem in a language, with a count of the others. */
  localizedMessage(lang: string): string {
    if (!this.issues.length) return messagesFor(lang).errorTitle[this.code];
    const first = describeIssue(this.issues[0]!, lang);
    const more = this.issues.length - 1;
    return more ? messagesFor(lang).ui.moreProblems(first, more) : first;
  }
}

/** Builds an error with a single issue. */
export function rbError(code: ErrorCode, path: string, key: IssueKey, ...params: (string | number)[]): RbError {
  return new RbError(code, [{ path, key, params }]);
}

/** Escapes one JSON Pointer reference token (RFC 6901). */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins tokens into a JSON Pointer. */
export function pointer(...tokens: (string | number)[]): string {
  return tokens.map((t) => `/${pointerToken(t)}`).join('');
}
