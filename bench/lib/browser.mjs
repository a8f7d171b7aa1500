/** Headless Chromium through puppeteer-core, with the flags that work on these machines. */
import puppeteer from 'puppeteer-core';

import { chromiumArgs, chromiumPath } from '../../test/support/chromium.mjs';

export const CHROMIUM = chromiumPath;

/** An old office PC's screen. */
export const VIEWPORT = { width: 1366, height: 768, deviceScaleFactor: 1 };

export async function launch() {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    defaultViewport: VIEWPORT,
    args: [
      ...chromiumArgs,
      // Several tabs stay open (widget page and plain page): never throttle the one behind.
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
    ],
  });
}

/**
 * Opens one of bench/pages/*.html and waits for the harness. Page errors fail the benchmark
 * (a widget that throws must not produce a fast-looking number).
 */
export async function openPage(browser, origin, name, { onError } = {}) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => onError?.(`${name}: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') onError?.(`${name}: console error: ${msg.text()}`);
  });
  await page.goto(`${origin}/bench/pages/${name}`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.bench === 'object');
  const cdp = await page.createCDPSession();
  return {
    page,
    /** Calls `bench[fn](arg)` in the page (brought to front: hidden pages draw no frames). */
    call: async (fn, arg = {}) => {
      await page.bringToFront();
      return page.evaluate((f, a) => window.bench[f](a), fn, arg);
    },
    /** JS heap in use after two forced garbage collections (bytes). */
    heap: async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    },
    /** Live DOM nodes and JS event listeners of the renderer. */
    domCounters: () => cdp.send('Memory.getDOMCounters'),
    close: () => page.close(),
  };
}
