/**
 * Run-time validation of `region-brand-data` v1 documents: the valibot shape (schema.ts), then
 * the integrity rules of data-format.md (unique ids, references, brand cycles, coverage bounds).
 * No `eval` or `new Function`: safe under strict Content-Security-Policies.
 */
import * as v from 'valibot';
import { RbError, pointer, type IssueKey, type ValidationIssue, type ErrorCode } from './errors.js';
import { locateIssue } from './issue-location.js';
import { locateJsonError } from './json-error.js';
import { checkPlausibility, duplicatePeriods } from './plausibility.js';
import { comparePeriods } from './periods.js';
import { DocumentSchema, TOP_LEVEL_FIELDS, type Quantity, type RegionBrandData } from './schema.js';

const issueKeys = new Set<string>([
  'required', 'integer', 'finite', 'nonNegative', 'period', 'date', 'format', 'version', 'ratioRange', 'geometry',
]);

/** Turns valibot issues into localisable issues with JSON Pointers. */
export function fromValibotIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = prefix + pointer(...(issue.path ?? []).map((p) => p.key as string | number));
    const translated = { path, ...translate(issue) };
    // Two checks of one rule (a period's pattern, then its calendar) fail as one problem.
    const key = JSON.stringify(translated);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(translated);
  }
  return out;
}

function translate(issue: v.BaseIssue<unknown>): { key: IssueKey; params: (string | number)[] } {
  const tag = issue.message;
  const received = issue.received;
  if (issue.kind === 'schema' && received === 'undefined' && tag !== 'geometry') return { key: 'required', params: [] };
  if (tag === 'period' || tag === 'date') return { key: tag, params: [String(issue.input)] };
  if (tag === 'version') return { key: 'version', params: [received] };
  if (tag === 'ratioRange' && typeof issue.input === 'number' && issue.input > 1 && issue.input <= 100) {
    return { key: 'ratioPercent', params: [String(issue.input), String(Number.parseFloat((issue.input / 100).toPrecision(15)))] };
  }
  if (tag === 'tooShort') return { key: 'tooShort', params: [Number(issue.requirement)] };
  if (issueKeys.has(tag)) return { key: tag as IssueKey, params: [] };
  if (tag === 'picklist' || tag === 'literal' || tag === 'value') {
    return { key: 'value', params: [String(issue.expected), received] };
  }
  if (tag === 'longitude' || tag === 'latitude' || tag === 'lonLat') return { key: 'type', params: [tag] };
  if (['string', 'number', 'object', 'array', 'boolean'].includes(tag)) return { key: 'type', params: [tag] };
  return { key: 'other', params: [] };
}

/** The outcome of validating a document. */
export type ValidationResult =
  | { readonly ok: true; readonly data: RegionBrandData; readonly warnings: readonly ValidationIssue[] }
  | { readonly ok: false; readonly error: RbError };

const results = new WeakMap<object, ValidationResult>();

/**
 * Validates a document. Results are cached per document object, so a hundred widgets reading one
 * document validate it once. Never throws.
 */
export function validateDocument(input: unknown): ValidationResult {
  if (typeof input === 'object' && input !== null) {
    const cached = results.get(input);
    if (cached) return cached;
    const result = runValidation(input);
    results.set(input, result);
    return result;
  }
  return runValidation(input);
}

function fail(code: ErrorCode, issues: ValidationIssue[], doc?: unknown): ValidationResult {
  return { ok: false, error: new RbError(code, located(issues, doc)) };
}

/** Issues with their item and field in words, read from the document they are about. */
export function located(issues: ValidationIssue[], doc: unknown): ValidationIssue[] {
  return doc === undefined ? issues : issues.map((issue) => ({ ...issue, where: locateIssue(issue.path, doc) }));
}

function runValidation(input: unknown): ValidationResult {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return fail('invalid-data', [{ path: '', key: 'type', params: ['object'] }]);
    }
    const doc = input as Record<string, unknown>;
    const header = checkHeader(doc);
    if (header) return { ok: false, error: header };
    const parsed = v.safeParse(DocumentSchema, input, { abortEarly: false });
    if (!parsed.success) return fail('invalid-data', fromValibotIssues(parsed.issues), input);
    const data = parsed.output;
    const plausibility = checkPlausibility(data);
    const issues = [...checkIntegrity(data), ...plausibility.errors];
    if (issues.length) return fail('invalid-data', issues, input);
    return { ok: true, data, warnings: located([...unknownTopLevelFields(doc), ...plausibility.warnings], input) };
  } catch {
    // A validator bug must never reach the host page.
    return fail('invalid-data', [{ path: '', key: 'other', params: [] }]);
  }
}

/** The format name and major version, checked before anything else; null when they are right. */
export function checkHeader(doc: Record<string, unknown>): RbError | null {
  if (doc['format'] !== 'region-brand-data') return new RbError('invalid-data', [{ path: '/format', key: 'format', params: [] }]);
  const version = doc['version'];
  if (typeof version === 'number' && Number.isFinite(version) && version >= 2) {
    return new RbError('unsupported-version', [{ path: '/version', key: 'version', params: [String(version)] }]);
  }
  return null;
}

/** Warnings for top-level fields the format does not know (`$schema` and `x-…` are allowed). */
export function unknownTopLevelFields(doc: Record<string, unknown>): ValidationIssue[] {
  return Object.keys(doc)
    .filter((k) => !TOP_LEVEL_FIELDS.includes(k) && !k.startsWith('$') && !k.startsWith('x-'))
    .map((k): ValidationIssue => ({ path: pointer(k), key: 'unknownTopLevel', params: [k] }));
}

interface Ided {
  readonly id?: string | undefined;
}

/** Integrity rules of data-format.md; the document already has the right shape. */
export function checkIntegrity(data: RegionBrandData): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: string, key: IssueKey, ...params: (string | number)[]) => issues.push({ path, key, params });

  const uniqueIds = (list: readonly Ided[], ...at: (string | number)[]): Set<string> => {
    const first = new Map<string, number>();
    list.forEach((item, i) => {
      if (item.id === undefined) return;
      const seen = first.get(item.id);
      if (seen !== undefined) add(pointer(...at, i, 'id'), 'duplicateId', item.id, pointer(...at, seen, 'id'));
      else first.set(item.id, i);
    });
    return new Set(first.keys());
  };

  const unitIds = uniqueIds(data.units, 'units');
  const brandIds = uniqueIds(data.brands, 'brands');
  const clusterIds = uniqueIds(data.clusters, 'clusters');
  uniqueIds(data.indicators, 'indicators');
  uniqueIds(data.coverage, 'coverage');
  const placeIds = new Set([...unitIds, data.region.id]);

  const ref = (id: string | undefined, ids: Set<string>, list: string, ...path: (string | number)[]) => {
    if (id !== undefined && !ids.has(id)) add(pointer(...path), 'unknownRef', id, list);
  };

  data.units.forEach((u, i) => ref(u.parent, placeIds, '/units', 'units', i, 'parent'));
  data.brands.forEach((b, i) => {
    ref(b.parent, brandIds, '/brands', 'brands', i, 'parent');
    ref(b.unit, placeIds, '/units', 'brands', i, 'unit');
    b.clusters?.forEach((c, j) => ref(c, clusterIds, '/clusters', 'brands', i, 'clusters', j));
  });
  data.clusters.forEach((c, i) => {
    c.units.forEach((u, j) => ref(u, placeIds, '/units', 'clusters', i, 'units', j));
    ref(c.brand, brandIds, '/brands', 'clusters', i, 'brand');
    if (c.enterprises) {
      uniqueIds(c.enterprises, 'clusters', i, 'enterprises');
      c.enterprises.forEach((e, j) => ref(e.unit, placeIds, '/units', 'clusters', i, 'enterprises', j, 'unit'));
    }
  });
  data.indicators.forEach((ind, i) => {
    ref(ind.scope, placeIds, '/units', 'indicators', i, 'scope');
    issues.push(...duplicatePeriods(ind.series, 'indicators', i, 'series'));
  });
  // Earlier figures (data-format "Optional additions"): periods are unique within each list, and
  // the item's own figure is its latest.
  const quantitySeries = (metrics: Readonly<Record<string, Quantity>> | undefined, ...at: (string | number)[]) => {
    for (const [key, q] of Object.entries(metrics ?? {})) {
      issues.push(...duplicatePeriods(q.series, ...at, 'metrics', key, 'series'));
      q.series?.forEach((point, j) => {
        const path = pointer(...at, 'metrics', key, 'series', j);
        if (q.period === undefined) return;
        if (point.period === q.period && point.value !== q.value) add(`${path}/value`, 'latestDiffers', point.period, point.value, q.value);
        else if (comparePeriods(point.period, q.period) > 0) add(`${path}/period`, 'notEarlier', point.period, q.period);
      });
    }
  };
  data.brands.forEach((b, i) => quantitySeries(b.metrics, 'brands', i));
  data.clusters.forEach((c, i) => quantitySeries(c.metrics, 'clusters', i));
  data.coverage.forEach((c, i) => {
    coverageFigure(c, ['coverage', i], add);
    issues.push(...duplicatePeriods(c.history, 'coverage', i, 'history'));
    c.history?.forEach((h, j) => {
      coverageFigure(h, ['coverage', i, 'history', j], add);
      if (c.period !== undefined && comparePeriods(h.period, c.period) >= 0) {
        add(pointer('coverage', i, 'history', j, 'period'), h.period === c.period ? 'duplicatePeriod' : 'notEarlier', h.period, h.period === c.period ? pointer('coverage', i, 'period') : c.period);
      }
    });
    c.breakdown?.forEach((b, j) => {
      ref(b.unit, placeIds, '/units', 'coverage', i, 'breakdown', j, 'unit');
      checkCounts(b.covered, b.total, ['coverage', i, 'breakdown', j], add);
    });
  });

  // Brand hierarchy: follow parents; a walk that meets itself is a cycle.
  const byId = new Map(data.brands.map((b, i) => [b.id, { brand: b, index: i }] as const));
  const reported = new Set<string>();
  data.brands.forEach((start, i) => {
    const seen: string[] = [];
    let cur: string | undefined = start.id;
    while (cur !== undefined && byId.has(cur)) {
      const at = seen.indexOf(cur);
      if (at >= 0) {
        const loop = seen.slice(at);
        if (loop[0] === start.id && !loop.some((id) => reported.has(id))) {
          loop.forEach((id) => reported.add(id));
          add(pointer('brands', i, 'parent'), 'cycle', [...loop, loop[0]].join(' → '));
        }
        break;
      }
      seen.push(cur);
      cur = byId.get(cur)!.brand.parent;
    }
  });
  return issues;
}

/** Coverage rules of one figure (an entry or an entry of its history): counts, or a ratio alone. */
function coverageFigure(
  c: { readonly covered?: number | undefined; readonly total?: number | undefined; readonly ratio?: number | undefined },
  path: (string | number)[],
  add: (path: string, key: IssueKey, ...params: (string | number)[]) => void,
): void {
  const hasCounts = c.covered !== undefined && c.total !== undefined;
  if (!hasCounts && (c.covered !== undefined || c.total !== undefined || c.ratio === undefined)) {
    add(pointer(...path, c.covered === undefined ? 'covered' : 'total'), 'coverageNeedsCounts');
  }
  if (hasCounts) checkCounts(c.covered!, c.total!, path, add);
}

function checkCounts(
  covered: number,
  total: number,
  path: (string | number)[],
  add: (path: string, key: IssueKey, ...params: (string | number)[]) => void,
): void {
  if (total <= 0) add(pointer(...path, 'total'), 'totalZero');
  else if (covered > total) add(pointer(...path, 'covered'), 'coveredAboveTotal', covered, total);
}

/** Parses JSON text into a value or an `invalid-json` error (never throws). */
export function parseJson(textValue: string): { ok: true; value: unknown } | { ok: false; error: RbError } {
  try {
    return { ok: true, value: JSON.parse(textValue) };
  } catch {
    return { ok: false, error: jsonError('invalid-json', textValue) };
  }
}

/** The error of text that is not JSON: line, column, the character, the text around it, a hint. */
export function jsonError(code: ErrorCode, textValue: string): RbError {
  const place = locateJsonError(textValue);
  if (!place) return new RbError(code, [{ path: '', key: 'notJson', params: [] }]);
  return new RbError(code, [{ path: '', key: 'jsonSyntax', params: [place.line, place.column, place.char, place.context, place.hint] }]);
}
