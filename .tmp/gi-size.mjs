import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { readFileSync, existsSync } from 'fs';
import { resolve as rs } from 'path';
const maps = new Map();
const tm = (f) => { if (!maps.has(f)) maps.set(f, existsSync(f + '.map') ? new TraceMap(readFileSync(f + '.map', 'utf8')) : null); return maps.get(f); };
const entry = process.argv[2] ?? 'dist/growth-indicator.js';
const bundle = await rollup({ input: entry, plugins: [nodeResolve({ browser: true })], onwarn: () => {} });
const { output } = await bundle.generate({ format: 'es', sourcemap: true, plugins: [terser({ format: { comments: false }, compress: { passes: 2 } })] });
const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
const first = new Set();
const visit = (n) => { if (first.has(n) || !chunks.has(n)) return; first.add(n); for (const i of chunks.get(n).imports) visit(i); };
visit([...chunks.values()].find((c) => c.isEntry).fileName);
let total = 0; const bytes = new Map();
for (const n of first) {
  const c = chunks.get(n); total += c.code.length;
  const lines = c.code.split('\n');
  decode(c.map.mappings).forEach((segs, li) => segs.forEach((s, i) => {
    if (s.length < 2) return;
    const end = i + 1 < segs.length ? segs[i + 1][0] : lines[li].length;
    let src = c.map.sources[s[1]];
    const abs = rs(src);
    const m = /\/dist\//.test(abs) ? tm(abs) : null;
    if (m) { const o = originalPositionFor(m, { line: s[2] + 1, column: s[3] }); if (o.source) src = o.source; }
    src = src.replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/');
    bytes.set(src, (bytes.get(src) ?? 0) + end - s[0]);
  }));
}
const text = [...first].map((n) => chunks.get(n).code).join('\n');
console.log('first load min', text.length, 'gzip', gzipSync(text, { level: 9 }).length, 'chunks', first.size);
for (const [s, b] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, +(process.argv[3] ?? 45))) console.log(String(b).padStart(7), s);
