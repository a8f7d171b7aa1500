import { expect } from '@esm-bundle/chai';
import { validateDocument } from '../../src/core/validate.js';
import { describeIssue } from '../../src/core/errors.js';
import { sample } from '../support/helpers.js';

type Doc = Record<string, any>;
type SampleName = 'kaiping' | 'pingyuan' | 'taiping';

async function check(mutate: (d: Doc) => void, name: SampleName = 'kaiping') {
  const doc = await sample(name);
  mutate(doc);
  const r = validateDocument(doc);
  if (r.ok) return { code: 'ok', paths: [] as string[], en: [] as string[], zh: [] as string[], warnings: r.warnings.map((w) => w.path) };
  return {
    code: r.error.code,
    paths: r.error.issues.map((i) => i.path),
    en: r.error.issues.map((i) => describeIssue(i, 'en')),
    zh: r.error.issues.map((i) => describeIssue(i, 'zh-CN')),
    warnings: [] as string[],
  };
}

/** [rule, sample, mutation, expected code, expected first path] */
const cases: [string, SampleName, (d: Doc) => void, string, string][] = [
  ['format marker', 'kaiping', (d) => (d.format = 'region-data'), 'invalid-data', '/format'],
  ['missing format', 'kaiping', (d) => delete d.format, 'invalid-data', '/format'],
  ['higher major version', 'kaiping', (d) => (d.version = 2), 'unsupported-version', '/version'],
  ['version as a string', 'kaiping', (d) => (d.version = '1'), 'invalid-data', '/version'],
  ['version 0', 'kaiping', (d) => (d.version = 0), 'invalid-data', '/version'],
  ['region missing', 'kaiping', (d) => delete d.region, 'invalid-data', '/region'],
  ['region level enum', 'kaiping', (d) => (d.region.level = 'country'), 'invalid-data', '/region/level'],
  ['asOf not a real date', 'kaiping', (d) => (d.asOf = '2025-02-30'), 'invalid-data', '/asOf'],
  ['asOf wrong shape', 'kaiping', (d) => (d.asOf = '2025/06/30'), 'invalid-data', '/asOf'],
  ['source date', 'kaiping', (d) => (d.sources[0].date = 'July 2025'), 'invalid-data', '/sources/0/date'],
  ['unit level enum', 'kaiping', (d) => (d.units[0].level = 'township'), 'invalid-data', '/units/0/level'],
  ['unit centre latitude range', 'kaiping', (d) => (d.units[0].center = [112.5, 122.3]), 'invalid-data', '/units/0/center/1'],
  ['unit centre shape', 'kaiping', (d) => (d.units[0].center = [112.5]), 'invalid-data', '/units/0/center/1'],
  ['brand kind enum', 'kaiping', (d) => (d.brands[0].kind = 'county'), 'invalid-data', '/brands/0/kind'],
  ['brand launch date', 'kaiping', (d) => (d.brands[1].launched = '2023-13-01'), 'invalid-data', '/brands/1/launched'],
  ['product category enum', 'kaiping', (d) => (d.brands[1].products[0].category = 'food'), 'invalid-data', '/brands/1/products/0/category'],
  ['quantity value as text', 'kaiping', (d) => (d.brands[1].metrics.sales.value = '5000万'), 'invalid-data', '/brands/1/metrics/sales/value'],
  ['quantity value not finite', 'kaiping', (d) => (d.brands[1].metrics.sales.value = Infinity), 'invalid-data', '/brands/1/metrics/sales/value'],
  ['quantity unit missing', 'kaiping', (d) => delete d.brands[1].metrics.sales.unit, 'invalid-data', '/brands/1/metrics/sales/unit'],
  ['quantity period', 'kaiping', (d) => (d.brands[1].metrics.sales.period = '2024-Q5'), 'invalid-data', '/brands/1/metrics/sales/period'],
  ['cluster needs a unit', 'kaiping', (d) => (d.clusters[0].units = []), 'invalid-data', '/clusters/0/units'],
  ['party organisations not negative', 'kaiping', (d) => (d.clusters[0].partyCommittee.organizations = -1), 'invalid-data', '/clusters/0/partyCommittee/organizations'],
  ['party organisations integer', 'kaiping', (d) => (d.clusters[0].partyCommittee.organizations = 2.5), 'invalid-data', '/clusters/0/partyCommittee/organizations'],
  ['cluster enterprise count integer', 'kaiping', (d) => (d.clusters[1].metrics = { enterprises: { value: 12.5, unit: '家' } }), 'invalid-data', '/clusters/1/metrics/enterprises/value'],
  ['cluster enterprise count of a period not negative', 'kaiping', (d) => (d.clusters[2].metrics = { enterprises: { value: 7, unit: '家', period: '2024', series: [{ period: '2023', value: -2 }] } }), 'invalid-data', '/clusters/2/metrics/enterprises/series/0/value'],
  ['enterprise flag boolean', 'kaiping', (d) => (d.clusters[0].enterprises[0].partyOrganization = 'yes'), 'invalid-data', '/clusters/0/enterprises/0/partyOrganization'],
  ['series period', 'taiping', (d) => (d.indicators[0].series[0].period = '2021-Q5'), 'invalid-data', '/indicators/0/series/0/period'],
  ['series day that does not exist', 'taiping', (d) => (d.indicators[0].series[0].period = '2021-02-29'), 'invalid-data', '/indicators/0/series/0/period'],
  ['reported growth as text', 'taiping', (d) => (d.indicators[0].reported.yoy = '21.85%'), 'invalid-data', '/indicators/0/reported/yoy'],
  ['better enum', 'taiping', (d) => (d.indicators[0].better = 'up'), 'invalid-data', '/indicators/0/better'],
  ['covered above total', 'pingyuan', (d) => (d.coverage[0].covered = 425), 'invalid-data', '/coverage/0/covered'],
  ['total zero', 'pingyuan', (d) => ((d.coverage[0].covered = 0), (d.coverage[0].total = 0)), 'invalid-data', '/coverage/0/total'],
  ['covered integer', 'pingyuan', (d) => (d.coverage[0].covered = 42.5), 'invalid-data', '/coverage/0/covered'],
  ['covered non-negative', 'pingyuan', (d) => (d.coverage[0].covered = -1), 'invalid-data', '/coverage/0/covered'],
  ['ratio range', 'pingyuan', (d) => (d.coverage[2].ratio = 74.85), 'invalid-data', '/coverage/2/ratio'],
  ['counts or ratio', 'pingyuan', (d) => delete d.coverage[2].ratio, 'invalid-data', '/coverage/2/covered'],
  ['a ratio beside counts that says otherwise', 'pingyuan', (d) => (d.coverage[0].ratio = 0.9), 'invalid-data', '/coverage/0/ratio'],
  ['a ratio beside counts in a history entry', 'kaiping', (d) => (d.coverage[0].history = [{ period: '2021', covered: 5, total: 10, ratio: 0.05 }]), 'invalid-data', '/coverage/0/history/0/ratio'],
  ['total without covered', 'pingyuan', (d) => delete d.coverage[0].covered, 'invalid-data', '/coverage/0/covered'],
  ['breakdown bounds', 'kaiping', (d) => (d.coverage[0].breakdown[1].covered = 16), 'invalid-data', '/coverage/0/breakdown/1/covered'],
  // A point is valid GeoJSON that the map leaves out (a warning, test/core/integrity.test.ts); a polygon without rings is not.
  ['geo shape', 'kaiping', (d) => (d.geo = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: 'x' } }] }), 'invalid-data', '/geo'],
  ['geo feature without its geometry member', 'kaiping', (d) => (d.geo = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {} }] }), 'invalid-data', '/geo'],
  ['duplicate unit id', 'kaiping', (d) => (d.units[2].id = d.units[0].id), 'invalid-data', '/units/2/id'],
  ['duplicate brand id', 'kaiping', (d) => (d.brands[4].id = 'dasha-youpin'), 'invalid-data', '/brands/4/id'],
  ['duplicate cluster id', 'kaiping', (d) => (d.clusters[1].id = 'goose'), 'invalid-data', '/clusters/1/id'],
  ['duplicate indicator id', 'taiping', (d) => (d.indicators[3].id = d.indicators[1].id), 'invalid-data', '/indicators/3/id'],
  ['duplicate coverage id', 'pingyuan', (d) => (d.coverage[1].id = 'villages'), 'invalid-data', '/coverage/1/id'],
  ['duplicate enterprise id', 'kaiping', (d) => (d.clusters[0].enterprises[1].id = 'magang-goose-coop'), 'invalid-data', '/clusters/0/enterprises/1/id'],
  ['unit parent reference', 'kaiping', (d) => (d.units[0].parent = 'jiangmen'), 'invalid-data', '/units/0/parent'],
  ['brand parent reference', 'kaiping', (d) => (d.brands[3].parent = 'nowhere'), 'invalid-data', '/brands/3/parent'],
  ['brand unit reference', 'kaiping', (d) => (d.brands[2].unit = 'atlantis'), 'invalid-data', '/brands/2/unit'],
  ['brand cluster reference', 'kaiping', (d) => (d.brands[1].clusters[1] = 'steel'), 'invalid-data', '/brands/1/clusters/1'],
  ['cluster unit reference', 'kaiping', (d) => d.clusters[2].units.push('atlantis'), 'invalid-data', '/clusters/2/units/2'],
  ['cluster brand reference', 'kaiping', (d) => (d.clusters[0].brand = 'nobrand'), 'invalid-data', '/clusters/0/brand'],
  ['enterprise unit reference', 'kaiping', (d) => (d.clusters[0].enterprises[2].unit = 'atlantis'), 'invalid-data', '/clusters/0/enterprises/2/unit'],
  ['indicator scope reference', 'taiping', (d) => (d.indicators[0].scope = 'xinzhou'), 'invalid-data', '/indicators/0/scope'],
  ['breakdown unit reference', 'kaiping', (d) => (d.coverage[0].breakdown[0].unit = 'atlantis'), 'invalid-data', '/coverage/0/breakdown/0/unit'],
  ['brand is its own parent', 'kaiping', (d) => (d.brands[0].parent = 'kaiping-youpin'), 'invalid-data', '/brands/0/parent'],
  ['brand cycle', 'kaiping', (d) => (d.brands[0].parent = 'magang-youpin'), 'invalid-data', '/brands/0/parent'],
  ['unit is its own parent', 'kaiping', (d) => (d.units[2].parent = 'tangkou'), 'invalid-data', '/units/2/parent'],
  ['unit cycle', 'kaiping', (d) => ((d.units[0].parent = 'dasha'), (d.units[1].parent = 'magang')), 'invalid-data', '/units/0/parent'],
  ['empty unit id', 'kaiping', (d) => (d.units[0].id = ''), 'invalid-data', '/units/0/id'],
  ['blank brand id', 'kaiping', (d) => (d.brands[1].id = '  '), 'invalid-data', '/brands/1/id'],
  ['blank cluster id', 'kaiping', (d) => (d.clusters[1].id = '\t'), 'invalid-data', '/clusters/1/id'],
  ['blank indicator id', 'taiping', (d) => (d.indicators[1].id = ' '), 'invalid-data', '/indicators/1/id'],
  ['blank coverage id', 'pingyuan', (d) => (d.coverage[1].id = '　'), 'invalid-data', '/coverage/1/id'],
  ['blank enterprise id', 'kaiping', (d) => (d.clusters[0].enterprises[0].id = ' '), 'invalid-data', '/clusters/0/enterprises/0/id'],
  ['list not an array', 'kaiping', (d) => (d.brands = { a: 1 }), 'invalid-data', '/brands'],
  ['name not a string', 'kaiping', (d) => (d.clusters[3].name = 42), 'invalid-data', '/clusters/3/name'],
  // A list where the format has an object (a map of named Quantities, a committee, a figure) is the wrong type, not an empty object.
  ['metrics as a list', 'kaiping', (d) => (d.brands[1].metrics = [d.brands[1].metrics.sales]), 'invalid-data', '/brands/1/metrics'],
  ['empty list for metrics', 'kaiping', (d) => (d.clusters[0].metrics = []), 'invalid-data', '/clusters/0/metrics'],
  ['party committee as a list', 'kaiping', (d) => (d.clusters[0].partyCommittee = ['马冈鹅产业党委', 4]), 'invalid-data', '/clusters/0/partyCommittee'],
  ['reported figure as a list', 'taiping', (d) => (d.indicators[0].reported = []), 'invalid-data', '/indicators/0/reported'],
  ['region as a list', 'kaiping', (d) => (d.region = []), 'invalid-data', '/region'],
];

describe('validateDocument', () => {
  it('accepts every bundled sample document', async () => {
    for (const name of ['kaiping', 'pingyuan', 'taiping'] as const) {
      const r = validateDocument(await sample(name));
      expect(r.ok, name).to.equal(true);
    }
  });

  for (const [rule, name, mutate, code, path] of cases) {
    it(`${rule}: ${code} at ${path}`, async () => {
      const r = await check(mutate, name);
      expect(r.code).to.equal(code);
      expect(r.paths[0]).to.equal(path);
      expect(r.en[0]).to.be.a('string').and.not.equal('invalid value');
      expect(r.zh[0]).to.match(/[\u4e00-\u9fff]/);
      expect(r.zh[0]).to.not.equal(r.en[0]);
    });
  }

  it('rejects values that are not documents at the root', () => {
    for (const value of [null, [], 'text', 42, true]) {
      const r = validateDocument(value);
      expect(r.ok).to.equal(false);
      if (!r.ok) {
        expect(r.error.code).to.equal('invalid-data');
        expect(r.error.path).to.equal('');
      }
    }
  });

  it('reports every problem, not only the first', async () => {
    const r = await check((d) => {
      d.units[0].level = 'x';
      d.brands[0].kind = 'y';
      d.coverage[0].breakdown[0].total = -2;
    });
    expect(r.paths).to.include.members(['/units/0/level', '/brands/0/kind', '/coverage/0/breakdown/0/total']);
  });

  it('accepts a ratio beside counts that repeats them as published, and names both figures when they disagree', async () => {
    for (const ratio of [0.2976, 0.298, 0.3]) {
      expect((await check((d) => Object.assign(d.coverage[1], { covered: 25, total: 84, ratio }), 'pingyuan')).code, String(ratio)).to.equal('ok');
    }
    const r = await check((d) => Object.assign(d.coverage[1], { covered: 25, total: 84, ratio: 0.7485 }), 'pingyuan');
    expect(r.paths).to.deep.equal(['/coverage/1/ratio']);
    expect(r.en[0]).to.contain('0.7485').and.contain('25').and.contain('84').and.contain('29.76%').and.contain('ratio alone');
  });

  it('lets a reference to a unit name the region itself', async () => {
    const r = await check((d) => {
      d.clusters[0].units = ['kaiping'];
      d.coverage[0].breakdown[0].unit = 'kaiping';
    });
    expect(r.code).to.equal('ok');
  });

  it('needs an indicator\'s unit once it has a figure, as the workbook does; a published growth alone needs none', async () => {
    for (const [what, mutate] of [
      ['series', (d: Doc) => delete d.indicators[0].unit],
      ['reported value', (d: Doc) => ((d.indicators[1].reported = { period: '2022-Q1', value: 3 }), delete d.indicators[1].unit)],
      ['target', (d: Doc) => (d.indicators[2].target = { period: '2022', value: 5 })],
      ['empty unit', (d: Doc) => (d.indicators[4].unit = '')],
    ] as const) {
      const r = await check(mutate, 'taiping');
      expect(r.code, what).to.equal('invalid-data');
      expect(r.paths, what).to.have.length(1);
      expect(r.paths[0], what).to.match(/^\/indicators\/\d\/unit$/);
      expect(r.zh[0], what).to.match(/单位/);
    }
    expect((await check((d) => delete d.indicators[0].unit, 'taiping')).zh[0]).to.equal('第 1 个指标“工业总产值”的“单位”（unit）：这个指标有数值，需要填写单位，如 元、吨、个、%');
    // 固定资产投资 and 税收收入 publish only their growth, without a unit: valid.
    expect((await check(() => undefined, 'taiping')).code).to.equal('ok');
  });

  it('refuses an empty or blank name, saying which name to fill in, in every list', async () => {
    const blanks: [string, SampleName, (d: Doc) => void][] = [
      ['/region/name', 'kaiping', (d) => (d.region.name = '')],
      ['/units/0/name', 'kaiping', (d) => (d.units[0].name = ' ')],
      ['/brands/1/name', 'kaiping', (d) => (d.brands[1].name = '')],
      ['/brands/1/products/0/name', 'kaiping', (d) => (d.brands[1].products[0].name = '')],
      ['/clusters/0/name', 'kaiping', (d) => (d.clusters[0].name = '')],
      ['/clusters/0/enterprises/0/name', 'kaiping', (d) => (d.clusters[0].enterprises[0].name = '　')],
      ['/indicators/0/name', 'taiping', (d) => (d.indicators[0].name = '')],
      ['/coverage/0/name', 'pingyuan', (d) => (d.coverage[0].name = '')],
    ];
    for (const [path, name, mutate] of blanks) {
      const r = await check(mutate, name);
      expect(r.paths, path).to.deep.equal([path]);
      expect(r.zh[0], path).to.match(/缺少“名称”（(region\.)?name）$/);
      expect(r.en[0], path).to.match(/name.? is missing$/);
    }
  });

  it('names an item without a name by its place, not by the town it is in; a breakdown row by its unit', async () => {
    const nameless = await check((d) => delete d.clusters[0].enterprises[1].name);
    expect(nameless.paths).to.deep.equal(['/clusters/0/enterprises/1/name']);
    expect(nameless.en[0]).to.contain('enterprise 2').and.not.contain('magang');
    expect(nameless.zh[0]).to.contain('第 2 个企业缺少').and.not.contain('magang');
    const row = await check((d) => (d.coverage[0].breakdown[1].covered = 16));
    expect(row.en[0]).to.match(/breakdown row 2 “\w+”/);
  });

  it('names the ids of a cycle in its message', async () => {
    const r = await check((d) => (d.brands[0].parent = 'magang-youpin'));
    expect(r.en[0]).to.contain('kaiping-youpin').and.contain('magang-youpin');
  });

  it('ignores unknown nested fields and warns about unknown top-level ones', async () => {
    const r = await check((d) => {
      d.brands[0].slogan = '开平优品，品质开平';
      d.brnads = [];
    });
    expect(r.code).to.equal('ok');
    expect(r.warnings).to.deep.equal(['/brnads']);
  });

  it('accepts a minimal document and documents without optional lists', () => {
    const r = validateDocument({ format: 'region-brand-data', version: 1, region: { id: 'r', name: 'R', level: 'town' }, asOf: '2024-02-29' });
    expect(r.ok).to.equal(true);
    if (r.ok) expect(r.data.brands).to.deep.equal([]);
  });

  it('accepts every period granularity and rejects impossible ones', async () => {
    for (const period of ['2022', '2022-H2', '2022-Q4', '2022-12', '2024-02-29']) {
      const r = await check((d) => (d.indicators[0].series[0].period = period), 'taiping');
      expect(r.code, period).to.equal('ok');
    }
    for (const period of ['2022-H3', '2022-00', '2023-02-29', '22-Q1', '2022Q1', '']) {
      const r = await check((d) => (d.indicators[0].series[0].period = period), 'taiping');
      expect(r.code, period).to.equal('invalid-data');
    }
  });

  it('accepts inline GeoJSON of polygons and multipolygons', async () => {
    const square = [[[112, 22], [113, 22], [113, 23], [112, 22]]];
    const r = await check((d) => {
      d.geo = {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { id: 'magang' }, geometry: { type: 'Polygon', coordinates: square } },
          { type: 'Feature', properties: { name: '大沙镇' }, geometry: { type: 'MultiPolygon', coordinates: [square] } },
        ],
      };
    });
    expect(r.code).to.equal('ok');
  });

  it('caches the result per document object', async () => {
    const doc = await sample('kaiping');
    expect(validateDocument(doc)).to.equal(validateDocument(doc));
  });
});
