// The XLSX library is loaded on demand only: no widget bundle (nor anything it imports
// statically) contains it; the DOM-free entries import without a DOM; nothing uses eval or
// new Function. Needs the full build (`npm run build:js`, which `npm test` runs first).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from './helpers.mjs';

const dist = join(root, 'dist');
const fullBuild = existsSync(join(dist, 'coverage-gauge.js'));
/** Text only read-excel-file / write-excel-file contain. */
const XLSX_MARKERS = ['sharedStrings.xml', 'xl/workbook.xml'];

/** A module and every chunk it imports statically (`import … from`, not `import()`). */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticClosure(join(file, '..', match[1]), seen);
  }
  return seen;
}

test('widget bundles never contain the XLSX library; the sheet entry loads it with import()', { skip: !fullBuild && 'needs npm run build:js' }, () => {
  const widgets = ['index.js', 'core.js', ...readdirSync(join(root, 'src/widgets')).map((w) => `${w}.js`)];
  for (const entry of widgets) {
    for (const file of staticClosure(join(dist, entry))) {
      const code = readFileSync(file, 'utf8');
      for (const marker of XLSX_MARKERS) assert.ok(!code.includes(marker), `${entry} → ${file} contains ${marker}`);
    }
  }
  const iife = readFileSync(join(dist, 'region-brand-widgets.iife.js'), 'utf8');
  for (const marker of XLSX_MARKERS) assert.ok(!iife.includes(marker), `the IIFE bundle contains ${marker}`);
  const sheetClosure = [...staticClosure(join(dist, 'sheet.js'))].map((f) => readFileSync(f, 'utf8')).join('\n');
  assert.ok(!XLSX_MARKERS.some((m) => sheetClosure.includes(m)), 'the sheet entry imports the library statically');
  const lazy = readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js'))
    .filter((f) => XLSX_MARKERS.some((m) => readFileSync(join(dist, 'chunks', f), 'utf8').includes(m)));
  assert.ok(lazy.length >= 1, 'the library is a chunk of its own');
});

test('no eval or new Function in the validation and workbook code, library chunks included', () => {
  const files = [...staticClosure(join(dist, 'sheet.js')), ...staticClosure(join(dist, 'validate.js'))];
  const chunks = readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => join(dist, 'chunks', f));
  for (const file of new Set([...files, ...chunks])) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/, file);
  }
});

test('validation and the converter import in Node without a DOM', async () => {
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
  const validation = await import(join(dist, 'validate.js'));
  const sheet = await import(join(dist, 'sheet.js'));
  assert.equal(typeof validation.validateDocument, 'function');
  assert.equal(typeof sheet.workbookToDocument, 'function');
});

test('an application bundling the KPI card gets the rules of the sections it reads, not the others', { skip: !fullBuild && 'needs npm run build:js' }, async () => {
  const { rollup } = await import('rollup');
  const { default: nodeResolve } = await import('@rollup/plugin-node-resolve');
  const bundle = await rollup({ input: join(dist, 'growth-indicator.js'), plugins: [nodeResolve({ browser: true, rootDir: root })], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: false });
  await bundle.close();
  const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
  const first = new Set();
  const visit = (name) => {
    const chunk = output.find((o) => o.fileName === name);
    if (!chunk || first.has(chunk)) return;
    first.add(chunk);
    chunk.imports.forEach(visit);
  };
  visit(entry.fileName);
  const code = [...first].map((c) => c.code).join('\n');
  // Issue keys are string literals only where a rule reports them (messages use them as property names).
  const has = (key) => new RegExp(`["']${key}["']`).test(code);
  assert.ok(has('growthPercent'), 'the indicators’ rules are there');
  assert.ok(has('duplicateId'), 'ids are checked unique');
  for (const other of ['coveredAboveTotal', 'coverageNeedsCounts', 'latestDiffers', 'cycle']) {
    assert.ok(!has(other), `${other} (a rule of a section the card does not read) is bundled`);
  }
});

test('the CSS of css`…` templates ships minified; templates with ${…} stay as written', { skip: !fullBuild && 'needs npm run build:js' }, async () => {
  const { minifyCss } = await import('../../scripts/minify-css-literals.mjs');
  assert.equal(minifyCss('\n  .a {\n    color: #ffffff; /* note */\n    margin: 0px;\n  }\n'), '.a{color:#fff;margin:0}');
  assert.equal(minifyCss('.a { color: ${x}; }'), null);
  const shipped = [...staticClosure(join(dist, 'growth-indicator.js'))].map((f) => readFileSync(f, 'utf8')).join('\n');
  // A comment and the spaced-out form of a rule of src/core/element-styles.ts.
  assert.ok(shipped.includes('.header h2{margin:0;font-size:1.1em;font-weight:600}'), 'the frame styles are in the KPI entry, minified');
  assert.ok(!shipped.includes('Read by screen readers'), 'a CSS comment shipped');
  assert.ok(!/\{\n\s+display: block;/.test(shipped), 'CSS whitespace shipped');
});

test('the code that places mistakes (the JSON scanner, items in words) is not in a widget\'s first load', { skip: !fullBuild && 'needs npm run build:js' }, () => {
  const marker = 'trailingComma';
  for (const entry of ['growth-indicator.js', 'coverage-gauge.js', 'brand-matrix.js']) {
    for (const file of staticClosure(join(dist, entry))) assert.ok(!readFileSync(file, 'utf8').includes(marker), `${entry} → ${file} has the JSON scanner`);
  }
  const chunks = readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js') && readFileSync(join(dist, 'chunks', f), 'utf8').includes(marker));
  assert.ok(chunks.length >= 1, 'the scanner is in a chunk loaded on demand');
});

test('the workbench entry imports no chart library or validation statically (they load when a preview or a file needs them)', { skip: !fullBuild && 'needs npm run build:js' }, () => {
  // The charts' library, the validation library (each valibot schema carries `~standard`), a rule of the document's validation.
  const markers = ['zrByTouch', '~standard', 'duplicateId'];
  const closure = [...staticClosure(join(dist, 'workbench.js'))];
  for (const file of closure) {
    const code = readFileSync(file, 'utf8');
    for (const marker of markers) assert.ok(!code.includes(marker), `workbench.js → ${file} contains ${marker}`);
  }
  // The markers are real: each is in a chunk the workbench can load on demand.
  const all = readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dist, 'chunks', f), 'utf8')).join('\n');
  for (const marker of markers) assert.ok(all.includes(marker), `no chunk contains ${marker}`);
});
