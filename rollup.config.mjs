// Builds the ESM entries (one per widget, plus the core and an all-in-one index) and the single
// IIFE file that portals include with one <script> tag (no further requests, works offline).
import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readdirSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderFonts } from './scripts/render-fonts.mjs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

// Every build (`npm run build`, and `npm install` through scripts/prepare.mjs) is this one, from an
// empty dist/ so that old chunks (names carry content hashes) do not pile up.
rmSync('dist', { recursive: true, force: true });

const widgets = readdirSync('src/widgets').filter((w) => existsSync(`src/widgets/${w}/index.ts`));

/** rollup-plugin-esbuild's resolveId hides echarts' `sideEffects` flags and breaks tree-shaking. */
function typescript() {
  const plugin = esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });
  delete plugin.resolveId;
  return plugin;
}

/**
 * ECharts' GeoJSON loader keeps a `new Function` fallback for browsers without JSON.parse; it never
 * runs in a supported browser, but strict-CSP audits flag it. Replace it with JSON.parse.
 */
function noFunctionConstructor() {
  const fallback = "new Function('return (' + source + ');')()";
  return {
    name: 'no-function-constructor',
    transform(code, id) {
      if (!id.includes('GeoJSONResource') || !code.includes(fallback)) return null;
      return { code: code.replace(fallback, 'JSON.parse(source)'), map: null };
    },
  };
}

/**
 * fflate (inside the XLSX reader and writer) moves large archives to Web Workers built from
 * function source text: resolve it to src/sheet/fflate-sync.ts, which does that work in place.
 */
export function fflateWithoutWorkers() {
  const shim = fileURLToPath(new URL('./src/sheet/fflate-sync.ts', import.meta.url));
  return {
    name: 'fflate-without-workers',
    resolveId(source, importer) {
      if (source === 'fflate' && importer && importer !== shim) return shim;
      return null;
    },
  };
}

/**
 * d3-array is one module whose top level builds its bisectors (`bisector(ascending)`): rollup
 * cannot tell those calls are pure and kept them in every widget that reads one d3-array function
 * (0.2 KB gzip of the KPI card). They are pure; this tells rollup so.
 */
const treeshake = { manualPureFunctions: ['bisector'] };

const plugins = () => [
  fflateWithoutWorkers(),
  minifyCssLiterals(),
  noFunctionConstructor(),
  resolve({ browser: true, extensions: ['.ts', '.mjs', '.js'] }),
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
  typescript(),
];

/**
 * Minifies, keeping dist/ tree-shakable for the apps that bundle it again: the `@__NO_SIDE_EFFECTS__`
 * and `#__PURE__` annotations (valibot's and ours) stay, and chunks of our own code are compressed
 * without reducing variables (terser would inline a schema builder used once into its call and
 * lose the annotation: an app bundling the KPI card kept every section's schema, 1.2 KB gzip).
 * Chunks with ECharts get the full compression: they are the bulk of a direct load.
 */
const annotations = { comments: /@__NO_SIDE_EFFECTS__/, preserve_annotations: true };
const shakable = terser({ format: annotations, compress: { passes: 2, reduce_vars: false } });
const full = terser({ format: annotations, compress: { passes: 2 } });
const minify = {
  name: 'minify',
  renderChunk(code, chunk, options, meta) {
    const echarts = chunk.moduleIds.some((id) => /node_modules\/(echarts|zrender)\//.test(id));
    return (echarts ? full : shakable).renderChunk.call(this, code, chunk, options, meta);
  },
};

/**
 * DOM-free entries: validation, and the workbook converter (its XLSX library is a lazy chunk;
 * browsers parse in sheet-worker.js, which sheet.js finds next to itself).
 */
const domFree = { validate: 'src/validate.ts', sheet: 'src/sheet/index.ts', 'sheet-worker': 'src/sheet/sheet-worker.ts' };

/**
 * The Node renderer (`region-brand-widgets/render`): its own build, so no chunk is shared with the
 * browser entries (it bundles the pure builders and ECharts' SVG renderer; resvg stays a native
 * dependency), and the bundled font written to dist/fonts/ beside it.
 */
const renderEntry = {
  input: { render: 'src/render/index.ts' },
  treeshake,
  external: [/^node:/, '@resvg/resvg-js'],
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/render-[name]-[hash].js', plugins: [minify] },
  plugins: [
    noFunctionConstructor(),
    resolve({ extensions: ['.ts', '.mjs', '.js'], exportConditions: ['node'] }),
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    typescript(),
    {
      name: 'render-fonts',
      generateBundle() {
        for (const font of renderFonts()) this.emitFile({ type: 'asset', ...font });
      },
    },
  ],
};

export default [
  {
    input: {
      index: 'src/index.ts',
      core: 'src/core/index.ts',
      ...domFree,
      ...Object.fromEntries(widgets.map((w) => [w, `src/widgets/${w}/index.ts`])),
      // The editors' workbench: its own entry; the widgets it previews load through import().
      workbench: 'src/workbench/index.ts',
    },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      plugins: [minify],
    },
    plugins: plugins(),
    treeshake,
  },
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/region-brand-widgets.iife.js',
      format: 'iife',
      name: 'RegionBrandWidgets',
      // One offline file: the languages that ESM pages load on demand are inside it.
      inlineDynamicImports: true,
      sourcemap: true,
      plugins: [minify],
    },
    plugins: plugins(),
    treeshake,
  },
  renderEntry,
];
