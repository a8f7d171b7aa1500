// `npm install` in this repository: build the DOM-free entries (validation, workbook converter)
// that the command line in bin/ imports, so `npx region-brand-widgets …` works without a full
// build. Installed from the registry, the package already carries dist/ and this does nothing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

if (existsSync('src/sheet/index.ts') && existsSync('rollup.config.mjs')) {
  let rollup;
  try {
    rollup = createRequire(import.meta.url).resolve('rollup/dist/bin/rollup');
  } catch {
    process.exit(0); // installed without devDependencies: nothing to build with
  }
  execFileSync(process.execPath, [rollup, '-c', '--silent'], { stdio: 'inherit', env: { ...process.env, RB_NODE_ONLY: '1' } });
}
