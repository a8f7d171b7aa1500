/**
 * Run-time validation of `region-brand-data` v1 documents: the valibot shape (schema.ts), then
 * the integrity rules of data-format.md (unique ids, references, brand cycles, coverage bounds).
 * No `eval` or `new Function`: safe under strict Content-Security-Policies.
 */
import * as v from 'valibot';
import { RbError, pointer, type IssueKey, type ValidationIssue, type ErrorCode } from './errors.js';
import { jsonIssue, located } from './issue-places.js';
import { ALL_RULES, runRules, type SectionRules } from './integrity.js';
import { DocumentSchema, TOP_LEVEL_FIELDS, type RegionBrandData } from './schema.js';

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
  const options = tag === 'picklist' ? allowedValues(issue.expected) : [];
  if (options.length > 1 && typeof issue.input === 'string') return { key: 'oneOf', params: [issue.input, ...options] };
  if (tag === 'picklist' || tag === 'literal' || tag === 'value') {
    return { key: 'value', params: [String(issue.expected), received] };
  }
  if (tag === 'longitude' || tag === 'latitude' || tag === 'lonLat') return { key: 'type', params: [tag] };
  if (['string', 'number', 'object', 'array', 'boolean'].includes(tag)) return { key: 'type', params: [tag] };
  return { key: 'other', params: [] };
}

/**
 * The rules beyond the shape (`integrity.ts`) beside the shape check's issues, so a clerk sees
 * every problem at once, not a second list after fixing the first. Items of the wrong shape can
 * stop a rule (those items are reported already), and nothing is said twice about a place the
 * shape check named.
 */
export function rulesBeside(output: unknown, rules: readonly SectionRules[], shape: readonly ValidationIssue[]): { errors: ValidationIssue[]; warnings: ValidationIssue[] } {
  const named = shape.map((i) => i.path);
  const fresh = (issue: ValidationIssue) => !named.some((p) => issue.path === p || issue.path.startsWith(`${p}/`) || p.startsWith(`${issue.path}/`));
  try {
    const found = runRules(output as RegionBrandData, rules);
    return { errors: found.errors.filter(fresh), warnings: found.warnings.filter(fresh) };
  } catch {
    return { errors: [], warnings: [] };
  }
}

/** The values a picklist allows, from valibot's `("a" | "b")`. */
function allowedValues(expected: string | null): string[] {
  if (!expected) return [];
  return expected.replace(/^\(|\)$/g, '').split(' | ').map((option) => {
    try {
      return String(JSON.parse(option));
    } catch {
      return option;
    }
  });
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

function runValidation(input: unknown): ValidationResult {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return fail('invalid-data', [{ path: '', key: 'type', params: ['object'] }]);
    }
    const doc = input as Record<string, unknown>;
    const header = checkHeader(doc);
    if (header) return { ok: false, error: header };
    const parsed = v.safeParse(DocumentSchema, input, { abortEarly: false });
    if (!parsed.success) {
      const shape = fromValibotIssues(parsed.issues);
      return fail('invalid-data', [...shape, ...rulesBeside(parsed.output, ALL_RULES, shape).errors], input);
    }
    const data = parsed.output;
    const rules = runRules(data, ALL_RULES);
    if (rules.errors.length) return fail('invalid-data', rules.errors, input);
    return { ok: true, data, warnings: located([...unknownTopLevelFields(doc), ...rules.warnings], input) };
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

/** The errors of the rules beyond the shape (`integrity.ts`) in a document of the right shape. */
export function checkIntegrity(data: RegionBrandData): ValidationIssue[] {
  return runRules(data, ALL_RULES).errors;
}

/**
 * The text without a leading byte-order mark: files saved by Windows editors (Notepad, Excel's
 * "UTF-8" options) start with one, which browsers' decoders drop but Node's `readFileSync` keeps.
 */
export function withoutBom(textValue: string): string {
  return textValue.charCodeAt(0) === 0xfeff ? textValue.slice(1) : textValue;
}

/** Parses JSON text (a leading byte-order mark ignored) into a value or an `invalid-json` error (never throws). */
export function parseJson(textValue: string): { ok: true; value: unknown } | { ok: false; error: RbError } {
  const text = withoutBom(textValue);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: jsonError('invalid-json', text) };
  }
}

/** The error of text that is not JSON: line, column, the character, the text around it, a hint. */
export function jsonError(code: ErrorCode, textValue: string): RbError {
  return new RbError(code, [jsonIssue(textValue)]);
}
