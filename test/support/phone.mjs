// The `phones` test group: Chromium with mobile emulation and touch, as a phone in a messaging
// app's browser would show a portal page. The page starts as a 360×780 phone at device pixel
// ratio 3 with a touch screen (touch is set before the first document, so `ontouchstart` is
// there as on a phone), and the test page carries the viewport meta a portal sets.
// Commands (`executeServerCommand` from a test):
//   phone-viewport { width, height?, dpr? }   resizes the emulated phone (Emulation.setDeviceMetricsOverride, mobile)
//   phone-tap { x, y }                         a finger tap at viewport CSS pixels (Input.dispatchTouchEvent)
//   phone-page { path, width, height? }        opens `path` of the test server in a new phone tab,
//                                              waits for the load, returns its widths, closes it
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const PHONE = { width: 360, height: 780, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/** A Chromium launcher whose pages are phones. */
export function phoneLauncher() {
  return chromeLauncher({
    launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    async createPage({ context }) {
      const page = await context.newPage();
      await page.setViewport(PHONE);
      return page;
    },
  });
}

/** The test page of the group: the viewport meta a portal page sets for phones. */
export const phoneRunnerHtml = (testFramework) => `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <script>window.process = { env: { NODE_ENV: 'development' } };
    globalThis.litIssuedWarnings = new Set(['dev-mode']);</script>
    <style>body { margin: 0; }</style></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`;

const sessions = new WeakMap();

async function cdp(page) {
  if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
  return sessions.get(page);
}

async function metrics(client, width, height, dpr) {
  await client.send('Emulation.setDeviceMetricsOverride', {
    width,
    height,
    deviceScaleFactor: dpr,
    mobile: true,
    screenWidth: width,
    screenHeight: height,
  });
  await client.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
}

/** The wtr plugin answering the commands above. */
export function phoneCommands() {
  return {
    name: 'phone-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('phone-')) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('phone commands need the Chromium launcher');
      const page = session.browser.getPage(session.id);
      if (command === 'phone-viewport') {
        const { width, height = 780, dpr = 3 } = payload;
        await metrics(await cdp(page), width, height, dpr);
        return true;
      }
      if (command === 'phone-tap') {
        const client = await cdp(page);
        const point = { x: payload.x, y: payload.y, radiusX: 4, radiusY: 4, force: 1, id: 1 };
        await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
        await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        return true;
      }
      if (command === 'phone-page') {
        const { path, width, height = 780 } = payload;
        const tab = await page.browserContext().newPage();
        try {
          await tab.setViewport({ ...PHONE, width, height });
          const url = new URL(path, page.url()).href;
          await tab.goto(url, { waitUntil: 'load' });
          // Widgets fetch their documents and draw after the load event.
          // (widgets far below the fold may wait to be scrolled to: measured as they are then).
          await tab
            .waitForFunction(
              () =>
                [...document.querySelectorAll('*')]
                  .filter((e) => e.localName.startsWith('rb-') && typeof e.state === 'string')
                  .every((e) => e.state !== 'loading' && e.state !== 'idle'),
              { timeout: 8000 },
            )
            .catch(() => undefined);
          await new Promise((r) => setTimeout(r, 300));
          return await tab.evaluate(() => {
            const doc = document.documentElement;
            const wide = [...document.querySelectorAll('body *')]
              .filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5)
              .map((e) => `${e.localName}${e.id ? '#' + e.id : ''}.${e.className}`);
            return { innerWidth, scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, scale: visualViewport?.scale ?? 1, wide: wide.slice(0, 10) };
          });
        } finally {
          await tab.close();
        }
      }
      throw new Error(`unknown command ${command}`);
    },
  };
}
