// The workbook converter: spreadsheet-format.md both ways, the clerk's mistakes with their cells.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { book, clerkBook, sampleDocuments, sheet, validation } from './helpers.mjs';

const { workbookToDocument, documentToWorkbook, readWorkbookFile, writeXlsx, writeCsv } = sheet;

function problemsOf(workbook, lang) {
  const result = workbookToDocument(workbook, { lang });
  assert.equal(result.ok, false, 'the workbook should not import');
  return result.problems;
}

describe('round trip of the sample documents', () => {
  for (const { file, document } of sampleDocuments()) {
    for (const lang of ['zh-CN', 'en']) {
      test(`${file} → xlsx (${lang}) → document is deep-equal`, async () => {
        const bytes = await writeXlsx(documentToWorkbook(document, { lang }));
        const result = workbookToDocument(await readWorkbookFile(bytes, 'book.xlsx'), { lang });
        assert.ok(result.ok, JSON.stringify(result.problems?.slice(0, 3)));
        assert.deepEqual(result.document, document);
      });
    }
    test(`${file} → CSV files → document is deep-equal`, async () => {
      const files = writeCsv(documentToWorkbook(document));
      const sheets = [];
      for (const f of files) sheets.push(...(await readWorkbookFile(new TextEncoder().encode(f.text), `${f.name}.csv`)).sheets);
      const result = workbookToDocument({ sheets });
      assert.ok(result.ok, JSON.stringify(result.problems?.slice(0, 3)));
      assert.deepEqual(result.document, document);
    });
  }
});

describe('a workbook typed in Traditional characters', () => {
  // Traditional form of each Simplified character the format's names, headers and labels use.
  const PAIRS = '万萬业業个個产產体體农農务務动動区區单單县縣发發号號图圖备備员員园園围圍对對总總据據数數无無来來标標环環盖蓋称稱税稅类類级級纬緯纳納组組细細织織经經编編范範规規计計认認许許证證说說运運链鏈镇鎮间間题題别別创創启啟党黨游遊营營';
  const traditional = (text) => [...text].map((c) => PAIRS[PAIRS.indexOf(c) + 1] !== undefined && PAIRS.indexOf(c) % 2 === 0 ? PAIRS[PAIRS.indexOf(c) + 1] : c).join('');

  test('sheet names, headers (地區, 產值(萬元)), levels (縣, 鎮) and 是/否 read as the format’s own', () => {
    for (const { file, document } of sampleDocuments()) {
      const written = documentToWorkbook(document);
      const typed = {
        sheets: written.sheets.map((s) => ({
          name: traditional(s.name),
          rows: s.rows.map((row, i) => row.map((cell) => (typeof cell === 'string' && (i === 0 || ['县', '镇', '是', '否'].includes(cell)) ? traditional(cell) : cell))),
        })),
      };
      assert.ok(typed.sheets.some((s) => s.name === '地區'), 'the sheets are renamed');
      const result = workbookToDocument(typed);
      assert.ok(result.ok, `${file}: ${JSON.stringify(result.problems?.slice(0, 3))}`);
      assert.deepEqual(result.document, document, file);
    }
  });
});

describe('cells as editors write them', () => {
  test('references by id or name, money in 万元 and 亿 stored in 元, yes/no words', () => {
    const result = workbookToDocument(clerkBook());
    assert.ok(result.ok, JSON.stringify(result.ok ? [] : result.problems));
    const [goose, tea] = result.document.clusters;
    assert.deepEqual(goose.units, ['magang']);
    assert.deepEqual(goose.enterprises[0], {
      name: '甲公司', unit: 'magang', partyOrganization: true, metrics: { output: { value: 13000000, unit: '元' } },
    });
    assert.deepEqual(tea.enterprises[0].metrics.output, { value: 250000000, unit: '元' });
    assert.equal(tea.enterprises[0].partyOrganization, false);
  });

  test('English sheet names and headers in any order, thousands separators, percentages', () => {
    const result = workbookToDocument(book({
      region: [['asOf', 'level', 'name', 'id'], ['2022-05-27', 'town', 'Taiping', 'taiping']],
      indicators: [['unit', 'name', 'id', 'cumulative'], ['亿元', '工业总产值', 'output', 'Y']],
      'indicator values': [
        ['indicator', 'period', 'value', 'yoy (%)', 'type'],
        ['工业总产值', '2021-Q1', '31.05', '', ''],
        ['output', '2022-Q1', '37.83', '21.85', 'reported'],
        ['output', 2022, '3,000,000,000元', '', 'target'],
      ],
      coverage: [['name', 'ratio'], ['Villages', '74.85%']],
    }));
    assert.ok(result.ok, JSON.stringify(result.ok ? [] : result.problems));
    const [indicator] = result.document.indicators;
    assert.equal(indicator.unit, '元');
    assert.equal(indicator.cumulative, true);
    assert.deepEqual(indicator.series, [{ period: '2021-Q1', value: 3105000000 }]);
    assert.deepEqual(indicator.reported, { period: '2022-Q1', value: 3783000000, yoy: 0.2185 });
    assert.deepEqual(indicator.target, { period: '2022', value: 3000000000 });
    assert.equal(result.document.coverage[0].ratio, 0.7485);
    assert.equal(result.document.coverage[0].id, 'Villages', 'a missing id is the name');
    assert.deepEqual(result.document.brands, [], 'an absent sheet is an empty list');
  });

  test('spreadsheet dates, full-width brackets in headers, lists with 、 and ；', () => {
    const result = workbookToDocument(clerkBook({
      地区: [['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', 'town', new Date(Date.UTC(2022, 4, 27))]],
      品牌: [['名称', '类型', '集群', '启动日期'], ['太平优品', '区域品牌', 'goose、茶产业', '2023/3/28']],
      覆盖: [['名称', '已覆盖（个）', '总数'], ['村', '5', '8']],
    }));
    assert.ok(result.ok, JSON.stringify(result.ok ? [] : result.problems));
    assert.equal(result.document.asOf, '2022-05-27');
    assert.deepEqual(result.document.brands[0].clusters, ['goose', 'tea']);
    assert.equal(result.document.brands[0].launched, '2023-03-28');
    assert.deepEqual(result.document.coverage[0], { id: '村', name: '村', covered: 5, total: 8, unit: '个' });
  });
});

describe('the format\'s warnings on an imported workbook', () => {
  test('同比 21.85 without % imports as written (a ratio) with the warning a JSON document gets, at its cell', () => {
    const result = workbookToDocument(book({
      地区: [['编号', '名称', '级别', '数据截至'], ['tp', '太平镇', '镇', '2022-05-27']],
      指标: [['编号', '名称', '单位'], ['tax', '税收收入', '万元']],
      指标数据: [['指标', '期间', '数值', '同比', '类型'], ['税收收入', '2022-Q1', '', '39.33', '公布']],
    }));
    assert.ok(result.ok, JSON.stringify(result.ok ? [] : result.problems));
    assert.equal(result.document.indicators[0].reported.yoy, 39.33);
    const json = validation.validateDocument(result.document);
    assert.equal(json.warnings.length, 1);
    assert.deepEqual(result.warnings.map((w) => [w.severity, w.cell, w.path]), [['warning', '指标数据!D2', '/indicators/0/reported/yoy']]);
    assert.match(result.warnings[0].message, /0\.3933/);
  });
});

describe('the format\'s warnings beside errors', () => {
  // A 同比 of 21.85 (a warning of the format's rules) on a workbook that also has a cell error, a
  // broken rule of the format, or both: the warnings are listed with the errors, after them.
  const withYoy = (overrides) => clerkBook({
    指标: [['编号', '名称', '单位'], ['tax', '税收收入', '万元']],
    指标数据: [['指标', '期间', '数值', '同比', '类型'], ['税收收入', '2022-Q1', '', '39.33', '公布']],
    ...overrides,
  });
  const listed = (problems) => problems.map((p) => `${p.severity} ${p.cell} ${p.path}`);
  const yoy = 'warning 指标数据!D2 /indicators/0/reported/yoy';

  test('beside a cell error, the warnings follow the errors (a note on an unknown column too)', () => {
    const workbook = withYoy({ 集群: [['名称', '单位', '编号', '备注'], ['鹅产业', '马冈镇', 'goose', '初稿'], ['茶产业', '大沙', 'tea', '']] });
    const problems = problemsOf(workbook);
    assert.deepEqual(listed(problems), ['error 集群!B3 /clusters/1/units/0', 'warning 集群!D1 ', yoy]);
    assert.match(problems[2].message, /0\.3933/);
  });

  test('beside a broken rule of the format, and beside both, in every language', () => {
    for (const lang of ['zh-CN', 'en', 'zh-Hant']) {
      const rule = problemsOf(withYoy({ 覆盖: [['名称', '已覆盖', '总数'], ['村', 9, 8]] }), lang);
      assert.deepEqual(listed(rule), ['error 覆盖!B2 /coverage/0/covered', yoy]);
      assert.match(rule[1].message, /0\.3933/);
      const both = problemsOf(withYoy({ 覆盖: [['名称', '已覆盖', '总数'], ['村', 9, 8], ['户', '十', 8]] }), lang);
      assert.deepEqual(listed(both), ['error 覆盖!B3 /coverage/1/covered', 'error 覆盖!B2 /coverage/0/covered', yoy]);
    }
  });

  test('a warning at a cell that failed is not repeated', () => {
    // The 同比 cell itself unreadable: its error only.
    const problems = problemsOf(withYoy({ 指标数据: [['指标', '期间', '数值', '同比', '类型'], ['税收收入', '2022-Q1', '', '三成', '公布']] }));
    assert.deepEqual(listed(problems), ['error 指标数据!D2 /indicators/0/reported/yoy']);
  });
});

describe('names that hold a list separator', () => {
  // 、 is how Chinese names list things: 果蔬、花卉产业集群 is one cluster.
  const region = { 地区: [['编号', '名称', '级别', '数据截至'], ['qingxi', '青溪县', '县', '2025-06-30']] };

  test('a list cell names such a cluster or unit by its whole name, beside other references', () => {
    const result = workbookToDocument(book({
      ...region,
      单位: [['名称', '级别'], ['甲、乙联村', '村'], ['丙村', '村']],
      集群: [['名称', '单位'], ['果蔬、花卉产业集群', '甲、乙联村、丙村'], ['茶', '丙村']],
      品牌: [['名称', '类型', '集群'], ['青溪优品', '区域品牌', '茶；果蔬、花卉产业集群'], ['丙村好物', '区域品牌', '果蔬、花卉产业集群']],
    }));
    assert.ok(result.ok, JSON.stringify(result.ok ? [] : result.problems));
    assert.deepEqual(result.document.clusters[0].units, ['甲、乙联村', '丙村']);
    assert.deepEqual(result.document.brands.map((b) => b.clusters), [['茶', '果蔬、花卉产业集群'], ['果蔬、花卉产业集群']]);
  });

  test('a document whose ids hold separators exports to a workbook that imports back to it', async () => {
    const document = validation.validateDocument({
      format: 'region-brand-data', version: 1, asOf: '2025-06-30',
      region: { id: 'qingxi', name: '青溪县', level: 'county' },
      units: [{ id: 'jia,yi', name: '甲乙联村', level: 'village' }],
      clusters: [{ id: '果蔬、花卉', name: '果蔬花卉', units: ['jia,yi', 'qingxi'] }, { id: 'tea', name: '茶', units: ['qingxi'] }],
      brands: [{ id: 'b', name: '青溪优品', kind: 'region', clusters: ['tea', '果蔬、花卉'] }],
    }).data;
    for (const lang of ['zh-CN', 'en']) {
      const result = workbookToDocument(await readWorkbookFile(await writeXlsx(documentToWorkbook(document, { lang })), 'book.xlsx'), { lang });
      assert.ok(result.ok, JSON.stringify(result.ok ? [] : result.problems));
      assert.deepEqual(result.document, document, lang);
    }
  });

  test('an unknown piece is still named on its own', () => {
    const problems = problemsOf(book({ ...region, 集群: [['名称', '单位'], ['果蔬、花卉产业集群', '青溪县']], 品牌: [['名称', '类型', '集群'], ['青溪优品', '区域品牌', '果蔬、花卉产业集群、大米']] }));
    assert.deepEqual(problems.map((p) => [p.cell, p.path]), [['品牌!C2', '/brands/0/clusters/1']]);
    assert.match(problems[0].message, /“大米”不是已知的集群/);
  });
});

describe('CSV export is safe to open in a spreadsheet', () => {
  test('text a spreadsheet would run as a formula is written with a leading apostrophe, and read back exactly', async () => {
    const [{ document }] = sampleDocuments();
    const hostile = structuredClone(document);
    const names = ['=HYPERLINK("http://x.invalid","点此")', '+1+1', '@SUM(A1)', '-2+3', "'=already guarded", '-5 不是公式', '-3.2%'];
    names.forEach((name, i) => (hostile.brands[i % hostile.brands.length].name = name));
    hostile.region.name = '-开平市';
    const files = writeCsv(documentToWorkbook(hostile));
    const all = files.map((f) => f.text).join('\n');
    for (const name of names.slice(0, 4)) assert.ok(all.includes(`'${name.split('"')[0]}`), `guarded: ${name}`);
    assert.ok(all.includes("'-5 不是公式"), 'text after a number is guarded too');
    assert.ok(all.includes(',-3.2%') || all.includes('\n-3.2%'), 'a signed number is not a formula');
    assert.ok(all.includes("''=already guarded"), 'an apostrophe already there gets another');
    assert.ok(all.includes("'-开平市"));
    // No cell of any file starts with a formula character outside quotes.
    for (const f of files) for (const line of f.text.replace(/^\uFEFF/, '').split('\r\n')) for (const cell of line.split(',')) if (!/^[+-][\d.]+%?$/.test(cell)) assert.doesNotMatch(cell, /^[=+\-@]/, cell);
    const sheets = [];
    for (const f of files) sheets.push(...(await readWorkbookFile(new TextEncoder().encode(f.text), `${f.name}.csv`)).sheets);
    const result = workbookToDocument({ sheets });
    assert.ok(result.ok, JSON.stringify(result.problems?.slice(0, 3)));
    assert.deepEqual(result.document, hostile);
  });
});

describe('CSV files as spreadsheet programs save them', () => {
  const csv = async (files) => {
    const sheets = [];
    for (const [name, text] of Object.entries(files)) sheets.push(...(await readWorkbookFile(new TextEncoder().encode(text), name)).sheets);
    return workbookToDocument({ sheets });
  };
  const region = '\uFEFF编号,名称,级别,数据截至\r\nhexi,和溪镇,镇,2025-03-31\r\n';

  test('semicolons or tabs with a title line above the header (as the comma files allow)', async () => {
    const result = await csv({
      '地区.csv': region,
      '单位.csv': '和溪镇村名单\r\n名称;级别;上级\r\n上村;村;和溪镇\r\n"下村; 新区";village;hexi\r\n\r\n',
      'Clusters.csv': '2025年茶叶集群\nName\tUnits\tIndustry\n茶叶集群\t上村\t茶\n',
    });
    assert.ok(result.ok, JSON.stringify(result.ok ? [] : result.problems));
    assert.deepEqual(result.document.units, [
      { id: '上村', name: '上村', level: 'village', parent: 'hexi' },
      { id: '下村; 新区', name: '下村; 新区', level: 'village', parent: 'hexi' },
    ]);
    assert.deepEqual(result.document.clusters, [{ id: '茶叶集群', name: '茶叶集群', industry: '茶', units: ['上村'] }]);
  });
});

describe('problems, each with its cell and JSON Pointer', () => {
  test('an unknown unit names the cell, the pointer and the units that exist; nothing is imported', () => {
    const workbook = clerkBook();
    workbook.sheets.find((s) => s.name === '企业').rows[2][2] = '大沙';
    const problems = problemsOf(workbook);
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0], {
      cell: '企业!C3', path: '/clusters/1/enterprises/0/unit', severity: 'error',
      message: '“大沙”不是已知的单位（单位表中有：太平镇、马冈镇、大沙镇）',
    });
  });

  test('every problem is reported at once', () => {
    const workbook = clerkBook({
      企业: [
        ['集群', '名称', '单位', '产值(万元)', '有党组织'],
        ['goose', '', '马冈镇', 'abc', '也许'],
        ['鸭产业', '丙公司', '', '', ''],
      ],
    });
    const cells = problemsOf(workbook).map((p) => `${p.cell} ${p.path}`);
    assert.deepEqual(cells.sort(), [
      '企业!A3 /clusters',
      '企业!B2 /clusters/0/enterprises/0/name',
      '企业!D2 /clusters/0/enterprises/0/metrics/output',
      '企业!E2 /clusters/0/enterprises/0/partyOrganization',
    ]);
  });

  test('a mistyped cell and a broken rule of the format on another row are reported together', () => {
    // spreadsheet-format.md: "An import that fails reports every problem it can find".
    const workbook = clerkBook({ 覆盖: [['名称', '已覆盖', '总数'], ['村', 9, 8], ['户', '十', 8]] });
    workbook.sheets.find((s) => s.name === '企业').rows[2][2] = '大沙';
    const problems = problemsOf(workbook).map((p) => `${p.cell} ${p.path}`);
    assert.deepEqual(problems.sort(), [
      '企业!C3 /clusters/1/enterprises/0/unit',
      '覆盖!B2 /coverage/0/covered',
      '覆盖!B3 /coverage/1/covered',
    ]);
  });

  test('a value column in 亿元 is not applied to an indicator measured in 吨 or %: the cell is named', () => {
    const workbook = clerkBook({
      指标: [['名称', '单位'], ['工业总产值', '元'], ['单位产值能耗', '吨'], ['城镇化率', '%']],
      指标数据: [
        ['指标', '期间', '数值(亿元)', '类型'],
        ['工业总产值', '2022-Q1', 37.83, '公布'],
        ['单位产值能耗', '2022', 0.42, '公布'],
        ['城镇化率', '2022', 65.3, '序列'],
      ],
    });
    const problems = problemsOf(workbook);
    assert.deepEqual(problems.map((p) => `${p.cell} ${p.path}`), ['指标数据!C3 /indicators/1/reported/value', '指标数据!C4 /indicators/2/series/0/value']);
    assert.match(problems[0].message, /“亿元”.*“单位产值能耗”.*“吨”/);
    // The same sheet without a unit in the header: each indicator's own unit applies.
    workbook.sheets.find((s) => s.name === '指标').rows[1][1] = '亿元';
    workbook.sheets.find((s) => s.name === '指标数据').rows[0][2] = '数值';
    const result = workbookToDocument(workbook);
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.deepEqual(result.document.indicators.map((i) => [i.unit, i.reported?.value ?? i.series[0].value]), [['元', 3783000000], ['吨', 0.42], ['%', 0.653]]);
  });

  test('a value written with % where the unit is 万元 or 吨 names its cell and the unit’s, and says how to fix it, in three languages', () => {
    const workbook = clerkBook({
      品牌: [['名称', '类型'], ['太平优品', '区域品牌']],
      指标值: [['对象', '指标', '数值', '单位'], ['太平优品', 'sales', '5%', '万元'], ['鹅产业', 'share', '12%', '%']],
      指标: [['名称', '单位'], ['产值', '万元'], ['产量', '吨']],
      指标数据: [['指标', '期间', '数值'], ['产值', '2022', '5%'], ['产量', '2022', '3%']],
    });
    workbook.sheets.find((s) => s.name === '企业').rows[1][3] = '7%';
    const expected = {
      'zh-CN': '“5%”是百分数，与单位“万元”（指标值!D2）不符：请按万元填写数值（不带 %），或把单位改为 %',
      en: '“5%” is a percentage, but the unit is “万元” (指标值!D2): write the value in 万元 (without %), or change the unit to %',
      'zh-Hant': '「5%」是百分數，與單位「万元」（指标值!D2）不符：請按万元填寫數值（不帶 %），或把單位改為 %',
    };
    for (const [lang, message] of Object.entries(expected)) {
      const problems = problemsOf(workbook, lang);
      assert.deepEqual(problems.map((p) => `${p.severity} ${p.cell} ${p.path}`), [
        'error 企业!D2 /clusters/0/enterprises/0/metrics/output',
        'error 指标数据!C2 /indicators/0/series/0/value',
        'error 指标数据!C3 /indicators/1/series/0/value',
        'error 指标值!C2 /brands/0/metrics/sales/value',
      ], JSON.stringify(problems));
      assert.equal(problems[3].message, message);
      // Each names the cell that gives the unit: the header, the indicator's 单位.
      assert.match(problems[0].message, /“?「?7%.*万元.*企业!D1/);
      assert.match(problems[1].message, /万元.*指标!B2/);
      assert.match(problems[2].message, /吨.*指标!B3/);
    }
    // The same value under a header in 吨 (no unit cell) names the header.
    const header = problemsOf(clerkBook({
      品牌: [['名称', '类型'], ['太平优品', '区域品牌']],
      指标值: [['对象', '指标', '数值(吨)', '单位'], ['太平优品', 'output', '5%', null]],
    }));
    assert.deepEqual(header.map((p) => `${p.cell} ${p.message}`), ['指标值!C2 “5%”是百分数，与单位“吨”（指标值!C1）不符：请按吨填写数值（不带 %），或把单位改为 %']);
  });

  test('a missing required column is named in words and by key, in English too', () => {
    const workbook = clerkBook({ 集群: [['编号', '单位'], ['goose', 'magang']] });
    const [problem] = problemsOf(workbook, 'en');
    assert.equal(problem.cell, '集群!1:1');
    assert.equal(problem.message, 'sheet “集群” has no column “名称” (name)');
  });

  test('a ratio of 74.85 is an error that says it looks like a percentage', () => {
    const [problem] = problemsOf(clerkBook({ 覆盖: [['名称', '比例'], ['村', 74.85]] }));
    assert.equal(problem.cell, '覆盖!B2');
    assert.equal(problem.path, '/coverage/0/ratio');
    assert.match(problem.message, /74\.85%.*0\.7485/);
  });

  test('rules of the format found on the document point back at their cell', () => {
    const workbook = clerkBook({ 覆盖: [['名称', '已覆盖', '总数'], ['村', 9, 8]] });
    const [problem] = problemsOf(workbook);
    assert.equal(problem.cell, '覆盖!B2');
    assert.equal(problem.path, '/coverage/0/covered');
  });

  test('a sheet without a header row and a region sheet with two rows', () => {
    const problems = problemsOf(clerkBook({
      地区: [['编号', '名称', '级别', '数据截至'], ['a', 'A', '镇', '2022-01-01'], ['b', 'B', '镇', '2022-01-01']],
      单位: [[], ['马冈镇', 'magang', '镇']],
    }));
    assert.deepEqual(problems.map((p) => p.cell).sort(), ['单位!1:1', '地区!3:3', '企业!C2', '企业!C3', '集群!B2', '集群!B3'].sort());
  });

  test('a sheet without a header row says what to write there, and the rules’ findings elsewhere are still reported', () => {
    // 覆盖 starts with its data (no header row); 单位 repeats the id dasha (a rule of the format);
    // 同比 39.33 without % (a warning of the format).
    const workbook = clerkBook({
      单位: [['名称', '编号', '级别'], ['马冈镇', 'magang', '镇'], ['大沙镇', 'dasha', '镇'], ['新镇', 'dasha', '镇']],
      覆盖: [['村', 9, 8], ['户', 5, 4]],
      指标: [['编号', '名称', '单位'], ['tax', '税收收入', '万元']],
      指标数据: [['指标', '期间', '数值', '同比', '类型'], ['税收收入', '2022-Q1', '', '39.33', '公布']],
    });
    const expected = {
      'zh-CN': '“覆盖”表第 1 行没有可识别的表头：请在第 1 行写上各列的名称（必填的有“名称”（name）），数据从第 2 行起',
      en: 'sheet “覆盖” has no header row (row 1 names no known column): write the names of its columns in row 1 (required: “名称” (name)) and the data from row 2 on',
      'zh-Hant': '「覆盖」表第 1 列沒有可辨識的表頭：請在第 1 列寫上各欄的名稱（必填的有「名称」（name）），資料從第 2 列起',
    };
    for (const [lang, message] of Object.entries(expected)) {
      const problems = problemsOf(workbook, lang);
      assert.deepEqual(problems.map((p) => `${p.severity} ${p.cell} ${p.path}`), [
        'error 覆盖!1:1 ',
        'error 单位!B4 /units/2/id',
        'warning 指标数据!D2 /indicators/0/reported/yoy',
      ], JSON.stringify(problems));
      assert.equal(problems[0].message, message);
    }
  });
});

describe('template', () => {
  test('the template has headers only, an instructions sheet and the allowed values, and imports as nothing but the region', () => {
    const [{ document }] = sampleDocuments();
    const template = documentToWorkbook(document, { template: true });
    const names = template.sheets.map((s) => s.name);
    assert.ok(names.includes('说明') && names.includes('允许值') && names.includes('企业'));
    for (const s of template.sheets.filter((s) => !['说明', '允许值'].includes(s.name))) assert.equal(s.rows.length, 1, s.name);
    assert.ok(template.sheets.find((s) => s.name === '允许值').rows.some((r) => r[1] === '区域品牌' && r[2] === 'region'));
    const problems = problemsOf(template);
    assert.deepEqual(problems.map((p) => p.cell), ['地区!A2']);
  });
});

test('problems found on the document point at their cell: duplicate ids, a cycle, an enterprise metric, the date', () => {
  const problems = problemsOf(clerkBook({
    地区: [['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', '镇', '2022-02-30']],
    品牌: [['编号', '名称', '类型', '上级品牌'], ['a', 'A', '区域品牌', 'b'], ['b', 'B', '区域品牌', 'a'], ['a', 'C', '党建品牌', '']],
  }));
  // The rules beyond the shape run beside it: the repeated id is named with the impossible date.
  assert.deepEqual(problems.map((p) => `${p.cell} ${p.path}`), ['地区!D2 /asOf', '品牌!A4 /brands/2/id']);
  const later = problemsOf(clerkBook({
    品牌: [['编号', '名称', '类型', '上级品牌'], ['a', 'A', '区域品牌', 'b'], ['b', 'B', '区域品牌', 'a'], ['c', 'C', '党建品牌', ''], ['c', 'D', '党建品牌', '']],
  }));
  assert.deepEqual(later.map((p) => `${p.cell} ${p.path}`).sort(), ['品牌!A5 /brands/3/id', '品牌!D2 /brands/0/parent']);
  const money = problemsOf(clerkBook({ 企业: [['集群', '名称', '营收(千元)'], ['goose', '甲', '-'], ['goose', '乙', 5]] }));
  assert.deepEqual(money.map((p) => `${p.cell} ${p.path}`), ['企业!C2 /clusters/0/enterprises/0/metrics/revenue']);
});

test('the metrics sheet: owners by name, a unit in the header or the cell, money in 元', () => {
  const result = workbookToDocument(clerkBook({
    品牌: [['编号', '名称', '类型'], ['taiping-youpin', '太平优品', '区域品牌']],
    指标值: [['对象', '指标', '数值(万元)', '单位', '期间'], ['太平优品', 'sales', 5000, '', 2024], ['goose', 'farms', 350, '个', '']],
  }));
  assert.ok(result.ok, JSON.stringify(result.ok ? [] : result.problems));
  assert.deepEqual(result.document.brands[0].metrics, { sales: { value: 50000000, unit: '元', period: '2024' } });
  assert.deepEqual(result.document.clusters[0].metrics, { farms: { value: 350, unit: '个' } });
});

test('a row of an unknown parent points past the end of the lists, not at a field of the list', () => {
  const problems = problemsOf(clerkBook({ 企业: [['集群', '名称', '营收(千元)'], ['no-such-cluster', '甲', '-']] }));
  const money = problems.find((p) => p.cell === '企业!C2');
  assert.ok(money, JSON.stringify(problems));
  assert.equal(money.path, '/clusters/-/enterprises/-/metrics/revenue');
  assert.ok(problems.some((p) => p.cell === '企业!A2'), 'the unknown cluster is named at its cell');
});

test('a metrics row of an unknown or missing owner names its cell and a pointer into the list it should be in, not the whole document', () => {
  const metrics = [['对象', '指标', '数值', '单位'], ['no-such-owner', 'sales', '甲', '元'], ['', 'output', 5, '元']];
  const onlyClusters = problemsOf(clerkBook({ 指标值: metrics }));
  const unknown = onlyClusters.find((p) => p.cell === '指标值!A2');
  assert.ok(unknown && unknown.message.includes('no-such-owner'), JSON.stringify(onlyClusters));
  // The clerk's book has clusters and no brands: the owner is looked for among the clusters.
  assert.equal(unknown.path, '/clusters');
  assert.deepEqual(onlyClusters.find((p) => p.cell === '指标值!C2')?.path, '/clusters/-/metrics/sales/value');
  assert.deepEqual(onlyClusters.find((p) => p.cell === '指标值!A3')?.path, '/clusters');
  const withBrands = problemsOf(clerkBook({ 品牌: [['名称', '类型'], ['太平优品', '区域品牌']], 指标值: metrics }));
  assert.deepEqual(withBrands.find((p) => p.cell === '指标值!A2')?.path, '/brands');
  for (const p of [...onlyClusters, ...withBrands]) {
    assert.match(p.cell, /^指标值![A-Z]+\d+$/, JSON.stringify(p));
    assert.notEqual(p.path, '', JSON.stringify(p));
  }
});

describe('importWorkbookFiles in Node: no worker, the same import in place', () => {
  const { importWorkbookFiles, WorkbookFileError } = sheet;

  test('a faulty XLSX gives the problems of readWorkbookFile + workbookToDocument, each with the row of its cell', async () => {
    const bytes = await writeXlsx(clerkBook({ 企业: [['太平镇企业名单'], ['集群', '名称', '单位', '产值(万元)'], ['鹅产业', '甲', '大沙', 12], ['鹅产业', '乙', '马冈镇', '十二']] }));
    for (const lang of ['zh-CN', 'en', 'zh-Hant']) {
      const result = await importWorkbookFiles([{ name: 'book.xlsx', bytes }], { lang });
      const expected = workbookToDocument(await readWorkbookFile(bytes, 'book.xlsx'), { lang });
      assert.equal(result.ok, false);
      assert.deepEqual(result.problems.map(({ row, ...p }) => p), expected.problems, lang);
      const unit = result.problems.find((p) => p.cell === '企业!C3');
      assert.deepEqual(unit.row, { header: ['集群', '名称', '单位', '产值(万元)'], cells: ['鹅产业', '甲', '大沙', 12], column: 2 });
      assert.deepEqual(result.problems.find((p) => p.cell === '企业!D4').row.cells, ['鹅产业', '乙', '马冈镇', '十二']);
    }
  });

  test('errors and the format’s warnings: the errors first, then the warnings, each with its row', async () => {
    const bytes = await writeXlsx(clerkBook({
      指标: [['编号', '名称', '单位'], ['tax', '税收收入', '万元']],
      指标数据: [['指标', '期间', '数值', '同比', '类型'], ['税收收入', '2022-Q1', null, 39.33, '公布']],
      覆盖: [['名称', '已覆盖', '总数'], ['村', 9, 8]],
    }));
    const result = await importWorkbookFiles([{ name: 'book.xlsx', bytes }], { lang: 'en' });
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems.map((p) => `${p.severity} ${p.cell}`), ['error 覆盖!B2', 'warning 指标数据!D2']);
    assert.match(result.problems[1].message, /0\.3933/);
    assert.deepEqual(result.problems[1].row, { header: ['指标', '期间', '数值', '同比', '类型'], cells: ['税收收入', '2022-Q1', null, 39.33, '公布'], column: 3 });
  });

  test('CSV files of a sample: the document and warnings of the converter', async () => {
    const [{ document }] = sampleDocuments();
    const files = writeCsv(documentToWorkbook(document)).map((f) => ({ name: `${f.name}.csv`, bytes: new TextEncoder().encode(f.text) }));
    const result = await importWorkbookFiles(files);
    assert.ok(result.ok, JSON.stringify(result.problems?.slice(0, 3)));
    assert.deepEqual(result.document, document);
  });

  test('a file that is not a workbook throws its WorkbookFileError', async () => {
    await assert.rejects(importWorkbookFiles([{ name: 'book.xls', bytes: new Uint8Array([0xd0, 0xcf]) }]), (e) => e instanceof WorkbookFileError && e.key === 'extension');
    await assert.rejects(importWorkbookFiles([{ name: 'book.xlsx', bytes: new TextEncoder().encode('not a zip') }]), (e) => e instanceof WorkbookFileError && e.fileName === 'book.xlsx');
  });
});
