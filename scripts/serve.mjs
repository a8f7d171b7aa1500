// `npm start` / `npm run serve`: serves the repository (the demo portal reads dist/ and demo/data)
// and prints the demo's address. Ctrl-C (SIGINT) or SIGTERM stops the server and exits 0, leaving
// no process behind. `--port N` (default 8000; 0 picks a free port).
import { startDevServer } from '@web/dev-server';

const arg = process.argv.indexOf('--port');
const port = arg > 0 ? Number(process.argv[arg + 1]) : 8000;

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
