// Each problem's JSON Pointer is the one its row has in the document once the clerk fixes the
// workbook (spreadsheet-format.md, "Errors": "the JSON Pointer it would have had"): a row whose
// cells fail still takes its place among the rows of its parent, so later rows keep theirs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { book, sheet } from './helpers.mjs';

const { workbookToDocument } = sheet;

const region = { 地区: [['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', '镇', '2022-05-27']] };
const units = { 单位: [['编号', '名称', '级别'], ['magang', '马冈镇', '镇'], ['dasha', '大沙镇', '镇']] };

function problemsOf(workbook) {
  const result = workbookToDocument(workbook);
  assert.equal(result.ok, false, `the workbook should not import: ${JSON.stringify(result.ok && result.document)}`);
  return result.problems.map((p) => [p.cell, p.path]);
}

/** The value at a JSON Pointer of a document. */
function at(doc, path) {
  return path.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~')).reduce((node, key) => node?.[key], doc);
}

/** The workbook with some cells replaced: `{ 指标数据: { C2: 5 } }`. */
function fixed(workbook, fixes) {
  return {
    sheets: workbook.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((row, r) => row.map((cell, c) => {
        const address = `${String.fromCharCode(65 + c)}${r + 1}`;
        return fixes[s.name] && address in fixes[s.name] ? fixes[s.name][address] : cell;
      })),
    })),
  };
}

function imported(workbook) {
  const result = workbookToDocument(workbook);
  assert.equal(result.ok, true, JSON.stringify(result.problems));
  return result.document;
}

describe('a row that fails keeps its place among the rows of its parent', () => {
  test('指标数据: after a bad number, later rows of the series point at their own index, as in the fixed workbook', () => {
    const workbook = book({
      ...region,
      指标: [['编号', '名称', '单位'], ['output', '工业总产值', '亿元'], ['grain', '粮食产量', '吨']],
      指标数据: [
        ['指标', '期间', '数值', '同比', '类型'],
        ['output', '2019', '约30', null, null],
        ['grain', '2020', '12', null, null],
        ['output', '2020', '三十一', null, null],
        ['output', '2021', '37.83', '21.85%', '公布'],
        ['output', '2021', '36', null, null],
        ['output', '2021', '36.5', null, null],
      ],
    });
    assert.deepEqual(problemsOf(workbook), [
      ['指标数据!C2', '/indicators/0/series/0/value'],
      ['指标数据!C4', '/indicators/0/series/1/value'],
      // The repeated period of row 7 is still found, at the index row 7 has.
      ['指标数据!B7', '/indicators/0/series/3/period'],
    ]);
    const doc = imported(fixed(workbook, { 指标数据: { C2: 30, C4: 31, B7: '2022' } }));
    assert.deepEqual(at(doc, '/indicators/0/series/1'), { period: '2020', value: 3100000000 });
    assert.deepEqual(at(doc, '/indicators/0/series/3'), { period: '2022', value: 3650000000 });
  });

  test('指标数据: a row of an unknown indicator points past the end of the list, never at index -1', () => {
    const workbook = book({
      ...region,
      指标: [['编号', '名称', '单位'], ['output', '工业总产值', '亿元']],
      指标数据: [['指标', '期间', '数值', '同比', '类型'], ['产值', '2021', 'x', '3%', '序列']],
    });
    const problems = problemsOf(workbook);
    assert.deepEqual(problems, [
      ['指标数据!A2', '/indicators'],
      ['指标数据!C2', '/indicators/-/series/-/value'],
      ['指标数据!D2', '/indicators/-/reported/yoy'],
    ]);
  });

  test('覆盖明细: an unknown unit and a bad count keep their rows’ places; a later row’s covered > total is still found', () => {
    const workbook = book({
      ...region, ...units,
      覆盖: [['编号', '名称', '已覆盖', '总数'], ['villages', '行政村', 10, 20]],
      覆盖明细: [
        ['覆盖', '单位', '已覆盖', '总数'],
        ['villages', '大沙', 1, 2],
        ['villages', '马冈镇', '一', 2],
        ['villages', 'dasha', 5, 4],
      ],
    });
    assert.deepEqual(problemsOf(workbook), [
      ['覆盖明细!B2', '/coverage/0/breakdown/0/unit'],
      ['覆盖明细!C3', '/coverage/0/breakdown/1/covered'],
      ['覆盖明细!C4', '/coverage/0/breakdown/2/covered'],
    ]);
    const doc = imported(fixed(workbook, { 覆盖明细: { B2: '大沙镇', C3: 1, C4: 3 } }));
    assert.deepEqual(at(doc, '/coverage/0/breakdown/2'), { unit: 'dasha', covered: 3, total: 4 });
  });

  test('企业 and 品牌产品: a failed row before keeps later rows at their own index', () => {
    const workbook = book({
      ...region, ...units,
      品牌: [['编号', '名称', '类型'], ['tea', '茶', '区域品牌']],
      品牌产品: [['品牌', '产品', '类别'], ['tea', '红茶', '饮料'], ['tea', '绿茶', '农产品'], ['tea', '白茶', '饮品']],
      集群: [['编号', '名称', '单位'], ['goose', '鹅产业', '马冈镇']],
      企业: [['集群', '名称', '单位', '规上'], ['goose', '甲', '马冈镇', '也许'], ['goose', '乙', '大沙', '是']],
    });
    assert.deepEqual(problemsOf(workbook), [
      ['品牌产品!C2', '/brands/0/products/0/category'],
      ['品牌产品!C4', '/brands/0/products/2/category'],
      ['企业!D2', '/clusters/0/enterprises/0/aboveScale'],
      ['企业!C3', '/clusters/0/enterprises/1/unit'],
    ]);
    const doc = imported(fixed(workbook, { 品牌产品: { C2: '农产品', C4: '农产品' }, 企业: { D2: '否', C3: '大沙镇' } }));
    assert.equal(at(doc, '/brands/0/products/2/name'), '白茶');
    assert.equal(at(doc, '/clusters/0/enterprises/1/name'), '乙');
  });

  test('指标值: rows of one metric say what is wrong with them: a unit unlike the latest row’s, a period given twice, a missing period', () => {
    const workbook = book({
      ...region,
      品牌: [['编号', '名称', '类型'], ['tea', '茶', '区域品牌']],
      指标值: [
        ['对象', '指标', '数值', '单位', '期间'],
        ['tea', 'sales', 5, '万元', '2022'],
        ['tea', 'sales', 7, '吨', '2021'],
        ['tea', 'sales', 9, '万元', '2022'],
        ['茶', 'tax', 1, '万元', ''],
        ['茶', 'tax', 2, '万元', '2021'],
      ],
    });
    const result = workbookToDocument(workbook);
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems.map((p) => [p.cell, p.message]), [
      ['指标值!D3', '“tea”的“sales”各期的单位应相同：此行是“吨”，最近一期（第 4 行）是“万元”：请改成同一单位'],
      ['指标值!E4', '“tea”的“sales”在 2022 已有一行（第 2 行）：每个期间只填一行，请删去多余的一行或改正期间'],
      ['指标值!E5', '“茶”的“tax”有多行：每行都要填期间（最近一期是当前数值，其余是历年数值）'],
    ]);
    const en = workbookToDocument(workbook, { lang: 'en' });
    assert.match(en.problems[1].message, /“sales” of “tea” already has a row for 2022 \(row 2\)/);
    assert.match(workbookToDocument(workbook, { lang: 'zh-Hant' }).problems[0].message, /各期的單位應相同：此列是「吨」/);
  });

  test('指标值: an earlier period’s row points into the series, counting a row whose value failed', () => {
    const workbook = book({
      ...region,
      品牌: [['编号', '名称', '类型'], ['tea', '茶', '区域品牌']],
      指标值: [
        ['对象', '指标', '数值', '单位', '期间'],
        ['tea', 'sales', '约5', '万元', '2020'],
        ['tea', 'sales', 7, '吨', '2021'],
        ['tea', 'sales', 9, '万元', '2022'],
      ],
    });
    assert.deepEqual(problemsOf(workbook), [
      ['指标值!C2', '/brands/0/metrics/sales/series/0/value'],
      ['指标值!D3', '/brands/0/metrics/sales/series/1'],
    ]);
    const doc = imported(fixed(workbook, { 指标值: { C2: 5, D3: '万元' } }));
    assert.deepEqual(at(doc, '/brands/0/metrics/sales'), {
      value: 90000, unit: '元', period: '2022', series: [{ period: '2020', value: 50000 }, { period: '2021', value: 70000 }],
    });
  });

  test('覆盖: a bad period on an earlier row is reported once, at the history entry the row becomes', () => {
    const workbook = book({
      ...region,
      覆盖: [['名称', '已覆盖', '总数', '期间'], ['行政村', 1, 4, '2021'], ['行政村', 2, 4, '去年'], ['行政村', 3, 4, '2023']],
    });
    assert.deepEqual(problemsOf(workbook), [['覆盖!D3', '/coverage/0/history/1/period']]);
    const doc = imported(fixed(workbook, { 覆盖: { D3: '2022' } }));
    assert.deepEqual(at(doc, '/coverage/0/history/1'), { period: '2022', covered: 2, total: 4 });
  });
});
