// The Node renderer (dist/render.js): every widget and layout drawn from the sample documents to
// SVG, with the figures as real <text>, the theme's colours, nothing external; PNGs through resvg
// with the bundled font; bad input reported as the browser reports it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './helpers.mjs';

const render = await import(join(root, 'dist/render.js'));
const { Resvg } = await import('@resvg/resvg-js');

const sample = (name) => JSON.parse(readFileSync(join(root, 'demo/data', name), 'utf8'));
const kaiping = sample('kaiping.json');
const taiping = sample('taiping.json');
const baseUrl = pathToFileURL(join(root, 'demo/data/')).href;

/** The text content of every <text> element, unescaped. */
function texts(svg) {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1].replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"),
  );
}

/** Parses the SVG as resvg does (strict XML): throws for a malformed document. */
function parses(svg) {
  const r = new Resvg(svg, { font: { loadSystemFonts: false } });
  return { width: r.width, height: r.height };
}

function assertSelfContained(svg) {
  assert.doesNotMatch(svg, /<image\b|<script\b|<foreignObject\b|@import|(?:href|src)="(?!#)/i, 'no external reference');
  assert.doesNotMatch(svg, /url\((?!#)/, 'only local url(#…) references');
}

const ratioText = (r) => new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 2 }).format(r);

test('a KPI card shows its value as text, scaled to 亿 as in the browser (30.66亿)', async () => {
  const result = await render.renderSvg({ type: 'growth-indicator', config: { indicator: 'above-scale-output' } }, { data: taiping, baseUrl });
  assert.deepEqual(result.errors, []);
  const all = texts(result.svg).join('\n');
  const expected = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 }).format(3066000000);
  assert.equal(expected, '30.66亿');
  assert.ok(all.includes(expected), all);
  assert.ok(all.includes('规上工业总产值'));
  assert.ok(all.includes('+24.1%'), 'the reported growth');
  parses(result.svg);
  assertSelfContained(result.svg);
});

test('every coverage style draws the ratio of its counts as text; the breakdown lists every unit', async () => {
  for (const style of ['gauge', 'ring', 'bar']) {
    for (const entry of kaiping.coverage) {
      const result = await render.renderSvg({ type: 'coverage-gauge', config: { coverage: entry.id, style, breakdown: true } }, { data: kaiping, baseUrl });
      assert.deepEqual(result.errors, [], `${style} ${entry.id}`);
      const all = texts(result.svg);
      const ratio = entry.covered !== undefined ? entry.covered / entry.total : entry.ratio;
      assert.ok(all.some((t) => t.includes(ratioText(ratio))), `${style} ${entry.id}: ${ratioText(ratio)} in ${all.join(' | ')}`);
      for (const b of entry.breakdown ?? []) {
        const name = kaiping.units.find((u) => u.id === b.unit)?.name ?? (b.unit === kaiping.region.id ? kaiping.region.name : b.unit);
        assert.ok(all.includes(name), `${style}: breakdown row ${name}`);
      }
      parses(result.svg);
      assertSelfContained(result.svg);
    }
  }
});

test('the sources footer is one line punctuated by the language, as in the element', async () => {
  for (const [lang, label] of [['zh-CN', '来源：'], ['en', 'Source: ']]) {
    const { svg } = await render.renderSvg({ type: 'growth-indicator', config: { showSource: true } }, { data: kaiping, baseUrl, lang });
    assert.ok(svg.includes(`>${label}${kaiping.sources[0].title.slice(0, 4)}`), `${lang}: ${label}`);
  }
});

test('the brand matrix in every layout names its brands as text', async () => {
  const roots = kaiping.brands.filter((b) => !b.parent);
  const children = kaiping.brands.filter((b) => roots.some((r) => r.id === b.parent));
  for (const layout of ['grid', 'tree', 'treemap', 'sunburst']) {
    const result = await render.renderSvg({ type: 'brand-matrix', config: { layout } }, { data: kaiping, baseUrl, width: 900 });
    assert.deepEqual(result.errors, [], layout);
    const all = texts(result.svg).join('\n');
    for (const b of [...roots, ...children]) assert.ok(all.includes(b.name), `${layout}: ${b.name}`);
    parses(result.svg);
    assertSelfContained(result.svg);
  }
});

test('the cluster map on its geometry (geo.url read from disk) and as a graph', async () => {
  for (const mode of ['geo', 'graph']) {
    const result = await render.renderSvg({ type: 'cluster-map', config: { mode } }, { data: kaiping, baseUrl, width: 700 });
    assert.deepEqual(result.errors, [], mode);
    const all = texts(result.svg).join('\n');
    for (const c of kaiping.clusters) assert.ok(all.includes(c.name), `${mode}: ${c.name}`);
    parses(result.svg);
    assertSelfContained(result.svg);
  }
  const graphOnly = await render.renderSvg({ type: 'cluster-map', config: { mode: 'graph' } }, { data: kaiping, baseUrl });
  const geo = await render.renderSvg({ type: 'cluster-map', config: { mode: 'geo' } }, { data: kaiping, baseUrl });
  assert.notEqual(graphOnly.svg.length, geo.svg.length, 'two different drawings');
});

test('a dashboard spec draws every widget once, in a flowing grid as wide as asked', async () => {
  const spec = {
    title: '开平优品',
    columns: 12,
    widgets: [
      { type: 'growth-indicator', config: { indicator: 'brand-sales' }, span: 4 },
      { type: 'coverage-gauge', config: { coverage: 'enterprise-party' }, span: 4 },
      { type: 'coverage-gauge', config: { coverage: 'park-branches', style: 'bar' }, span: 4 },
      { type: 'brand-matrix', span: 12 },
      { type: 'cluster-map', span: 6 },
      { type: 'brand-matrix', config: { layout: 'treemap' }, span: 6 },
    ],
  };
  const result = await render.renderSvg({ type: 'dashboard', config: spec }, { data: kaiping, baseUrl, width: 1400 });
  assert.deepEqual(result.errors, []);
  assert.equal(result.width, 1400);
  const all = texts(result.svg);
  assert.ok(all.includes('开平优品'));
  assert.ok(all.includes(kaiping.indicators[0].name));
  for (const id of ['enterprise-party', 'park-branches']) assert.ok(all.some((t) => t.includes(kaiping.coverage.find((c) => c.id === id).name)), id);
  assert.deepEqual(parses(result.svg), { width: 1400, height: result.height });
  // A given height larger than the content is filled; the picture is exactly that size.
  const tall = await render.renderSvg({ type: 'dashboard', config: spec }, { data: kaiping, baseUrl, width: 1400, height: result.height + 500 });
  assert.equal(tall.height, result.height + 500);
});

test('one bad widget of a dashboard shows its error panel; the others keep their figures', async () => {
  const spec = { widgets: [{ type: 'coverage-gauge', config: { coverage: 'nope' } }, { type: 'growth-indicator', config: { indicator: 'brand-sales' } }] };
  const result = await render.renderSvg({ type: 'dashboard', config: spec }, { data: kaiping, baseUrl, lang: 'en' });
  assert.equal(result.errors.length, 1);
  const [e] = result.errors;
  assert.equal(e.widget, '/widgets/0');
  assert.equal(e.code, 'invalid-config');
  assert.equal(e.path, '/coverage');
  const all = texts(result.svg).join('\n');
  // A long message wraps over several lines of text: compare without the spaces at the breaks.
  assert.ok(all.replace(/\s/g, '').includes(e.message.replace(/\s/g, '')), 'the localised message is drawn');
  assert.ok(all.includes('invalid-config') && all.includes('/coverage'), 'code and pointer are drawn');
  assert.ok(all.includes(kaiping.indicators.find((i) => i.id === 'brand-sales').name), 'the good widget is drawn');
});

test('spec errors carry the same pointers and messages as the element (validation reused)', async () => {
  const validation = await import(join(root, 'dist/validate.js'));
  const bad = { widgets: [{ type: 'coverage-gauge', config: { style: 'pie', colour: 'red' } }] };
  for (const lang of ['zh-CN', 'en', 'zh-Hant']) {
    const result = await render.renderSvg({ type: 'dashboard', config: bad }, { data: kaiping, baseUrl, lang });
    assert.equal(result.errors.length, 1);
    const [e] = result.errors;
    assert.equal(e.code, 'invalid-config');
    assert.deepEqual(e.issues.map((i) => i.path), ['/widgets/0/config/style', '/widgets/0/config/colour']);
    const first = validation.describeIssue({ path: '/widgets/0/config/style', key: 'oneOf', params: ['pie', 'gauge', 'ring', 'bar'] }, lang);
    assert.equal(e.issues[0].message, first, lang);
    assert.equal(e.message, validation.problemsFor(lang).errors.moreProblems(first, 1));
  }
  const broken = structuredClone(kaiping);
  broken.coverage[0].covered = broken.coverage[0].total + 1;
  const result = await render.renderSvg({ type: 'coverage-gauge', config: { coverage: broken.coverage[0].id } }, { data: broken, baseUrl });
  assert.equal(result.errors[0].code, 'invalid-data');
  assert.match(result.errors[0].path, /^\/coverage\/0\//);
});

test('a spec or config whose title or subtitle is not text is an invalid-config error drawn as its panel, not an exception', async () => {
  for (const config of [{ title: 5, widgets: [{ type: 'growth-indicator' }] }, { subtitle: ['a'], stage: { width: 1920, height: 1080 }, widgets: [{ type: 'growth-indicator', area: [1, 1, 6, 6] }] }]) {
    const result = await render.renderSvg({ type: 'dashboard', config }, { data: kaiping, baseUrl });
    assert.equal(result.errors.length, 1, JSON.stringify(result.errors));
    assert.equal(result.errors[0].code, 'invalid-config');
    assert.match(result.errors[0].path, /^\/(title|subtitle)$/);
    parses(result.svg);
  }
  const widget = await render.renderSvg({ type: 'growth-indicator', config: { title: 5 } }, { data: kaiping, baseUrl });
  assert.deepEqual(widget.errors.map((e) => [e.code, e.path]), [['invalid-config', '/title']]);
  parses(widget.svg);
});

test('a list the widget reads that is not a list ("units": 5) is its invalid-data error at /units, never an exception in a builder', async () => {
  for (const type of ['ranking', 'growth-indicator', 'coverage-gauge', 'brand-matrix', 'cluster-map']) {
    const result = await render.renderSvg({ type, config: {} }, { data: { ...kaiping, units: 5 }, baseUrl });
    assert.deepEqual(result.errors.map((e) => [e.code, e.path]), [['invalid-data', '/units']], type);
    parses(result.svg);
  }
});

test('themes and languages: the theme stylesheet\'s colours and the language\'s words', async () => {
  assert.ok(render.themeNames().includes('dark') && render.themeNames().includes('red'));
  const config = { coverage: 'enterprise-party', style: 'bar' };
  const light = await render.renderSvg({ type: 'coverage-gauge', config }, { data: kaiping, baseUrl });
  const dark = await render.renderSvg({ type: 'coverage-gauge', config }, { data: kaiping, baseUrl, theme: 'dark' });
  const bg = (svg) => /<rect width="\d+" height="\d+" fill="([^"]+)"/.exec(svg)[1];
  assert.equal(bg(light.svg), '#ffffff');
  assert.equal(bg(dark.svg), '#1b1e23');
  const en = await render.renderSvg({ type: 'coverage-gauge', config: { ...config, lang: 'en' } }, { data: kaiping, baseUrl });
  assert.ok(texts(en.svg).some((t) => /firms/.test(t)), 'English unit words');
});

test('text is measured with the bundled font: a hanzi is 1 em, digits narrower, bold wider', () => {
  const cjk = render.measureText('开平优品', '14px sans-serif').width;
  const digits = render.measureText('3066', '14px sans-serif').width;
  const bold = render.measureText('3066', 'bold 14px sans-serif').width;
  assert.equal(cjk, 56);
  assert.ok(digits > 20 && digits < 40, `digits ${digits}`);
  assert.ok(bold > digits, `bold ${bold} > ${digits}`);
});

test('PNG: the picture at the asked scale, drawn with the bundled font only', async () => {
  const { png, width, height } = await render.renderPng({ type: 'growth-indicator', config: { indicator: 'brand-sales' } }, { data: kaiping, baseUrl, width: 400, scale: 2 });
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.equal(png.readUInt32BE(16), width * 2);
  assert.equal(png.readUInt32BE(20), height * 2);
  const fonts = readFileSync(join(root, 'dist/fonts/OFL.txt'), 'utf8');
  assert.match(fonts, /SIL OPEN FONT LICENSE/i);
});

test('the renderer stays out of the browser bundles, has no eval or new Function, and carries no Lit element code', () => {
  const code = readFileSync(join(root, 'dist/render.js'), 'utf8');
  assert.doesNotMatch(code, /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/);
  // The pure builders and the theme tokens it bundles are plain code: no element class, no custom-element registry or DOM shim.
  for (const marker of ['LitElement', 'customElements', 'ssr-dom-shim']) assert.ok(!code.includes(marker), `dist/render.js contains ${marker}`);
  const browserFiles = ['index.js', 'core.js', 'region-brand-widgets.iife.js', 'coverage-gauge.js', 'growth-indicator.js', 'brand-matrix.js', 'cluster-map.js', 'dashboard.js']
    .map((f) => join(root, 'dist', f))
    .filter((f) => existsSync(f));
  for (const file of browserFiles) {
    const text = readFileSync(file, 'utf8');
    assert.ok(!text.includes('@resvg/resvg-js') && !text.includes('node:fs') && !text.includes('./render.js'), `${file} reaches the Node renderer`);
  }
});

/** The RGBA pixels of a PNG, decoded by resvg (an SVG holding it as an image). */
function decode(png, width, height) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
}

test('PNG text is drawn with the bundled font (a subset per picture), whatever family the SVG names', async () => {
  const ink = async (body) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/>${body}</svg>`;
    const pixels = decode(await render.svgToPng(svg), 200, 60);
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 128) dark++;
    return dark;
  };
  const hanzi = await ink('<text x="10" y="40" font-size="28" font-family="\'PingFang SC\', sans-serif">开平优品</text>');
  const bold = await ink('<text x="10" y="40" font-size="28" font-weight="700" font-family="\'Microsoft YaHei\'">开平优品</text>');
  const none = await ink('');
  assert.equal(none, 0);
  assert.ok(hanzi > 300, `ink of four hanzi: ${hanzi} px`);
  assert.ok(bold > hanzi, `bold has more ink: ${bold} > ${hanzi}`);
  assert.ok((await ink('<text x="10" y="40" font-size="28">▲▼ 30.66亿</text>')) > 200, 'symbols and digits from the slices');
});

test('every character the library writes itself, in every language, is in the bundled font', () => {
  const dir = join(root, 'src/core/i18n');
  const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.ts')).map((f) => join(dir, String(f)));
  files.push(join(root, 'src/render/messages.ts'));
  assert.ok(files.length >= 10, `message files: ${files.length}`);
  const text = files.map((f) => readFileSync(f, 'utf8')).join('');
  assert.ok(text.includes('畝') && text.includes('億'), 'the zh-Hant messages are read');
  assert.deepEqual(render.glyphsMissing(text), []);
  assert.deepEqual(render.glyphsMissing('开平 𰻝面 ✓ 𰻝'), ['𰻝'], 'a character outside the font is named once');
});

test('PNG: characters the font lacks (a rare hanzi in a place name) are a warning naming them and their text', async () => {
  const doc = structuredClone(kaiping);
  const indicator = doc.indicators.find((i) => i.id === 'brand-sales');
  indicator.name = '𰻝𰻝面销售额 & <品牌>';
  const input = { type: 'growth-indicator', config: { indicator: 'brand-sales' } };
  const plain = await render.renderPng(input, { data: kaiping, baseUrl });
  assert.ok(!plain.warnings.some((w) => /𰻝|字体/.test(w.message)), plain.warnings.map((w) => w.message).join('\n'));
  const rare = await render.renderPng(input, { data: doc, baseUrl });
  const warning = rare.warnings.find((w) => w.message.includes('𰻝'));
  assert.ok(warning, rare.warnings.map((w) => w.message).join('\n'));
  assert.match(warning.message, /没有“𰻝”.*空框.*“𰻝𰻝面销售额 & <品牌>”/, 'the text as written, not as escaped in the SVG');
  assert.equal(rare.errors.length, 0);
  const en = await render.renderPng({ ...input, config: { ...input.config, lang: 'en' } }, { data: doc, baseUrl });
  assert.match(en.warnings.find((w) => w.message.includes('𰻝')).message, /font has no 𰻝.*empty boxes/);
  const svg = await render.renderSvg(input, { data: doc, baseUrl });
  assert.ok(!svg.warnings.some((w) => w.message.includes('𰻝')), 'an SVG leaves the glyphs to the viewer');
});

const STAGE = {
  title: '开平优品 · 大屏',
  theme: 'dark',
  stage: { width: 1920, height: 1080 },
  columns: 24,
  rows: 12,
  widgets: [
    { type: 'growth-indicator', config: { indicator: 'brand-sales' }, area: [1, 1, 6, 3] },
    { type: 'coverage-gauge', config: { coverage: 'enterprise-party' }, area: [7, 1, 6, 6] },
    { type: 'brand-matrix', config: { layout: 'treemap' }, area: [13, 1, 12, 6] },
    { type: 'cluster-map', area: [1, 7, 24, 6] },
  ],
};
test('a big-screen stage: the whole stage at its design size, every widget in its area', { skip: !render.STAGES && 'the dashboard spec has no stage yet' }, async () => {
  const stageProbe = await render.renderSvg({ type: 'dashboard', config: STAGE }, { data: kaiping, baseUrl });
  assert.deepEqual(stageProbe.errors, []);
  assert.equal(stageProbe.width, 1920);
  assert.equal(stageProbe.height, 1080);
  assert.match(stageProbe.svg, /viewBox="0 0 1920 1080"/);
  const all = texts(stageProbe.svg).join('\n');
  for (const c of kaiping.clusters) assert.ok(all.includes(c.name), c.name);
  assert.ok(all.includes(kaiping.indicators.find((i) => i.id === 'brand-sales').name));
  // Scaled whole to another size, its proportions kept.
  const small = await render.renderSvg({ type: 'dashboard', config: STAGE }, { data: kaiping, baseUrl, width: 960 });
  assert.equal(small.width, 960);
  assert.equal(small.height, 540);
  const pages = { ...STAGE, widgets: undefined, pages: [{ title: '第一页', widgets: STAGE.widgets.slice(0, 2) }, { title: '集群', widgets: [STAGE.widgets[3]] }] };
  const second = await render.renderSvg({ type: 'dashboard', config: pages }, { data: kaiping, baseUrl, page: 1 });
  assert.deepEqual(second.errors, []);
  assert.ok(texts(second.svg).includes('集群'));
  assert.ok(!texts(second.svg).includes(kaiping.indicators.find((i) => i.id === 'brand-sales').name), 'only the second page');
});

test('the ranking board: every ranked name and value as text, in order, on the screen theme', async () => {
  const result = await render.renderSvg({ type: 'ranking', config: { of: 'brands', metric: 'sales', top: 5 } }, { data: kaiping, baseUrl, theme: 'screen' });
  assert.deepEqual(result.errors, []);
  const all = texts(result.svg);
  const value = (b) => b.metrics?.sales?.value;
  const ranked = kaiping.brands.filter((b) => Number.isFinite(value(b))).sort((a, b) => value(b) - value(a)).slice(0, 5);
  const positions = ranked.map((b) => all.indexOf(b.name));
  assert.ok(positions.every((p) => p >= 0), `names ${ranked.map((b) => b.name)}`);
  assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'in rank order');
  const yuan = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 });
  assert.ok(all.some((t) => t.startsWith(yuan.format(value(ranked[0])))), `leader's value ${yuan.format(value(ranked[0]))}`);
  assert.ok(render.themeNames().includes('screen'));
  assert.doesNotMatch(result.svg, /fill="#ffffff"/, 'the screen theme is dark');
});

test('a ranking of one level: level town draws the town brands under 镇级品牌…, not the county brand; with clusters an error at /level', async () => {
  const result = await render.renderSvg({ type: 'ranking', config: { of: 'brands', level: 'town', metric: 'sales', top: 20 } }, { data: kaiping, baseUrl });
  assert.deepEqual(result.errors, []);
  const all = texts(result.svg);
  const county = kaiping.brands.find((b) => b.level === 'county');
  const towns = kaiping.brands.filter((b) => b.level === 'town');
  assert.ok(towns.length > 1 && towns.every((b) => all.includes(b.name)), 'every town brand');
  assert.ok(!all.includes(county.name), `no ${county.name}`);
  assert.ok(all.some((t) => t.startsWith('镇级品牌销售额排行')), 'the title names the level');
  const wrong = await render.renderSvg({ type: 'ranking', config: { of: 'clusters', level: 'town' } }, { data: kaiping, baseUrl, lang: 'en' });
  assert.equal(wrong.errors.length, 1);
  assert.equal(wrong.errors[0].code, 'invalid-config');
  assert.equal(wrong.errors[0].path, '/level');
  assert.match(wrong.errors[0].message, /brands/);
});

test('a dashboard period: each widget shows that period, or says it has no data for it', async () => {
  const spec = { period: '1999', widgets: [{ type: 'growth-indicator', config: { indicator: 'brand-sales' } }] };
  const result = await render.renderSvg({ type: 'dashboard', config: spec }, { data: kaiping, baseUrl });
  assert.deepEqual(result.errors, []);
  assert.ok(texts(result.svg).some((t) => t.includes('1999')), 'the no-data sentence names the period');
  const asked = await render.renderSvg({ type: 'growth-indicator', config: { indicator: 'brand-sales' } }, { data: kaiping, baseUrl, period: '1999' });
  assert.ok(texts(asked.svg).some((t) => t.includes('1999')), 'the period option does the same for one widget');
  const latest = await render.renderSvg({ type: 'growth-indicator', config: { indicator: 'brand-sales' } }, { data: kaiping, baseUrl });
  assert.ok(!texts(latest.svg).some((t) => t.includes('1999')), 'without a period, the latest figure');
});

/** The absolute top of every `<g aria-label>` and of the widget cards of an SVG (translates summed; nested <svg> x/y). */
function placed(svg) {
  const stack = [[0, 0]];
  const labels = [];
  const cards = [];
  for (const m of svg.matchAll(/<(\/?)(g|svg|rect)\b([^>]*?)(\/?)>/g)) {
    const [, close, tag, attrs, selfClosing] = m;
    const [ox, oy] = stack.at(-1);
    if (close) { if (tag !== 'rect') stack.pop(); continue; }
    if (tag === 'rect') {
      const h = /height="([\d.]+)"/.exec(attrs);
      // Rounded rectangles at the origin of their group: the widget's card, the breakdown's bars.
      if (/^\s*x="0" y="0" width="[\d.]+" height="[\d.]+" rx=/.test(attrs) && h) cards.push({ top: oy, bottom: oy + Number(h[1]) });
      continue;
    }
    const t = /translate\(([-\d.]+)[ ,]([-\d.]+)\)/.exec(attrs);
    const x = tag === 'svg' ? Number(/\bx="([-\d.]+)"/.exec(attrs)?.[1] ?? 0) : 0;
    const y = tag === 'svg' ? Number(/\by="([-\d.]+)"/.exec(attrs)?.[1] ?? 0) : 0;
    const next = [ox + x + (t ? Number(t[1]) : 0), oy + y + (t ? Number(t[2]) : 0)];
    const label = /aria-label="([^"]*)"/.exec(attrs)?.[1];
    if (label) labels.push({ label, top: next[1] });
    if (!selfClosing) stack.push(next);
  }
  return { labels, cards };
}

test('a gauge with its breakdown in a wide big-screen cell lists every unit inside the cell, beside the drawing, as the element does', async () => {
  const coverage = kaiping.coverage.find((c) => (c.breakdown?.length ?? 0) >= 7);
  const spec = {
    stage: { width: 1920, height: 1080 }, columns: 12, rows: 6, theme: 'screen',
    widgets: [{ type: 'coverage-gauge', area: [1, 1, 4, 3], config: { coverage: coverage.id, breakdown: true } }],
  };
  const { svg, errors } = await render.renderSvg({ type: 'dashboard', config: spec }, { data: kaiping, baseUrl });
  assert.deepEqual(errors, []);
  const { labels, cards } = placed(svg);
  // The widget's card: the tallest of the rounded rectangles (the others are breakdown bars).
  const card = cards.reduce((a, b) => (b.bottom - b.top > a.bottom - a.top ? b : a));
  const names = coverage.breakdown.map((b) => kaiping.units.find((u) => u.id === b.unit)?.name ?? b.unit);
  for (const name of names) {
    const row = labels.find((l) => l.label.startsWith(`${name}：`));
    assert.ok(row, name);
    assert.ok(row.top + 30 <= card.bottom, `${name} at ${row.top}, the cell ends at ${card.bottom}`);
  }
});

test('a gauge\'s breakdown in a short big-screen cell shows the units that fit, then how many more there are, all inside the cell', async () => {
  const coverage = kaiping.coverage.find((c) => (c.breakdown?.length ?? 0) >= 7);
  const names = coverage.breakdown.map((b) => kaiping.units.find((u) => u.id === b.unit)?.name ?? b.unit);
  // Narrow cells (breakdown below the figures, or below the chart) and a wide one (beside the chart), 3, 4 and 3 rows of twelve high.
  for (const [style, area, lang, more] of [['bar', [1, 1, 2, 3], 'zh-CN', (n) => `另有 ${n} 个单位`], ['gauge', [1, 1, 2, 4], 'zh-Hant', (n) => `另有 ${n} 個單位`], ['gauge', [1, 1, 4, 3], 'en', (n) => `${n} more units`]]) {
    const spec = { stage: { width: 1920, height: 1080 }, columns: 12, rows: 12, widgets: [{ type: 'coverage-gauge', area, config: { coverage: coverage.id, breakdown: true, style } }] };
    const { svg, errors } = await render.renderSvg({ type: 'dashboard', config: spec }, { data: kaiping, baseUrl, lang });
    assert.deepEqual(errors, []);
    const { labels, cards } = placed(svg);
    const card = cards.reduce((a, b) => (b.bottom - b.top > a.bottom - a.top ? b : a));
    const rows = labels.filter((l) => names.some((n) => l.label.startsWith(`${n}：`) || l.label.startsWith(`${n}:`)));
    assert.ok(rows.length >= 1 && rows.length < names.length, `${style} ${lang}: ${rows.length} of ${names.length} rows`);
    for (const row of rows) assert.ok(row.top + 30 <= card.bottom, `${row.label} at ${row.top}, the cell ends at ${card.bottom}`);
    const hidden = names.length - rows.length;
    const at = svg.indexOf(`>${more(hidden)}</text>`);
    assert.ok(at > 0, `${style} ${lang}: “${more(hidden)}”`);
  }
  // Without a cell of fixed height, every unit and no count of others.
  const { svg } = await render.renderSvg({ type: 'coverage-gauge', config: { coverage: coverage.id, breakdown: true, style: 'bar' } }, { data: kaiping, baseUrl });
  assert.ok(!svg.includes('另有'));
  for (const name of names) assert.ok(placed(svg).labels.some((l) => l.label.startsWith(`${name}：`)), name);
});

test('dashboard options that do nothing here are warnings naming what they need (rows without stage, rotate without pages)', async () => {
  const spec = { rows: 8, rotate: 20, widgets: [{ type: 'growth-indicator' }] };
  for (const [lang, rows, rotate] of [
    ['zh-CN', '“rows”只在设置了“stage”时起作用', '“rotate”只在设置了“pages”时起作用'],
    ['en', '"rows" has no effect without "stage"', '"rotate" has no effect without "pages"'],
  ]) {
    const { errors, warnings } = await render.renderSvg({ type: 'dashboard', config: spec }, { data: kaiping, baseUrl, lang });
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings.map((w) => w.path), ['/rows', '/rotate']);
    assert.ok(warnings[0].message.includes(rows), warnings[0].message);
    assert.ok(warnings[1].message.includes(rotate), warnings[1].message);
  }
  const staged = { stage: { width: 1920, height: 1080 }, rows: 8, rotate: 20, pages: [{ widgets: [{ type: 'growth-indicator', area: [1, 1, 6, 4] }] }, { widgets: [{ type: 'ranking', area: [1, 1, 6, 4] }] }] };
  assert.deepEqual((await render.renderSvg({ type: 'dashboard', config: staged }, { data: kaiping, baseUrl })).warnings, []);
});

test('rotate on a dashboard of one page warns that one page has nothing to rotate (not that pages are missing), in every language', async () => {
  const spec = { stage: { width: 1920, height: 1080 }, rotate: 20, pages: [{ title: '品牌', widgets: [{ type: 'growth-indicator', area: [1, 1, 6, 4] }] }] };
  for (const [lang, says] of [
    ['zh-CN', '只有一页，没有可轮播的页面'],
    ['zh-TW', '只有一頁，沒有可輪播的頁面'],
    ['en', 'only one page, so nothing to rotate'],
  ]) {
    const { errors, warnings } = await render.renderSvg({ type: 'dashboard', config: spec }, { data: kaiping, baseUrl, lang });
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings.map((w) => w.path), ['/rotate']);
    assert.ok(warnings[0].message.includes(says), warnings[0].message);
    assert.ok(!/without|设置了|設定了/.test(warnings[0].message), warnings[0].message);
  }
});

test('a reported growth that disagrees with its series is a warning placed in words and saying what to check, as in the browser', async () => {
  const data = {
    format: 'region-brand-data', version: 1, region: { id: 'xt', name: '新塘镇', level: 'town' }, asOf: '2025-06-30',
    indicators: [{ id: 'income', name: '全镇收入', unit: '元', scope: 'xt', reported: { period: '2024-H1', value: 5e6, yoy: 0.02 }, series: [{ period: '2023-H1', value: 4e6 }, { period: '2024-H1', value: 5e6 }] }],
  };
  const { errors, warnings } = await render.renderSvg({ type: 'growth-indicator', config: {} }, { data });
  assert.deepEqual(errors, []);
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0].path, '/indicators/0/reported/yoy');
  assert.match(warnings[0].message, /^第 1 个指标“全镇收入”的“同比”（reported\.yoy）：公布的增速 \+2% 与按序列计算的增速 \+25% 不一致：.*请核对/);
});

test('a spec that is neither a dashboard nor says its widget type names the types and the one its keys suggest, in each language', () => {
  const cases = [
    ['zh-CN', { coverage: 'villages', style: 'ring' }, /^这个配置文件不是大屏配置.*请用 --type 给出类型（coverage-gauge、growth-indicator、brand-matrix、cluster-map、ranking），或写成 \{ "type": "coverage-gauge", "config": \{ … \} \}$/],
    ['zh-Hant', { layout: 'tree' }, /^這個設定檔不是大屏設定.*\{ "type": "brand-matrix", "config"/],
    ['en', { of: 'clusters', top: 5 }, /^the spec is no dashboard.*\{ "type": "ranking", "config"/],
    ['en', { showEnterprises: true }, /\{ "type": "cluster-map", "config"/],
    ['zh-CN', { title: '标题' }, /\{ "type": "coverage-gauge", "config"/],
  ];
  for (const [lang, spec, says] of cases) {
    const { error } = render.readInput(JSON.stringify(spec), undefined, lang);
    assert.equal(error.code, 'invalid-config');
    assert.equal(error.path, '/type');
    assert.match(error.message, says);
    assert.deepEqual(error.issues, [{ path: '/type', message: error.message }]);
  }
});

test('text drawn at weight 600 (drawn with the bold face) is measured bold: the map scale’s caption does not run into its first step, a long title wraps within the widget', async () => {
  const attrs = (tag) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const map = await render.renderSvg({ type: 'cluster-map', config: {} }, { data: kaiping, baseUrl, lang: 'en', width: 560 });
  assert.deepEqual(map.errors, []);
  // <g transform="translate(0 0)"><text … font-weight="600">caption</text></g><g transform="translate(X 0)"><rect …
  const legend = /<g transform="translate\(0 0\)">(<text [^>]*font-weight="600"[^>]*>)([^<]*shaded by[^<]*)<\/text><\/g><g transform="translate\(([\d.]+) 0\)"><rect/.exec(map.svg);
  assert.ok(legend, 'the scale caption, then its first step on the same line');
  const size = Number(attrs(legend[1])['font-size']);
  assert.ok(Number(legend[3]) >= render.textWidth(legend[2], size, true), `first step at ${legend[3]}, caption ${render.textWidth(legend[2], size, true)} wide in bold`);

  const title = 'Enterprise party-organisation coverage across every industrial cluster of the county';
  const gauge = await render.renderSvg({ type: 'coverage-gauge', config: { title } }, { data: kaiping, baseUrl, lang: 'en', width: 320 });
  const lines = [...gauge.svg.matchAll(/(<text [^>]*font-weight="600"[^>]*>)([^<]*)<\/text>/g)].filter((m) => title.includes(m[2]));
  assert.ok(lines.length >= 2, 'the title wraps');
  assert.equal(lines.map((m) => m[2]).join(' '), title);
  for (const [, tag, text] of lines) assert.ok(render.textWidth(text, Number(attrs(tag)['font-size']), true) <= 320 - 2 * 12, `“${text}” fits the widget (12px padding each side)`);
});

test('names holding characters XML cannot (a vertical tab from a Word line break, NUL, U+FFFE, a lone surrogate) give a picture that opens: left out of the SVG, the tab a space', async () => {
  const data = structuredClone(kaiping);
  data.units[0].name = `${data.units[0].name.slice(0, 1)}\u000b${data.units[0].name.slice(1)}`;
  data.clusters[0].name = `a\u0000b\u0007c\ufffed\ud800e`;
  data.coverage[0].name = `覆盖\u000c率\udc00`;
  const spec = { widgets: [{ type: 'cluster-map' }, { type: 'coverage-gauge', config: { coverage: data.coverage[0].id, style: 'ring', breakdown: true } }, { type: 'brand-matrix', config: { layout: 'treemap' } }] };
  const { svg, errors } = await render.renderSvg({ type: 'dashboard', config: spec }, { data, baseUrl });
  assert.deepEqual(errors, []);
  assert.doesNotMatch(svg, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  assert.ok(svg.includes('abcde'), 'the cluster’s name without them');
  assert.ok(svg.includes('覆盖 率'), 'a form feed is a space');
  const png = await render.svgToPng(svg);
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
});
