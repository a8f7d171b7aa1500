// Workbooks as clerks write them in a spreadsheet program (built here with write-excel-file, the
// library the package writes with, then read back through readWorkbookFile): spreadsheet-format.md
// rule by rule — aliases, titles above the header, merged cells, number formats, formulas, extra
// columns — and the template: the page's columns exactly, dropdowns for closed sets of values.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { sampleDocuments, sheet } from './helpers.mjs';

const { workbookToDocument, documentToWorkbook, readWorkbookFile, writeXlsx } = sheet;

/** Cells as a spreadsheet program stores them: plain values become `{ value }`. */
const cell = (c) => (c === null || typeof c === 'object' && !(c instanceof Date) ? c : { value: c, ...(c instanceof Date ? { format: 'yyyy-mm-dd' } : {}) });

/**
 * An XLSX file from sheets given as rows. `cached` gives formulas the value a spreadsheet program
 * stores beside them (`<v>`), which write-excel-file leaves out.
 */
async function xlsx(sheets, cached = {}) {
  const withCachedValues = {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          // An error result (`#DIV/0!`) is stored with the cell type `e`.
          transform: (xml) => xml.replace(/<c ([^>]*)><f>=?([^<]*)<\/f><\/c>/g, (whole, attributes, formula) => (formula in cached
            ? `<c ${attributes}${String(cached[formula]).startsWith('#') ? ' t="e"' : ''}><f>${formula}</f><v>${cached[formula]}</v></c>`
            : whole)),
        },
      },
    },
  };
  const book = Object.entries(sheets).map(([name, rows]) => ({ sheet: name, data: rows.map((row) => row.map(cell)) }));
  return new Uint8Array(await writeXlsxFile(book, { features: [withCachedValues] }).toBuffer());
}

async function importXlsx(bytes, lang) {
  return workbookToDocument(await readWorkbookFile(bytes, 'book.xlsx'), { lang });
}

const formula = (text) => ({ value: `=${text}`, type: 'Formula' });

/** Taiping as a town clerk keeps it: titles, merged cells, formats, English here and there. */
function taipingSheets() {
  return {
    说明: [['这是我们镇的填报表，第一页不用管']],
    Region: [['Name', 'ID', 'Level', 'As of'], ['太平镇', 'taiping', '镇级', new Date(Date.UTC(2022, 4, 27))]],
    单位: [
      [{ value: '太平镇下辖单位（2022年）', columnSpan: 4 }, null, null, null],
      ['序号', '名称', '级别', '经度（度）', '纬度'],
      [1, '马冈镇', '镇', '１１２.５８', 22.33],
      [null, null, null, null, null],
      [2, '大沙镇', 'town', 112.4, '22.5'],
    ],
    集群: [['名称', '编号', '单位', '产业党委', '党组织数'], ['鹅产业', 'goose', '马冈镇、大沙镇', '鹅产业党委', '４']],
    企业: [
      ['集群', '名称', '单位', '产值(万元)', '营收（亿元）', '员工(人)', '有党组织', '规上'],
      [{ value: '鹅产业', rowSpan: 3 }, '甲公司', '马冈镇', { value: 1300, format: '#,##0' }, '0.5', 120, 'Y', true],
      [null, '乙公司', '大沙镇', '1,300', null, formula('F2+30'), '有', '否'],
      [null, '丙公司', '大沙镇', 250.5, '1.2亿', null, false, 'N'],
    ],
    指标: [['名称', '编号', '单位', '累计'], ['工业总产值', 'output', '亿元', '是'], ['城镇化率', 'urban', '%', '否']],
    指标数据: [
      ['指标', '期间', '数值', '同比(%)', '类型'],
      ['工业总产值', 2021, 31.05, null, null],
      ['output', '2022年', formula('C2*1.2'), null, '序列'],
      ['output', '2022-Q1', '37.83', 21.85, '公布'],
      ['城镇化率', '2022/6', '65.3%', null, null],
    ],
    覆盖: [
      ['名称', '编号', '已覆盖（个）', '总数', '期间'],
      ['党建覆盖行政村', 'villages', 400, 424, '2021'],
      ['党建覆盖行政村', 'villages', 424, { value: 424, format: '#,##0' }, '2022'],
    ],
    草稿: [['随手记的数字'], [1]],
  };
}

describe('a workbook as a clerk writes it', () => {
  test('titles, merged cells, number formats, formulas, units and aliases give the document', async () => {
    const result = await importXlsx(await xlsx(taipingSheets(), { 'F2+30': 150, 'C2*1.2': 37.26 }));
    assert.ok(result.ok, JSON.stringify(result.problems));
    const doc = result.document;
    assert.deepEqual(doc.region, { id: 'taiping', name: '太平镇', level: 'town' });
    assert.equal(doc.asOf, '2022-05-27');
    assert.deepEqual(doc.units, [
      { id: '马冈镇', name: '马冈镇', level: 'town', center: [112.58, 22.33] },
      { id: '大沙镇', name: '大沙镇', level: 'town', center: [112.4, 22.5] },
    ]);
    assert.deepEqual(doc.clusters[0].partyCommittee, { name: '鹅产业党委', organizations: 4 });
    const enterprises = doc.clusters[0].enterprises;
    assert.equal(enterprises.length, 3, 'the merged cluster cell belongs to all three rows');
    assert.deepEqual(enterprises[0], {
      name: '甲公司', unit: '马冈镇', partyOrganization: true, aboveScale: true,
      metrics: { output: { value: 13000000, unit: '元' }, revenue: { value: 50000000, unit: '元' }, employees: { value: 120, unit: '人' } },
    });
    assert.deepEqual(enterprises[1].metrics, { output: { value: 13000000, unit: '元' }, employees: { value: 150, unit: '人' } }, 'a formula gives its stored value');
    assert.deepEqual(enterprises[2].metrics, { output: { value: 2505000, unit: '元' }, revenue: { value: 120000000, unit: '元' } });
    assert.deepEqual([enterprises[1].partyOrganization, enterprises[2].partyOrganization, enterprises[2].aboveScale], [true, false, false]);
    const [output, urban] = doc.indicators;
    assert.equal(output.unit, '元');
    assert.equal(output.cumulative, true);
    assert.deepEqual(output.series, [{ period: '2021', value: 3105000000 }, { period: '2022', value: 3726000000 }]);
    assert.deepEqual(output.reported, { period: '2022-Q1', value: 3783000000, yoy: 0.2185 });
    assert.deepEqual(urban, { id: 'urban', name: '城镇化率', unit: '%', cumulative: false, series: [{ period: '2022-06', value: 0.653 }] }, '65.3% is stored as a ratio');
    assert.deepEqual(doc.coverage, [{
      id: 'villages', name: '党建覆盖行政村', covered: 424, total: 424, unit: '个', period: '2022',
      history: [{ period: '2021', covered: 400, total: 424 }],
    }]);
    assert.deepEqual(result.warnings.map((w) => w.cell), ['单位!A2', '草稿!A1'], 'the 序号 column and the draft sheet are ignored with a note');
  });

  test('a mistake below a title row names the row the spreadsheet shows', async () => {
    const sheets = taipingSheets();
    sheets.企业[2][2] = '大沙';
    const result = await importXlsx(await xlsx(sheets, { 'F2+30': 150, 'C2*1.2': 37.26 }));
    assert.equal(result.ok, false);
    const errors = (problems) => problems.filter((p) => p.severity === 'error').map((p) => [p.cell, p.path]);
    assert.deepEqual(errors(result.problems), [['企业!C3', '/clusters/0/enterprises/1/unit']]);
    const titled = taipingSheets();
    titled.单位[4][2] = '小组';
    const again = await importXlsx(await xlsx(titled, { 'F2+30': 150, 'C2*1.2': 37.26 }));
    assert.deepEqual(errors(again.problems), [['单位!C5', '/units/1/level']]);
  });

  test('a formula that ended in an error (#DIV/0!, #REF!) is named at its cell, not silently left out', async () => {
    const result = await importXlsx(await xlsx({
      地区: [['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', '镇', '2022-05-27']],
      集群: [['名称', '单位'], ['鹅产业', '太平镇']],
      企业: [['集群', '名称', '产值(万元)', '员工(人)'], ['鹅产业', '甲', formula('C3/0'), 10], ['鹅产业', '乙', 5, formula('Z9')]],
    }, { 'C3/0': '#DIV/0!', Z9: '#REF!' }));
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems.map((p) => [p.cell, p.path, p.message.split('：')[0]]), [
      ['企业!C2', '/clusters/0/enterprises/0/metrics/output', '“#DIV/0!”不是数字'],
      ['企业!D3', '/clusters/0/enterprises/1/metrics/employees', '“#REF!”不是数字'],
    ]);
  });

  test('a formula that a program wrote and nothing calculated (no value stored) is named at its cell with how to fix it: a warning, an error where a value is required', async () => {
    const sheets = () => ({
      地区: [['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', '镇', '2022-05-27']],
      集群: [['名称', '单位', '产业'], ['鹅产业', '太平镇', formula('D9')]],
      企业: [['集群', '名称', '产值(万元)'], ['鹅产业', '甲', formula('C3*2')], ['鹅产业', formula('B9'), 5]],
    });
    // No <v> at all (as write-excel-file leaves it), and an empty <v></v> (as openpyxl writes it).
    const result = await importXlsx(await xlsx(sheets(), { B9: '' }));
    assert.equal(result.ok, false);
    // The error first, then the warnings.
    assert.deepEqual(result.problems.map((p) => [p.cell, p.path, p.severity]), [
      ['企业!B3', '/clusters/0/enterprises/1/name', 'error'],
      ['集群!C2', '/clusters/0/industry', 'warning'],
      ['企业!C2', '/clusters/0/enterprises/0/metrics/output', 'warning'],
    ]);
    const [name, industry, output] = result.problems.map((p) => p.message);
    assert.match(output, /“产值\(万元\)”（output）是公式“=C3\*2”.*没有它的计算结果.*请用 Excel 或 WPS 打开这个工作簿，保存后再导入/);
    assert.match(industry, /“产业”（industry）是公式“=D9”/);
    assert.match(name, /“名称”（name）是公式“=B9”/);
    // Only the warnings: the document imports, the warnings name the cells (in English too).
    const fixed = sheets();
    fixed.企业[2][1] = '乙';
    const warned = await importXlsx(await xlsx(fixed), 'en');
    assert.ok(warned.ok, JSON.stringify(warned.problems));
    assert.deepEqual(warned.warnings.map((w) => w.cell), ['集群!C2', '企业!C2']);
    assert.match(warned.warnings[1].message, /is a formula \(=C3\*2\) without a calculated value.*open the workbook in Excel or WPS, save it and import it again/);
    assert.equal(warned.document.clusters[0].enterprises[0].metrics, undefined);
    // A calculated formula reads as its value, without a word.
    const calculated = await importXlsx(await xlsx(fixed, { 'C3*2': 10 }));
    assert.deepEqual(calculated.warnings.map((w) => w.cell), ['集群!C2']);
    assert.deepEqual(calculated.document.clusters[0].enterprises[0].metrics, { output: { value: 100000, unit: '元' } });
  });

  test('a typed 2022-03 that the spreadsheet turned into a date shown as a month is the month, not its first day', async () => {
    const day = (m, d = 1) => new Date(Date.UTC(2022, m - 1, d));
    const result = await importXlsx(await xlsx({
      地区: [['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', '镇', { value: day(5, 27), format: 'yyyy"年"m"月"d"日"' }]],
      指标: [['名称', '单位'], ['产值', '亿元']],
      指标数据: [
        ['指标', '期间', '数值'],
        ['产值', { value: day(3), format: 'yyyy"年"m"月"' }, 1],
        ['产值', { value: day(4), format: 'mmm-yy' }, 2],
        ['产值', { value: day(5, 15), format: 'yyyy-mm-dd' }, 3],
        ['产值', { value: new Date(Date.UTC(2021, 0, 1)), format: 'yyyy' }, 4],
      ],
    }));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.equal(result.document.asOf, '2022-05-27');
    assert.deepEqual(result.document.indicators[0].series.map((p) => p.period), ['2022-03', '2022-04', '2022-05-15', '2021']);
  });

  test('a number the spreadsheet shows as a percentage (21.85% typed, 0.2185 stored) is that percentage under every header', async () => {
    // spreadsheet-format.md: "a value in % (header (%) or a % suffix) is stored as a ratio (21.85% → 0.2185)".
    const pct = (value, format = '0.00%') => ({ value, format });
    const result = await importXlsx(await xlsx({
      地区: [['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', '镇', '2022-05-27']],
      指标: [['名称', '单位'], ['产值', '亿元'], ['税收', '亿元'], ['城镇化率', '%']],
      指标数据: [
        ['指标', '期间', '数值', '同比(%)', '环比', '类型'],
        ['产值', '2022-Q1', 37.83, pct(0.2185), pct(0.05, '0%'), '公布'],
        ['税收', '2022-Q1', null, pct(0.3933), null, '公布'],
        ['城镇化率', '2022', pct(0.653, '0.0%'), null, null, '序列'],
      ],
      覆盖: [['名称', '比例(%)'], ['参与率', pct(0.7485)]],
    }));
    assert.ok(result.ok, JSON.stringify(result.problems));
    const [output, tax, urban] = result.document.indicators;
    assert.deepEqual(output.reported, { period: '2022-Q1', value: 3783000000, yoy: 0.2185, pop: 0.05 });
    assert.deepEqual(tax.reported, { period: '2022-Q1', yoy: 0.3933 });
    assert.deepEqual(urban.series, [{ period: '2022', value: 0.653 }]);
    assert.equal(result.document.coverage[0].ratio, 0.7485);
  });

  test('a percentage cell is read as the number stored, exactly, however many digits it has (not to 12 digits)', async () => {
    // The clerk typed 12.3456789012345% (stored 0.123456789012345) and pasted a computed share, 11/17
    // (0.6470588235294118), both shown as 0.0%: the document gets the numbers the workbook holds,
    // not 0.123456789012 and 0.647058823529.
    const pct = (value) => ({ value, format: '0.0%' });
    const stored = [0.123456789012345, 11 / 17, 0.653, 1.005, 0.0001234];
    const result = await importXlsx(await xlsx({
      地区: [['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', '镇', '2022-05-27']],
      指标: [['名称', '单位'], ['城镇化率', '%']],
      指标数据: [['指标', '期间', '数值'], ...stored.map((value, i) => ['城镇化率', String(2018 + i), pct(value)])],
      覆盖: [['名称', '比例'], ['参与率', pct(11 / 17)]],
    }));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.deepEqual(result.document.indicators[0].series.map((p) => p.value), stored);
    assert.equal(result.document.coverage[0].ratio, 11 / 17);
  });

  test('unknown and repeated columns are ignored with a note naming the cell, in three languages', async () => {
    const bytes = await xlsx({
      地区: [['编号', '名称', '级别', '数据截至', '备注'], ['taiping', '太平镇', '镇', '2022-05-27', '初稿']],
      单位: [['名称', '级别', 'name'], ['马冈镇', '镇', '大沙镇']],
    });
    const expected = {
      'zh-CN': ['已忽略“地区”表中不认识的列“备注”', '“单位”表的“name”列重复：只读取 A 列'],
      en: ['ignored the column “备注”, which sheet “地区” does not have', 'sheet “单位” has the column “name” twice: only column A is read'],
      'zh-Hant': ['已略過「地區」表中無法辨識的欄「備註」', '「單位」表的「name」欄重複：只讀取 A 欄'],
    };
    for (const lang of Object.keys(expected)) {
      const result = await importXlsx(bytes, lang);
      assert.ok(result.ok, JSON.stringify(result.problems));
      assert.deepEqual(result.document.units, [{ id: '马冈镇', name: '马冈镇', level: 'town' }]);
      assert.deepEqual(result.warnings.map((w) => w.cell), ['地区!E1', '单位!C1']);
      assert.equal(result.warnings.every((w) => w.severity === 'warning'), true);
      if (lang !== 'zh-Hant') assert.deepEqual(result.warnings.map((w) => w.message), expected[lang]);
      else assert.ok(result.warnings.every((w, i) => w.message.includes(expected[lang][i].includes('略過') ? '已略過' : '重複')), JSON.stringify(result.warnings));
    }
  });

  test('an enterprise metric column without a unit is imported and noted at its header cell; a known one (营收) has its default unit', async () => {
    const bytes = await xlsx({
      地区: [['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', '镇', '2022-05-27']],
      单位: [['名称', '级别'], ['马冈镇', '镇']],
      集群: [['名称', '单位'], ['鹅产业', '马冈镇']],
      企业: [['集群', '名称', '营收', '用地', '用水(吨)'], ['鹅产业', '甲', 300, 12, 40]],
    });
    const expected = {
      'zh-CN': '“企业”表的“用地”列没有单位，数值将不带单位显示：请在表头的括号里写上单位，如“用地(亩)”',
      en: 'the column “用地” of sheet “企业” names no unit, so its figures show without one: write the unit in brackets in the header, such as “用地 (mu)”',
      'zh-Hant': '「企業」表的「用地」欄沒有單位，數值將不帶單位顯示：請在表頭的括號裡寫上單位，如「用地(畝)」',
    };
    for (const lang of Object.keys(expected)) {
      const result = await importXlsx(bytes, lang);
      assert.ok(result.ok, JSON.stringify(result.problems));
      assert.deepEqual(result.document.clusters[0].enterprises[0].metrics, {
        revenue: { value: 300, unit: '元' },
        用地: { value: 12, unit: '' },
        用水: { value: 40, unit: '吨' },
      });
      assert.deepEqual(result.warnings.map((w) => [w.cell, w.severity]), [['企业!D1', 'warning']]);
      if (lang !== 'zh-Hant') assert.equal(result.warnings[0].message, expected[lang]);
      else assert.match(result.warnings[0].message, /「用地」欄沒有單位/);
    }
  });

  test('the metrics sheet: 37.83亿 says its unit; a share in % is a ratio in %', async () => {
    const result = await importXlsx(await xlsx({
      地区: [['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', '镇', '2022-05-27']],
      品牌: [['名称', '类型'], ['太平优品', '区域品牌']],
      指标值: [['对象', '指标', '数值', '单位', '期间'], ['太平优品', 'sales', '37.83亿', null, 2024], ['太平优品', 'share', '12.5%', '%', 2024]],
    }));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.deepEqual(result.document.brands[0].metrics, {
      sales: { value: 3783000000, unit: '元', period: '2024' },
      share: { value: 0.125, unit: '%', period: '2024' },
    });
  });
});

describe('headers and labels as clerks lay them out', () => {
  const region = [['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', '乡', '2022-05-27']];

  test('a header of two rows (a group merged over 已覆盖 and 总数, 名称 merged down) reads as one; so does a header row in each language', async () => {
    const result = await importXlsx(await xlsx({
      地区: region,
      单位: [['名称', '级别'], ['name', 'level'], ['马冈镇', '镇']],
      覆盖: [
        [{ value: '名称', rowSpan: 2 }, { value: '党组织覆盖情况', columnSpan: 2 }, null, { value: '单位', rowSpan: 2 }],
        [null, '已覆盖', '总数', null],
        ['行政村', 12, 16, '个'],
      ],
    }));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.deepEqual(result.document.units, [{ id: '马冈镇', name: '马冈镇', level: 'town' }]);
    assert.deepEqual(result.document.coverage, [{ id: '行政村', name: '行政村', covered: 12, total: 16, unit: '个' }]);
    assert.deepEqual(result.warnings, [], 'the group above the columns is no column of its own');
    // A mistake below a header of two rows names the row the spreadsheet shows.
    const bad = await importXlsx(await xlsx({ 地区: region, 覆盖: [['名称', '党组织覆盖情况', null], [null, '已覆盖', '总数'], ['行政村', '十二', 16]] }));
    assert.deepEqual(bad.problems.map((p) => [p.cell, p.path]), [['覆盖!B3', '/coverage/0/covered']]);
  });

  test('cells under an empty header cell (a header forgotten, or merged over two columns) are noted at the header, in three languages', async () => {
    const bytes = await xlsx({
      地区: region,
      集群: [['名称', '单位'], ['鹅产业', '太平镇']],
      企业: [['集群', { value: '名称', columnSpan: 2 }, null, null, '产值(万元)'], ['鹅产业', '甲', '甲公司全称', 1300, 10], ['鹅产业', '乙', null, null, 20]],
    });
    const result = await importXlsx(bytes);
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.deepEqual(result.document.clusters[0].enterprises.map((e) => e.name), ['甲', '乙']);
    assert.deepEqual(result.warnings.map((w) => w.cell), ['企业!C1', '企业!D1']);
    assert.match(result.warnings[1].message, /“企业”表的 D 列有内容但没有表头，未读取/);
    assert.match((await importXlsx(bytes, 'en')).warnings[0].message, /column C of sheet “企业” has cells but no header/);
    assert.match((await importXlsx(bytes, 'zh-Hant')).warnings[0].message, /C 欄有內容但沒有表頭/);
    // An empty header over an empty column is nothing to note.
    const quiet = await importXlsx(await xlsx({ 地区: region, 集群: [['名称', null, '单位'], ['鹅产业', null, '太平镇']] }));
    assert.deepEqual(quiet.warnings, []);
  });

  test('序号 in 企业 is no metric of every enterprise, a required column’s * is no part of its name, and 乡/乡镇/社区 are levels', async () => {
    const result = await importXlsx(await xlsx({
      地区: region,
      单位: [['名称*', '级别*', '上级'], ['马冈乡', '乡镇', '太平镇'], ['新村社区', '社区', '马冈乡'], ['大沙鄉', '鄉', '太平镇']],
      集群: [['名称 *', '单位＊'], ['鹅产业', '马冈乡']],
      企业: [['序号', '集群*', '名称*', '产值(万元)'], [1, '鹅产业', '甲公司', 10], [2, '鹅产业', '乙公司', 20]],
    }));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.equal(result.document.region.level, 'town');
    assert.deepEqual(result.document.units.map((u) => u.level), ['town', 'village', 'town']);
    assert.deepEqual(result.document.clusters[0].enterprises, [
      { name: '甲公司', metrics: { output: { value: 100000, unit: '元' } } },
      { name: '乙公司', metrics: { output: { value: 200000, unit: '元' } } },
    ]);
    assert.deepEqual(result.warnings.map((w) => w.cell), ['企业!A1'], 'the 序号 column is ignored with a note, as in other sheets');
  });

  test('the level names clerks write are levels: 县级市 (开平), 地级市, 自治县, 市辖区, 民族乡, 行政村, 开发区, and their zh-Hant forms', async () => {
    const rows = [['名称*', '级别*', '上级'], ['开平', '县级市', ''], ['江门', '地級市', ''], ['甲县', '自治县', ''], ['乙区', '市辖区', ''], ['丙乡', '民族乡', ''], ['丁村', '行政村', ''], ['翠山湖', '开发区', ''], ['戊旗', '旗', '']];
    const result = await importXlsx(await xlsx({ 地区: [['编号', '名称', '级别', '数据截至'], ['kaiping', '开平市', '县级市', '2025-06-30']], 单位: rows }));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.equal(result.document.region.level, 'county');
    assert.deepEqual(result.document.units.map((u) => u.level), ['county', 'city', 'county', 'district', 'town', 'village', 'park', 'county']);
    const wrong = await importXlsx(await xlsx({ 地区: [['编号', '名称', '级别', '数据截至'], ['kaiping', '开平市', '县城', '2025-06-30']] }));
    assert.equal(wrong.ok, false);
    assert.match(wrong.problems[0].message, /县\/county/);
  });

  test('an unknown sheet whose header looks like one of the format’s (Sheet1 holding the enterprises) says which name to give it', async () => {
    const bytes = await xlsx({
      地区: region,
      集群: [['名称', '单位'], ['鹅产业', '太平镇']],
      Sheet1: [['集群', '名称', '产值(万元)'], ['鹅产业', '甲公司', 10]],
      Sheet2: [['编号', '名称', '级别', '上级'], ['magang', '马冈镇', '镇', '太平镇']],
      备注: [['随手记的数字'], [1]],
    });
    const result = await importXlsx(bytes);
    assert.ok(result.ok, JSON.stringify(result.problems));
    const byCell = Object.fromEntries(result.warnings.map((w) => [w.cell, w.message]));
    assert.equal(byCell['Sheet1!A1'], '已忽略不认识的工作表“Sheet1”：它的表头像“企业”表，如要导入，请把工作表改名为“企业”');
    assert.match(byCell['Sheet2!A1'], /表头像“单位”表/, 'all the units sheet’s required columns win over the region sheet’s');
    assert.equal(byCell['备注!A1'], '已忽略不认识的工作表“备注”');
    const en = Object.fromEntries((await importXlsx(bytes, 'en')).warnings.map((w) => [w.cell, w.message]));
    assert.match(en['Sheet1!A1'], /looks like the “enterprises” sheet’s; to import it, rename the sheet “enterprises” \(or “企业”\)/);
  });

  test('a dash, slash or ellipsis in a number cell (how tables mark no figure) says to leave the cell empty or write 0', async () => {
    const bytes = await xlsx({
      地区: region,
      集群: [['名称', '单位'], ['鹅产业', '太平镇']],
      企业: [['集群', '名称', '产值(万元)', '员工(人)'], ['鹅产业', '甲', '—', '-'], ['鹅产业', '乙', '／', '…'], ['鹅产业', '丙', 'n/a', 5]],
    });
    const result = await importXlsx(bytes);
    assert.equal(result.ok, false);
    const byCell = Object.fromEntries(result.problems.map((p) => [p.cell, p.message]));
    for (const cell of ['企业!C2', '企业!D2', '企业!C3', '企业!D3']) assert.match(byCell[cell], /不是数字：没有数据的请把单元格留空，数值为零的请填 0/, cell);
    assert.match(byCell['企业!C4'], /“n\/a”不是数字：请只填数字/, 'other text keeps the general message');
    assert.match((await importXlsx(bytes, 'en')).problems[0].message, /leave the cell empty where there is no figure, or write 0/);
    assert.match((await importXlsx(bytes, 'zh-Hant')).problems[0].message, /沒有資料的請把儲存格留空/);
  });

  test('a row of totals below a list (合计, 合　计, 總計, Total) is skipped with a note, not read as an item', async () => {
    const sheets = {
      地区: region,
      集群: [['名称', '单位'], ['鹅产业', '太平镇'], ['茶产业', '太平镇']],
      企业: [['序号', '集群', '名称', '产值(万元)'], [1, '鹅产业', '甲公司', 10], [2, '茶产业', '乙公司', 20], ['合　计', null, null, 30]],
      覆盖明细: [['覆盖', '单位', '已覆盖', '总数'], ['总计：', null, 5, 5]],
    };
    const result = await importXlsx(await xlsx(sheets));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.deepEqual(result.document.clusters.map((c) => (c.enterprises ?? []).map((e) => e.name)), [['甲公司'], ['乙公司']]);
    const totals = result.warnings.filter((w) => /合计行/.test(w.message));
    assert.deepEqual(totals.map((w) => w.cell), ['企业!4:4', '覆盖明细!2:2']);
    assert.match(totals[0].message, /“企业”表第 4 行是合计行，已跳过/);
    assert.match((await importXlsx(await xlsx(sheets), 'en')).warnings.find((w) => w.cell === '企业!4:4').message, /row 4 of sheet “企业” is a row of totals/);
    // 繁體 and English labels; a unit that only starts with 合 is an item.
    const more = await importXlsx(await xlsx({
      地区: region,
      单位: [['名称', '级别'], ['合山镇', '镇'], ['總計', null], ['Total', null]],
    }), 'zh-Hant');
    assert.ok(more.ok, JSON.stringify(more.problems));
    assert.deepEqual(more.document.units.map((u) => u.name), ['合山镇']);
    assert.deepEqual(more.warnings.filter((w) => /合計列/.test(w.message)).map((w) => w.cell), ['单位!3:3', '单位!4:4']);
  });
});

/** The columns of spreadsheet-format.md, in its order (Chinese headers). */
const PAGE_COLUMNS = {
  地区: ['编号', '名称', '级别', '上级', '数据截至'],
  来源: ['标题', '发布者', '日期', '链接'],
  单位: ['编号', '名称', '级别', '上级', '经度', '纬度'],
  品牌: ['编号', '名称', '类型', '级别', '单位', '上级品牌', '启动日期', '营运主体', '集群'],
  品牌产品: ['品牌', '产品', '类别', '认证'],
  集群: ['编号', '名称', '产业', '单位', '品牌', '产业党委', '党组织数'],
  企业: ['集群', '编号', '名称', '单位', '经度', '纬度', '有党组织', '规上'],
  指标: ['编号', '名称', '单位', '范围', '方向', '累计'],
  指标数据: ['指标', '期间', '数值', '同比', '环比', '类型'],
  覆盖: ['编号', '名称', '已覆盖', '总数', '比例', '单位', '覆盖主体', '期间'],
  覆盖明细: ['覆盖', '单位', '已覆盖', '总数'],
  指标值: ['对象', '指标', '数值', '单位', '期间'],
};

/** The parts of an XLSX file: sheet name → its worksheet XML. */
function worksheets(bytes) {
  const files = unzipSync(bytes);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const out = {};
  for (const [tag] of strFromU8(files['xl/workbook.xml']).matchAll(/<sheet [^>]*>/g)) {
    const name = /\sname="([^"]+)"/.exec(tag)[1];
    const id = /\sr:id="([^"]+)"/.exec(tag)[1];
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    out[name] = strFromU8(files[`xl/${target}`]);
  }
  return out;
}

/** Dropdowns of a worksheet: range → allowed values. */
function dropdownsOf(xml) {
  return Object.fromEntries([...xml.matchAll(/<dataValidation [^>]*type="list"[^>]*sqref="([^"]+)"[^>]*><formula1>(?:"|&quot;)([^<]*?)(?:"|&quot;)<\/formula1>/g)].map(([, range, list]) => [range.split(':')[0], list.split(',')]));
}

describe('the template', () => {
  const [{ document }] = sampleDocuments();

  test('has exactly the columns of the format page, in its order', () => {
    const template = documentToWorkbook(document, { template: true });
    const headers = Object.fromEntries(template.sheets.filter((s) => s.name in PAGE_COLUMNS).map((s) => [s.name, s.rows[0]]));
    assert.deepEqual(headers, PAGE_COLUMNS);
  });

  test('a workbook is written in the language its tag chooses: zh-TW and zh-HK in 繁體 with the format’s Chinese names, en-GB in English; each imports', () => {
    const cases = [
      // The sheets keep the format's names (说明, 单位: spreadsheet-format.md has Chinese and English ones only).
      ['zh-TW', '说明', '区域品牌数据填报模板', '區域品牌資料填報範本', '单位'],
      ['zh-HK', '说明', '区域品牌数据填报模板', '區域品牌資料填報範本', '单位'],
      ['en-GB', 'readme', '区域品牌数据填报模板', 'Regional-brand data template', 'units'],
      ['zh-CN', '说明', '區域品牌資料填報範本', '区域品牌数据填报模板', '单位'],
    ];
    for (const [lang, readmeSheet, notThere, first, unitsSheet] of cases) {
      const book = documentToWorkbook(document, { lang });
      const readme = book.sheets[0];
      assert.equal(readme.name, readmeSheet, lang);
      assert.ok(String(readme.rows[0][0]).startsWith(first), `${lang}: the instructions start ${first} (got ${readme.rows[0][0]})`);
      assert.ok(!String(readme.rows[0][0]).startsWith(notThere), lang);
      assert.ok(book.sheets.some((s) => s.name === unitsSheet), `${lang}: a sheet named ${unitsSheet}`);
      const result = workbookToDocument(book, { lang });
      assert.equal(result.ok, true, `${lang}: ${JSON.stringify(result.errors?.slice(0, 2))}`);
    }
  });

  test('offers the allowed values in dropdowns, Chinese labels in Chinese and values in English; it still imports', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const bytes = await writeXlsx(documentToWorkbook(document, { template: true, lang }));
      const sheets = worksheets(bytes);
      const zh = lang === 'zh-CN';
      const units = dropdownsOf(sheets[zh ? '单位' : 'units']);
      assert.deepEqual(Object.keys(units), ['C2'], 'the 级别 column of the units sheet');
      assert.deepEqual(units.C2, zh ? ['省', '市', '县', '区', '镇', '街道', '村', '园区'] : ['province', 'city', 'county', 'district', 'town', 'street', 'village', 'park']);
      const brands = dropdownsOf(sheets[zh ? '品牌' : 'brands']);
      assert.deepEqual(brands.C2, zh ? ['区域品牌', '党建品牌'] : ['region', 'party']);
      assert.deepEqual(brands.D2?.length, 8, 'the brands’ level');
      assert.deepEqual(dropdownsOf(sheets[zh ? '企业' : 'enterprises']), { G2: zh ? ['是', '否'] : ['Y', 'N'], H2: zh ? ['是', '否'] : ['Y', 'N'] });
      assert.deepEqual(dropdownsOf(sheets[zh ? '指标数据' : 'indicator values']).F2, zh ? ['序列', '公布', '目标'] : ['series', 'reported', 'target']);
      assert.deepEqual(dropdownsOf(sheets[zh ? '品牌产品' : 'products']).C2?.length, 6);
      assert.deepEqual(dropdownsOf(sheets[zh ? '说明' : 'readme']), {});
      // Every dropdown value imports: fill one of each into the units and brands sheets.
      const book = await readWorkbookFile(bytes, 'template.xlsx');
      const rowsOf = (name) => book.sheets.find((s) => s.name === name).rows;
      rowsOf(zh ? '地区' : 'region').push(['kp', '开平市', units.C2[2], null, '2025-06-30']);
      units.C2.forEach((level, i) => rowsOf(zh ? '单位' : 'units').push([`u${i}`, `单位${i}`, level]));
      brands.C2.forEach((kind, i) => rowsOf(zh ? '品牌' : 'brands').push([`b${i}`, `品牌${i}`, kind, brands.D2[i]]));
      const result = workbookToDocument(book, { lang });
      assert.ok(result.ok, JSON.stringify(result.problems));
      assert.deepEqual(result.document.units.map((u) => u.level), ['province', 'city', 'county', 'district', 'town', 'street', 'village', 'park']);
      assert.deepEqual(result.document.brands.map((b) => [b.kind, b.level]), [['region', 'province'], ['party', 'city']]);
    }
  });
});

describe('round trip of what the page has no column for', () => {
  test('our extra columns (地图, 作者, 备注, 推算说明) appear only when the document has such a value, and come back', async () => {
    const plain = structuredClone(sampleDocuments().find((d) => d.file === 'taiping.json').document);
    delete plain.geo;
    for (const s of plain.sources ?? []) delete s.author, delete s.note;
    for (const i of plain.indicators) for (const p of i.series ?? []) delete p.derived;
    const plainBook = documentToWorkbook(plain);
    const header = (book, name) => book.sheets.find((s) => s.name === name).rows[0];
    assert.deepEqual(header(plainBook, '地区'), PAGE_COLUMNS.地区);
    assert.deepEqual(header(plainBook, '来源'), PAGE_COLUMNS.来源);
    assert.deepEqual(header(plainBook, '指标数据'), PAGE_COLUMNS.指标数据);

    const rich = structuredClone(plain);
    rich.geo = { url: 'taiping-towns.geojson' };
    rich.sources = [{ title: '太平镇一季度经济运行', publisher: '太平镇', author: '某记者', note: '第 2 版' }];
    rich.indicators.find((i) => i.series?.length).series[0].derived = '由公布的同比推算';
    const richBook = documentToWorkbook(rich);
    assert.deepEqual(header(richBook, '地区'), [...PAGE_COLUMNS.地区, '地图']);
    assert.deepEqual(header(richBook, '来源'), [...PAGE_COLUMNS.来源, '作者', '备注']);
    assert.deepEqual(header(richBook, '指标数据'), [...PAGE_COLUMNS.指标数据, '推算说明']);
    for (const doc of [plain, rich]) {
      const result = await importXlsx(await writeXlsx(documentToWorkbook(doc)));
      assert.ok(result.ok, JSON.stringify(result.problems));
      assert.deepEqual(result.document, doc);
    }
  });

  test('quantities in % (ratios) keep their unit and figure both ways', async () => {
    const doc = structuredClone(sampleDocuments().find((d) => d.file === 'kaiping.json').document);
    doc.indicators.push({ id: 'urban', name: '城镇化率', unit: '%', series: [{ period: '2021', value: 0.631 }, { period: '2022', value: 0.653 }] });
    doc.clusters[0].metrics = { ...doc.clusters[0].metrics, share: { value: 0.125, unit: '%' } };
    for (const lang of ['zh-CN', 'en']) {
      const result = await importXlsx(await writeXlsx(documentToWorkbook(doc, { lang })), lang);
      assert.ok(result.ok, JSON.stringify(result.problems));
      assert.deepEqual(result.document, doc);
    }
  });
});
