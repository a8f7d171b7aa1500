// `npm install` in this repository: the same build as `npm run build` (every entry minified, the
// types, the manifest, the workbooks), so that a fresh clone's dist/ is the dist/ that `npm test`,
// `npm pack` and the command line in bin/ expect — never a partial build that some tests refuse.
// Skipped when every `exports` target and the manifest are newer than every source file (after
// `npm run build`, or when `npm pack` has just built); installed from the registry, the package
// carries dist/ already, and without devDependencies there is nothing to build with.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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

/** Every file target of `exports` (conditions flattened, patterns left out). */
function targets(value) {
  if (typeof value === 'string') return value.includes('*') ? [] : [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

if (existsSync('src/index.ts') && existsSync('rollup.config.mjs')) {
  try {
    createRequire(import.meta.url).resolve('rollup/dist/bin/rollup');
  } catch {
    process.exit(0); // installed without devDependencies: nothing to build with
  }
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const built = [...new Set([...targets(pkg.exports), pkg.customElements].filter((f) => f && !f.endsWith('package.json')))];
  const sources = Math.max(newestSource('src'), statSync('rollup.config.mjs').mtimeMs);
  const upToDate = built.every((f) => existsSync(f) && statSync(f).mtimeMs >= sources);
  if (!upToDate) {
    // npm runs this script with npm_execpath set to its own CLI; `npm run build` as a user would.
    const npm = process.env.npm_execpath;
    if (npm) execFileSync(process.execPath, [npm, 'run', 'build'], { stdio: 'inherit' });
    else execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  }
}
