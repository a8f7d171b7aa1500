// @resvg/resvg-js is an optional dependency (only PNG output needs it; browser users may leave it
// out with `npm install --omit=optional`). Without it — simulated by a resolve hook that refuses
// to find it — SVG output still works, PNG is one clear line on stderr and exit 1, no stack trace,
// no file; the API rejects with PngUnavailableError.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, tempDir } from './helpers.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dir = tempDir();
const data = join(root, 'demo/data/kaiping.json');
const config = join(dir, 'card.json');
writeFileSync(config, JSON.stringify({ indicator: 'magang-sales' }));

// Registered with --import: resolving @resvg/resvg-js fails as it does when it is not installed.
const hide = join(dir, 'without-resvg.mjs');
const hook = `export async function resolve(specifier, context, next) {
  if (specifier === '@resvg/resvg-js' || specifier.startsWith('@resvg/')) {
    throw Object.assign(new Error(\`Cannot find package '\${specifier}'\`), { code: 'ERR_MODULE_NOT_FOUND' });
  }
  return next(specifier, context);
}`;
writeFileSync(hide, `import { register } from 'node:module';\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});\n`);

function run(args, withoutResvg = true) {
  return new Promise((done) => {
    const node = withoutResvg ? ['--import', pathToFileURL(hide).href] : [];
    execFile(process.execPath, [...node, ...args], { cwd: root }, (error, stdout, stderr) => done({ code: error ? error.code : 0, stdout, stderr }));
  });
}

test('@resvg/resvg-js is an optional dependency, not a required one', () => {
  assert.equal(pkg.dependencies['@resvg/resvg-js'], undefined);
  assert.match(pkg.optionalDependencies['@resvg/resvg-js'], /^\^2\./);
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  assert.equal(lock.packages['node_modules/@resvg/resvg-js'].optional, true);
});

test('without it: SVG works; PNG is one clear line (in the language asked for), exit 1, no file', async () => {
  const bin = join(root, 'bin/region-brand-widgets.mjs');
  const svg = join(dir, 'card.svg');
  const ok = await run([bin, 'render', config, '--type', 'growth-indicator', '--data', data, '-o', svg]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(readFileSync(svg, 'utf8'), /^<svg/);

  for (const [lang, words] of [['en', /PNG output needs the optional package @resvg\/resvg-js.*npm install @resvg\/resvg-js/], ['zh-CN', /输出 PNG 需要可选依赖 @resvg\/resvg-js.*npm install @resvg\/resvg-js/], ['zh-Hant', /輸出 PNG 需要可選相依套件 @resvg\/resvg-js.*npm install @resvg\/resvg-js/]]) {
    const png = join(dir, `card.${lang}.png`);
    const r = await run([bin, 'render', config, '--type', 'growth-indicator', '--data', data, '-o', png, '--lang', lang]);
    assert.equal(r.code, 1);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], words);
    assert.doesNotMatch(r.stderr, /\n\s+at |please report/);
    assert.equal(existsSync(png), false);
  }
});

test('without it the API rejects with PngUnavailableError; with it the same call gives a PNG', async () => {
  const script = `const r = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/render.js')).href)});
    try { const png = await r.svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'); console.log('png', png.subarray(1, 4).toString()); }
    catch (e) { console.log(e.name, e.code, e instanceof r.PngUnavailableError); }`;
  const without = await run(['--input-type=module', '-e', script]);
  assert.equal(without.stdout.trim(), 'PngUnavailableError png-unavailable true', without.stderr);
  const withIt = await run(['--input-type=module', '-e', script], false);
  assert.equal(withIt.stdout.trim(), 'png PNG', withIt.stderr);
});
