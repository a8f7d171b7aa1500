// `region-brand-widgets render`: a spec and a document to a PNG or SVG file; bad input is one
// problem per line on stderr (code, JSON Pointer, localised message), exit code 1, and no file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, root, tempDir } from './helpers.mjs';

const data = join(root, 'demo/data/kaiping.json');
const dir = tempDir();
const file = (name, value) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

test('a dashboard spec to PNG and a widget config to SVG', async () => {
  const spec = file('spec.json', { columns: 12, widgets: [{ type: 'growth-indicator', span: 6 }, { type: 'coverage-gauge', span: 6 }] });
  const png = join(dir, 'out', 'page.png');
  const r = await cli('render', spec, '--data', data, '-o', png, '--width', '900', '--scale', '2');
  assert.equal(r.code, 0, r.stderr);
  const bytes = readFileSync(png);
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  assert.equal(bytes.readUInt32BE(16), 1800);
  assert.match(r.stdout, /page\.png \(900×\d+/);

  const config = file('gauge.json', { coverage: 'park-branches', style: 'ring' });
  const svg = join(dir, 'gauge.svg');
  const s = await cli('render', config, '--type', 'coverage-gauge', '--data', data, '-o', svg, '--theme', 'dark', '--lang', 'en');
  assert.equal(s.code, 0, s.stderr);
  const text = readFileSync(svg, 'utf8');
  const entry = JSON.parse(readFileSync(data, 'utf8')).coverage.find((c) => c.id === 'park-branches');
  const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 2 }).format(entry.covered / entry.total);
  assert.ok(text.includes(`>${percent}</text>`), percent);
  assert.ok(text.includes('#1b1e23'), 'dark background');
});

test('the spec\'s own "src" is the data when --data is not given', async () => {
  const spec = file('with-src.json', { src: join(root, 'demo/data/kaiping.json'), widgets: [{ type: 'growth-indicator' }] });
  const out = join(dir, 'src.svg');
  const r = await cli('render', spec, '-o', out);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(existsSync(out));
});

test('bad input: code, pointer and message on stderr, exit 1, no file (not even a partial one)', async () => {
  const before = readdirSync(dir).length;
  const cases = [
    { spec: file('bad-config.json', { widgets: [{ type: 'coverage-gauge', config: { style: 'pie' } }] }), expect: /invalid-config \/widgets\/0\/config\/style: "pie" is not an allowed value; allowed: gauge, ring, bar/ },
    { spec: file('bad-json.json', '{ "widgets": [ }'), expect: /^✗ invalid-config \/: Not valid JSON at line 1, column 16/m },
    { spec: file('bad-id.json', { type: 'growth-indicator', config: { indicator: 'nope' } }), expect: /invalid-config \/indicator: the data has no indicator "nope"/ },
    // A widget's config without --type or "type": the types, and the one its keys say (not "ranking" whatever it is).
    { spec: file('no-type.json', { coverage: 'park-branches' }), expect: /invalid-config \/type: the spec is no dashboard .* give the type with --type \(coverage-gauge, growth-indicator, brand-matrix, cluster-map, ranking\), or write it as \{ "type": "coverage-gauge", "config": \{ … \} \}/ },
    { spec: file('no-type-growth.json', { indicator: 'gdp', compare: 'both' }), expect: /\{ "type": "growth-indicator", "config"/ },
    { spec: file('no-type-list.json', [1]), expect: /--type \(coverage-gauge, .*\{ "type": "coverage-gauge", "config"/ },
  ];
  for (const c of cases) {
    const out = join(dir, 'never.png');
    const r = await cli('render', c.spec, '--data', data, '-o', out, '--lang', 'en');
    assert.equal(r.code, 1, c.spec);
    assert.match(r.stderr, c.expect);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(existsSync(out), false, 'no picture written');
  }
  const brokenData = file('broken-data.json', readFileSync(data, 'utf8').replace('"covered": 25', '"covered": 250'));
  const r = await cli('render', file('gauge2.json', { type: 'coverage-gauge', config: { coverage: 'enterprise-party' } }), '--data', brokenData, '-o', join(dir, 'never.svg'));
  assert.equal(r.code, 1);
  assert.match(r.stderr, /invalid-data \/coverage\/\d+\/covered: /);
  assert.equal(existsSync(join(dir, 'never.svg')), false);
  // Nothing but the inputs this test wrote appeared in the folder (no temporary files left).
  assert.equal(readdirSync(dir).filter((f) => f.startsWith('.')).length, 0);
  assert.ok(readdirSync(dir).length >= before);
});

test('a spec with a wrong shape also names its widgets\' wrong options, each with the options of its own object', async () => {
  const spec = file('two-rounds.json', {
    pages: [
      { widgets: [{ type: 'growth-indicator', confg: { indicator: 'x' } }] },
      { title: 'B', widgets: [{ type: 'coverage-gauge', config: { coverag: 'park-branches', style: 'pie' } }, { type: 'pie-chart', config: { style: 'pie' } }] },
    ],
  });
  const r = await cli('render', spec, '--data', data, '-o', join(dir, 'never.svg'), '--lang', 'en');
  assert.equal(r.code, 1);
  const lines = r.stderr.split('\n').filter((l) => /^\s+\S+ \//.test(l)).map((l) => l.trim());
  // The entry's own options (type, config, span, area), not the spec's top-level ones.
  assert.match(r.stderr, /\/pages\/0\/widgets\/0\/confg: [^\n]*confg[^\n]*: type, config, span, area\n/);
  // The gauge's options, found in the same round as the entry's mistake.
  assert.match(r.stderr, /\/pages\/1\/widgets\/0\/config\/coverag: [^\n]*coverag[^\n]*: title, [^\n]*coverage, style, thresholds/);
  assert.match(r.stderr, /\/pages\/1\/widgets\/0\/config\/style: "pie" is not an allowed value/);
  assert.match(r.stderr, /\/pages\/1\/widgets\/1\/type: /);
  // An unknown type's config is not checked against any schema.
  assert.doesNotMatch(r.stderr, /\/pages\/1\/widgets\/1\/config/);
  assert.equal(lines.length, 4, r.stderr);
});

test('usage mistakes are one line each', async () => {
  const spec = file('ok.json', { widgets: [{ type: 'growth-indicator' }] });
  const paged = file('paged.json', { stage: { width: 1920, height: 1080 }, pages: [{ widgets: [{ type: 'growth-indicator', area: [1, 1, 6, 6] }] }, { widgets: [{ type: 'ranking', area: [1, 1, 6, 6] }] }] });
  for (const [args, expect] of [
    [['render', spec, '--data', data, '-o', join(dir, 'x.jpg')], /\.png, \.svg/],
    [['render', spec, '--data', data, '-o', join(dir, 'x.png'), '--type', 'pie-chart'], /--type: unknown type “pie-chart”/],
    [['render', spec, '--data', data, '-o', join(dir, 'x.png'), '--width', '-3'], /--width: expected a number above 0 and at most 16384, got “-3”/],
    [['render', spec, '--data', data, '-o', join(dir, 'x.png'), '--width', '100000'], /--width: expected a number above 0 and at most 16384, got “100000”/],
    [['render', spec, '--data', data, '-o', join(dir, 'x.png'), '--scale', '20'], /--scale: expected a number above 0 and at most 8/],
    [['render', spec, '--data', data, '-o', join(dir, 'x.png'), '--theme', 'neon'], /--theme: unknown theme “neon” \(light, dark, .*screen/],
    [['render', spec, '--data', data, '-o', join(dir, 'x.png'), '--period', '2024年'], /--period: “2024年” is not a period \(such as 2024, 2024-H1/],
    [['render', spec, '--data', join(dir, 'missing.json'), '-o', join(dir, 'x.png')], /missing\.json/],
    [['render', spec, '--data', data], /-o/],
    [['render', spec, '--data', data, '-o', join(dir, 'x.svg'), '--page', '2'], /--page 2: the spec has 1 page$/m],
    [['render', paged, '--data', data, '-o', join(dir, 'x.svg'), '--page', '3'], /--page 3: the spec has 2 pages/],
  ]) {
    const r = await cli(...args, '--lang', 'en');
    assert.equal(r.code, 1, args.join(' '));
    assert.match(r.stderr, expect);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
  // A language the library does not speak is named, not answered in zh-CN; its regional forms are spoken.
  const fr = await cli('render', spec, '--data', data, '-o', join(dir, 'fr.png'), '--lang', 'fr');
  assert.equal(fr.code, 1);
  assert.match(fr.stderr, /^region-brand-widgets: --lang：不支持的语言“fr”（.*zh-Hant.*）\n$/);
  assert.equal(existsSync(join(dir, 'fr.png')), false);
  for (const lang of ['zh-TW', 'en-GB', 'zh']) assert.equal((await cli('render', spec, '--data', data, '-o', join(dir, `${lang}.svg`), '--lang', lang)).code, 0, lang);
  const help = await cli('render', '--help', '--lang', 'en');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: region-brand-widgets render/);
});

test('a PNG with a character the bundled font lacks is written, with a warning naming it and its text; an SVG has none', async () => {
  const doc = JSON.parse(readFileSync(data, 'utf8'));
  doc.indicators.find((i) => i.id === 'brand-sales').name = '𰻝𰻝面销售额';
  const rare = file('rare.json', doc);
  const spec = file('rare-spec.json', { type: 'growth-indicator', config: { indicator: 'brand-sales' } });
  const png = join(dir, 'rare.png');
  const r = await cli('render', spec, '--data', rare, '-o', png, '--lang', 'zh-Hant');
  assert.equal(r.code, 0, r.stderr);
  assert.ok(existsSync(png));
  assert.match(r.stderr, /沒有「𰻝」.*空框.*「𰻝𰻝面销售额」/);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  const s = await cli('render', spec, '--data', rare, '-o', join(dir, 'rare.svg'));
  assert.equal(s.code, 0, s.stderr);
  assert.doesNotMatch(s.stderr, /𰻝/);
});
