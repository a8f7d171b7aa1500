/**
 * What a valibot issue of the document's or a config's shape says, as a key of the problem
 * messages and its parameters (`{ key: 'oneOf', params: ['pie', 'gauge', 'ring'] }`). Part of the
 * code only a mistake needs (`mistake-code.ts`).
 */
import type * as v from 'valibot';
import type { IssueKey } from './errors.js';

/** The tags of the schema (`schema.ts`, `config.ts`) that are message keys as they are. */
const issueKeys = new Set<string>([
  'required', 'blankId', 'integer', 'finite', 'nonNegative', 'period', 'date', 'format', 'version', 'ratioRange', 'geometry',
]);

/** The message key and parameters of a valibot issue (its tag is the schema's message). */
export function translateIssue(issue: v.BaseIssue<unknown>): { key: IssueKey; params: (string | number)[] } {
  const tag = issue.message;
  const received = issue.received;
  // A document without `version` (the header's only key so named) is told what to write, not only that a field is missing.
  if (issue.kind === 'schema' && received === 'undefined' && issue.expected === '"version"') return { key: 'versionMissing', params: [] };
  if (issue.kind === 'schema' && received === 'undefined' && tag !== 'geometry') return { key: 'required', params: [] };
  if (tag === 'period' || tag === 'date') return { key: tag, params: [String(issue.input)] };
  // A version below 2 that is not the number 1 (`"1"`, `1.0.0`, `0`): the document is version 1 written wrongly.
  if (tag === 'version') return { key: 'versionOne', params: [received] };
  if (tag === 'ratioRange' && typeof issue.input === 'number' && issue.input > 1 && issue.input <= 100) {
    return { key: 'ratioPercent', params: [String(issue.input), String(Number.parseFloat((issue.input / 100).toPrecision(15)))] };
  }
  if (tag === 'tooShort') return { key: 'tooShort', params: [Number(issue.requirement)] };
  if (issueKeys.has(tag)) return { key: tag as IssueKey, params: [] };
  const options = tag === 'picklist' ? allowedValues(issue.expected) : [];
  if (options.length > 1 && typeof issue.input === 'string') return { key: 'oneOf', params: [issue.input, ...options] };
  if (tag === 'value' && (issue.type === 'min_value' || issue.type === 'max_value')) {
    return { key: issue.type === 'min_value' ? 'atLeast' : 'atMost', params: [String(issue.requirement), received] };
  }
  if (tag === 'picklist' || tag === 'literal' || tag === 'value') {
    return { key: 'value', params: [String(issue.expected), received] };
  }
  if (tag === 'longitude' || tag === 'latitude' || tag === 'lonLat') return { key: 'type', params: [tag] };
  if (['string', 'number', 'object', 'array', 'boolean'].includes(tag)) return { key: 'type', params: [tag] };
  return { key: 'other', params: [] };
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
