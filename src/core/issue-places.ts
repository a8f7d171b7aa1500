/**
 * Where a mistake is, once the code that finds it is at hand. Finding the item and field of an
 * issue, or the line and column of bad JSON, is `place-finders.ts`, loaded with a page's first
 * mistake (with the problem messages, `problemsReady`): a page whose data is right never loads it.
 * An issue found before then remembers its document (or JSON text) here, and gets its place when
 * it is described or completed (`completeIssue`), which widgets do before they show or report it.
 */
import type { ValidationIssue } from './errors.js';
import type { PlaceFinders } from './place-finders.js';

let finders: PlaceFinders | null = null;
let loading: Promise<unknown> | null = null;

/** What an issue was found in, while its place is not known yet. */
type Origin = { readonly doc: unknown } | { readonly jsonText: string };
const origins = new WeakMap<ValidationIssue, Origin>();

/** Makes the place finders available (the DOM-free entries, statically). */
export function providePlaceFinders(given: PlaceFinders): void {
  finders = given;
}

/** Null when the place finders are at hand; else the promise of their loading (started once, never rejects). */
export function placeFindersReady(): Promise<unknown> | null {
  if (finders) return null;
  loading ??= import('./place-finders.js').then(
    (m) => providePlaceFinders(m.placeFinders),
    (e: unknown) => console.warn('region-brand-widgets: the code that places mistakes could not be loaded', e),
  );
  return loading;
}

/** The place finders, or null before they have loaded. */
export function placeFindersAtHand(): PlaceFinders | null {
  return finders;
}

/** Issues with their item and field in words (`where`), read from the document they are about. */
export function located(issues: readonly ValidationIssue[], doc: unknown): ValidationIssue[] {
  return issues.map((issue) => locate(issue, { doc }));
}

/** The issue of JSON text that does not parse: its line, column, character, context and a hint. */
export function jsonIssue(jsonText: string): ValidationIssue {
  return locate({ path: '', key: 'notJson', params: [] }, { jsonText });
}

/** The issue with its place, when the finders are at hand; else the same issue. */
export function completeIssue(issue: ValidationIssue): ValidationIssue {
  const origin = origins.get(issue);
  return origin && finders ? locate(issue, origin) : issue;
}

function locate(issue: ValidationIssue, origin: Origin): ValidationIssue {
  if (!finders) {
    origins.set(issue, origin);
    return issue;
  }
  if ('doc' in origin) return origin.doc === undefined ? issue : { ...issue, where: finders.locateIssue(issue.path, origin.doc) };
  const place = finders.locateJsonError(origin.jsonText);
  return place ? { path: '', key: 'jsonSyntax', params: [place.line, place.column, place.char, place.context, place.hint] } : issue;
}
