// The README's test command after the build: the Node tests (`node --test test/node/`: converter,
// command line, validation without a DOM), then the browser tests (@web/test-runner in Chromium),
// then one closing line that counts both, `N passed, N failed, N skipped`, which CI reads.
// Exit code 1 when either run fails. Arguments are passed on to wtr (`--group core`).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a command with its output shown; resolves with the exit code and the text printed. */
function run(command, args, env = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => done({ code: code ?? 1, text }));
  });
}

const tap = join(mkdtempSync(join(tmpdir(), 'rb-test-')), 'node.tap');
const node = await run(process.execPath, [
  '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`, 'test/node/',
]);
const report = readFileSync(tap, 'utf8');
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
const nodeTotals = { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
if (node.code !== 0 && nodeTotals.failed === 0) nodeTotals.failed = 1; // a file that did not load

const browser = await run('npx', ['wtr', ...process.argv.slice(2)]);
const summary = [...browser.text.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm)].at(-1);
const browserTotals = summary
  ? { passed: Number(summary[1]), failed: Number(summary[2]), skipped: Number(summary[3] ?? 0) }
  : { passed: 0, failed: 1, skipped: 0 };

const passed = nodeTotals.passed + browserTotals.passed;
const failed = nodeTotals.failed + browserTotals.failed;
const skipped = nodeTotals.skipped + browserTotals.skipped;
console.log(`\nNode: ${nodeTotals.passed} passed, ${nodeTotals.failed} failed; browser: ${browserTotals.passed} passed, ${browserTotals.failed} failed`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = node.code !== 0 || browser.code !== 0 || failed > 0 ? 1 : 0;
