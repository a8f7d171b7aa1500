/**
 * What an issue and an error say in a language, from the problem messages: the problem, named by
 * its item and field in words when its place is known (`第 4 个指标“税收收入”缺少“名称”（name）`),
 * and an error's first problem with a count of the others. Part of the code only a mistake needs
 * (`mistake-code.ts`); `describeIssue` and `RbError.localizedMessage` (`errors.ts`) call it.
 */
import { describeIssue, type IssueParam, type RbError, type ValidationIssue } from './errors.js';
import { problemsFor } from './i18n/problems.js';
import type { ProblemMessages } from './i18n/problem-messages.js';
import { itemsInWords, locateIssue, withLocation, type IssueLocation } from './issue-location.js';

/** A complete issue in the messages `m`, placed by its `where`, or by `doc` when given. */
export function describeIn(issue: ValidationIssue, m: ProblemMessages, doc?: unknown): string {
  const where = issue.where ?? (doc === undefined ? undefined : locateIssue(issue.path, doc));
  const text = issueText(citing(issue, where, m), m);
  return where ? withLocation(where, issue.key, text, m) : (byKey(issue, m) ?? text);
}

/** What to write for a missing required field of a config, by its key (JSON, the same in every language). */
const WRITE: Readonly<Record<string, string>> = {
  type: '"type": "ranking"',
  width: '"width": 1920',
  height: '"height": 1080',
  widgets: '"widgets": [{ "type": "ranking" }]',
};

/** A value of each JSON type, to show how one is written. */
const SAMPLE: Readonly<Record<string, string>> = { string: '"…"', number: '1', boolean: 'true', array: '[…]', object: '{ … }' };

/**
 * A config's missing field or value of the wrong type (a dashboard spec, a widget's config: no item
 * to name it by), named by its key and saying what to write: `缺少必填字段“height”：请写上 "height": 1080`.
 */
function byKey(issue: ValidationIssue, m: ProblemMessages): string | undefined {
  const key = issue.path.split('/').at(-1)?.replace(/~1/g, '/').replace(/~0/g, '~');
  if (!key || /^\d+$/.test(key)) return undefined;
  // A portal's own language may not have these yet: its general message stands.
  if (issue.key === 'required') return m.issue.requiredKey?.(key, WRITE[key] ?? `"${key}": …`);
  const type = String(issue.params[0]);
  if (issue.key === 'type' && SAMPLE[type]) return m.issue.typeKey?.(m.types[type] ?? type, key, `"${key}": ${SAMPLE[type]}`);
  return undefined;
}

/**
 * The issue naming the place it cites (its second parameter, a pointer) in words, by what sets it
 * apart from the issue's own place: `第 1 个产业集群“茶叶”` for a repeated cluster id, `第 1 个数据点“2024”`
 * for a period repeated in the same series. A cited place that is not a pointer (a workbook cell) stays.
 */
function citing(issue: ValidationIssue, where: IssueLocation | undefined, m: ProblemMessages): ValidationIssue {
  const cited = issue.cited;
  const first = issue.params[1];
  if (!cited || typeof first !== 'string' || !first.startsWith('/')) return issue;
  const own = where?.items ?? [];
  const shared = cited.items.findIndex((item, i) => own[i]?.list !== item.list || own[i]?.index !== item.index);
  const items = cited.items.slice(shared < 0 ? cited.items.length - 1 : shared);
  if (!items.length) return issue;
  return { ...issue, params: issue.params.map((p, i) => (i === 1 ? itemsInWords(items, m) : p)) };
}

function issueText(issue: ValidationIssue, m: ProblemMessages): string {
  const entry = m.issue[issue.key] as string | ((...a: IssueParam[]) => string);
  // The first parameter of these keys names a kind of thing, itself translated.
  const typed = issue.key === 'type' || issue.key === 'unknownId' || issue.key === 'noEntries' || issue.key === 'noMetrics';
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
