import { expect } from '@esm-bundle/chai';
import { Validator } from '@cfworker/json-schema';
import { jsonSchemas } from '../../src/schemas.js';
import { sample } from '../support/helpers.js';

const SCHEMA_URL = '/schema/region-brand-data.v1.schema.json';

async function shipped(): Promise<Record<string, unknown>> {
  return (await fetch(SCHEMA_URL)).json();
}

describe('shipped JSON Schema', () => {
  it('every shipped schema is generated from the valibot source (run `npm run schema` after changing it)', async () => {
    const all = jsonSchemas();
    expect(Object.keys(all)).to.include.members(['region-brand-data.v1.schema.json', 'coverage-gauge.config.schema.json', 'dashboard.schema.json']);
    for (const [file, schema] of Object.entries(all)) {
      const r = await fetch(`/schema/${file}`);
      expect(r.ok, file).to.equal(true);
      expect(await r.json(), file).to.deep.equal(JSON.parse(JSON.stringify(schema)));
    }
  });

  it('the config schemas accept good configs and reject editors\' mistakes', async () => {
    const gauge = new Validator((await (await fetch('/schema/coverage-gauge.config.schema.json')).json()) as any, '7', false);
    expect(gauge.validate({ coverage: 'villages', style: 'ring', thresholds: [0.6, 0.9] }).valid).to.equal(true);
    expect(gauge.validate({ style: 'pie' }).valid).to.equal(false);
    expect(gauge.validate({ stlye: 'ring' }).valid).to.equal(false);
    const dashboard = new Validator((await (await fetch('/schema/dashboard.schema.json')).json()) as any, '7', false);
    expect(dashboard.validate({ columns: 12, widgets: [{ type: 'coverage-gauge', config: {}, span: 4 }] }).valid).to.equal(true);
    expect(dashboard.validate({ widgets: [{ type: 'pie' }] }).valid).to.equal(false);
  });

  it('accepts the bundled sample documents', async () => {
    const validator = new Validator((await shipped()) as any, '7', false);
    for (const name of ['kaiping', 'pingyuan', 'taiping'] as const) {
      const r = validator.validate(await sample(name));
      expect(r.valid, `${name}: ${JSON.stringify(r.errors.slice(0, 3))}`).to.equal(true);
    }
  });

  it('rejects invalid documents', async () => {
    const validator = new Validator((await shipped()) as any, '7', false);
    const mutations: [string, (d: any) => void][] = [
      ['format', (d) => (d.format = 'x')],
      ['version', (d) => (d.version = 2)],
      ['level enum', (d) => (d.units[0].level = 'township')],
      ['period pattern', (d) => (d.brands[1].metrics.sales.period = '2024-Q5')],
      ['value type', (d) => (d.brands[1].metrics.sales.value = '5000万')],
      ['count integer', (d) => (d.coverage[0].covered = 2.5)],
      ['coverage needs counts or ratio', (d) => (delete d.coverage[1].covered, delete d.coverage[1].total)],
      ['cluster units', (d) => (d.clusters[0].units = [])],
      ['brand kind', (d) => (d.brands[0].kind = 'county')],
    ];
    for (const [what, mutate] of mutations) {
      const doc = await sample('kaiping');
      mutate(doc);
      expect(validator.validate(doc).valid, what).to.equal(false);
    }
  });
});
