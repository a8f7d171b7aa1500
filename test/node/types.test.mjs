// The type test: test/types/*.ts(x) compiled by tsc against the built declarations, reached through
// the package's "exports" as a user's project reaches them. Valid configs and documents compile;
// every `// @ts-expect-error` line (typos, wrong values) must be an error, or tsc reports it unused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

test('the input types accept what pages write and reject typos (tsc on test/types)', () => {
  const run = spawnSync(process.execPath, [tsc, '-p', 'test/types/tsconfig.json', '--listFiles'], { encoding: 'utf8' });
  const errors = run.stdout.split('\n').filter((l) => /error TS\d+/.test(l));
  assert.deepEqual(errors, [], 'tsc errors');
  assert.equal(run.status, 0, run.stdout + run.stderr);
  // The declarations under test are the shipped ones, not the sources.
  const files = run.stdout.split('\n');
  assert.ok(files.some((f) => f.endsWith('/dist/types/widgets/coverage-gauge/index.d.ts')), 'dist/types compiled');
  assert.ok(!files.some((f) => /\/src\/.*\.ts$/.test(f) && !f.endsWith('.d.ts')), 'no source file compiled');
  const expected = readdirSync('test/types')
    .filter((f) => /\.tsx?$/.test(f))
    .reduce((n, f) => n + (readFileSync(`test/types/${f}`, 'utf8').match(/@ts-expect-error/g) ?? []).length, 0);
  assert.ok(expected >= 10, `@ts-expect-error lines: ${expected}`);
});
