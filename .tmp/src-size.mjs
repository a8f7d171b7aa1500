import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import replace from '@rollup/plugin-replace';
import esbuild from 'rollup-plugin-esbuild';
import { gzipSync } from 'zlib';
import { decode } from '@jridgewell/sourcemap-codec';
const ts = esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }); delete ts.resolveId;
const entry = process.argv[2] ?? 'src/widgets/growth-indicator/index.ts';
const bundle = await rollup({ input: entry, plugins: [nodeResolve({ browser: true, extensions: ['.ts', '.mjs', '.js'] }), replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"production"' } }), ts], onwarn: () => {} });
const { output } = await bundle.generate({ format: 'es', sourcemap: true, plugins: [terser({ format: { comments: false }, compress: { passes: 2 } })] });
const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
const first = new Set();
const visit = (n) => { if (first.has(n) || !chunks.has(n)) return; first.add(n); for (const i of chunks.get(n).imports) visit(i); };
visit([...chunks.values()].find((c) => c.isEntry).fileName);
const bytes = new Map();
for (const n of first) {
  const c = chunks.get(n); const lines = c.code.split('\n');
  decode(c.map.mappings).forEach((segs, li) => segs.forEach((s, i) => {
    if (s.length < 2) return;
    const end = i + 1 < segs.length ? segs[i + 1][0] : lines[li].length;
    const src = c.map.sources[s[1]].replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/');
    bytes.set(src, (bytes.get(src) ?? 0) + end - s[0]);
  }));
}
const text = [...first].map((n) => chunks.get(n).code).join('\n');
const rest = [...chunks.keys()].filter((n) => !first.has(n));
console.log('first load min', text.length, 'gzip', gzipSync(text, { level: 9 }).length, 'chunks', first.size, 'onDemand', rest.length);
for (const [s, b] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, +(process.argv[3] ?? 30))) console.log(String(b).padStart(7), s);
