/**
 * JSON Schema files generated from the valibot schemas, for editors' autocompletion and for
 * validation outside the browser. Integrity rules (references, cycles, coverage bounds) are
 * beyond JSON Schema and are checked by `validateDocument` only.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DocumentSchema } from './schema.js';

const BASE = 'https://region-brand-widgets.invalid/schema/';

/** The documentation of the format, a file the package ships (`files` in package.json). */
export const FORMAT_DOCUMENT = 'docs/data-format.md';

/** The data-format schema. */
export function dataFormatJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DocumentSchema, { errorMode: 'ignore', target: 'draft-07' }) as Record<string, unknown>;
  const properties = schema['properties'] as Record<string, any>;
  // Coverage: counts or a ratio alone (a rule valibot keeps in validate.ts).
  const coverageItem = properties['coverage'].items;
  coverageItem.anyOf = [{ required: ['covered', 'total'] }, { required: ['ratio'] }];
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${BASE}region-brand-data.v1.schema.json`,
    title: 'region-brand-data v1',
    description:
      `One region: administrative units, brand matrix, industry clusters, growth indicators and party-organisation coverage. Documented in ${FORMAT_DOCUMENT} of the region-brand-widgets package.`,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** Every shipped schema by file name. */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  return { 'region-brand-data.v1.schema.json': dataFormatJsonSchema() };
}
