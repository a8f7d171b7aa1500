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

  it('points at documentation that ships in the package', async () => {
    const description = String((await shipped())['description']);
    const documented = /Documented in (\S+) of the region-brand-widgets package/.exec(description);
    expect(documented, description).to.not.equal(null);
    const file = documented![1]!;
    const shippedFiles: string[] = (await (await fetch('/package.json')).json()).files;
    expect(shippedFiles.some((entry) => file === entry || file.startsWith(`${entry}/`)), `${file} in files`).to.equal(true);
    const page = await fetch(`/${file}`);
    expect(page.ok, file).to.equal(true);
    const text = await page.text();
    for (const section of ['## Top level', '## `brands[]`', '## `clusters[]`', '## `indicators[]`', '## `coverage[]`', '## Integrity rules']) {
      expect(text, section).to.contain(section);
    }
  });

  it('marks derived figures in the samples and cites the articles, not internal notes', async () => {
    for (const name of ['kaiping', 'pingyuan', 'taiping'] as const) {
      const doc = await sample(name);
      const text = JSON.stringify(doc.sources);
      expect(text, name).to.not.match(/domain\.md|据 .*摘录/);
      expect(doc.sources.length, name).to.be.greaterThan(0);
    }
    const taiping = await sample('taiping');
    const [base] = taiping.indicators[0].series;
    // The 2021 base is 37.83亿 ÷ 1.2185, not a published figure.
    expect(base.value).to.be.closeTo(3783000000 / 1.2185, 1e6);
    expect(base.derived).to.contain('21.85%');
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
