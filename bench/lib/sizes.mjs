/**
 * Bundle sizes: the IIFE, each per-widget ESM entry with the chunks it imports statically, the
 * prebuilt echarts.min.js, and per chart widget a baseline bundle (Lit + echarts/core + the
 * widget's own ECharts modules) built with rollup's JS API, cached by its inputs.
 */
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

/** Strings only ECharts / zrender code contains, even minified (not `zrX`: src/core/chart.ts sets it). */
export const ECHARTS_MARKERS = ['_echarts_instance_', 'registerPreprocessor', 'zrByTouch', 'zrDelta'];

export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

/** Relative static imports of an ES module (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
export function staticImports(code) {
  const out = new Set();
  const patterns = [/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g, /\bimport\s*["'](\.{1,2}\/[^"']+)["']/g];
  for (const re of patterns) for (const m of code.matchAll(re)) out.add(m[1]);
  return [...out];
}

/** The entry file and every file it imports statically, recursively (absolute paths). */
export function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) visit(resolvePath(dirname(file), spec));
  };
  visit(entry);
  return [...seen];
}

/** Minified and gzip size of a set of files (gzip per file: each file is its own transfer). */
export function filesSize(files) {
  let min = 0;
  let gzip = 0;
  const markers = new Set();
  for (const f of files) {
    const buf = readFileSync(f);
    min += buf.length;
    gzip += gzipSize(buf);
    const text = buf.toString('utf8');
    for (const m of ECHARTS_MARKERS) if (text.includes(m)) markers.add(m);
  }
  return { min, gzip, files: files.length, echartsMarkers: [...markers] };
}

/** Widget folder names that have an entry in src and in dist. */
export function widgetNames(root) {
  return readdirSync(join(root, 'src/widgets'))
    .filter((w) => existsSync(join(root, 'src/widgets', w, 'index.ts')) && existsSync(join(root, 'dist', `${w}.js`)))
    .sort();
}

/** `echartsModules = [ ... ]` (a field, or `export const` in a module the widget imports on demand). */
const MODULES_ARRAY = /echartsModules\s*(?::[^=]+)?=\s*\[([^\]]*)\]/;

/**
 * True when a widget imports its ECharts modules on demand: its element's `echartsModules` field is
 * a loader, not an array (see src/core/echarts-on-demand.ts); ECharts is then not in its first load.
 */
export function widgetEchartsOnDemand(root, widget) {
  const main = join(root, 'src/widgets', widget, `${widget}.ts`);
  if (!existsSync(main)) return false;
  const field = readFileSync(main, 'utf8').match(/readonly echartsModules\s*(?::[^=]+)?=\s*(\S)/);
  return field !== null && field[1] !== '[';
}

/**
 * The ECharts modules a widget draws with: names from its `echartsModules = [ ... ]` array (in the
 * element's file, else in another file of the widget's folder, as the module its loader imports)
 * and the package each is imported from ('echarts/charts' | 'echarts/components'). Null: no chart.
 */
export function widgetEchartsModules(root, widget) {
  const dir = join(root, 'src/widgets', widget);
  const main = join(dir, `${widget}.ts`);
  if (!existsSync(main)) return null;
  const sources = [main, ...readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f))];
  const field = sources.map((f) => readFileSync(f, 'utf8').match(MODULES_ARRAY)).find(Boolean);
  if (!field) return null;
  const names = field[1].split(',').map((s) => s.trim()).filter(Boolean);
  const from = new Map();
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"](echarts\/(?:charts|components|features|renderers)|\.\/[^'"]+)['"]/g)) {
      // A module of the widget's own (e.g. ./geo-scatter.js): the baseline imports that file.
      const pkg = m[2].startsWith('./') ? join(dir, m[2].replace(/\.js$/, '.ts')) : m[2];
      for (const n of m[1].split(',').map((s) => s.trim().replace(/^type\s+/, '')).filter(Boolean)) if (!from.has(n)) from.set(n, pkg);
    }
  }
  return names.map((name) => ({ name, from: from.get(name) ?? (name.endsWith('Chart') ? 'echarts/charts' : 'echarts/components') }));
}

/** Source of the baseline entry: Lit + echarts/core `init`/`use` + renderer, aria + the widget's modules. */
export function baselineEntry(modules) {
  const all = [
    { name: 'CanvasRenderer', from: 'echarts/renderers' },
    { name: 'AriaComponent', from: 'echarts/components' },
    ...modules,
  ];
  const byPkg = new Map();
  for (const m of all) byPkg.set(m.from, [...new Set([...(byPkg.get(m.from) ?? []), m.name])]);
  return [
    `import { LitElement, html, css } from 'lit';`,
    `import { init, use } from 'echarts/core';`,
    ...[...byPkg].map(([pkg, names]) => `import { ${names.join(', ')} } from '${pkg}';`),
    `use([${all.map((m) => m.name).join(', ')}]);`,
    `export { LitElement, html, css, init };`,
    '',
  ].join('\n');
}

const pkgVersion = (root, name) => {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};

/**
 * Builds (or reads from the cache) the baseline bundle of an entry source: rollup +
 * node-resolve + replace(NODE_ENV) + terser with the project's settings, ESM output.
 */
export async function baselineSize(root, entrySource, cacheFile) {
  const versions = ['echarts', 'zrender', 'lit', 'rollup', '@rollup/plugin-terser', '@rollup/plugin-node-resolve'].map((n) => `${n}@${pkgVersion(root, n)}`);
  // Modules of the widget's own (absolute paths) are part of the key by their contents.
  const locals = [...entrySource.matchAll(/from '(\/[^']+)'/g)].map((m) => readFileSync(m[1], 'utf8'));
  const key = createHash('sha256').update(entrySource + versions.join() + locals.join()).digest('hex').slice(0, 16);
  let cache = {};
  try {
    cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
  } catch {}
  if (cache[key]) return { ...cache[key], cached: true };
  const { rollup } = await import('rollup');
  const { default: nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: replace } = await import('@rollup/plugin-replace');
  const { default: terser } = await import('@rollup/plugin-terser');
  const { default: esbuild } = await import('rollup-plugin-esbuild');
  const typescript = esbuild({ target: 'es2021', tsconfig: join(root, 'tsconfig.json') });
  delete typescript.resolveId; // as in rollup.config.mjs: keeps ECharts' sideEffects flags
  const ENTRY = '\0bench-baseline-entry';
  const bundle = await rollup({
    input: ENTRY,
    plugins: [
      { name: 'entry', resolveId: (id) => (id === ENTRY ? id : null), load: (id) => (id === ENTRY ? entrySource : null) },
      nodeResolve({ browser: true, rootDir: root, extensions: ['.ts', '.mjs', '.js'] }),
      typescript,
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ format: { comments: false }, compress: { passes: 2 } })] });
  await bundle.close();
  const code = Buffer.from(output[0].code);
  const result = { min: code.length, gzip: gzipSize(code) };
  cache[key] = result;
  mkdirSync(dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(cache, null, 2));
  return { ...result, cached: false };
}

/**
 * A widget's npm entry as an application's bundler ships it: rollup + node-resolve from
 * `dist/<widget>.js`, terser with the project's settings, code split as bundlers split `import()`.
 * `min`/`gzip`: what a page loads first (the entry chunk and its static imports, as one text);
 * `onDemand`: what only `import()` loads (languages other than zh-CN, geometry helpers …).
 * Compared with the baseline (one file), this leaves out the cost of splitting dist/ into chunks.
 */
export async function appBundleSize(root, entryFile) {
  const { rollup } = await import('rollup');
  const { default: nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  const bundle = await rollup({ input: entryFile, plugins: [nodeResolve({ browser: true, rootDir: root })], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ format: { comments: false }, compress: { passes: 2 } })] });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const first = new Set();
  const visit = (name) => {
    if (first.has(name) || !chunks.has(name)) return;
    first.add(name);
    for (const i of chunks.get(name).imports) visit(i);
  };
  visit([...chunks.values()].find((c) => c.isEntry).fileName);
  const text = [...first].map((n) => chunks.get(n).code).join('\n');
  const restNames = [...chunks.keys()].filter((n) => !first.has(n));
  const rest = restNames.map((n) => chunks.get(n).code);
  const code = Buffer.from(text);
  const sum = (codes) => ({ min: codes.reduce((a, c) => a + c.length, 0), gzip: codes.reduce((a, c) => a + gzipSize(Buffer.from(c)), 0), files: codes.length });
  // What a page adds when it draws its first chart (per chunk, as it is fetched): each on-demand
  // chunk that holds ECharts code or imports a chunk that does (the runtime, a widget's chart
  // modules), with what it imports that the first load does not have.
  const closureOf = (name, seen = new Set()) => {
    if (first.has(name) || seen.has(name) || !chunks.has(name)) return seen;
    seen.add(name);
    for (const i of chunks.get(name).imports) closureOf(i, seen);
    return seen;
  };
  const hasECharts = (name) => ECHARTS_MARKERS.some((m) => chunks.get(name).code.includes(m));
  const drawing = new Set();
  for (const n of restNames) {
    const own = closureOf(n);
    if ([...own].some(hasECharts)) for (const c of own) drawing.add(c);
  }
  return {
    min: code.length,
    gzip: gzipSize(code),
    onDemand: sum(rest),
    echartsOnDemand: sum([...drawing].map((n) => chunks.get(n).code)),
    firstEchartsMarkers: ECHARTS_MARKERS.filter((m) => text.includes(m)),
    echartsMarkers: ECHARTS_MARKERS.filter((m) => text.includes(m) || rest.some((c) => c.includes(m))),
  };
}

/**
 * Where the minified bytes of a file come from, from its source map: bytes per group
 * (`echarts/chart/…`, `zrender`, `lit`, `src/core`, …), largest first.
 */
export async function composition(file, groupOf = defaultGroup) {
  let decode;
  try {
    ({ decode } = await import('@jridgewell/sourcemap-codec'));
  } catch {
    return null;
  }
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return null;
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const lines = readFileSync(file, 'utf8').split('\n');
  const bytes = new Map();
  decode(map.mappings).forEach((segments, li) => {
    const line = lines[li] ?? '';
    segments.forEach((seg, i) => {
      if (seg.length < 2) return;
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      const group = groupOf(map.sources[seg[1]] ?? '?');
      bytes.set(group, (bytes.get(group) ?? 0) + Math.max(0, end - seg[0]));
    });
  });
  return [...bytes].sort((a, b) => b[1] - a[1]).map(([group, min]) => ({ group, min }));
}

/** Groups a source path: ECharts by folder (chart/x, component/x, …), other packages by name, src by folder. */
export function defaultGroup(source) {
  const s = source.replace(/\\/g, '/');
  let m = s.match(/node_modules\/echarts\/lib\/(chart|component|coord|layout|visual|processor|label|animation|data|model|util|view|core|scale|i18n|loading|renderer|theme|preprocessor|legacy|export|action|extension|legacy)(?:\/([^/.]+))?/);
  if (m) return m[1] === 'chart' || m[1] === 'component' || m[1] === 'coord' ? `echarts/${m[1]}/${m[2] ?? ''}` : `echarts/${m[1]}`;
  m = s.match(/node_modules\/(@[^/]+\/[^/]+|[^/]+)/);
  if (m) return m[1] === 'lit-html' || m[1] === 'lit-element' || m[1] === '@lit/reactive-element' || m[1] === 'lit' ? 'lit' : m[1];
  m = s.match(/src\/(core|widgets\/[^/]+)/);
  if (m) return `src/${m[1]}`;
  return s;
}

/** Everything `npm run bench` reports about sizes. */
export async function measureSizes(root, cacheFile, log = () => {}) {
  const rel = (f) => relative(root, f);
  const echartsMin = readFileSync(join(root, 'node_modules/echarts/dist/echarts.min.js'));
  const iifeFile = join(root, 'dist/region-brand-widgets.iife.js');
  const iife = filesSize([iifeFile]);
  const widgets = {};
  for (const w of widgetNames(root)) {
    const files = closure(join(root, 'dist', `${w}.js`));
    const modules = widgetEchartsModules(root, w);
    const entry = {
      ...filesSize(files),
      closure: files.map(rel),
      echartsModules: modules?.map((m) => m.name) ?? null,
      echartsOnDemand: modules ? widgetEchartsOnDemand(root, w) : false,
      bundled: await appBundleSize(root, join(root, 'dist', `${w}.js`)),
    };
    if (modules) {
      log(`baseline bundle for ${w} (${modules.map((m) => m.name).join(', ')})`);
      entry.baseline = await baselineSize(root, baselineEntry(modules), cacheFile);
    }
    widgets[w] = entry;
  }
  const comp = await composition(iifeFile);
  return {
    echartsMin: { min: echartsMin.length, gzip: gzipSize(echartsMin) },
    iife: { min: iife.min, gzip: iife.gzip },
    widgets,
    iifeComposition: comp,
  };
}
