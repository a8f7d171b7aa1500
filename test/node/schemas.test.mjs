// The shipped JSON Schemas under a strict validator (Ajv strict mode, as CMS back ends run it), the
// field descriptions that document the format, and docs/data-format.md generated from them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { dataFormatDoc } from '../../scripts/data-format-doc.mjs';
import { validation } from './helpers.mjs';

const json = (file) => JSON.parse(readFileSync(file, 'utf8'));
const files = readdirSync('schema').filter((f) => f.endsWith('.json'));
const dataSchema = json('schema/region-brand-data.v1.schema.json');

/** Spoils a copy of the Kaiping sample and says whether the shipped schema and validateDocument accept it. */
function agreement() {
  const validate = validator();
  return (spoil) => {
    const doc = json('demo/data/kaiping.json');
    spoil(doc);
    return { schema: validate(doc), run: validation.validateDocument(doc).ok };
  };
}

function validator() {
  const ajv = new Ajv({ strict: true, allErrors: true });
  return ajv.compile(dataSchema);
}

test('Ajv in strict mode compiles every shipped schema', () => {
  assert.ok(files.length >= 6, `schemas: ${files}`);
  for (const file of files) {
    const ajv = new Ajv({ strict: true, allErrors: true });
    assert.doesNotThrow(() => ajv.compile(json(`schema/${file}`)), file);
  }
});

test('the samples are valid; a center of three or one numbers is not', () => {
  const validate = validator();
  for (const name of ['kaiping', 'pingyuan', 'taiping']) {
    const doc = json(`demo/data/${name}.json`);
    assert.ok(validate(doc), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  }
  const doc = json('demo/data/kaiping.json');
  const unit = doc.units.find((u) => u.center);
  assert.ok(unit, 'a unit with a center');
  unit.center = [112.5, 22.3, 0];
  assert.equal(validate(doc), false, '3-number center');
  unit.center = [112.5];
  assert.equal(validate(doc), false, '1-number center');
});

test('a coverage total of 0 is refused, as validateDocument refuses it (entry, history and breakdown)', () => {
  const validate = validator();
  for (const spoil of [
    (c) => { c.total = 0; c.covered = 0; },
    (c) => { c.history = [{ period: '2020', covered: 0, total: 0 }]; },
    (c) => { c.breakdown = [{ unit: 'x', covered: 0, total: 0 }]; },
  ]) {
    const doc = json('demo/data/kaiping.json');
    const entry = doc.coverage.find((c) => typeof c.total === 'number');
    spoil(entry);
    assert.equal(validate(doc), false, spoil.toString());
    assert.ok(validate.errors.some((e) => e.keyword === 'exclusiveMinimum'), JSON.stringify(validate.errors));
  }
});

test('every field of the data format has a description in the schema', () => {
  const missing = [];
  const walk = (node, path) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const at = path ? `${path}.${key}` : key;
      if (at.startsWith('geo.')) continue; // GeoJSON's own fields
      if (!child.description) missing.push(at);
      walk(child, at);
    }
    if (node.items && !Array.isArray(node.items)) walk(node.items, `${path}[]`);
    if (node.additionalProperties && typeof node.additionalProperties === 'object') walk(node.additionalProperties, `${path}.*`);
  };
  walk(dataSchema, '');
  assert.deepEqual(missing, [], 'fields without a description (src/core/schema-descriptions.ts)');
});

test('every option of every widget config and of the dashboard spec has a description in its schema', () => {
  const configs = files.filter((f) => f.endsWith('.config.schema.json') || f === 'dashboard.schema.json');
  assert.equal(configs.length, 6, `config schemas: ${configs}`);
  const missing = configs.flatMap((file) =>
    Object.entries(json(`schema/${file}`).properties)
      .filter(([, node]) => typeof node.description !== 'string' || node.description.length < 10)
      .map(([name]) => `${file}: ${name}`),
  );
  assert.deepEqual(missing, [], 'options without a description (src/core/config-descriptions.ts)');
  // A widget's own meaning wins over the common one.
  assert.match(json('schema/ranking.config.schema.json').properties.metric.description, /derived count/);
  assert.match(json('schema/growth-indicator.config.schema.json').properties.period.description, /the indicator has a figure/);
});

test('the schema points at the documentation the package ships', () => {
  const pkg = json('package.json');
  const [, file] = /Documented in (\S+) of the region-brand-widgets package/.exec(dataSchema.description) ?? [];
  assert.ok(file, dataSchema.description);
  assert.ok(pkg.files.some((entry) => file === entry || file.startsWith(`${entry}/`)), `${file} in files`);
  assert.match(dataSchema.$comment, new RegExp(file.replace('.', '\\.')));
  assert.match(readFileSync('README.md', 'utf8'), new RegExp(`\\]\\(${file.replace('.', '\\.')}\\)`), 'README links it');
});

test('docs/data-format.md is current: every field, its description, and the Kaiping example', () => {
  const page = readFileSync('docs/data-format.md', 'utf8');
  assert.equal(page, dataFormatDoc(page, dataSchema, json('demo/data/kaiping.json')), 'run npm run schema');
  for (const path of ['units[].center', 'brands[].metrics.*.value', 'coverage[].ratio', 'indicators[].reported.yoy']) {
    assert.ok(page.includes(`| \`${path}\` |`), path);
  }
  assert.ok(page.includes('"id": "kaiping"'), 'the example');
});

test('the schema needs what validateDocument needs: an indicator\'s unit once it has a figure, and names that are not blank', () => {
  const validate = validator();
  const spoilt = (spoil) => {
    const doc = json('demo/data/taiping.json');
    spoil(doc);
    return validate(doc);
  };
  assert.equal(spoilt(() => undefined), true, 'taiping publishes growths without a unit');
  for (const spoil of [
    (d) => delete d.indicators[0].unit,
    (d) => (d.indicators[2].target = { period: '2022', value: 5 }),
    (d) => (d.indicators[2].reported.value = 5),
    (d) => (d.indicators[2].series = [{ period: '2022-Q1', value: 5 }]),
    (d) => (d.indicators[4].unit = ''),
    (d) => (d.indicators[0].name = ''),
    (d) => (d.region.name = '  '),
    (d) => (d.units[0].name = ''),
  ]) {
    assert.equal(spoilt(spoil), false, spoil.toString());
    // validateDocument agrees.
    const doc = json('demo/data/taiping.json');
    spoil(doc);
    assert.equal(validation.validateDocument(doc).ok, false, spoil.toString());
  }
  assert.equal(spoilt((d) => (d.indicators[2].series = [])), true, 'an empty series is no figure');
});

test('the schema and validateDocument agree on blank ids and on GeoJSON features without a boundary', () => {
  const spoilt = agreement();
  for (const [what, spoil] of [
    ['an empty unit id', (d) => (d.units[0].id = '')],
    ['a blank brand id', (d) => (d.brands[1].id = '  ')],
    ['a tab for a cluster id', (d) => (d.clusters[0].id = '\t')],
    ['a full-width space for an enterprise id', (d) => (d.clusters[0].enterprises[0].id = '　')],
    ['a blank region id', (d) => (d.region.id = ' ')],
  ]) {
    assert.deepEqual(spoilt(spoil), { schema: false, run: false }, what);
  }
  const square = [[[112, 22], [113, 22], [113, 23], [112, 22]]];
  const geo = (geometry) => (d) =>
    (d.geo = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'magang' }, geometry: { type: 'Polygon', coordinates: square } }, { type: 'Feature', properties: {}, geometry }] });
  for (const geometry of [null, { type: 'Point', coordinates: [112.5, 22.5] }, { type: 'MultiLineString', coordinates: [[[112, 22], [113, 23]]] }]) {
    assert.deepEqual(spoilt(geo(geometry)), { schema: true, run: true }, JSON.stringify(geometry));
  }
  for (const geometry of [{ type: 'Circle', coordinates: [1, 2] }, { type: 'Polygon', coordinates: 'x' }]) {
    assert.deepEqual(spoilt(geo(geometry)), { schema: false, run: false }, JSON.stringify(geometry));
  }
});

test('the schema and validateDocument agree on dates and periods: a day past the end of its month or 29 February of a common year is refused by both', () => {
  const spoilt = agreement();
  const period = (p) => (d) => (d.coverage[2].period = p);
  for (const [what, spoil] of [
    ['asOf 2025-02-30', (d) => (d.asOf = '2025-02-30')],
    ['asOf 2025-04-31', (d) => (d.asOf = '2025-04-31')],
    ['asOf 2023-02-29', (d) => (d.asOf = '2023-02-29')],
    ['asOf 1900-02-29 (a century)', (d) => (d.asOf = '1900-02-29')],
    ['launched 2023-11-31', (d) => (d.brands[0].launched = '2023-11-31')],
    ['period 2022-02-30', period('2022-02-30')],
    ['period 2022-06-31', period('2022-06-31')],
    ['period 2022-13', period('2022-13')],
  ]) {
    assert.deepEqual(spoilt(spoil), { schema: false, run: false }, what);
  }
  for (const [what, spoil] of [
    ['asOf 2024-02-29', (d) => (d.asOf = '2024-02-29')],
    ['asOf 2000-02-29 (divisible by 400)', (d) => (d.asOf = '2000-02-29')],
    ['asOf 2025-01-31', (d) => (d.asOf = '2025-01-31')],
    ['period 2024-02-29', period('2024-02-29')],
    ['period 2022-12-31', period('2022-12-31')],
    ['period 2022-H2', period('2022-H2')],
    ['period 2022-11', period('2022-11')],
  ]) {
    assert.deepEqual(spoilt(spoil), { schema: true, run: true }, what);
  }
});

test('the schema and validateDocument agree on a cluster\'s metrics.enterprises: a count, its figures non-negative integers', () => {
  const spoilt = agreement();
  const count = (q) => (d) => (d.clusters[0].metrics = { ...d.clusters[0].metrics, enterprises: q });
  for (const [what, spoil] of [
    ['12.5 家', count({ value: 12.5, unit: '家' })],
    ['-3 家', count({ value: -3, unit: '家' })],
    ['an earlier figure of 7.5', count({ value: 12, unit: '家', period: '2024', series: [{ period: '2023', value: 7.5 }] })],
  ]) {
    assert.deepEqual(spoilt(spoil), { schema: false, run: false }, what);
  }
  assert.deepEqual(spoilt(count({ value: 12, unit: '家', period: '2024', series: [{ period: '2023', value: 0 }] })), { schema: true, run: true });
  // Other metrics are any finite number.
  assert.deepEqual(spoilt((d) => (d.clusters[0].metrics.output = { value: 12.5, unit: '元' })), { schema: true, run: true });
});

test('the schema and validateDocument agree on the two forms of coverage (counts, or ratio alone), in an entry and in its history', () => {
  const spoilt = agreement();
  const entry = (fields) => (d) => {
    const c = d.coverage[0];
    for (const k of ['covered', 'total', 'ratio', 'history']) delete c[k];
    Object.assign(c, fields);
  };
  const history = (figure) => entry({ covered: 5, total: 10, period: '2024', history: [{ period: '2023', ...figure }] });
  for (const [what, spoil] of [
    ['covered and ratio, no total', entry({ covered: 3, ratio: 0.3 })],
    ['total and ratio, no covered', entry({ total: 10, ratio: 0.3 })],
    ['covered alone', entry({ covered: 3 })],
    ['no figure at all', entry({})],
    ['a history entry with covered alone', history({ covered: 3 })],
    ['a history entry with a period alone', history({})],
    ['a history entry with covered and ratio, no total', history({ covered: 3, ratio: 0.3 })],
  ]) {
    assert.deepEqual(spoilt(spoil), { schema: false, run: false }, what);
  }
  for (const [what, spoil] of [
    ['counts', entry({ covered: 3, total: 10 })],
    ['ratio alone', entry({ ratio: 0.7485 })],
    ['counts and a ratio that agrees', entry({ covered: 25, total: 84, ratio: 0.2976 })],
    ['a history entry of counts', history({ covered: 3, total: 10 })],
    ['a history entry of ratio alone', history({ ratio: 0.3 })],
  ]) {
    assert.deepEqual(spoilt(spoil), { schema: true, run: true }, what);
  }
});
