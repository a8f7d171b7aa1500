// `npm install` in this repository: build the DOM-free entries (validation, workbook converter)
// that the command line in bin/ imports, so `npx region-brand-widgets …` works without a full
// build. Skipped when dist/ is newer than every source file (after `npm run build`, or when
// `npm pack` has just built it); installed from the registry, the package carries dist/ already.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const built = ['dist/sheet.js', 'dist/validate.js', 'dist/render.js'];
if (existsSync('src/sheet/index.ts') && existsSync('rollup.config.mjs')) {
  const upToDate = built.every((f) => existsSync(f) && statSync(f).mtimeMs >= newestSource('src'));
  let rollup;
  try {
    rollup = createRequire(import.meta.url).resolve('rollup/dist/bin/rollup');
  } catch {
    process.exit(0); // installed without devDependencies: nothing to build with
  }
  if (!upToDate) execFileSync(process.execPath, [rollup, '-c', '--silent'], { stdio: 'inherit', env: { ...process.env, RB_NODE_ONLY: '1' } });
}
