// Messages a clerk can act on, from the validation entry imported in Node (no DOM): JSON syntax
// with line, column and hint; items named in words counting from one; implausible figures.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { root, sampleDocuments, validation } from './helpers.mjs';

const { parseJson, validateDocument, describeIssue } = validation;

function jsonMessage(text, lang = 'zh-CN') {
  const result = parseJson(text);
  assert.equal(result.ok, false);
  assert.equal(result.error.code, 'invalid-json');
  return result.error.localizedMessage(lang);
}

/** A small valid document to spoil. */
function taiping() {
  return structuredClone(sampleDocuments().find((d) => d.file === 'taiping.json').document);
}

function errorsOf(doc, lang = 'zh-CN') {
  const result = validateDocument(doc);
  assert.equal(result.ok, false, 'the document should be refused');
  return result.error.issues.map((issue) => ({ path: issue.path, message: describeIssue(issue, lang) }));
}

describe('invalid JSON', () => {
  test('a full-width comma: line, column, the character, the text around it and the hint', () => {
    const message = jsonMessage('{\n  "format": "region-brand-data"，\n  "version": 1\n}');
    assert.match(message, /第 2 行第 32 列的“，”/);
    assert.match(message, /"format": "region-brand-data"，/);
    assert.match(message, /全角/);
  });

  test('full-width quotes and colon, in English', () => {
    assert.match(jsonMessage('{"name"：1}', 'en'), /line 1, column 8 \(“：”\).*full-width/);
    assert.match(jsonMessage('{“name”: 1}', 'en'), /column 2 \(““”\).*full-width/);
  });

  test('a trailing comma and a text that ends too early', () => {
    assert.match(jsonMessage('{"units": [1, 2,]}'), /第 1 行第 17 列的“]”.*多了一个逗号/);
    assert.match(jsonMessage('{"units": [1, 2', 'en'), /end of text.*closing/);
  });
});

describe('rules broken, in words', () => {
  test('a missing name names the item counting from one, by its name, and the field in words and by key', () => {
    const doc = taiping();
    const fourth = doc.indicators[3];
    delete fourth.name;
    fourth.id = '税收收入';
    const [error] = errorsOf(doc);
    assert.equal(error.path, '/indicators/3/name');
    assert.equal(error.message, '第 4 个指标“税收收入”缺少“名称”（name）');
    assert.equal(errorsOf(doc, 'en')[0].message, 'indicator 4 “税收收入”: “name” is missing');
  });

  test('a coordinate pair names its longitude or latitude in words, not "location 2"', () => {
    const doc = taiping();
    doc.units[0].center = [113.1];
    doc.units.push({ id: 'x', name: '新村', level: 'village', center: [23.9, 113.1] });
    const [missing, latitude] = errorsOf(doc);
    assert.equal(missing.path, '/units/0/center/1');
    assert.equal(missing.message, '第 1 个单位“太平镇”缺少“纬度”（center.latitude）');
    assert.equal(latitude.path, '/units/1/center/1');
    assert.match(latitude.message, /^第 2 个单位“新村”的“纬度”（center\.latitude）：/);
    assert.match(errorsOf(doc, 'en')[1].message, /^unit 2 “新村”, “latitude” \(center\.latitude\): /);
    assert.match(errorsOf(doc, 'zh-Hant')[1].message, /「緯度」/);
    const three = taiping();
    three.units[0].center = [113.1, 23.9, 5];
    assert.match(errorsOf(three)[0].message, /^第 1 个单位“太平镇”的“中心坐标”（center）：/);
  });

  test('a repeated period in a series is an error naming both places', () => {
    const doc = taiping();
    const series = doc.indicators.find((i) => i.series?.length).series;
    series.push({ ...series[0], value: 1 });
    const [error] = errorsOf(doc);
    assert.match(error.path, /\/series\/\d+\/period$/);
    assert.match(error.message, new RegExp(`期间 ${series[0].period} 重复（首次出现在 第 1 个数据点“${series[0].period}”）`));
  });
});

describe('plausibility', () => {
  test('money in 亿元 is an error that shows the figure in 元', () => {
    const doc = taiping();
    doc.indicators[0].unit = '亿元';
    doc.indicators[0].reported.value = 37.83;
    const [error] = errorsOf(doc);
    assert.equal(error.path, '/indicators/0/unit');
    assert.match(error.message, /37\.83 亿元 → 3783000000，单位 元/);
  });

  test('a growth of 21.85 is a warning that names 0.2185', () => {
    const doc = taiping();
    doc.indicators[0].reported.yoy = 21.85;
    const result = validateDocument(doc);
    assert.equal(result.ok, true);
    const [warning] = result.warnings;
    assert.equal(warning.path, '/indicators/0/reported/yoy');
    assert.match(describeIssue(warning, 'en'), /21\.85 looks like a percentage.*0\.2185/);
  });

  test('a coverage ratio of 74.85 is an error that says it looks like a percentage', () => {
    const doc = taiping();
    const index = doc.coverage.findIndex((c) => c.ratio !== undefined);
    doc.coverage[index].ratio = 74.85;
    const [error] = errorsOf(doc);
    assert.equal(error.path, `/coverage/${index}/ratio`);
    assert.match(error.message, /比例 74\.85 .*百分数.*0\.7485/);
  });

  test('enterprise metrics and cumulative indicators are part of the format', () => {
    const doc = taiping();
    doc.indicators[0].cumulative = true;
    doc.units.length && (doc.clusters = [{ id: 'c', name: 'C', units: [doc.units[0].id], enterprises: [{ name: 'E', metrics: { output: { value: 5, unit: '元' } } }] }]);
    assert.equal(validateDocument(doc).ok, true);
    const wrong = structuredClone(doc);
    wrong.indicators[0].cumulative = 'yes';
    assert.equal(validateDocument(wrong).ok, false);
  });
});

describe("a portal's own language (registerLanguage)", () => {
  const { registerLanguage, messagesFor } = validation;
  const issue = { path: '/indicators/0/name', key: 'required', params: [] };
  const located = { ...issue, where: { items: [{ list: 'indicators', index: 0 }], field: ['name'] } };

  test('one object with its problem messages: widgets and mistakes both speak it', () => {
    const en = messagesFor('en');
    const problems = { types: {}, issue: { required: 'champ obligatoire manquant' }, where: { item: (n, thing) => `${thing} n° ${n}`, join: (items) => items.join(' > '), field: (w) => `« ${w} »`, missing: (place, field) => `${place} : ${field} manquant`, at: (p, f, m) => `${p} ${f} : ${m}`, things: { indicators: 'indicateur' }, fields: { name: 'nom' } } };
    registerLanguage({ ...en, lang: 'fr', ui: { ...en.ui, loading: 'Chargement…' }, ...problems });
    assert.equal(messagesFor('fr-CA').ui.loading, 'Chargement…');
    assert.equal(describeIssue(issue, 'fr'), 'champ obligatoire manquant');
    assert.equal(describeIssue(located, 'fr-BE'), 'indicateur n° 1 : « nom » manquant');
  });

  test('without problem messages, its mistakes are said in zh-CN', () => {
    registerLanguage({ ...messagesFor('en'), lang: 'de', ui: { ...messagesFor('en').ui, loading: 'Laden…' } });
    assert.equal(messagesFor('de').ui.loading, 'Laden…');
    assert.equal(describeIssue(located, 'de'), '第 1 个指标缺少“名称”（name）');
  });
});

describe('a value outside a list', () => {
  test('names the value and lists the allowed ones, in the language asked', () => {
    const doc = taiping();
    doc.region.level = '省';
    const zh = errorsOf(doc).find((e) => e.path === '/region/level');
    assert.match(zh.message, /“省”不是可用的取值，可用的有：province、city、county、district、town、street、village、park/);
    const en = errorsOf(doc, 'en').find((e) => e.path === '/region/level');
    assert.match(en.message, /"省" is not an allowed value; allowed: province, city, county/);
  });
});

describe('every problem at once', () => {
  test('a mistake of shape does not hide a broken rule elsewhere (covered above total)', () => {
    const doc = taiping();
    const coverage = { id: 'villages', name: '村', covered: 12, total: 10 };
    doc.coverage.push(coverage);
    doc.indicators[0].name = 42;
    const paths = errorsOf(doc).map((e) => e.path);
    assert.ok(paths.includes('/indicators/0/name'), paths.join(' '));
    assert.ok(paths.some((p) => p.startsWith(`/coverage/${doc.coverage.indexOf(coverage)}`)), paths.join(' '));
  });
});

describe('a document written by hand (a town office)', () => {
  const town = (extra) => ({ format: 'region-brand-data', version: 1, region: { id: 'xt', name: '新塘镇', level: 'town' }, asOf: '2025-06-30', ...extra });

  test('"version": "1" (text) says to write the number 1 without quotes, not "unsupported version"', () => {
    for (const version of ['1', '1.0', 0, 1.1]) {
      const [error] = errorsOf(town({ version }));
      assert.equal(error.path, '/version');
      assert.match(error.message, /版本必须是数字 1，不加引号/, String(version));
      assert.doesNotMatch(error.message, /不支持/);
    }
    assert.match(errorsOf(town({ version: '1' }), 'en')[0].message, /version must be the number 1, written without quotes \("version": 1\), not "1"/);
    // No version at all: what to write, in every language.
    const missing = town({});
    delete missing.version;
    for (const lang of ['zh-CN', 'zh-Hant', 'en']) assert.deepEqual(errorsOf(missing, lang).map((e) => e.path), ['/version'], lang);
    assert.match(errorsOf(missing)[0].message, /缺少，请在“format”之后写 "version": 1（数字，不加引号）/);
    assert.match(errorsOf(missing, 'zh-Hant')[0].message, /缺少，請在「format」之後寫 "version": 1（數字，不加引號）/);
    assert.match(errorsOf(missing, 'en')[0].message, /missing; write "version": 1 \(the number, without quotes\) after "format"/);
    // A later major version is still "unsupported version".
    const later = validateDocument(town({ version: 2 }));
    assert.equal(later.ok, false);
    assert.equal(later.error.code, 'unsupported-version');
  });

  test('a repeated cluster id names the first cluster by its number and name, and says to give this one its own id', () => {
    const doc = town({ clusters: [{ id: 'c', name: '茶叶集群', units: ['xt'] }, { id: 'c', name: '竹编集群', units: ['xt'] }] });
    const [zh] = errorsOf(doc);
    assert.equal(zh.path, '/clusters/1/id');
    assert.equal(zh.message, '第 2 个产业集群“竹编集群”的“编号”（id）：编号“c”重复（首次出现在 第 1 个产业集群“茶叶集群”）：请给这一项另起一个编号，同一列表中的编号不能重复');
    assert.equal(errorsOf(doc, 'en')[0].message, 'cluster 2 “竹编集群”, “id”: id "c" is used twice (first at cluster 1 “茶叶集群”): give this one an id of its own; ids are unique within their list');
  });

  test('a period repeated in a series names the first point, not the indicator again', () => {
    const doc = town({ indicators: [{ id: 'tax', name: '税收', unit: '元', series: [{ period: '2024-H1', value: 1 }, { period: '2024-H1', value: 2 }] }] });
    assert.match(errorsOf(doc, 'en')[0].message, /^indicator 1 “税收”, point 2 “2024-H1”, “period”: period 2024-H1 appears twice \(first at point 1 “2024-H1”\)/);
  });

  test('an id listed twice names the first listing in words, not by its JSON Pointer (the pointer stays in the path)', () => {
    const doc = town({
      units: [{ id: 'a', name: '甲村', level: 'village', parent: 'xt' }],
      clusters: [{ id: 'tea', name: '茶叶集群', units: ['a', 'xt', 'a'] }],
      brands: [{ id: 'b', name: '新塘优品', kind: 'region', clusters: ['tea', 'tea'] }],
      coverage: [{ id: 'v', name: '覆盖行政村', covered: 2, total: 2, breakdown: [{ unit: 'a', covered: 1, total: 1 }, { unit: 'a', covered: 1, total: 1 }] }],
    });
    const result = validateDocument(doc);
    assert.equal(result.ok, true);
    const said = (lang) => result.warnings.map((w) => [w.path, describeIssue(w, lang)]);
    assert.deepEqual(said('zh-CN').map(([path]) => path), ['/brands/0/clusters/1', '/clusters/0/units/2', '/coverage/0/breakdown/1/unit']);
    for (const lang of ['zh-CN', 'zh-Hant', 'en']) {
      for (const [path, message] of said(lang)) assert.doesNotMatch(message, /\/(brands|clusters|coverage)\//, `${lang} ${path}: ${message}`);
    }
    const [brand, cluster, breakdown] = said('zh-CN').map(([, message]) => message);
    assert.match(brand, /“tea”列了两次（首次在 第 1 个产业集群）/);
    assert.match(cluster, /“a”列了两次（首次在 第 1 个单位）/);
    assert.match(breakdown, /单位“a”在明细中出现两次（首次在 第 1 个明细“a”）/);
    assert.match(said('en')[0][1], /"tea" is listed twice \(first at cluster 1\)/);
  });
});

describe('a dashboard spec written by hand: a missing field or a value of the wrong type says what to write', async () => {
  const { renderSvg } = await import(join(root, 'dist/render.js'));
  const data = sampleDocuments().find((d) => d.file === 'kaiping.json').document;
  const said = async (config, lang) => (await renderSvg({ type: 'dashboard', config }, { data, lang })).errors.flatMap((e) => e.issues.map((i) => [i.path, i.message]));

  test('a stage without its height, a page without widgets, a widget without its type', async () => {
    const spec = { stage: { width: 1920 }, pages: [{ widgets: [{ config: {}, area: [1, 1, 4, 4] }] }, { title: '第二页' }] };
    assert.deepEqual(await said(spec, 'zh-CN'), [
      ['/stage/height', '缺少必填字段“height”：请写上 "height": 1080'],
      ['/pages/0/widgets/0/type', '缺少必填字段“type”：请写上 "type": "ranking"'],
      ['/pages/1/widgets', '缺少必填字段“widgets”：请写上 "widgets": [{ "type": "ranking" }]'],
    ]);
    assert.deepEqual((await said(spec, 'en')).map(([, m]) => m), ['required field “height” is missing: write "height": 1080', 'required field “type” is missing: write "type": "ranking"', 'required field “widgets” is missing: write "widgets": [{ "type": "ranking" }]']);
    assert.deepEqual((await said(spec, 'zh-Hant')).map(([, m]) => m)[0], '缺少必填欄位「height」：請寫上 "height": 1080');
    const [, widget] = (await said({ widgets: [{ config: {} }, { type: 'ranking' }] }, 'zh-CN'))[0];
    assert.equal(widget, '缺少必填字段“type”：请写上 "type": "ranking"');
  });

  test('text where text belongs: the key and how it is written', async () => {
    const messages = await said({ src: 5, widgets: [{ type: 'ranking', config: { title: 7 } }] }, 'zh-CN');
    assert.deepEqual(messages, [
      ['/src', '“src”应为字符串：请写成 "src": "…"'],
      ['/widgets/0/config/title', '“title”应为字符串：请写成 "title": "…"'],
    ]);
    assert.equal((await said({ src: 5, widgets: [] }, 'en'))[0][1], '“src” must be a string: write "src": "…"');
    assert.equal((await said({ src: 5, widgets: [] }, 'zh-Hant'))[0][1], '「src」應為字串：請寫成 "src": "…"');
  });
});
