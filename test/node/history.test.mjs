// Earlier figures (data-format "Optional additions within version 1"): `coverage[].history` and
// a Quantity's `series` in the validator, the shipped JSON Schema and the spreadsheet form.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { book, sheet, validation } from './helpers.mjs';

const { validateDocument, describeIssue } = validation;
const { workbookToDocument, documentToWorkbook } = sheet;

const base = () => ({
  format: 'region-brand-data', version: 1, asOf: '2025-06-30',
  region: { id: 'kaiping', name: '开平市', level: 'county' },
  units: [{ id: 'magang', name: '马冈镇', level: 'town', parent: 'kaiping' }],
  brands: [{ id: 'magang-youpin', name: '马冈优品', kind: 'region', unit: 'magang',
    metrics: { sales: { value: 50000000, unit: '元', period: '2024', series: [{ period: '2022', value: 21000000 }, { period: '2023', value: 36000000 }] } } }],
  clusters: [{ id: 'goose', name: '马冈鹅', units: ['magang'], metrics: { output: { value: 1300000000, unit: '元', period: '2024' } } }],
  coverage: [{ id: 'ep', name: '企业党组织覆盖', covered: 25, total: 84, period: '2025',
    history: [{ period: '2023', covered: 14, total: 76 }, { period: '2024', ratio: 0.25 }] }],
});

/** The issues of an invalid document: [pointer, key] pairs. */
function issues(doc) {
  const result = validateDocument(doc);
  assert.equal(result.ok, false, 'the document should be invalid');
  return result.error.issues;
}
const pairs = (doc) => issues(doc).map((i) => [i.path, i.key]);

describe('validator: coverage history and quantity series', () => {
  test('a document with history and series is valid and keeps them', () => {
    const result = validateDocument(base());
    assert.ok(result.ok, result.ok || result.error.message);
    assert.equal(result.data.coverage[0].history.length, 2);
    assert.deepEqual(result.data.brands[0].metrics.sales.series.map((p) => p.period), ['2022', '2023']);
  });

  test('a period repeated within a history is an error at the repeat, localised', () => {
    const doc = base();
    doc.coverage[0].history.push({ period: '2023', covered: 1, total: 2 });
    const [issue] = issues(doc);
    assert.equal(issue.path, '/coverage/0/history/2/period');
    assert.equal(issue.key, 'duplicatePeriod');
    // The first is named in words, as a clerk finds it (its pointer is in the issue's params).
    assert.equal(issue.params[1], '/coverage/0/history/0/period');
    assert.match(describeIssue(issue, 'en'), /2023 appears twice \(first at history entry 1 “2023”\)/);
    assert.match(describeIssue(issue, 'zh-CN'), /期间 2023 重复/);
    assert.match(describeIssue(issue, 'zh-Hant'), /期間 2023 重複/);
  });

  test('an enterprise’s metric series follows the same rules as a brand’s or a cluster’s', () => {
    const doc = base();
    doc.clusters[0].enterprises = [{ name: '鹅业公司', metrics: { output: { value: 9, unit: '元', period: '2024',
      series: [{ period: '2023', value: 7 }, { period: '2023', value: 8 }, { period: '2025', value: 10 }] } } }];
    assert.deepEqual(pairs(doc), [
      ['/clusters/0/enterprises/0/metrics/output/series/1/period', 'duplicatePeriod'],
      ['/clusters/0/enterprises/0/metrics/output/series/2/period', 'notEarlier'],
    ]);
  });

  test('each history entry follows the coverage rules of the entry itself', () => {
    const doc = base();
    doc.coverage[0].history = [
      { period: '2021', covered: 9, total: 5 },
      { period: '2022', covered: 3 },
      { period: '2023' },
      { period: '2024', covered: 0, total: 0 },
    ];
    assert.deepEqual(pairs(doc), [
      ['/coverage/0/history/0/covered', 'coveredAboveTotal'],
      ['/coverage/0/history/1/total', 'coverageNeedsCounts'],
      ['/coverage/0/history/2/covered', 'coverageNeedsCounts'],
      ['/coverage/0/history/3/total', 'totalZero'],
    ]);
  });

  test('shape errors inside a history name their place: a ratio of 75, a missing period', () => {
    const doc = base();
    doc.coverage[0].history = [{ period: '2023', ratio: 75 }, { covered: 1, total: 2 }];
    const found = pairs(doc);
    assert.deepEqual(found, [['/coverage/0/history/0/ratio', 'ratioPercent'], ['/coverage/0/history/1/period', 'required']]);
  });

  test('the entry\'s own figure is the latest: a history period at or after it is an error', () => {
    const doc = base();
    doc.coverage[0].history = [{ period: '2026', covered: 1, total: 2 }, { period: '2025', covered: 1, total: 2 }];
    assert.deepEqual(pairs(doc), [['/coverage/0/history/0/period', 'notEarlier'], ['/coverage/0/history/1/period', 'duplicatePeriod']]);
    const [later] = issues(doc);
    assert.match(describeIssue(later, 'en'), /2026 is not earlier than .* 2025/);
    assert.match(describeIssue(later, 'zh-CN'), /期间 2026 不早于该项自身的期间 2025/);
    assert.match(describeIssue(later, 'zh-Hant'), /期間 2026 不早於該項自身的期間 2025/);
  });

  test('a history beside an entry without its own period is valid, with a warning naming the missing period', () => {
    const doc = base();
    delete doc.coverage[0].period;
    const result = validateDocument(doc);
    assert.ok(result.ok);
    assert.deepEqual(result.warnings.map((w) => [w.path, w.key]), [['/coverage/0/period', 'latestUndated']]);
    for (const lang of ['zh-CN', 'zh-Hant', 'en']) assert.match(describeIssue(result.warnings[0], lang), /period/);
  });

  test('series: unique periods, earlier than the quantity, its own period only with its own value', () => {
    const doc = base();
    doc.brands[0].metrics.sales.series = [
      { period: '2022', value: 1 }, { period: '2022', value: 2 }, { period: '2025', value: 3 }, { period: '2024', value: 4 },
    ];
    assert.deepEqual(pairs(doc), [
      ['/brands/0/metrics/sales/series/1/period', 'duplicatePeriod'],
      ['/brands/0/metrics/sales/series/2/period', 'notEarlier'],
      ['/brands/0/metrics/sales/series/3/value', 'latestDiffers'],
    ]);
    doc.brands[0].metrics.sales.series = [{ period: '2023', value: 1 }, { period: '2024', value: 50000000 }];
    // (validation is cached per document object: validate a copy)
    assert.ok(validateDocument(structuredClone(doc)).ok, 'a series that repeats the latest figure is fine');
  });

  test('series on a cluster metric without a period is a warning; a series value must be finite', () => {
    const doc = base();
    doc.clusters[0].metrics.output = { value: 1, unit: '元', series: [{ period: '2023', value: 'x' }] };
    assert.deepEqual(pairs(doc), [['/clusters/0/metrics/output/series/0/value', 'type']]);
    doc.clusters[0].metrics.output.series[0].value = 2;
    const result = validateDocument(structuredClone(doc));
    assert.ok(result.ok);
    assert.deepEqual(result.warnings.map((w) => [w.path, w.key]), [['/clusters/0/metrics/output/period', 'latestUndated']]);
  });
});

describe('shipped JSON Schema', () => {
  const schema = JSON.parse(readFileSync('schema/region-brand-data.v1.schema.json', 'utf8'));
  const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
  test('accepts history and series, refuses a history entry without period or a series point without value', () => {
    assert.ok(validate(base()), JSON.stringify(validate.errors));
    const doc = base();
    doc.coverage[0].history[0] = { covered: 1, total: 2 };
    assert.equal(validate(doc), false);
    const doc2 = base();
    doc2.brands[0].metrics.sales.series[0] = { period: '2022' };
    assert.equal(validate(doc2), false);
  });
  test('the new fields are described', () => {
    const history = schema.properties.coverage.items.properties.history;
    assert.match(history.description, /Earlier figures/);
    assert.ok(history.items.properties.period.description);
  });
});

describe('spreadsheet form: one row per period', () => {
  test('history and series export as earlier rows before the latest, and import back', () => {
    const doc = validateDocument(base()).data;
    const wb = documentToWorkbook(doc);
    const coverage = wb.sheets.find((s) => s.name === '覆盖').rows;
    assert.deepEqual(coverage.slice(1).map((r) => r[coverage[0].indexOf('期间')]), ['2023', '2024', '2025']);
    const metrics = wb.sheets.find((s) => s.name === '指标值').rows;
    assert.deepEqual(metrics.slice(1).map((r) => r[metrics[0].indexOf('期间')]), ['2022', '2023', '2024', '2024']);
    const back = workbookToDocument(wb);
    assert.ok(back.ok, JSON.stringify(back.problems));
    assert.deepEqual(back.document, doc);
  });

  const sheets = (coverageRows, metricRows = []) => book({
    地区: [['编号', '名称', '级别', '数据截至'], ['kaiping', '开平市', '县', '2025-06-30']],
    单位: [['编号', '名称', '级别'], ['magang', '马冈镇', '镇']],
    品牌: [['编号', '名称', '类型', '单位'], ['magang-youpin', '马冈优品', '区域品牌', '马冈镇']],
    覆盖: [['名称', '已覆盖', '总数', '比例(%)', '期间'], ...coverageRows],
    指标值: [['对象', '指标', '数值', '单位', '期间'], ...metricRows],
  });

  test('rows written in any order: the latest period is the entry, the others its history in row order', () => {
    const result = workbookToDocument(sheets(
      [['党组织覆盖', 20, 81, null, '2024'], ['党组织覆盖', 25, 84, null, '2025'], ['党组织覆盖', null, null, '17%', '2023']],
      [['马冈优品', '销售额', '5000万', '元', '2024'], ['马冈优品', '销售额', '2100万', '元', '2022']],
    ));
    assert.ok(result.ok, JSON.stringify(result.problems));
    const [c] = result.document.coverage;
    assert.deepEqual({ covered: c.covered, total: c.total, period: c.period }, { covered: 25, total: 84, period: '2025' });
    assert.deepEqual(c.history, [{ period: '2024', covered: 20, total: 81 }, { period: '2023', ratio: 0.17 }]);
    assert.deepEqual(result.document.brands[0].metrics['销售额'], { value: 50000000, unit: '元', period: '2024', series: [{ period: '2022', value: 21000000 }] });
  });

  test('several rows of one coverage without a period, or a repeated period, are errors at their cells', () => {
    const missing = workbookToDocument(sheets([['党组织覆盖', 20, 81, null, '2024'], ['党组织覆盖', 25, 84, null, null]]));
    assert.equal(missing.ok, false);
    assert.ok(missing.problems.some((p) => p.cell === '覆盖!E3'), JSON.stringify(missing.problems));
    const repeated = workbookToDocument(sheets([['党组织覆盖', 20, 81, null, '2024'], ['党组织覆盖', 25, 84, null, '2024']]));
    assert.equal(repeated.ok, false);
    assert.ok(repeated.problems.some((p) => p.cell.startsWith('覆盖!') && p.path.startsWith('/coverage/0/')), JSON.stringify(repeated.problems));
  });
});
