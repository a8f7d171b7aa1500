// spreadsheet-format.md checked with workbooks nobody on the team had seen (session 17's audit):
// what they found. Headers with 单位： inside their brackets, Traditional characters the format's
// labels use, full-width letters, names several items share, a folder without CSV files on the
// command line.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { book, cli, sheet, tempDir, validation } from './helpers.mjs';

const { workbookToDocument } = sheet;

const region = [['编号', '名称', '级别', '数据截至'], ['longmen', '龙门县', '县', '2025-09-30']];
const towns = [['编号', '名称', '级别', '上级'], ['yonghan', '永汉镇', '镇', 'longmen'], ['mazha', '麻榨镇', '镇', 'longmen']];

describe('headers as county forms write their units', () => {
  test('a unit in brackets after 单位： (产值（单位：万元）, 数值(单位:亿元), 已覆盖（單位：個）) is that unit, not a unit named “单位：万元”', () => {
    const result = workbookToDocument(book({
      地区: region,
      单位: towns,
      集群: [['编号', '名称', '单位'], ['rice', '大米集群', '永汉镇']],
      企业: [['集群', '名称', '产值（单位：万元）', '用地(unit: 亩)'], ['rice', '米业公司', 12500, 30]],
      指标: [['编号', '名称', '单位'], ['gdp', '地区生产总值', '元']],
      指标数据: [['指标', '期间', '数值(单位:亿元)'], ['gdp', '2025-Q3', 125.6]],
      覆盖: [['编号', '名称', '已覆盖（單位：個）', '总数'], ['villages', '行政村', 120, 125]],
    }));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.deepEqual(result.document.clusters[0].enterprises[0].metrics, {
      output: { value: 125000000, unit: '元' },
      用地: { value: 30, unit: '亩' },
    });
    assert.deepEqual(result.document.indicators[0].series, [{ period: '2025-Q3', value: 12560000000 }]);
    assert.equal(result.document.coverage[0].unit, '個');
  });
});

describe('Traditional characters of the format’s labels', () => {
  test('開發區, 直轄市, 市轄區, 街道辦 are levels; 發佈者, 啓動日期 and 連結 (or 网址) are columns', () => {
    const result = workbookToDocument(book({
      地區: [['編號', '名稱', '級別', '數據截至'], ['tj', '天津', '直轄市', '2025-09-30']],
      單位: [['名稱', '級別'], ['濱海新區', '市轄區'], ['泰達', '開發區'], ['大沽', '街道辦']],
      來源: [['標題', '發佈者', '連結'], ['統計公報', '統計局', 'https://www.stats.gov.tw/']],
      品牌: [['名稱', '類型', '啓動日期'], ['津品', '區域品牌', '2023-03-28']],
    }));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.deepEqual(result.warnings, []);
    assert.equal(result.document.region.level, 'province');
    assert.deepEqual(result.document.units.map((u) => u.level), ['district', 'park', 'street']);
    assert.equal(result.document.sources[0].publisher, '統計局');
    assert.equal(result.document.sources[0].url, 'https://www.stats.gov.tw/');
    const simplified = workbookToDocument(book({ 地区: region, 来源: [['标题', '网址'], ['统计公报', 'http://www.longmen.gov.cn/']] }));
    assert.deepEqual(simplified.document.sources, [{ title: '统计公报', url: 'http://www.longmen.gov.cn/' }]);
    assert.equal(result.document.brands[0].launched, '2023-03-28');
  });
});

describe('labels as county offices write them', () => {
  test('区域公用品牌 (the official term for a regional brand) is kind region; 正向/逆向指标 are better higher and lower', () => {
    const result = workbookToDocument(book({
      地区: region,
      品牌: [['名称', '类型'], ['龙门优品', '区域公用品牌']],
      指标: [['编号', '名称', '单位', '方向'], ['gdp', '地区生产总值', '元', '正向指标'], ['energy', '单位GDP能耗', '吨', '逆向指标'], ['debt', '负债率', '%', '逆向']],
    }));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.equal(result.document.brands[0].kind, 'region');
    assert.deepEqual(result.document.indicators.map((i) => i.better), ['higher', 'lower', 'lower']);
  });
});

describe('cells typed in full-width mode', () => {
  test('full-width letters read as their ASCII forms: ２０２５－Ｑ３ and ２０２４－Ｈ１ are periods, Ｙ/ｎ yes and no, ｔｏｗｎ and ｒｅｇｉｏｎ values', () => {
    const result = workbookToDocument(book({
      地区: [['编号', '名称', '级别', '数据截至'], ['longmen', '龙门县', 'ＣＯＵＮＴＹ', '２０２５／９／３０']],
      单位: [['编号', '名称', '级别'], ['yonghan', '永汉镇', 'ｔｏｗｎ']],
      品牌: [['名称', '类型'], ['龙门优品', 'ｒｅｇｉｏｎ']],
      集群: [['编号', '名称', '单位'], ['rice', '大米集群', '永汉镇']],
      企业: [['集群', '名称', '有党组织', '规上'], ['rice', '米业公司', 'Ｙ', 'ｎ']],
      指标: [['编号', '名称', '单位', '累计'], ['gdp', '地区生产总值', '元', 'ＹＥＳ']],
      指标数据: [['指标', '期间', '数值', '同比', '类型'], ['gdp', '２０２４－Ｈ１', 1, null, null], ['gdp', '２０２５－Ｑ３', '１，２３４．５', '－３．２％', '公布']],
    }));
    assert.ok(result.ok, JSON.stringify(result.problems));
    const d = result.document;
    assert.equal(d.region.level, 'county');
    assert.equal(d.asOf, '2025-09-30');
    assert.equal(d.units[0].level, 'town');
    assert.equal(d.brands[0].kind, 'region');
    assert.deepEqual([d.clusters[0].enterprises[0].partyOrganization, d.clusters[0].enterprises[0].aboveScale], [true, false]);
    assert.equal(d.indicators[0].cumulative, true);
    assert.deepEqual(d.indicators[0].series, [{ period: '2024-H1', value: 1 }]);
    assert.deepEqual(d.indicators[0].reported, { period: '2025-Q3', value: 1234.5, yoy: -0.032 });
  });

  test('a full-width value that is still no value is named as written', () => {
    const result = workbookToDocument(book({ 地区: [['编号', '名称', '级别', '数据截至'], ['longmen', '龙门县', 'ｔｏｗｎｓｈｉｐ', '2025-09-30']] }));
    assert.equal(result.ok, false);
    assert.match(result.problems[0].message, /^“ｔｏｗｎｓｈｉｐ”不是允许的取值/);
  });
});

describe('a name that several items share', () => {
  // Two towns each have a 新村: the name alone does not say which one a row means.
  const villages = [...towns, ['yh-xincun', '新村', '村', 'yonghan'], ['mz-xincun', '新村', '村', 'mazha']];

  test('a reference by that name is an error at its cell naming the ids to choose from, in three languages; a reference by id is read', () => {
    const sheets = {
      地区: region,
      单位: villages,
      集群: [['编号', '名称', '单位'], ['rice', '大米集群', '永汉镇、新村'], ['tea', '茶集群', 'mz-xincun']],
      企业: [['集群', '名称', '单位'], ['rice', '米业公司', '新村']],
      覆盖: [['编号', '名称', '已覆盖', '总数'], ['villages', '行政村', 3, 4]],
      覆盖明细: [['覆盖', '单位', '已覆盖', '总数'], ['villages', 'yh-xincun', 1, 2], ['villages', '新村', 2, 2]],
    };
    const result = workbookToDocument(book(sheets));
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems.map((p) => [p.cell, p.path]).sort(), [
      ['企业!C2', '/clusters/0/enterprises/0/unit'],
      ['覆盖明细!B3', '/coverage/0/breakdown/1/unit'],
      ['集群!C2', '/clusters/0/units/1'],
    ]);
    for (const [lang, words] of [['zh-CN', /^“新村”是多个单位的名称（编号：yh-xincun、mz-xincun）：请改填/], ['en', /^“新村” is the name of more than one unit \(ids: yh-xincun, mz-xincun\): write the id/], ['zh-Hant', /^「新村」是多個單位的名稱（編號：yh-xincun、mz-xincun）：請改填/]]) {
      const problems = workbookToDocument(book(sheets), { lang }).problems;
      assert.equal(problems.length, 3);
      for (const p of problems) assert.match(p.message, words);
    }
  });

  test('so is a row naming an indicator, a coverage, a brand or a cluster by a name two of them share', () => {
    const result = workbookToDocument(book({
      地区: region,
      单位: towns,
      品牌: [['编号', '名称', '类型'], ['a', '优品', '区域品牌'], ['b', '优品', '区域品牌']],
      品牌产品: [['品牌', '产品'], ['优品', '大米']],
      集群: [['编号', '名称', '单位'], ['c1', '大米集群', '永汉镇'], ['c2', '大米集群', '麻榨镇']],
      企业: [['集群', '名称'], ['大米集群', '米业公司']],
      指标: [['编号', '名称', '单位'], ['gdp', '生产总值', '元'], ['gdp-q', '生产总值', '元']],
      指标数据: [['指标', '期间', '数值'], ['生产总值', '2025', 1]],
      覆盖: [['编号', '名称', '已覆盖', '总数'], ['v1', '行政村', 3, 4], ['v2', '行政村', 1, 4]],
      覆盖明细: [['覆盖', '单位', '已覆盖', '总数'], ['行政村', '永汉镇', 1, 2]],
      指标值: [['对象', '指标', '数值', '单位'], ['优品', 'sales', 5, '万元'], ['大米集群', 'output', 5, '万元']],
    }));
    assert.equal(result.ok, false);
    const cells = result.problems.filter((p) => p.severity === 'error').map((p) => p.cell).sort();
    assert.deepEqual(cells, ['企业!A2', '品牌产品!A2', '指标值!A2', '指标值!A3', '指标数据!A2', '覆盖明细!A2']);
    for (const p of result.problems) assert.match(p.message, /（编号：[a-z0-9-]+、[a-z0-9-]+）/, p.message);
  });

  test('a name given to one item only, and a document whose items share a name, still read and round trip', () => {
    const shared = workbookToDocument(book({
      地区: region,
      单位: villages,
      覆盖: [['编号', '名称', '已覆盖', '总数'], ['villages', '行政村', 3, 4]],
      覆盖明细: [['覆盖', '单位', '已覆盖', '总数'], ['行政村', 'yh-xincun', 1, 2], ['villages', 'mz-xincun', 2, 2], ['行政村', '永汉镇', 0, 1]],
    }));
    assert.ok(shared.ok, JSON.stringify(shared.problems));
    assert.deepEqual(shared.document.coverage[0].breakdown.map((b) => b.unit), ['yh-xincun', 'mz-xincun', 'yonghan']);
    const back = workbookToDocument(sheet.documentToWorkbook(shared.document));
    assert.ok(back.ok, JSON.stringify(back.problems));
    assert.deepEqual(back.document, shared.document);
  });
});

describe('the cell a problem names', () => {
  test('a latitude out of range is named at the 纬度 cell, a longitude at the 经度 cell', () => {
    const result = workbookToDocument(book({
      地区: region,
      单位: [['编号', '名称', '级别', '经度', '纬度'], ['yonghan', '永汉镇', '镇', 23.55, 114.05]],
      集群: [['名称', '单位'], ['大米集群', '永汉镇']],
      企业: [['集群', '名称', '纬度', '经度'], ['大米集群', '米业公司', 23.56, 214.06]],
    }));
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems.map((p) => [p.cell, p.path]), [
      ['单位!E2', '/units/0/center/1'],
      ['企业!D2', '/clusters/0/enterprises/0/location/0'],
    ]);
  });
});

describe('the names a message lists', () => {
  test('a region without a name adds no empty entry to the known units (单位表中有：龙城街道, not “、龙城街道”)', () => {
    const result = workbookToDocument(book({
      地区: [['编号', '名称', '级别', '数据截至'], ['longmen', '', '县', '2025-09-30']],
      单位: towns,
      集群: [['名称', '单位'], ['大米集群', '大沙']],
    }));
    const unknown = result.problems.find((p) => p.cell === '集群!B2');
    assert.ok(unknown, JSON.stringify(result.problems));
    assert.match(unknown.message, /（单位表中有：永汉镇、麻榨镇）/);
  });
});

describe('the command line on a folder', () => {
  test('a folder without CSV files is one line saying so, exit code 1 (not “unsupported file type”)', async () => {
    const folder = join(tempDir(), '报表');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, '说明.txt'), '企业名单见附件');
    for (const [command, lang, words] of [['import', 'zh-CN', /报表.*没有 \.csv 文件/], ['validate', 'en', /报表.*no \.csv file/], ['import', 'zh-Hant', /报表.*沒有 \.csv 檔案/]]) {
      const run = await cli(command, folder, '--lang', lang);
      assert.equal(run.code, 1);
      const lines = run.stderr.trim().split('\n');
      assert.ok(lines.length <= 2, run.stderr);
      assert.match(run.stderr, words);
      assert.doesNotMatch(run.stderr, /不支持|unsupported|不支援|    at /);
    }
  });
});

describe('the region among the units', () => {
  test('a unit with the region’s id is an error naming the region, in a document and in a workbook (a reference to that id would name two places)', () => {
    const doc = {
      format: 'region-brand-data', version: 1, region: { id: 'longmen', name: '龙门县', level: 'county' }, asOf: '2025-09-30',
      units: [{ id: 'yonghan', name: '永汉镇', level: 'town' }, { id: 'longmen', name: '龙城街道', level: 'street' }],
      clusters: [{ id: 'rice', name: '大米集群', units: ['longmen'] }],
    };
    const result = validation.validateDocument(doc);
    assert.equal(result.ok, false);
    assert.deepEqual(result.error.issues.map((i) => [i.path, i.key]), [['/units/1/id', 'regionIdTaken']]);
    assert.match(validation.describeIssue(result.error.issues[0], 'zh-CN', doc), /^第 2 个单位“龙城街道”的“编号”（id）：编号“longmen”是地区本身的编号.*请给这个单位另起一个编号$/);
    assert.match(validation.describeIssue(result.error.issues[0], 'en', doc), /id "longmen" is the region's own id .*give this unit an id of its own$/);
    assert.match(validation.describeIssue(result.error.issues[0], 'zh-Hant', doc), /編號「longmen」是地區本身的編號/);
    const book2 = workbookToDocument(book({ 地区: region, 单位: [['编号', '名称', '级别'], ['yonghan', '永汉镇', '镇'], ['longmen', '龙城街道', '街道']] }));
    assert.equal(book2.ok, false);
    assert.deepEqual(book2.problems.map((p) => [p.cell, p.path]), [['单位!A3', '/units/1/id']]);
    assert.match(book2.problems[0].message, /编号“longmen”是地区本身的编号/);
  });
});

describe('a document’s references', () => {
  test('a reference to no item names a few of the ids the list has (the region among the places), in three languages', () => {
    const doc = {
      format: 'region-brand-data', version: 1, region: { id: 'longmen', name: '龙门县', level: 'county' }, asOf: '2025-09-30',
      units: [{ id: 'yonghan', name: '永汉镇', level: 'town' }, { id: 'mazha', name: '麻榨镇', level: 'town' }],
      brands: [{ id: 'youpin', name: '龙门优品', kind: 'region', unit: '永汉镇' }],
      clusters: [{ id: 'rice', name: '大米集群', units: ['yonghan'], brand: 'lm-youpin' }],
    };
    const result = validation.validateDocument(doc);
    assert.equal(result.ok, false);
    const says = (lang) => result.error.issues.map((i) => validation.describeIssue(i, lang, doc));
    assert.deepEqual(result.error.issues.map((i) => i.path), ['/brands/0/unit', '/clusters/0/brand']);
    assert.match(says('zh-CN')[0], /引用的编号“永汉镇”在 \/units 中不存在（现有编号：yonghan、mazha、longmen）$/);
    assert.match(says('en')[1], /"lm-youpin" does not exist in \/brands \(ids there: youpin\)$/);
    assert.match(says('zh-Hant')[1], /（現有編號：youpin）$/);
  });

  test('a long list of ids is cut after eight, saying how many there are, with each language’s separator', () => {
    const units = Array.from({ length: 11 }, (_, i) => ({ id: `u${i + 1}`, name: `${i + 1}号镇`, level: 'town' }));
    const doc = {
      format: 'region-brand-data', version: 1, region: { id: 'r', name: '某县', level: 'county' }, asOf: '2025-09-30',
      units, brands: [{ id: 'b', name: '某品牌', kind: 'region', unit: 'nowhere' }],
    };
    const result = validation.validateDocument(doc);
    assert.equal(result.ok, false);
    const [issue] = result.error.issues;
    assert.equal(issue.path, '/brands/0/unit');
    // The places a brand may name: the 11 units and the region.
    assert.match(validation.describeIssue(issue, 'zh-CN', doc), /（现有编号：u1、u2、u3、u4、u5、u6、u7、u8 等 12 个）$/);
    assert.match(validation.describeIssue(issue, 'zh-TW', doc), /（現有編號：u1、u2、u3、u4、u5、u6、u7、u8 等 12 個）$/);
    assert.match(validation.describeIssue(issue, 'en', doc), /\(ids there: u1, u2, u3, u4, u5, u6, u7, u8 and 4 more\)$/);
  });
});
