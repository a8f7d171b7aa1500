// Takes docs/workbench.png for the README: demo/workbench.html in headless Chromium, the Kaiping
// sample loaded, a coverage gauge configured as a ring with thresholds beside its live preview.
// Needs dist/ (npm run build:js).   flock /tmp/rb-browser.lock node scripts/workbench-screenshot.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serve } from '../bench/lib/server.mjs';
import { chromiumArgs, chromiumPath } from '../test/support/chromium.mjs';

const root = join(import.meta.dirname, '..');
const server = await serve(root);
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs, defaultViewport: { width: 1280, height: 1000 } });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${server.origin}/demo/workbench.html`, { waitUntil: 'load' });
  await page.evaluate(async () => {
    localStorage.clear();
    const wb = document.querySelector('rb-workbench');
    await customElements.whenDefined('rb-workbench');
    await wb.openUrl('data/kaiping.json');
    wb.goTo('configure');
    await wb.updateComplete;
    const change = async (selector, value) => {
      const el = wb.shadowRoot.querySelector(selector);
      el.value = value;
      el.dispatchEvent(new Event(el.localName === 'select' ? 'change' : 'input'));
      await wb.updateComplete;
    };
    await change('#field-coverage', 'enterprise-party');
    await change('#field-style', 'ring');
    await change('#field-thresholds input[type=number]', '0.2');
    await change('#field-title', '集群企业党组织覆盖率');
    const deadline = performance.now() + 15000;
    while (!wb.preview?.chart && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 1500)); // the ring's animation
    wb.scrollIntoView();
  });
  mkdirSync(join(root, 'docs'), { recursive: true });
  const element = await page.$('rb-workbench');
  await element.screenshot({ path: join(root, 'docs/workbench.png') });
  console.log('wrote docs/workbench.png');
} finally {
  await browser.close();
  await server.close();
}
