// What `npm pack` puts in the package, after the build that `npm test` (and `prepack`) runs:
// every entry's JavaScript and type declarations, the schemas, the manifest, the documentation,
// the command line when package.json has one; every `exports` target exists; every relative
// import of a shipped declaration file resolves to a shipped file (a TypeScript user's
// `TS7016: Could not find a declaration file` comes from a broken one of these).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The packed file list, as npm computes it (scripts skipped: the test run has just built). */
function packedFiles() {
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [report] = JSON.parse(out);
  return new Set(report.files.map((f) => f.path));
}

const packed = packedFiles();
const relative = (target) => normalize(target).replace(/^\.\//, '');

/** Every string target of an `exports` value (conditions flattened). */
function targets(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

const widgets = readdirSync('src/widgets').filter((w) => existsSync(`src/widgets/${w}/index.ts`));

test('every widget is an entry with its JavaScript and its declarations', () => {
  assert.ok(widgets.length >= 5, `widgets found: ${widgets}`);
  for (const name of ['.', './core.js', ...widgets.map((w) => `./${w}.js`)]) {
    const entry = pkg.exports[name];
    assert.ok(entry, `exports["${name}"]`);
    assert.match(entry.default, /\.js$/, `${name} default`);
    assert.match(entry.types, /\.d\.ts$/, `${name} types`);
    for (const file of [entry.default, entry.types]) assert.ok(packed.has(relative(file)), `${file} is packed`);
  }
  assert.ok(packed.has(relative(pkg.types)), `types ${pkg.types}`);
  assert.ok(packed.has(relative(pkg.main)), `main ${pkg.main}`);
});

test('every exports target exists after the build and is packed', () => {
  for (const [name, value] of Object.entries(pkg.exports)) {
    for (const target of targets(value)) {
      if (target.includes('*')) {
        const [prefix, suffix] = relative(target).split('*');
        const matches = [...packed].filter((f) => f.startsWith(prefix) && f.endsWith(suffix));
        assert.ok(matches.length > 0, `${name} → ${target} matches packed files`);
        continue;
      }
      assert.ok(existsSync(target), `${name} → ${target} exists`);
      assert.ok(packed.has(relative(target)), `${name} → ${target} is packed`);
    }
  }
});

test('relative imports of shipped declarations and chunks resolve to shipped files', () => {
  let checked = 0;
  for (const file of packed) {
    if (!/\.(d\.ts|js)$/.test(file) || !file.startsWith('dist/')) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      let target = normalize(join(dirname(file), m[1]));
      if (file.endsWith('.d.ts')) target = target.replace(/\.js$/, '.d.ts');
      assert.ok(packed.has(target), `${file} imports ${m[1]}: ${target} is not packed`);
      checked++;
    }
  }
  assert.ok(checked > 50, `relative imports checked: ${checked}`);
});

test('the schemas, the manifest and the documentation are packed', () => {
  const schemas = readdirSync('schema').filter((f) => f.endsWith('.json'));
  assert.ok(schemas.length >= 6, `schemas: ${schemas}`);
  for (const f of schemas) assert.ok(packed.has(`schema/${f}`), `schema/${f}`);
  for (const f of ['custom-elements.json', 'README.md', 'docs/data-format.md', 'package.json']) {
    assert.ok(packed.has(f), `${f} is packed`);
  }
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
  for (const w of widgets) assert.ok(tags.includes(`rb-${w}`), `manifest declares rb-${w}`);
});

test('the command line is packed when package.json declares one', () => {
  const bins = typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {});
  for (const [name, file] of Object.entries(bins)) {
    assert.ok(packed.has(relative(file)), `bin ${name}: ${file} is packed`);
    assert.match(readFileSync(file, 'utf8'), /^#!/, `bin ${name}: ${file} starts with #!`);
  }
});

test('nothing but the package is packed (no sources, tests, stories, build caches)', () => {
  // The sample documents and workbooks ship for the command line's `template --sample` and for editors.
  const shipped = (f) => /^demo\/(data\/[\w-]+\.json|workbooks\/[\w.-]+\.xlsx)$/.test(f);
  const stray = [...packed].filter((f) => /^(src|test|stories|demo|bench|node_modules|storybook-static|scripts)\//.test(f) && !shipped(f));
  assert.deepEqual(stray, []);
});
