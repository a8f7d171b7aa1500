// `npm start` / `npm run serve`: serves the repository (the demo portal reads dist/ and demo/data)
// and prints the demo's address. Ctrl-C (SIGINT) or SIGTERM stops the server and exits 0, leaving
// no process behind. `--port N` (0 picks a free port); without it, 8000 or the next free port up to
// 8019 (a test run, or another server, may hold 8000). A port that cannot be used is one line and
// exit code 1, never a stack trace.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

/** Resolves to null when `port` can be listened on (on localhost), else to the error's code. */
const probe = (port) =>
  new Promise((resolve) => {
    const s = createServer();
    s.once('error', (e) => resolve(e.code ?? String(e)));
    s.listen({ port, host: 'localhost' }, () => s.close(() => resolve(null)));
  });

const arg = process.argv.indexOf('--port');
const asked = arg > 0 ? process.argv[arg + 1] : undefined;
let port;
if (asked !== undefined) {
  port = Number(asked);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`region-brand-widgets serve: --port takes a number from 0 to 65535, not "${asked ?? ''}".`);
    process.exit(1);
  }
  const problem = port === 0 ? null : await probe(port);
  if (problem) {
    console.error(`region-brand-widgets serve: port ${port} cannot be used (${problem === 'EADDRINUSE' ? 'another program is using it' : problem}); choose another with --port N, or --port 0 for any free port.`);
    process.exit(1);
  }
} else {
  for (let p = 8000; p < 8020 && port === undefined; p++) if (!(await probe(p))) port = p;
  if (port === undefined) {
    console.error('region-brand-widgets serve: ports 8000 to 8019 are all in use; choose one with --port N, or --port 0 for any free port.');
    process.exit(1);
  }
}

const server = await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', clearTerminalOnReload: false },
  readCliArgs: false,
  readFileConfig: false,
  autoExitProcess: false,
  logStartMessage: false,
});
const address = server.server?.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`Demo portal: http://localhost:${actualPort}/demo/`);
console.log(`Strict-CSP page: http://localhost:${actualPort}/demo/csp.html`);
console.log('Press Ctrl-C to stop.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    console.log('Stopped.');
    process.exit(0);
  });
}
