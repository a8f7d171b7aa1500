// Property: any valid document the format can express in a workbook comes back deep-equal
// through XLSX (and through CSV).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { sheet, validation } from './helpers.mjs';

const { workbookToDocument, documentToWorkbook, readWorkbookFile, writeXlsx, writeCsv } = sheet;

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const name = fc.stringMatching(/^[\u4e00-\u9fa5A-Za-z][\u4e00-\u9fa5A-Za-z0-9 ]{0,6}[\u4e00-\u9fa5A-Za-z0-9]$/);
const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((v) => (v === 0 ? 0 : v));
const count = fc.nat({ max: 10000 });
const unit = fc.constantFrom('元', '个', '家', '人', '吨', '亩', '%');
const level = fc.constantFrom('province', 'city', 'county', 'district', 'town', 'street', 'village', 'park');
const period = fc.constantFrom('2021', '2022', '2022-H1', '2022-Q1', '2022-Q3', '2022-03', '2022-03-15', '2023-Q4');
const date = fc.constantFrom('2022-01-31', '2023-03-28', '2024-12-12');
const nonEmpty = (list) => (list.length ? list : undefined);
const optional = (arb) => fc.option(arb, { nil: undefined });
const metricKey = fc.constantFrom('output', 'sales', 'tax', 'value', 'investment', '销售额');
const quantity = fc.record({ value: finite, unit, period: optional(period) }, { requiredKeys: ['value', 'unit'] });
const metrics = fc.dictionary(metricKey, quantity, { minKeys: 1, maxKeys: 3 });

/** Drops undefined fields (the format has none) so that deep equality is about values. */
const clean = (value) => JSON.parse(JSON.stringify(value));

const documents = fc
  .record({
    region: fc.record({ id, name, level, parent: optional(name) }, { requiredKeys: ['id', 'name', 'level'] }),
    unitIds: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    brandIds: fc.uniqueArray(id, { maxLength: 4 }),
    clusterIds: fc.uniqueArray(id, { maxLength: 3 }),
    indicatorIds: fc.uniqueArray(id, { maxLength: 3 }),
    coverageIds: fc.uniqueArray(id, { maxLength: 2 }),
    seed: fc.infiniteStream(fc.nat()),
    values: fc.infiniteStream(finite),
    quantities: fc.infiniteStream(metrics),
    names: fc.infiniteStream(name),
    periods: fc.infiniteStream(fc.uniqueArray(period, { maxLength: 4 })),
  })
  .map(({ region, unitIds, brandIds, clusterIds, indicatorIds, coverageIds, seed, values, quantities, names, periods }) => {
    const pick = (list) => list[seed.next().value % list.length];
    const maybe = () => seed.next().value % 2 === 0;
    const next = (stream) => stream.next().value;
    const units = unitIds.filter((u) => u !== region.id).map((u) => ({ id: u, name: next(names), level: 'town', parent: region.id, center: maybe() ? [112.5, 22.25] : undefined }));
    const places = [region.id, ...units.map((u) => u.id)];
    const clusters = clusterIds.map((c) => ({
      id: c, name: next(names), units: [pick(places)], industry: maybe() ? next(names) : undefined,
      partyCommittee: maybe() ? { name: next(names), organizations: seed.next().value % 50 } : undefined,
      enterprises: maybe() ? [{ name: next(names), unit: pick(places), aboveScale: maybe(), metrics: { output: { value: next(values), unit: '元' } } }] : undefined,
      metrics: next(quantities),
    }));
    const brands = brandIds.map((b, i) => ({
      id: b, name: next(names), kind: maybe() ? 'region' : 'party', level: maybe() ? 'town' : undefined,
      unit: maybe() ? pick(places) : undefined, parent: i > 0 && maybe() ? brandIds[0] : undefined,
      launched: maybe() ? '2023-03-28' : undefined, clusters: clusterIds.length && maybe() ? [pick(clusterIds)] : undefined,
      products: maybe() ? [{ name: next(names), category: 'agricultural', certifications: [next(names)] }] : undefined,
      metrics: maybe() ? next(quantities) : undefined,
    }));
    const indicators = indicatorIds.map((i) => ({
      id: i, name: next(names), unit: pick(['元', '个', '%']), scope: maybe() ? pick(places) : undefined,
      series: nonEmpty(next(periods).map((p) => ({ period: p, value: next(values) }))),
      reported: maybe() ? { period: maybe() ? '2022-Q1' : undefined, value: maybe() ? next(values) : undefined, yoy: 0.2185 } : undefined,
      target: maybe() ? { period: '2022', value: next(values) } : undefined,
      better: maybe() ? 'lower' : undefined, cumulative: maybe() ? true : undefined,
    }));
    const coverage = coverageIds.map((c) => maybe()
      ? { id: c, name: next(names), ratio: 0.7485, period: '2022' }
      : { id: c, name: next(names), covered: 3, total: 5, unit: '个', by: maybe() ? next(names) : undefined, breakdown: [{ unit: pick(places), covered: 1, total: 2 }] });
    return clean({ format: 'region-brand-data', version: 1, region, asOf: '2025-06-30', sources: [{ title: next(names), date: '2025-07-01' }], units, brands, clusters, indicators, coverage });
  })
  .map((doc) => validation.validateDocument(doc))
  .filter((result) => result.ok)
  .map((result) => result.data);

test('generated documents survive document → xlsx → document and → CSV → document', async () => {
  await fc.assert(
    fc.asyncProperty(documents, fc.constantFrom('zh-CN', 'en'), async (document, lang) => {
      const workbook = documentToWorkbook(document, { lang });
      const fromXlsx = workbookToDocument(await readWorkbookFile(await writeXlsx(workbook), 'b.xlsx'), { lang });
      assert.ok(fromXlsx.ok, JSON.stringify(fromXlsx.problems?.slice(0, 3)));
      assert.deepEqual(fromXlsx.document, document);
      const sheets = [];
      for (const f of writeCsv(workbook)) sheets.push(...(await readWorkbookFile(new TextEncoder().encode(f.text), `${f.name}.csv`)).sheets);
      const fromCsv = workbookToDocument({ sheets }, { lang });
      assert.ok(fromCsv.ok, JSON.stringify(fromCsv.problems?.slice(0, 3)));
      assert.deepEqual(fromCsv.document, document);
    }),
    { numRuns: 60 },
  );
});
