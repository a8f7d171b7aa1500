/**
 * The workbench rows of `npm run bench` (issue 15): the size of its entry without what it loads on
 * demand (the widgets it previews, the validator, the spreadsheet reader), and the time from a
 * field change to the preview's next frame.
 */
import { join } from 'node:path';
import { ECHARTS_MARKERS, closure, filesSize, gzipSize } from './sizes.mjs';

/** Strings found only in the XLSX libraries (read-excel-file, write-excel-file). */
export const SHEET_MARKERS = ['sharedStrings', 'xl/workbook.xml'];

/**
 * `dist/workbench.js` as an application's bundler ships it: rollup + node-resolve + terser with
 * code splitting kept, so what the workbench imports with `import()` stays out. The figure is the
 * entry chunk and the chunks it imports statically (what loads before the element exists).
 */
export async function workbenchEntrySize(root) {
  const { rollup } = await import('rollup');
  const { default: nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  const bundle = await rollup({ input: join(root, 'dist/workbench.js'), plugins: [nodeResolve({ browser: true, rootDir: root })], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ format: { comments: false }, compress: { passes: 2 } })] });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const i of chunks.get(name)?.imports ?? []) visit(i);
  };
  visit(output.find((o) => o.type === 'chunk' && o.isEntry).fileName);
  let min = 0;
  let gzip = 0;
  const markers = new Set();
  for (const name of seen) {
    const code = chunks.get(name).code;
    min += Buffer.byteLength(code);
    gzip += gzipSize(Buffer.from(code));
    for (const m of [...ECHARTS_MARKERS, ...SHEET_MARKERS]) if (code.includes(m)) markers.add(m);
  }
  const lazy = [...chunks.values()].filter((c) => !seen.has(c.fileName)).length;
  const files = filesSize(closure(join(root, 'dist/workbench.js')));
  return { min, gzip, chunks: seen.size, lazyChunks: lazy, markers: [...markers], files };
}
