/**
 * Validation as one widget needs it: the top level, the sections the widget reads, and nothing
 * else (a KPI card does not pay for 10,000 enterprises). A problem in an item the widget shows,
 * or in what that item references, is an error; a problem elsewhere in the sections it reads is a
 * warning naming its path, so one mistake breaks only the widgets that show it. Results are
 * cached per document object and scope: a page of widgets validates each part once.
 */
import * as v from 'valibot';
import { RbError } from './errors.js';
import { HEADER_ENTRIES, type RegionBrandData } from './schema.js';
import { ALL_SECTIONS, type DocumentSection, type Section } from './sections.js';
import { located } from './mistakes-on-demand.js';
import { checkHeader, fromValibotIssues, rulesBeside, unknownTopLevelFields, type ValidationResult } from './validate.js';

export type { DocumentSection, Section };

const LIST_SECTIONS = ['units', 'brands', 'clusters', 'indicators', 'coverage'] as const;

/**
 * What a widget reads of a document: each section it reads, shape and rules (from `sections.ts`,
 * so a bundle carries only those). `sections` must include every section its items reference (a
 * brand names clusters and units), so references are checked against the real lists.
 */
export interface ValidationScope<C = unknown> {
  readonly sections: Readonly<Partial<Record<DocumentSection, Section>>>;
  /**
   * JSON Pointers of what the widget shows (`/indicators/3`, or a whole `/brands`); problems
   * under them, or under an item they reference, are errors. Called with the raw document.
   */
  readonly shows: (doc: Readonly<Record<string, unknown>>, config: C) => readonly string[];
}

/** The whole document: what the command line and `validateDocument` check. */
export const WHOLE_DOCUMENT: ValidationScope = {
  sections: ALL_SECTIONS,
  shows: () => [''],
};

/** The schema of the header plus the sections of a scope, made once per scope. */
const schemas = new WeakMap<ValidationScope<never>, v.GenericSchema>();
function schemaOf(scope: ValidationScope<never>): v.GenericSchema {
  let schema = schemas.get(scope);
  if (!schema) {
    const sections = Object.fromEntries(Object.entries(scope.sections).map(([name, section]) => [name, section.schema]));
    const entries = { ...HEADER_ENTRIES, ...sections } as v.ObjectEntries;
    schemas.set(scope, (schema = v.looseObject(entries, 'object') as unknown as v.GenericSchema));
  }
  return schema;
}

const cache = new WeakMap<object, Map<string, ValidationResult>>();

/** Validates what a widget reads of a document (see the module comment). Never throws. */
export function validateScoped<C>(input: unknown, scope: ValidationScope<C>, config: C): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: new RbError('invalid-data', [{ path: '', key: 'type', params: ['object'] }]) };
  }
  const doc = input as Record<string, unknown>;
  let shown: string[];
  try {
    shown = withReferences(doc, scope.shows(doc, config));
  } catch {
    shown = [''];
  }
  const key = `${Object.keys(scope.sections).join(',')}|${shown.join(',')}`;
  let results = cache.get(doc);
  if (!results) cache.set(doc, (results = new Map()));
  let result = results.get(key);
  if (!result) results.set(key, (result = run(doc, scope as ValidationScope<never>, shown)));
  return result;
}

function run(doc: Record<string, unknown>, scope: ValidationScope<never>, shown: readonly string[]): ValidationResult {
  try {
    const header = checkHeader(doc);
    if (header) return { ok: false, error: header };
    const part: Record<string, unknown> = { ...doc };
    for (const s of LIST_SECTIONS) if (!(s in scope.sections)) part[s] = [];
    if (!('geo' in scope.sections)) delete part['geo'];
    const parsed = v.safeParse(schemaOf(scope), part, { abortEarly: false });
    const issues = parsed.success ? [] : fromValibotIssues(parsed.issues);
    const rules = Object.values(scope.sections).flatMap((section) => (section.rules ? [section.rules] : []));
    const { errors: integrity, warnings: plausible } = rulesBeside(parsed.output, rules, issues);
    const all = [...issues, ...integrity];
    const errors = located(all.filter((i) => isShown(i.path, shown)), doc);
    if (errors.length) return { ok: false, error: new RbError('invalid-data', errors) };
    const warnings = located([...unknownTopLevelFields(doc), ...all.filter((i) => !isShown(i.path, shown)), ...plausible], doc);
    return { ok: true, data: parsed.output as RegionBrandData, warnings };
  } catch {
    // A validator bug must never reach the host page.
    return { ok: false, error: new RbError('invalid-data', [{ path: '', key: 'other', params: [] }]) };
  }
}

/** True when a problem at `path` concerns what is shown: the top level, or under a shown pointer. */
function isShown(path: string, shown: readonly string[]): boolean {
  const section = path.split('/')[1] ?? '';
  // A section the widget reads that is not what it should be (`"units": 5`) cannot be read at all.
  if (!(LIST_SECTIONS as readonly string[]).includes(section) && section !== 'geo') return true;
  if (path === `/${section}`) return true;
  return shown.some((p) => p === '' || path === p || path.startsWith(`${p}/`));
}

/** For each list, its fields that name items of another list by id. */
const REFERENCES: Readonly<Record<string, Readonly<Record<string, 'units' | 'brands' | 'clusters'>>>> = {
  units: { parent: 'units' },
  brands: { parent: 'brands', unit: 'units', clusters: 'clusters' },
  clusters: { units: 'units', brand: 'brands' },
  indicators: { scope: 'units' },
  coverage: { unit: 'units' },
};

/** The shown pointers plus the pointers of the units, brands and clusters their items name. */
function withReferences(doc: Record<string, unknown>, shown: readonly string[]): string[] {
  const out = new Set(shown);
  for (const p of shown) {
    const [, section, index] = p.split('/');
    const list = section ? doc[section] : undefined;
    if (!Array.isArray(list) || index === undefined) continue;
    const item = list[Number(index)] as Record<string, unknown> | undefined;
    if (!item || typeof item !== 'object') continue;
    const named: [string, unknown][] = Object.entries(item);
    const breakdown = item['breakdown'];
    if (Array.isArray(breakdown)) for (const b of breakdown) named.push(['unit', (b as Record<string, unknown> | null)?.['unit']]);
    for (const [field, value] of named) {
      const target = REFERENCES[section]?.[field];
      const targetList = target ? doc[target] : undefined;
      if (!target || !Array.isArray(targetList)) continue;
      for (const id of Array.isArray(value) ? value : [value]) for (const at of indexesOf(targetList, id)) out.add(`/${target}/${at}`);
    }
  }
  return [...out];
}

/**
 * The indexes of the items of `list` with this id: every one, so that an id used twice (a
 * `duplicateId` at the second) is an error of each widget that shows or names it, not a warning.
 */
function indexesOf(list: readonly unknown[], id: unknown): number[] {
  return typeof id === 'string' ? list.flatMap((item, i) => ((item as { id?: unknown } | null)?.id === id ? [i] : [])) : [];
}

/** A scope that shows one item of a list, picked by an id from config (the first item without one; every item with that id). */
export function showsItemOf<C>(section: (typeof LIST_SECTIONS)[number], idOf: (config: C) => string | undefined) {
  return (doc: Readonly<Record<string, unknown>>, config: C): string[] => {
    const list = doc[section];
    if (!Array.isArray(list)) return [`/${section}`];
    const first = (list[0] as { id?: unknown } | null | undefined)?.id;
    const id = idOf(config) ?? (typeof first === 'string' ? first : undefined);
    return (id === undefined ? [0] : indexesOf(list, id)).map((at) => `/${section}/${at}`);
  };
}
