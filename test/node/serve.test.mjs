// The demo server as `npm run serve` runs it (npm start is the build, then the same): it prints
// the demo's address, which answers with the portal page, and Ctrl-C (SIGINT to npm) stops it
// with exit code 0, leaving no server process behind (the port refuses connections afterwards).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

test('npm run serve prints the demo address and stops cleanly on SIGINT', async (t) => {
  const child = spawn(npm, ['run', 'serve', '--silent', '--', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  // Should the test fail half-way, nothing it started outlives it.
  t.after(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone: the expected case
    }
  });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${output}`)), 30000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const m = /http:\/\/localhost:\d+\/demo\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
  });
  const page = await fetch(url);
  assert.equal(page.status, 200, url);
  assert.match(await page.text(), /<rb-[a-z-]+/, 'the portal page places widgets');

  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  process.kill(child.pid, 'SIGINT'); // npm itself, as a terminal's Ctrl-C reaches it first
  const { code, signal } = await Promise.race([exited, new Promise((r) => setTimeout(() => r({ code: 'timeout' }), 10000))]);
  assert.ok(code === 0 || signal === 'SIGINT', `exit ${code} ${signal}: ${output}`);
  // No orphan: nothing answers on the port any more.
  await new Promise((r) => setTimeout(r, 300));
  await assert.rejects(fetch(url, { signal: AbortSignal.timeout(3000) }), 'the server is gone');
  assert.match(output, /Stopped\./, 'the server stopped itself (the signal reached it)');
});

test('a port in use is one clear line and exit code 1; without --port the next free port is taken', async () => {
  const { createServer } = await import('node:net');
  const { execFile } = await import('node:child_process');
  const busy = createServer();
  await new Promise((r) => busy.listen({ port: 0, host: 'localhost' }, r));
  const port = busy.address().port;
  try {
    const result = await new Promise((resolve) =>
      execFile(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { timeout: 20000 }, (error, stdout, stderr) => resolve({ code: error?.code ?? 0, stdout, stderr })),
    );
    assert.equal(result.code, 1, result.stdout + result.stderr);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0], new RegExp(`port ${port} cannot be used .*--port`));
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    const bad = await new Promise((resolve) =>
      execFile(process.execPath, ['scripts/serve.mjs', '--port', 'eighty'], { timeout: 20000 }, (error, _stdout, stderr) => resolve({ code: error?.code ?? 0, stderr })),
    );
    assert.equal(bad.code, 1);
    assert.match(bad.stderr.trim(), /^region-brand-widgets serve: --port takes a number/);
  } finally {
    busy.close();
  }
});

test('without --port, a busy 8000 means the next free port', async (t) => {
  const { createServer } = await import('node:net');
  const holder = createServer();
  // Hold 8000 (if another program already does, it is busy all the same).
  await new Promise((r) => holder.once('error', r).listen({ port: 8000, host: 'localhost' }, r));
  const child = spawn(process.execPath, ['scripts/serve.mjs'], { stdio: ['ignore', 'pipe', 'pipe'] });
  t.after(() => {
    child.kill('SIGKILL');
    holder.close();
  });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${output}`)), 20000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const m = /http:\/\/localhost:(\d+)\/demo\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
  });
  assert.ok(port > 8000 && port < 8020, `port ${port}`);
  assert.equal((await fetch(`http://localhost:${port}/demo/`)).status, 200);
});
