/**
 * The rules of the format on the document a workbook gave, as problems at the clerk's cells: its
 * errors and its warnings, after the cells' own problems, less what repeats a problem already
 * reported (a missing field on a row whose cell failed).
 */
import { describeIssue, type ValidationIssue } from '../core/errors.js';
import { ALL_RULES } from '../core/integrity.js';
import { located } from '../core/mistakes-on-demand.js';
import type { RegionBrandData } from '../core/schema.js';
import { rulesBeside, validateDocument } from '../core/validate.js';
import type { WorkbookImport } from './import-context.js';
import type { SheetKey } from './spec.js';
import type { SheetProblem } from './types.js';

/**
 * Validates the document the sheets gave and gives every problem: the cells' and the rules', the
 * errors first, then the warnings; or the valid document and its warnings.
 */
export function withRuleFindings(w: WorkbookImport, doc: object): { ok: true; document: RegionBrandData; warnings: SheetProblem[] } | { ok: false; problems: SheetProblem[] } {
  const lang = w.lang;
  // The rules of the format run even when cells failed, so a clerk sees every problem at once
  // (a covered > total beside a misspelt unit, or beside a bad period on its own row).
  pointMissingColumns(w);
  const result = validateDocument(doc);
  const atCell = (severity: SheetProblem['severity']) => (issue: ValidationIssue): SheetProblem => ({
    cell: w.log.cellOf(issue.path),
    path: issue.path,
    message: describeIssue(citingCells(w.log, issue), lang),
    severity,
  });
  const isNews = news(w.log);
  const ruleErrors = result.ok ? [] : result.error.issues;
  // The format's warnings too (同比 21.85 that looks like a percentage …), as for a JSON document,
  // and beside errors as well: a document that fails validation has them all the same.
  const ruleWarnings = result.ok ? result.warnings : located(rulesBeside(doc, ALL_RULES, ruleErrors).warnings, doc);
  const isError = (p: SheetProblem) => p.severity === 'error';
  const errors = [...w.log.problems.filter(isError), ...ruleErrors.filter(isNews).map(atCell('error'))];
  const warnings = [...w.log.problems.filter((p) => !isError(p)), ...ruleWarnings.filter(isNews).map(atCell('warning'))];
  // Errors first, then the warnings: nothing is imported, and a clerk fixes the errors first.
  if (!result.ok || errors.length) return { ok: false, problems: [...errors, ...warnings] };
  return { ok: true, document: result.data, warnings };
}

/** Issues whose second parameter is the pointer of the first of two (`编号“a”重复（首次出现在 /units/0/id）`). */
const CITING = new Set(['duplicateId', 'duplicatePeriod', 'listedTwice', 'breakdownTwice']);

/** An issue that cites another place, citing the clerk's cell (`单位!A2`) instead of its pointer. */
function citingCells(log: WorkbookImport['log'], issue: ValidationIssue): ValidationIssue {
  if (!CITING.has(issue.key)) return issue;
  const params = issue.params.map((p, i) => (i === 1 && typeof p === 'string' && log.cellOf(p)) || p);
  return { ...issue, params };
}

/** The column of a child sheet that names the item a row belongs to, and that item's list. */
const PARENT_COLUMNS: Partial<Record<SheetKey, [string, string]>> = {
  products: ['brand', '/brands'], enterprises: ['cluster', '/clusters'], values: ['indicator', '/indicators'],
  breakdown: ['coverage', '/coverage'], metrics: ['owner', '/brands'],
};

/**
 * Gives each missing required column the JSON Pointer its cell would have had on the sheet's first
 * row (`/units/0/level`, `/asOf`); a missing parent column, the list the rows belong in (`/clusters`).
 */
function pointMissingColumns(w: WorkbookImport): void {
  for (const { problem, sheet, key } of w.log.missingColumns) {
    const parent = PARENT_COLUMNS[sheet.spec.key];
    const first = sheet.rows[0];
    // The item the first row became (its last registered pointer: a 公布 row's `/indicators/0/reported`).
    const item = [...w.log.items].filter(([, row]) => row === first).at(-1)?.[0];
    if (sheet.spec.key === 'region') problem.path = key === 'asOf' ? '/asOf' : `/region/${key}`;
    else if (parent?.[0] === key) problem.path = sheet.spec.key === 'metrics' && !w.brands.size && w.clusters.size ? '/clusters' : parent[1];
    else if (item === undefined || item.includes('/-')) problem.path = parent?.[1] ?? `/${sheet.spec.key}`;
    // 指标值 without its 指标 column: the row's place is among its owner's metrics, at no key.
    else if (key === 'metric') problem.path = item.slice(0, item.lastIndexOf('/'));
    else problem.path = `${item}/${key}`;
  }
}

const LISTS = new Set(['/brands', '/clusters', '/indicators', '/coverage']);

/**
 * Issues that say a field is missing, or that a figure needs another: on an item with a cell that
 * failed (read as empty) or on a sheet without a required column, they repeat that problem.
 */
const ABSENCE = new Set(['required', 'tooShort', 'blankId', 'unitNeeded', 'coverageNeedsCounts', 'latestUndated']);

/**
 * After cell errors: whether an issue the document's rules found is news. Not at, above or
 * below a pointer that has a problem already, nor an {@link ABSENCE} issue on an item whose cell
 * failed or whose sheet lacks a required column. Anything else on such an item is news: a row
 * with a bad period and 500 covered of 424 gives both problems.
 */
function news(log: WorkbookImport['log']): (issue: ValidationIssue) => boolean {
  if (!log.hasErrors) return () => true;
  const failed = log.problems.filter((p) => p.severity === 'error').map((p) => p.path)
    // A row whose parent is empty or unknown (a problem at `/coverage`, `/brands` …) has no place
    // in the document: the rules' findings on that list's items are news. So are the findings
    // beside a problem with no place (a sheet without a header, a second copy of a sheet): its
    // rows are not read, what names them is reported by the import, and the rest is found as ever.
    .filter((p) => p !== '' && !LISTS.has(p));
  // The region sheet's one row holds the region and `asOf`: without it, both are missing.
  if (failed.includes('/region')) failed.push('/asOf');
  const itemOf = (path: string): string => {
    for (let p = path; p; p = p.slice(0, p.lastIndexOf('/'))) if (log.items.has(p)) return p;
    return '';
  };
  const lacking = new Set(log.missingColumns.map((m) => m.sheet));
  const failedItems = new Set([
    ...failed.map(itemOf),
    ...[...log.items].filter(([, row]) => lacking.has(row.sheet)).map(([path]) => path),
  ].filter(Boolean));
  const related = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
  return ({ path, key }) => !failed.some((p) => related(path, p)) && !(ABSENCE.has(key) && failedItems.has(itemOf(path)));
}
