/**
 * Every shipped JSON Schema, generated from the valibot schemas (`npm run schema`): the data
 * format, each widget's `config`, and the dashboard spec, so a CMS or an editor's IDE can validate
 * and autocomplete what editors type.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { configDescription } from './core/config-descriptions.js';
import { dataFormatJsonSchema, withTupleLengths } from './core/json-schema.js';
import { DASHBOARD_WIDGETS, dashboardConfigSchema } from './widgets/dashboard/dashboard.options.js';

const BASE = 'https://region-brand-widgets.invalid/schema/';

/** Each option of a config (`type`: a widget type or `dashboard`) with its description from `config-descriptions.ts`. */
function describeOptions(json: Record<string, unknown>, type: string): Record<string, unknown> {
  const properties = json['properties'] as Record<string, Record<string, unknown>> | undefined;
  if (!properties) return json;
  const described = Object.fromEntries(
    Object.entries(properties).map(([name, node]) => {
      const description = configDescription(type, name);
      return [name, description ? { ...node, description } : node];
    }),
  );
  return { ...json, properties: described };
}

function configSchema(file: string, title: string, type: string, schema: v.GenericSchema): Record<string, unknown> {
  const json = describeOptions(toJsonSchema(schema, { errorMode: 'ignore', target: 'draft-07' }) as Record<string, unknown>, type);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${BASE}${file}`,
    title,
    ...Object.fromEntries(Object.entries(withTupleLengths(json)).filter(([k]) => k !== '$schema')),
  };
}

/** Every shipped schema by file name. */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = { 'region-brand-data.v1.schema.json': dataFormatJsonSchema() };
  for (const [type, schema] of Object.entries(DASHBOARD_WIDGETS)) {
    const file = `${type}.config.schema.json`;
    out[file] = configSchema(file, `rb-${type} config`, type, schema);
  }
  out['dashboard.schema.json'] = configSchema('dashboard.schema.json', 'rb-dashboard spec', 'dashboard', dashboardConfigSchema);
  return out;
}
