/**
 * Errors that widgets show and report: an error code of the data format, the JSON Pointer at
 * fault and a message that is rendered in the widget's language when it is shown.
 */
import type { ErrorCode } from './i18n/registry.js';
import { problemsFor, type ProblemMessages } from './i18n/problems.js';
import type { IssueLocation } from './issue-location.js';
import { completeIssue, completeIssues, mistakeCodeAtHand } from './mistakes-on-demand.js';

export type { ErrorCode } from './i18n/registry.js';

type IssueMessages = ProblemMessages['issue'];
/** A message key of `ProblemMessages.issue`, or `type` for a JSON type mismatch. */
export type IssueKey = keyof IssueMessages;

/**
 * A value a problem's message says: a name or number, or a list (the ids there are), which the
 * message writes with its language's separator.
 */
export type IssueParam = string | number | readonly string[];

/** One problem found in a document or a config, at a JSON Pointer. */
export interface ValidationIssue {
  /** JSON Pointer (`/brands/3/parent`); `` (empty) is the whole document. */
  readonly path: string;
  readonly key: IssueKey;
  readonly params: readonly IssueParam[];
  /**
   * The item and field in words (`第 4 个指标“税收收入”`), when the document was at hand and the
   * code that describes mistakes had loaded (`mistakes-on-demand.ts`; widgets complete their
   * issues before they show or report them).
   */
  readonly where?: IssueLocation | undefined;
  /**
   * The other place the issue names, in words (the first item of a repeated id or period), when
   * the document was at hand: the message says `第 1 个产业集群“茶叶”`, not `/clusters/0/id`.
   */
  readonly cited?: IssueLocation | undefined;
}

/**
 * Renders an issue in a language, naming the item and field in words when the issue carries its
 * location (or the document is given): `第 4 个指标“税收收入”缺少“名称”（name）`. The code that
 * describes mistakes and the language's problem messages must be at hand (`problemsReady`; the
 * DOM-free entries have them): before they are, another language's messages stand in, or the
 * issue's key and parameters.
 */
export function describeIssue(found: ValidationIssue, lang: string, doc?: unknown): string {
  const issue = completeIssue(found);
  const m = problemsFor(lang);
  const code = mistakeCodeAtHand();
  return m && code ? code.describeIn(issue, m, doc) : `${issue.key}${issue.params.length ? ` (${issue.params.join(', ')})` : ''}`;
}

/** An error a widget shows instead of its chart. */
export class RbError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly ValidationIssue[];
  override readonly name = 'RbError';

  constructor(code: ErrorCode, issues: readonly ValidationIssue[]) {
    // No message here: `message` (below) says the first problem in English once that is at hand.
    super();
    this.code = code;
    this.issues = issues;
  }

  /** The same error with its issues complete, once the code that describes mistakes is at hand (`mistakes-on-demand.ts`). */
  completed(): RbError {
    const issues = completeIssues(this.issues);
    return issues.length === this.issues.length && issues.every((issue, i) => issue === this.issues[i]) ? this : new RbError(this.code, issues);
  }

  /** JSON Pointer of the first problem. */
  get path(): string {
    return this.issues[0]?.path ?? '';
  }

  /** The first problem in a language, with a count of the others. */
  localizedMessage(lang: string): string {
    return mistakeCodeAtHand()?.errorMessage(this, lang) ?? this.message;
  }

  /** Every problem in a language, with its JSON Pointer (an `rb-error` event's `issues`). */
  localizedIssues(lang: string): { path: string; message: string }[] {
    return this.issues.map((issue) => ({ path: issue.path, message: describeIssue(issue, lang) }));
  }
}

// `Error.message`, written when it is read: the first problem, in English once English's problem
// messages are at hand (the DOM-free entries have them; a page loads them with its first mistake).
Object.defineProperty(RbError.prototype, 'message', {
  configurable: true,
  get(this: RbError): string {
    return this.issues.length ? describeIssue(this.issues[0]!, 'en') : this.code;
  },
});

/**
 * An error of the data or config as it is; anything else is a bug of the library (in `element`,
 * a tag name): logged with its stack, and shown as an `internal` error.
 */
export function asRbError(e: unknown, element: string): RbError {
  if (e instanceof RbError) return e;
  console.error(`<${element}> internal error:`, e);
  return new RbError('internal', [{ path: '', key: 'internal', params: [] }]);
}

/** Builds an error with a single issue. */
export function rbError(code: ErrorCode, path: string, key: IssueKey, ...params: IssueParam[]): RbError {
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
