// spreadsheet-format.md checked with workbooks nobody on the team had seen (session 17's audit):
// what they found. Headers with 单位： inside their brackets, Traditional characters the format's
// labels use.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { book, sheet } from './helpers.mjs';

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
  test('開發區, 直轄市, 市轄區, 街道辦 are levels; 發佈者 and 啓動日期 are columns', () => {
    const result = workbookToDocument(book({
      地區: [['編號', '名稱', '級別', '數據截至'], ['tj', '天津', '直轄市', '2025-09-30']],
      單位: [['名稱', '級別'], ['濱海新區', '市轄區'], ['泰達', '開發區'], ['大沽', '街道辦']],
      來源: [['標題', '發佈者'], ['統計公報', '統計局']],
      品牌: [['名稱', '類型', '啓動日期'], ['津品', '區域品牌', '2023-03-28']],
    }));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.deepEqual(result.warnings, []);
    assert.equal(result.document.region.level, 'province');
    assert.deepEqual(result.document.units.map((u) => u.level), ['district', 'park', 'street']);
    assert.equal(result.document.sources[0].publisher, '統計局');
    assert.equal(result.document.brands[0].launched, '2023-03-28');
  });
});
