// spreadsheet-format.md checked as an outside tester would: workbooks a clerk makes that the other
// tests do not cover, each against a line of the page ("import gives exactly the document",
// "reports every problem it can find, each with the cell … and the JSON Pointer it would have had").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { book, clerkBook, sheet } from './helpers.mjs';

const { workbookToDocument } = sheet;

const region = { 地区: [['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', '镇', '2022-05-27']] };

function problemsOf(workbook, lang) {
  const result = workbookToDocument(workbook, { lang });
  assert.equal(result.ok, false, `the workbook should not import: ${JSON.stringify(result.ok && result.document)}`);
  return result.problems;
}

describe('a growth written where the format has no place for it', () => {
  test('同比/环比 on a row of the default type (序列) or a target is named at its cell, not silently dropped', () => {
    const workbook = book({
      ...region,
      指标: [['名称', '单位'], ['工业总产值', '亿元']],
      指标数据: [
        ['指标', '期间', '数值', '同比', '环比', '类型'],
        ['工业总产值', '2022-Q1', '37.83', '21.85%', null, null],
        ['工业总产值', '2022', '150', null, '3%', '目标'],
      ],
    });
    const problems = problemsOf(workbook);
    assert.deepEqual(problems.map((p) => [p.severity, p.cell, p.path]), [
      ['error', '指标数据!D2', '/indicators/0/reported/yoy'],
      ['error', '指标数据!E3', '/indicators/0/reported/pop'],
    ]);
    assert.match(problems[0].message, /“同比”（yoy）.*“公布”/);
    assert.match(problems[1].message, /目标/);
    const en = problemsOf(workbook, 'en');
    assert.match(en[0].message, /reported/);
    assert.match(problemsOf(workbook, 'zh-Hant')[0].message, /「公布」/);
  });

  test('the same figures on a row of type 公布 import as the published growth', () => {
    const result = workbookToDocument(book({
      ...region,
      指标: [['名称', '单位'], ['工业总产值', '亿元']],
      指标数据: [['指标', '期间', '数值', '同比', '类型'], ['工业总产值', '2022-Q1', '37.83', '21.85%', '公布']],
    }));
    assert.equal(result.ok, true);
    assert.deepEqual(result.document.indicators[0].reported, { period: '2022-Q1', value: 3783000000, yoy: 0.2185 });
  });
});

describe('several sheets of one kind', () => {
  test('a second sheet of the same list (企业 (2), Enterprises) is an error at its A1 that says how to fix it, not silently ignored', () => {
    const workbook = clerkBook({ '企业 (2)': [['集群', '名称'], ['goose', '丙公司']] });
    const problems = problemsOf(workbook);
    assert.deepEqual(problems.map((p) => [p.severity, p.cell]), [['error', '企业 (2)!A1']]);
    assert.match(problems[0].message, /“企业 \(2\)”.*“企业”.*移到/);
    assert.match(problemsOf(clerkBook({ Enterprises: [['cluster', 'name'], ['goose', '丁公司']] }), 'en')[0].message, /“Enterprises”.*“企业”.*move/);
  });

  test('an empty copy (headers only) is only noted', () => {
    const result = workbookToDocument(clerkBook({ 'Enterprises': [['cluster', 'name']] }));
    assert.equal(result.ok, true);
    assert.deepEqual(result.warnings.map((p) => p.cell), ['Enterprises!A1']);
  });
});

describe('cells a clerk must correct are said with how to correct them', () => {
  test('a number or a count that cannot be read gives an example of what to write, in three languages', () => {
    const workbook = book({ ...region, 覆盖: [['名称', '已覆盖', '总数'], ['行政村', '约400', '424.5']] });
    const [number, count] = problemsOf(workbook);
    assert.deepEqual([number.cell, count.cell], ['覆盖!B2', '覆盖!C2']);
    assert.match(number.message, /^“约400”不是数字：.*37\.83亿/);
    assert.match(count.message, /^“424\.5”不是非负整数：.*如 424/);
    assert.match(problemsOf(workbook, 'en')[0].message, /is not a number: write a number/);
    assert.match(problemsOf(workbook, 'zh-Hant')[1].message, /請填 0 或正整數/);
  });
});

describe('CSV encodings', () => {
  test('UTF-16 with its byte-order mark (Excel’s “Unicode text”, tab-separated, saved as .csv) reads as the text it holds', async () => {
    const text = '\uFEFF编号\t名称\t级别\t数据截至\r\ntaiping\t太平镇\t镇\t2022-05-27\r\n';
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      [le[2 * i], le[2 * i + 1]] = [code & 0xff, code >> 8];
      [be[2 * i], be[2 * i + 1]] = [code >> 8, code & 0xff];
    }
    for (const bytes of [le, be]) {
      const result = workbookToDocument(await sheet.readWorkbookFile(bytes, '地区.csv'));
      assert.equal(result.ok, true, JSON.stringify(result.problems));
      assert.deepEqual(result.document.region, { id: 'taiping', name: '太平镇', level: 'town' });
    }
  });
});

describe('CSV files named the way spreadsheet programs and browsers name them', () => {
  const csv = (text) => new TextEncoder().encode(text);
  const files = {
    region: '编号,名称,级别,数据截至\r\ntaiping,太平镇,镇,2022-05-27\r\n',
    clusters: 'name,units,id\r\n鹅产业,太平镇,goose\r\n',
    enterprises: '集群,名称\r\ngoose,甲公司\r\n',
  };
  async function read(names) {
    const sheets = [];
    for (const [name, text] of names) sheets.push(...(await sheet.readWorkbookFile(csv(text), name)).sheets);
    return { sheets };
  }

  test('Google Sheets’ “<workbook> - <sheet>.csv”, a second download’s “ (1)”, either language, any case', async () => {
    const expected = workbookToDocument(await read([['地区.csv', files.region], ['集群.csv', files.clusters], ['企业.csv', files.enterprises]]));
    assert.equal(expected.ok, true, JSON.stringify(expected.problems));
    assert.deepEqual(expected.document.clusters[0].enterprises, [{ name: '甲公司' }]);
    for (const names of [
      ['太平镇数据 - 地区.csv', '太平镇数据 - Clusters.csv', '太平镇数据 - 企业.csv'],
      ['地区 (1).csv', 'CLUSTERS (2).csv', '企业（1）.csv'],
      ['Region.CSV', 'data/clusters.csv', 'Taiping - Enterprises (1).csv'],
    ]) {
      const result = workbookToDocument(await read(names.map((name, i) => [name, Object.values(files)[i]])));
      assert.equal(result.ok, true, `${names}: ${JSON.stringify(result.problems)}`);
      assert.deepEqual(result.document, expected.document, names.join(', '));
    }
  });

  test('a file whose name is no sheet’s is an error naming the file and the names it could have', async () => {
    const workbook = await read([['地区.csv', files.region], ['企业名单.csv', files.enterprises]]);
    const problems = problemsOf(workbook);
    assert.deepEqual(problems.map((p) => [p.severity, p.cell]), [['error', '企业名单!A1']]);
    assert.match(problems[0].message, /“企业名单\.csv”.*企业\/enterprises.*指标数据\/indicator values/);
    assert.match(problemsOf(workbook, 'en')[0].message, /“企业名单\.csv” was not read.*rename it to one of 地区\/region, 来源\/sources, /);
    assert.match(problemsOf(workbook, 'zh-Hant')[0].message, /「企业名单\.csv」/);
  });

  test('two files of the same sheet are an error naming both files', async () => {
    const problems = problemsOf(await read([
      ['地区.csv', files.region], ['集群.csv', files.clusters], ['企业.csv', files.enterprises], ['工作簿 - 企业 (1).csv', '集群,名称\r\ngoose,乙公司\r\n'],
    ]));
    assert.deepEqual(problems.map((p) => [p.severity, p.cell]), [['error', '工作簿 - 企业 (1)!A1']]);
    assert.match(problems[0].message, /“工作簿 - 企业 \(1\)\.csv”与“企业\.csv”是同一张表/);
  });
});

describe('a unit in a header is the unit of the figures it heads', () => {
  const coverage = [
    ['编号', '名称', '已覆盖（个）', '总数（个）', '比例', '单位'],
    ['villages', '行政村', 150, 200, null, null],
    ['households', '农户', null, null, '74.85%', null],
    ['firms', '企业', null, null, 0.5, '家'],
    ['farms', '农场', 3, 4, null, '户'],
  ];

  test('覆盖: a row with only a ratio takes no unit from 已覆盖（个）; the row’s 单位 comes first', () => {
    const result = workbookToDocument(book({ ...region, 覆盖: coverage }));
    assert.equal(result.ok, true, JSON.stringify(result.problems));
    assert.deepEqual(result.document.coverage, [
      { id: 'villages', name: '行政村', covered: 150, total: 200, unit: '个' },
      { id: 'households', name: '农户', ratio: 0.7485 },
      { id: 'firms', name: '企业', ratio: 0.5, unit: '家' },
      { id: 'farms', name: '农场', covered: 3, total: 4, unit: '户' },
    ]);
  });

  test('覆盖 over several periods: counts on an earlier row take the header unit; a 单位 written on one row only is the entry’s', () => {
    const result = workbookToDocument(book({
      ...region,
      覆盖: [
        ['编号', '名称', '已覆盖（个）', '总数（个）', '比例', '单位', '期间'],
        ['villages', '行政村', 150, 200, null, null, '2021'],
        ['villages', '行政村', null, null, '80%', null, '2022'],
        ['farms', '农场', 3, 4, null, '户', '2021'],
        ['farms', '农场', 4, 4, null, null, '2022'],
      ],
    }));
    assert.equal(result.ok, true, JSON.stringify(result.problems));
    assert.deepEqual(result.document.coverage.map((c) => [c.id, c.unit]), [['villages', '个'], ['farms', '户']]);
  });

  test('the document exports and imports back to itself', () => {
    const { document } = workbookToDocument(book({ ...region, 覆盖: coverage }));
    for (const lang of ['zh-CN', 'en']) {
      const again = workbookToDocument(sheet.documentToWorkbook(document, { lang }), { lang });
      assert.equal(again.ok, true, JSON.stringify(again.problems));
      assert.deepEqual(again.document, document);
    }
  });
});

describe('dates that a spreadsheet program saved as text', () => {
  test('a date cell shown with its time (2022/5/27 0:00, 2022-05-27T00:00:00) is the date; another time is not a date', async () => {
    for (const text of ['2022/5/27 0:00', '2022-05-27 00:00:00', '2022-05-27T00:00:00']) {
      const csv = `编号,名称,级别,数据截至\r\ntaiping,太平镇,镇,${text}\r\n`;
      const result = workbookToDocument(await sheet.readWorkbookFile(new TextEncoder().encode(csv), '地区.csv'));
      assert.equal(result.ok, true, `${text}: ${JSON.stringify(result.problems)}`);
      assert.equal(result.document.asOf, '2022-05-27');
    }
    const problems = problemsOf(book({ 地区: [['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', '镇', '2022/5/27 13:45']] }));
    assert.deepEqual(problems.map((p) => p.cell), ['地区!D2']);
  });
});

describe('periods as clerks write them', () => {
  test('2022年度 is the year 2022, in 指标数据 and 覆盖 alike', () => {
    const result = workbookToDocument(book({
      ...region,
      指标: [['名称', '单位'], ['工业总产值', '亿元']],
      指标数据: [['指标', '期间', '数值'], ['工业总产值', '2021年度', 31], ['工业总产值', '2022 年度', 37]],
      覆盖: [['名称', '比例', '期间'], ['行政村', 0.8, '2022年度']],
    }));
    assert.equal(result.ok, true, JSON.stringify(result.problems));
    assert.deepEqual(result.document.indicators[0].series.map((p) => p.period), ['2021', '2022']);
    assert.equal(result.document.coverage[0].period, '2022');
    assert.deepEqual(problemsOf(book({ ...region, 覆盖: [['名称', '比例', '期间'], ['行政村', 0.8, '2022年度上']] })).map((p) => p.cell), ['覆盖!C2']);
  });
});

describe('a row that has no place in the document hides nothing else', () => {
  // Two of the format's rules broken on rows of their own: covered > total, a brand cycle.
  const rules = {
    ...region,
    覆盖: [['名称', '已覆盖', '总数'], ['行政村', 30, 22]],
    品牌: [['名称', '类型', '上级品牌'], ['甲', '区域品牌', '乙'], ['乙', 'region', '甲']],
    集群: [['名称', '单位'], ['鹅', 'taiping']],
  };
  const ruled = [['品牌!C2', '/brands/0/parent'], ['覆盖!B2', '/coverage/0/covered']];

  test('an empty or unknown parent cell (集群, 品牌, 指标, 覆盖, 对象) or metric is at its cell with the pointer of the list the row belongs in, beside the rules broken elsewhere', () => {
    for (const [extra, expected] of [
      [{ 企业: [['集群', '名称'], [null, '甲公司']] }, ['企业!A2', '/clusters']],
      [{ 品牌产品: [['品牌', '产品'], ['丙', '鹅']] }, ['品牌产品!A2', '/brands']],
      [{ 品牌产品: [['品牌', '产品'], [null, '鹅']] }, ['品牌产品!A2', '/brands']],
      [{ 指标: [['名称', '单位'], ['产值', '元']], 指标数据: [['指标', '期间', '数值'], [null, '2022', 1]] }, ['指标数据!A2', '/indicators']],
      [{ 覆盖明细: [['覆盖', '单位', '已覆盖', '总数'], ['户', 'taiping', 1, 1]] }, ['覆盖明细!A2', '/coverage']],
      [{ 覆盖明细: [['覆盖', '单位', '已覆盖', '总数'], [null, 'taiping', 1, 1]] }, ['覆盖明细!A2', '/coverage']],
      [{ 指标值: [['对象', '指标', '数值', '单位'], [null, 'sales', 1, '元']] }, ['指标值!A2', '/brands']],
      [{ 指标值: [['对象', '指标', '数值', '单位'], ['甲', null, 1, '元']] }, ['指标值!B2', '/brands/0/metrics']],
    ]) {
      const problems = problemsOf(book({ ...rules, ...extra }));
      assert.deepEqual(problems.map((p) => [p.cell, p.path]), [expected, ...ruled], JSON.stringify(extra));
    }
  });
});

describe('a required column missing', () => {
  test('is named at its header row with the JSON Pointer of its field on the first row (or the list a parent column places rows in)', () => {
    const problems = problemsOf(book({
      地区: [['编号', '名称', '级别'], ['taiping', '太平镇', '镇']],
      单位: [['编号', '名称'], ['magang', '马冈镇']],
      集群: [['编号', '名称', '单位'], ['goose', '鹅', 'magang']],
      企业: [['名称', '单位'], ['甲公司', 'magang']],
      指标: [['名称', '单位'], ['产值', '元']],
      指标数据: [['指标', '数值', '类型'], ['产值', 3, '公布']],
      指标值: [['对象', '数值', '单位'], ['goose', 1, '元']],
    }), 'en');
    assert.deepEqual(problems.map((p) => [p.cell, p.path]), [
      ['地区!1:1', '/asOf'],
      ['单位!1:1', '/units/0/level'],
      ['企业!1:1', '/clusters'],
      ['指标数据!1:1', '/indicators/0/reported/period'],
      ['指标值!1:1', '/clusters/0/metrics'],
    ]);
    assert.equal(problems[1].message, 'sheet “单位” has no column “级别” (level)');
  });
});

describe('a figure given twice is said with the cells of both', () => {
  const workbook = book({
    ...region,
    单位: [['编号', '名称', '级别'], ['a', '甲镇', '镇'], ['a', '乙镇', '镇']],
    指标: [['编号', '名称', '单位'], ['i', '产值', '元']],
    指标数据: [['指标', '期间', '数值', '类型'], ['i', '2022', 1, null], ['i', '2022', 2, null], ['i', '2023', 3, '公布'], ['i', '2024', 4, '公布']],
  });

  test('a repeated id or period cites the cell of the first (单位!A2), not its JSON Pointer; a second 公布 row names the first row', () => {
    const problems = problemsOf(workbook);
    assert.deepEqual(problems.map((p) => [p.cell, p.path]), [
      ['指标数据!D5', '/indicators/0/reported'],
      ['单位!A3', '/units/1/id'],
      ['指标数据!B3', '/indicators/0/series/1/period'],
    ]);
    assert.match(problems[0].message, /^指标“i”已有一行类型为“公布”的数据（第 4 行）：每个指标只能有一行公布，请删去/);
    assert.match(problems[1].message, /编号“a”重复（首次出现在 单位!A2）/);
    assert.match(problems[2].message, /期间 2022 重复（首次出现在 指标数据!B2）/);
    const en = problemsOf(workbook, 'en');
    assert.match(en[0].message, /indicator “i” already has a row of type 公布 \(row 4\)/);
    assert.match(en[1].message, /first at 单位!A2/);
    assert.match(problemsOf(workbook, 'zh-Hant')[0].message, /（第 4 列）/);
  });
});

describe('lists in messages', () => {
  test('the allowed values and the known names are listed with each language’s separator (English had 、)', () => {
    const workbook = book({
      地区: [['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', '县城', '2022-05-27']],
      单位: [['编号', '名称', '级别'], ['a', 'Town One', '镇'], ['b', 'Park', '园区']],
      集群: [['名称', '单位'], ['鹅', 'Town Two']],
      指标值: [['对象', '指标', '数值', '单位'], ['鸭', 'sales', 1, '元']],
    });
    const at = (lang) => Object.fromEntries(problemsOf(workbook, lang).map((p) => [p.cell, p.message]));
    const en = at('en');
    assert.match(en['地区!C2'], /\(allowed: 省\/province, 市\/city, 县\/county, /);
    assert.match(en['集群!B2'], /“Town Two” is not a known unit \(sheet 单位 has: 太平镇, Town One, Park\)/);
    assert.match(en['指标值!A2'], /“鸭” is not a known brand or cluster \(sheet 品牌\/集群 has: 鹅\)/);
    for (const message of Object.values(en)) assert.doesNotMatch(message, /、/);
    const zh = at('zh-CN');
    assert.match(zh['地区!C2'], /（可用：省\/province、市\/city、/);
    assert.match(zh['集群!B2'], /（单位表中有：太平镇、Town One、Park）/);
  });
});

describe('rows numbered ahead', () => {
  test('a row that holds only its 序号 (numbers filled down a list not yet finished) is an empty row, skipped', () => {
    const numbered = book({
      ...region,
      集群: [['序号', '名称', '单位'], [1, '鹅', 'taiping'], [2, null, null], ['3', '', null]],
      企业: [['No.', '集群', '名称'], [1, '鹅', '甲公司'], [2, null, null], [3, null, null], [4, '鹅', '乙公司']],
    });
    const result = workbookToDocument(numbered);
    assert.equal(result.ok, true, JSON.stringify(result.problems));
    assert.deepEqual(result.document.clusters, [{ id: '鹅', name: '鹅', units: ['taiping'], enterprises: [{ name: '甲公司' }, { name: '乙公司' }] }]);
    assert.deepEqual(result.warnings.map((w) => w.cell), ['集群!A1', '企业!A1'], 'the 序号 columns are noted as before');
    // A row with a figure beside its number is still read, and named where it lacks something.
    numbered.sheets[2].rows[2] = [2, null, '丙公司'];
    assert.deepEqual(problemsOf(numbered).filter((p) => p.severity === 'error').map((p) => [p.cell, p.path]), [['企业!B3', '/clusters']]);
  });
});
