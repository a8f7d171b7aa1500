// spreadsheet-format.md clause by clause, a second time, with workbooks a clerk might write that
// no other test uses (test/fixtures/clause-workbooks.json: English aliases, mixed languages,
// full-width brackets, headers with units, every list separator, references by name and id, the
// region as a unit, yes/no words, thousands separators, spreadsheet dates, headers-only sheets,
// empty rows, trailing spaces, columns in any order, and workbooks with errors). Each is imported
// as rows, as an XLSX file, as CSV files and by the command line; each that imports is exported
// and imported back (XLSX and CSV, both languages) to the same document. The browser runs the
// same workbooks through the worker (test/sheet/clauses.test.ts).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { book, cli, root, sheet, tempDir, validation } from './helpers.mjs';

const { workbookToDocument, documentToWorkbook, readWorkbookFile, writeXlsx, writeCsv } = sheet;
const workbooks = JSON.parse(readFileSync(join(root, 'test/fixtures/clause-workbooks.json'), 'utf8'));

/** What an import gives, in the shape the fixture keeps. */
function outcome(result) {
  return result.ok
    ? { document: result.document, warnings: result.warnings.map((w) => [w.cell, w.path]) }
    : { problems: result.problems.map((p) => [p.cell, p.path]) };
}

const expected = (w) => (w.document ? { document: w.document, warnings: w.warnings } : { problems: w.problems });

async function viaCsv(workbook, lang) {
  const sheets = [];
  for (const file of writeCsv(workbook)) sheets.push(...(await readWorkbookFile(new TextEncoder().encode(file.text), `${file.name}.csv`)).sheets);
  return workbookToDocument({ sheets }, { lang });
}

async function viaXlsx(workbook, lang) {
  return workbookToDocument(await readWorkbookFile(await writeXlsx(workbook), 'clerk.xlsx'), { lang });
}

for (const w of workbooks) {
  const lang = w.lang ?? 'zh-CN';
  describe(w.clause, () => {
    const workbook = book(w.sheets);

    test('rows, an XLSX file and CSV files give the same document (or the same problems, each with its cell and pointer)', async () => {
      assert.deepEqual(outcome(workbookToDocument(workbook, { lang })), expected(w));
      assert.deepEqual(outcome(await viaXlsx(workbook, lang)), expected(w), 'XLSX');
      assert.deepEqual(outcome(await viaCsv(workbook, lang)), expected(w), 'CSV');
      if (w.problems) for (const [cell, path] of w.problems) assert.ok(cell && path, `${cell} ${path}: every problem has a cell and a pointer`);
      // The problems said in the sheet's own language: every message names what and where in words.
      const said = workbookToDocument(workbook, { lang });
      if (!said.ok) for (const p of said.problems) assert.ok(p.message.length > 10 && !/undefined|\[object/.test(p.message), p.message);
    });

    test('the command line reads the CSV folder the same way', async () => {
      const dir = join(tempDir(), 'book');
      mkdirSync(dir);
      for (const file of writeCsv(workbook)) writeFileSync(join(dir, `${file.name}.csv`), file.text);
      const run = await cli('import', dir, '--lang', lang);
      if (w.document) {
        assert.equal(run.code, 0, run.stderr);
        assert.deepEqual(JSON.parse(run.stdout), w.document);
      } else {
        assert.equal(run.code, 1);
        assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
        const direct = workbookToDocument(workbook, { lang });
        for (const p of direct.problems) assert.ok(run.stderr.includes(`${p.cell} ${p.path}: ${p.message}`), `${p.cell} ${p.path} in ${run.stderr}`);
      }
    });

    if (w.document) {
      test('export → import gives the same document (XLSX and CSV, Chinese and English)', async () => {
        for (const l of ['zh-CN', 'en']) {
          const exported = documentToWorkbook(w.document, { lang: l });
          for (const back of [await viaXlsx(exported, l), await viaCsv(exported, l)]) {
            assert.ok(back.ok, JSON.stringify(back.problems));
            assert.deepEqual(back.document, w.document);
          }
        }
      });
    }
  });
}

test('the messages of the fixture’s workbooks with errors say what and where, in the language asked', () => {
  const messages = (clause) => {
    const w = workbooks.find((b) => b.clause.startsWith(clause));
    const result = workbookToDocument(book(w.sheets), { lang: w.lang });
    return result.problems.map((p) => p.message);
  };
  const judged = messages('errors: a row with a cell error');
  assert.match(judged[0], /“townn” is not an allowed value/);
  assert.match(judged.at(-1), /covered \(500\) is greater than total \(424\)/);
  assert.ok(judged.some((m) => /id "t1" is used twice \(first at Units!A2\)/.test(m)));
  assert.ok(judged.some((m) => /cycle: a → b → a/.test(m)));
  assert.deepEqual(messages('errors: a missing required column'), ['“Units”表缺少“level”列', '“集群”表缺少“单位”（units）列']);
});

test('a workbook headed in English names the sheets it lacks, and those it has, as it does', () => {
  const workbook = book({
    Region: [['ID', 'Name', 'Level', 'As of'], ['kp', 'Kaiping', 'county', '2025-06-30']],
    Clusters: [['Name', 'Units'], ['Goose', 'Town X']],
    Metrics: [['Owner', 'Metric', 'Value', 'Unit'], ['Duck', 'output', 1, '元']],
  });
  for (const lang of ['en', 'zh-CN']) {
    const result = workbookToDocument(workbook, { lang });
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems.map((p) => [p.cell, p.path]), [['Metrics!A2', '/clusters'], ['Clusters!B2', '/clusters/0/units/0']]);
    const [owner, unit] = result.problems.map((p) => p.message);
    assert.match(unit, /units/, unit);
    assert.doesNotMatch(unit, /单位表|sheet 单位/, unit);
    assert.match(owner, /brands\/Clusters/, owner);
  }
});

describe('a value in % is stored as a ratio, exactly, and written back as the percentage', () => {
  const region = { 地区: [['编号', '名称', '级别', '数据截至'], ['kp', '开平市', '县', '2025-06-30']] };

  test('65.3 under 数值(%), 65.3% in a cell, 7 under 占比(%): 0.653, 0.653, 0.07, not 0.6529999999999999 or 0.07000000000000001', () => {
    const result = workbookToDocument(book({
      ...region,
      指标: [['名称', '单位'], ['城镇化率', '%']],
      指标数据: [['指标', '期间', '数值(%)'], ['城镇化率', 2021, 65.3], ['城镇化率', 2022, '65.3%']],
      集群: [['名称', '单位'], ['鹅', 'kp']],
      企业: [['集群', '名称', '占比(%)'], ['鹅', '甲', 7], ['鹅', '乙', '7%']],
    }));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.deepEqual(result.document.indicators[0].series.map((p) => p.value), [0.653, 0.653]);
    assert.deepEqual(result.document.clusters[0].enterprises.map((e) => e.metrics['占比']), [{ value: 0.07, unit: '%' }, { value: 0.07, unit: '%' }]);
  });

  test('any ratio comes back the same number through XLSX and CSV', async () => {
    const ratios = [0.653, 0.07, 0.1 + 0.2, 1e-7, -0.2185, 1.2345678901234567, 12345.678, 0];
    const doc = {
      format: 'region-brand-data', version: 1, region: { id: 'kp', name: '开平市', level: 'county' }, asOf: '2025-06-30',
      units: [], brands: [{ id: 'b', name: 'B', kind: 'party', metrics: { share: { value: 0.125, unit: '%', period: '2024', series: [{ period: '2023', value: 0.1 + 0.2 }] } } }], clusters: [], coverage: [],
      indicators: [{ id: 'urban', name: '城镇化率', unit: '%', series: ratios.map((value, i) => ({ period: String(2001 + i), value })) }],
    };
    for (const lang of ['zh-CN', 'en']) {
      const workbook = documentToWorkbook(doc, { lang });
      const values = workbook.sheets.find((s) => s.name === (lang === 'en' ? 'indicator values' : '指标数据')).rows.slice(1).map((r) => r[2]);
      assert.deepEqual(values.slice(0, 3), ['65.3%', '7%', '30.000000000000004%'], 'written as the percentage a clerk reads');
      for (const back of [await viaXlsx(workbook, lang), await viaCsv(workbook, lang)]) {
        assert.ok(back.ok, JSON.stringify(back.problems));
        assert.deepEqual(back.document, doc);
      }
    }
  });
});

test('a JSON document with a share of 65.3 in % (the percentage written out) is warned with the ratio to write, in three languages', () => {
  const doc = {
    format: 'region-brand-data', version: 1, region: { id: 'kp', name: '开平市', level: 'county' }, asOf: '2025-06-30',
    units: [], brands: [{ id: 'b', name: 'B', kind: 'party', metrics: { share: { value: 65.3, unit: '%' }, ok: { value: 0.653, unit: '%' } } }], clusters: [], coverage: [],
    indicators: [{ id: 'urban', name: '城镇化率', unit: '%', series: [{ period: '2022', value: 65.3 }] }, { id: 'rate', name: '完成率', unit: '%', series: [{ period: '2022', value: 1.2 }] }],
  };
  const result = validation.validateDocument(doc);
  assert.ok(result.ok);
  const warned = result.warnings.filter((w) => w.key === 'percentFigure');
  assert.deepEqual(warned.map((w) => w.path), ['/brands/0/metrics/share/value', '/indicators/0/unit']);
  const say = (lang) => validation.describeIssue(warned[0], lang);
  assert.match(say('en'), /65\.3 in % looks like a percentage written out.*for 65\.3% write 0\.653/);
  assert.match(say('zh-CN'), /如指 65\.3%，请写 0\.653/);
  assert.match(say('zh-Hant'), /如指 65\.3%，請寫 0\.653/);
});

describe('dates a clerk’s spreadsheet program writes', () => {
  test('a US date (3/31/2022) is that day; a day-first one whose day cannot be a month (31/3/2022) too; M/YYYY is a month', () => {
    const result = workbookToDocument(book({
      地区: [['编号', '名称', '级别', '数据截至'], ['kp', '开平市', '县', '3/31/2022']],
      来源: [['标题', '日期'], ['A', '31/3/2022'], ['B', '12/12/2022'], ['C', '3/31/2022 0:00']],
      指标: [['名称', '单位'], ['x', '个']], 指标数据: [['指标', '期间', '数值'], ['x', '3/2022', 1], ['x', '3/31/2022', 2]],
    }));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.equal(result.document.asOf, '2022-03-31');
    assert.deepEqual(result.document.sources.map((s) => s.date), ['2022-03-31', '2022-12-12', '2022-03-31']);
    assert.deepEqual(result.document.indicators[0].series.map((p) => p.period), ['2022-03', '2022-03-31']);
  });

  test('a date either number of which could be the month (4/5/2025) names both days and how to write it, in three languages', () => {
    const workbook = book({ 地区: [['编号', '名称', '级别', '数据截至'], ['kp', '开平市', '县', '4/5/2025']] });
    const messages = ['zh-CN', 'zh-Hant', 'en'].map((lang) => {
      const result = workbookToDocument(workbook, { lang });
      assert.equal(result.ok, false);
      assert.deepEqual(result.problems.map((p) => [p.cell, p.path]), [['地区!D2', '/asOf']]);
      return result.problems[0].message;
    });
    assert.match(messages[0], /“4\/5\/2025”既可能是 2025-04-05 也可能是 2025-05-04：请按年-月-日写/);
    assert.match(messages[1], /「4\/5\/2025」既可能是 2025-04-05 也可能是 2025-05-04：請按年-月-日寫/);
    assert.match(messages[2], /could be 2025-04-05 or 2025-05-04: write the date as year-month-day/);
  });

  test('a CSV file of date cells saved as serial numbers (45838) reads them as the days they are', async () => {
    const text = '编号,名称,级别,数据截至\r\nkp,开平市,县,45838\r\n';
    const result = workbookToDocument(await readWorkbookFile(new TextEncoder().encode(text), '地区.csv'));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.equal(result.document.asOf, '2025-06-30');
  });
});

describe('every problem an import can find', () => {
  test('a cell error hides none of the format’s rules on its own row, and adds no “missing” of its own', () => {
    const result = workbookToDocument(book({
      地区: [['编号', '名称', '级别', '数据截至'], ['kp', '开平市', '县', '2025-06-30']],
      覆盖: [['名称', '已覆盖', '总数', '比例', '期间'], ['行政村', 500, 424, null, '去年'], ['自然村', '约400', 424, null, '2022'], ['参与率', null, null, '七成', '2022']],
    }), { lang: 'en' });
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems.map((p) => [p.cell, p.path]), [
      ['覆盖!E2', '/coverage/0/period'], ['覆盖!B3', '/coverage/1/covered'], ['覆盖!D4', '/coverage/2/ratio'],
      ['覆盖!B2', '/coverage/0/covered'],
    ]);
    assert.match(result.problems[3].message, /covered \(500\) is greater than total \(424\)/);
  });

  test('a sheet without a required column: the rules still judge its rows and the other sheets', () => {
    const result = workbookToDocument(book({
      地区: [['编号', '名称', '级别', '数据截至'], ['kp', '开平市', '县', '2025-06-30']],
      单位: [['编号', '名称'], ['a', 'A'], ['a', 'B']],
      覆盖: [['名称', '已覆盖', '总数'], ['行政村', 500, 424]],
    }), { lang: 'en' });
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems.map((p) => [p.cell, p.path]), [['单位!1:1', '/units/0/level'], ['单位!A3', '/units/1/id'], ['覆盖!B2', '/coverage/0/covered']]);
  });
});
