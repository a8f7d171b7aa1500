/**
 * Run-time validation of `region-brand-data` v1 documents: the valibot shape (schema.ts), then
 * the integrity rules of data-format.md (unique ids, references, brand cycles, coverage bounds).
 * No `eval` or `new Function`: safe under strict Content-Security-Policies.
 */
import * as v from 'valibot';
import { RbError, pointer, type ValidationIssue, type ErrorCode } from './errors.js';
import { completeIssues, jsonIssue, located, shapeIssue } from './mistakes-on-demand.js';
import { ALL_RULES, runRules, type SectionRules } from './integrity.js';
import { DocumentSchema, TOP_LEVEL_FIELDS, type RegionBrandData } from './schema.js';

/**
 * Issues of valibot issues, at JSON Pointers (under `prefix`). What each says (its key and
 * parameters) is read from its valibot issue once the code that describes mistakes is at hand
 * (`mistakes-on-demand.ts`): at once in the DOM-free entries, with a page's first mistake in
 * widgets, which complete their issues before they show them. `own` gives the key and parameters
 * of the valibot issues its caller says itself (a config's unknown key).
 */
export function fromValibotIssues(
  issues: readonly v.BaseIssue<unknown>[],
  prefix = '',
  own?: (issue: v.BaseIssue<unknown>) => Omit<ValidationIssue, 'path'> | undefined,
): ValidationIssue[] {
  return completeIssues(issues.map((issue) => {
    const path = prefix + pointer(...(issue.path ?? []).map((p) => p.key as string | number));
    const said = own?.(issue);
    return said ? { path, ...said } : shapeIssue(path, issue);
  }));
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

/** The outcome of validating a document. */
export type ValidationResult =
  | { readonly ok: true; readonly data: RegionBrandData; readonly warnings: readonly ValidationIssue[] }
  | { readonly ok: false; readonly error: RbError };

const results = new WeakMap<object, ValidationResult>();

/**
 * Validates a document. Results are cached per document object, so a hundred widgets reading one
 * document validate it once. Never throws. Its issues are complete once the code that describes
 * mistakes is at hand (the DOM-free entries have it; in a page, `await loadLanguage(lang)` loads it).
 */
export function validateDocument(input: unknown): ValidationResult {
  if (typeof input === 'object' && input !== null) {
    const result = completed(results.get(input) ?? runValidation(input));
    results.set(input, result);
    return result;
  }
  return runValidation(input);
}

/** The result with the issues found before the code that describes mistakes was at hand completed. */
function completed(result: ValidationResult): ValidationResult {
  if (!result.ok) {
    const error = result.error.completed();
    return error === result.error ? result : { ok: false, error };
  }
  const warnings = completeIssues(result.warnings);
  return warnings.every((w, i) => w === result.warnings[i]) ? result : { ...result, warnings };
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
