/**
 * JSON Schema files generated from the valibot schemas, for editors' autocompletion and for
 * validation outside the browser. Integrity rules (references, cycles, coverage bounds) are
 * beyond JSON Schema and are checked by `validateDocument` only.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DocumentSchema } from './schema.js';
import { FIELD_DESCRIPTIONS } from './schema-descriptions.js';

const BASE = 'https://region-brand-widgets.invalid/schema/';

/** The documentation of the format, a file the package ships (`files` in package.json). */
export const FORMAT_DOCUMENT = 'docs/data-format.md';

type Node = Record<string, any>;

/**
 * A calendar date as a pattern: days up to the length of their month, 29 February in leap years
 * only (divisible by 4, centuries by 400), so the JSON Schema refuses `2025-02-30` as
 * `parsePeriod` does at run time.
 */
const DATE_BODY =
  '\\d{4}-((0[13578]|1[02])-(0[1-9]|[12]\\d|3[01])|(0[469]|11)-(0[1-9]|[12]\\d|30)|02-(0[1-9]|1\\d|2[0-8]))' +
  '|(\\d\\d(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29';
/** Every period string (a year, half, quarter, month or existing day). */
export const PERIOD_PATTERN = `^(\\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?|${DATE_BODY})$`;
/** An existing ISO calendar date (`2025-06-30`). */
export const DATE_PATTERN = `^(${DATE_BODY})$`;

/** The run-time checks of `schema.ts` that parse a period or a date, written as the patterns above. */
const PATTERN_OF_CHECK: Readonly<Record<string, string>> = { period: PERIOD_PATTERN, date: DATE_PATTERN };

/**
 * Visits every subschema with its data path (`brands[].metrics.*.value`, as in
 * {@link FIELD_DESCRIPTIONS}); `visit` sees each property schema.
 */
export function walkSchema(node: Node, visit: (node: Node, path: string) => void, path = ''): void {
  if (!node || typeof node !== 'object') return;
  for (const [key, child] of Object.entries((node['properties'] ?? {}) as Record<string, Node>)) {
    const at = path ? `${path}.${key}` : key;
    visit(child, at);
    walkSchema(child, visit, at);
  }
  const items = node['items'];
  if (Array.isArray(items)) items.forEach((item: Node) => walkSchema(item, visit, `${path}[]`));
  else if (items) walkSchema(items, visit, `${path}[]`);
  if (node['additionalProperties'] && typeof node['additionalProperties'] === 'object') {
    walkSchema(node['additionalProperties'], visit, `${path}.*`);
  }
  for (const branch of [...(node['anyOf'] ?? []), ...(node['oneOf'] ?? [])]) walkSchema(branch, visit, path);
}

/** Tuples (`[longitude, latitude]`) get their exact length, which strict JSON Schema tools require. */
export function withTupleLengths<T extends Node>(schema: T): T {
  const fix = (node: Node): void => {
    if (Array.isArray(node['items'])) {
      node['minItems'] = node['items'].length;
      node['maxItems'] = node['items'].length;
      node['additionalItems'] = false;
    }
  };
  fix(schema);
  walkSchema(schema, fix);
  return schema;
}

/** The data-format schema. */
export function dataFormatJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DocumentSchema, {
    errorMode: 'ignore',
    target: 'draft-07',
    overrideAction: ({ valibotAction, jsonSchema }) => {
      const pattern = valibotAction.type === 'check' ? PATTERN_OF_CHECK[String((valibotAction as { message?: unknown }).message)] : undefined;
      return pattern ? { ...jsonSchema, pattern } : undefined;
    },
  }) as Record<string, unknown>;
  const properties = schema['properties'] as Record<string, any>;
  // Coverage: counts, or a ratio alone (the rule `coverageNeedsCounts` of integrity.ts), in an entry
  // and in each entry of its history ("under the same rules as the entry itself"). A ratio beside
  // both counts is checked against them at run time (`ratioDisagrees`), which a schema cannot do.
  const coverageItem = properties['coverage'].items;
  const required = (...keys: string[]) => ({ properties: Object.fromEntries(keys.map((k) => [k, {}])), required: keys });
  const ratioAlone = { ...required('ratio'), not: { anyOf: [{ required: ['covered'] }, { required: ['total'] }] } };
  coverageItem.anyOf = [required('covered', 'total'), ratioAlone];
  coverageItem.properties['history'].items.anyOf = [required('covered', 'total'), ratioAlone];
  // Indicators: a unit once there is a figure (the rule `unitNeeded` of integrity.ts).
  properties['indicators'].items.if = {
    anyOf: [
      { properties: { series: { type: 'array', minItems: 1 } }, required: ['series'] },
      { properties: { reported: { type: 'object', ...required('value') } }, required: ['reported'] },
      required('target'),
    ],
  };
  properties['indicators'].items.then = required('unit');
  // A cluster's `metrics.enterprises` is its count of enterprises (the rule `enterpriseCount` of integrity.ts).
  const clusterMetrics = properties['clusters'].items.properties['metrics'];
  const count = structuredClone(clusterMetrics.additionalProperties);
  count.properties.value = { type: 'integer', minimum: 0 };
  count.properties.series.items.properties.value = { type: 'integer', minimum: 0 };
  clusterMetrics.properties = { enterprises: count };
  walkSchema(schema, (node, path) => {
    const description = FIELD_DESCRIPTIONS[path];
    if (description) node['description'] = description;
    // A count of units covered out of none means nothing (the rule `totalZero` of integrity.ts).
    if (/^coverage\[\](\.history\[\]|\.breakdown\[\])?\.total$/.test(path) && node['type']) node['exclusiveMinimum'] = 0;
  });
  withTupleLengths(schema);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${BASE}region-brand-data.v1.schema.json`,
    title: 'region-brand-data v1',
    description:
      `One region: administrative units, brand matrix, industry clusters, growth indicators and party-organisation coverage. Documented in ${FORMAT_DOCUMENT} of the region-brand-widgets package.`,
    $comment: `Field descriptions come from src/core/schema-descriptions.ts; ${FORMAT_DOCUMENT} lists them with the rules, units and an example.`,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** Every shipped schema by file name. */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  return { 'region-brand-data.v1.schema.json': dataFormatJsonSchema() };
}
