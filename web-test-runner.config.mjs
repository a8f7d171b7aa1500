// Tests run in real headless Chromium (Debian's /usr/bin/chromium: npm tools cannot download
// browsers here). One group per widget lets one widget's tests run alone: `npx wtr --group coverage-gauge`.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync, readdirSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './test/support/chromium.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { withoutExpected404s } from './test/support/quiet-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { testServerMiddleware } from './test/support/test-server.mjs';
import { phoneCommands, phoneLauncher, phoneRunnerHtml } from './test/support/phone.mjs';
import { renderCommands } from './test/support/render-commands.mjs';

const groups = existsSync('test/widgets')
  ? readdirSync('test/widgets').map((name) => ({
      name,
      files: `test/widgets/${name}/**/*.test.ts`,
      // The phones group runs on an emulated phone with touch (test/support/phone.mjs).
      ...(name === 'phones' ? { browsers: [phoneLauncher()], testRunnerHtml: phoneRunnerHtml } : {}),
    }))
  : [];

/**
 * A module worker is started by URL (`new URL('./sheet-worker.js', import.meta.url)` in
 * src/sheet/off-main.ts), which the esbuild plugin does not rewrite as it does imports: a `.js` URL
 * under /src/ that has only a `.ts` source is served that source, so tests run the real worker.
 */
function workerSources(ctx, next) {
  const ts = `${ctx.path.slice(0, -3)}.ts`;
  if (ctx.path.startsWith('/src/') && ctx.path.endsWith('.js') && !existsSync(`.${ctx.path}`) && existsSync(`.${ts}`)) ctx.url = ts + ctx.search;
  return next();
}

export default {
  groups: [
    { name: 'core', files: 'test/core/**/*.test.ts' },
    { name: 'build', files: 'test/build/**/*.test.ts' },
    { name: 'sheet', files: 'test/sheet/**/*.test.ts' },
    // The same widget in Chromium and through the Node renderer (dist/render.js), compared pixel by pixel.
    { name: 'render', files: 'test/render/**/*.test.ts' },
    ...groups,
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  // Generous limits: on a fresh 2-core CI machine the first page of a group waits for cold esbuild
  // transforms of hundreds of modules, and Chromium's first start builds its caches. A test that
  // never ends still fails; these only keep a slow machine from failing a correct one.
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 600000,
  middleware: [testServerMiddleware, workerSources],
  plugins: [
    phoneCommands(),
    // As in the build (rollup.config.mjs): fflate without its source-text Web Workers.
    {
      name: 'fflate-without-workers',
      resolveImport({ source, context }) {
        if (source === 'fflate' && !context.path.endsWith('/src/sheet/fflate-sync.ts')) return '/src/sheet/fflate-sync.ts';
      },
    },
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' }),
    renderCommands(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: [...chromiumArgs, '--js-flags=--expose-gc'],
      },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8"><script>window.process = { env: { NODE_ENV: 'development' } };
    // Lit's other development warnings stay on; its one-line dev-mode notice is noise in the test log.
    globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head>
  <body><script type="module" src="/test/support/languages.ts"></script><script type="module" src="${testFramework}"></script></body>
</html>`,
  reporters: [withoutExpected404s(defaultReporter({ reportTestResults: true, reportTestProgress: false })), summaryReporter()],
};
