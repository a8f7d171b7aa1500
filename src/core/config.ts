/**
 * Widget configuration (`config` attribute): the options every widget shares, and the helpers a
 * widget uses to declare its own options and to check ids against the data.
 */
import * as v from 'valibot';
import { RbError, pointer } from './errors.js';
import { parsePeriod } from './periods.js';
import { fromValibotIssues } from './validate.js';

/** Options every widget accepts. */
export const commonConfigEntries = {
  title: v.optional(v.string('string')),
  subtitle: v.optional(v.string('string')),
  lang: v.optional(v.string('string')),
  theme: v.optional(v.string('string')),
  animation: v.optional(v.boolean('boolean')),
  showSource: v.optional(v.boolean('boolean')),
  toolbar: v.optional(v.boolean('boolean')),
  /**
   * Chart widgets draw ECharts decal patterns (hatching, dots …) over their areas, so colour is
   * never the only signal. Default false. HTML widgets accept and ignore it, so a dashboard can
   * set it on every widget.
   */
  patterns: v.optional(v.boolean('boolean')),
};

export type CommonConfig = v.InferOutput<v.ObjectSchema<typeof commonConfigEntries, undefined>>;

/**
 * A widget's `period` option: the period it shows (`2023`, `2024-H1` …); a period its link group
 * chooses wins. An item without a figure for it shows "no data for P".
 */
export const periodOption = v.optional(v.pipe(v.string('string'), v.check((s: string) => parsePeriod(s) !== null, 'period')));

/** A widget's config schema: the common entries plus its own; unknown keys are reported. */
export function widgetConfigSchema<const E extends v.ObjectEntries>(entries: E) {
  return v.strictObject({ ...commonConfigEntries, ...entries }, 'object');
}

/** Validates a config value; throws an `invalid-config` {@link RbError} naming the JSON path. */
export function parseConfig<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  // A JSON list (`config='["villages"]'`) is the wrong type, not an object whose keys are 0, 1 …
  // (valibot's object schemas take arrays).
  if (Array.isArray(input)) throw new RbError('invalid-config', [{ path: '', key: 'type', params: ['object'] }]);
  const result = v.safeParse(schema, input ?? {}, { abortEarly: false });
  if (result.success) return result.output;
  // An unknown key, at its own path, with the options of the object it is in (`/widgets/0/confg`: a widget's).
  const unknownKey = (raw: v.BaseIssue<unknown>) => {
    // Only a key the object does not know (`expected: never`); a config that is text or a number is the wrong type.
    if (raw.type !== 'strict_object' || raw.expected !== 'never' || raw.received === 'undefined') return undefined;
    const keys = (raw.path ?? []).map((p) => p.key as string | number);
    return { key: 'unknownKey' as const, params: [raw.received.replace(/^"|"$/g, ''), optionsAt(schema, keys.slice(0, -1))] };
  };
  throw new RbError('invalid-config', fromValibotIssues(result.issues.flatMap(ofTheRightKind), '', unknownKey));
}

/**
 * A value that fits no alternative of an option that takes one value or a list of them (the
 * ranking's `level`, the matrix's `root`): the problems of the alternative of its kind, a list's
 * with a list (`/level/1`: `镇` is no level), a single value's otherwise; not "expected a or Array".
 */
function ofTheRightKind(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown>[] {
  if (issue.type !== 'union' || !issue.issues?.length) return [issue];
  const list = Array.isArray(issue.input);
  // An alternative's own type check at the option's place says only that it wants another kind.
  const otherKind = (i: v.BaseIssue<unknown>) => !i.path?.length && i.kind === 'schema' && (i.expected === 'Array') !== list;
  const own = issue.issues.filter((i) => !otherKind(i));
  // The alternatives' issues have paths from the option's place.
  const placed = own.map((i): v.BaseIssue<unknown> => ({ ...i, path: [...(issue.path ?? []), ...(i.path ?? [])] as v.BaseIssue<unknown>['path'] }));
  return placed.length ? placed.flatMap(ofTheRightKind) : [issue];
}

/** The option names of the object a config path leads to (through optional, pipe, array, tuple and record schemas). */
function optionsAt(schema: v.GenericSchema, keys: readonly (string | number)[]): string[] {
  type Node = { wrapped?: Node; entries?: Record<string, Node>; item?: Node; items?: Node[]; value?: Node };
  const unwrap = (n: Node | undefined): Node | undefined => (n?.wrapped ? unwrap(n.wrapped) : n);
  let node = unwrap(schema as Node);
  for (const key of keys) node = unwrap(node?.entries?.[key] ?? node?.item ?? node?.items?.[Number(key)] ?? node?.value);
  return node?.entries ? Object.keys(node.entries) : [];
}

/**
 * Finds the entry a config names. Without an id, the first entry is used, and an empty list (a
 * clerk's new document, `"coverage": []`) gives undefined: the widget's empty state, as every
 * widget's. An id the data lacks is an error: an empty list's says there are none yet (`noEntries`);
 * else an `invalid-config` error that lists the ids that exist.
 */
export function pickById<T extends { readonly id?: string | undefined }>(
  list: readonly T[],
  id: string | undefined,
  configKey: string,
  what: string,
): T | undefined {
  if (id === undefined) return list[0];
  if (!list.length) throw new RbError('invalid-data', [{ path: pointer(configKey), key: 'noEntries', params: [what] }]);
  const found = list.find((e) => e.id === id);
  if (found) return found;
  const known = list.map((e) => e.id).filter((e): e is string => !!e);
  throw new RbError('invalid-config', [{ path: pointer(configKey), key: 'unknownId', params: [what, id, known] }]);
}
