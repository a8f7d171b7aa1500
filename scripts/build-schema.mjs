// Generates the shipped JSON Schema files from the valibot schemas in src/ (one source of truth):
//   schema/region-brand-data.v1.schema.json   the data format
//   schema/<widget>.config.schema.json        each widget's config
//   schema/dashboard.schema.json              the rb-dashboard spec
//   docs/data-format.md                       its field reference and example (scripts/data-format-doc.mjs)
// Run with `npm run schema`; a test checks that the committed files match the source.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const out = join(tmpdir(), `rb-schema-${process.pid}.mjs`);
await build({
  entryPoints: ['src/schemas.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'warning',
});
const { jsonSchemas } = await import(pathToFileURL(out).href);
rmSync(out);
mkdirSync('schema', { recursive: true });
for (const [file, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join('schema', file), JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote schema/${file}`);
}

// docs/data-format.md: the field reference and the example between their markers.
const { dataFormatDoc } = await import('./data-format-doc.mjs');
const { readFileSync } = await import('node:fs');
const doc = 'docs/data-format.md';
const schema = JSON.parse(readFileSync('schema/region-brand-data.v1.schema.json', 'utf8'));
const kaiping = JSON.parse(readFileSync('demo/data/kaiping.json', 'utf8'));
writeFileSync(doc, dataFormatDoc(readFileSync(doc, 'utf8'), schema, kaiping));
console.log(`wrote ${doc}`);
