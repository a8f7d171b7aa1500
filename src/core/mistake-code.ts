/**
 * The code only a mistake needs, in one chunk that pages load with their first mistake
 * (`mistakes-on-demand.ts`; the DOM-free entries provide it at once, `i18n/all.ts`): completing an
 * issue from what it was found in — its key and parameters from its valibot issue
 * (`valibot-issues.ts`), its item and field in words (`issue-location.ts`), the line and column of
 * JSON text that does not parse (`json-error.ts`) — and its text (`issue-text.ts`). No DOM: the
 * error panel that pages show is a chunk of its own (`error-panel.ts`, loaded by `frame.ts`).
 */
import type { ValidationIssue } from './errors.js';
import { locateIssue } from './issue-location.js';
import { describeIn, errorMessage } from './issue-text.js';
import { locateJsonError } from './json-error.js';
import type { IssueOrigin } from './mistakes-on-demand.js';
import { translateIssue } from './valibot-issues.js';

/** The issue with what its origin says: its key and parameters, its place. */
function completeIssue(issue: ValidationIssue, origin: IssueOrigin | undefined): ValidationIssue {
  if (!origin) return issue;
  const said = origin.raw ? { ...issue, ...translateIssue(origin.raw) } : issue;
  if (origin.jsonText !== undefined) {
    // Nothing at all is not "a closing } is missing" at line 1, column 1.
    if (origin.jsonText.replace(/^\uFEFF/, '').trim() === '') return { path: said.path, key: 'emptyJson', params: [] };
    const place = locateJsonError(origin.jsonText);
    return place ? { path: said.path, key: 'jsonSyntax', params: [place.line, place.column, place.char, place.context, place.hint] } : said;
  }
  if (origin.doc === undefined) return said;
  const first = said.params[1];
  const cited = CITES_FIRST.has(said.key) && typeof first === 'string' && first.startsWith('/') ? locateIssue(first, origin.doc) : undefined;
  return { ...said, where: locateIssue(said.path, origin.doc), ...(cited ? { cited } : {}) };
}

/** Issues whose second parameter is the pointer of the first of a repeated id, period or listed id: named in words (`cited`). */
const CITES_FIRST = new Set<string>(['duplicateId', 'duplicatePeriod', 'listedTwice', 'breakdownTwice']);

/** The issues complete; of those read from valibot issues, one per problem (two checks of one rule fail as one). */
function completeIssues(issues: readonly ValidationIssue[], originOf: (issue: ValidationIssue) => IssueOrigin | undefined): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const origin = originOf(issue);
    const done = completeIssue(issue, origin);
    if (!origin?.raw) return [done];
    const key = JSON.stringify([done.path, done.key, done.params]);
    if (seen.has(key)) return [];
    seen.add(key);
    return [done];
  });
}

export const mistakeCode = { completeIssue, completeIssues, describeIn, errorMessage };

/** What `mistakes-on-demand.ts` is given. */
export type MistakeCode = typeof mistakeCode;
