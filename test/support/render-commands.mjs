// Server-side commands for the comparison of pictures (test/render): the Node renderer's PNG of a
// widget (dist/render.js, the sample documents of demo/data), and a screenshot of part of the
// test page taken by Chromium itself (puppeteer's page of the session), both as base64 PNG.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');

export function renderCommands() {
  return {
    name: 'rb-render-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'rb-render-png') {
        const render = await import(pathToFileURL(join(root, 'dist/render.js')).href);
        const data = JSON.parse(readFileSync(join(root, 'demo/data', payload.document), 'utf8'));
        const result = await render.renderPng(payload.input, { ...payload.options, data, baseUrl: pathToFileURL(join(root, 'demo/data/')).href });
        return { png: result.png.toString('base64'), width: result.width, height: result.height, errors: result.errors };
      }
      if (command === 'rb-screenshot') {
        const page = session.browser.getPage(session.id);
        const shot = await page.screenshot({ clip: payload.clip, encoding: 'base64', type: 'png', captureBeyondViewport: true });
        // RB_RENDER_DEBUG=folder keeps the screenshots, to look at them.
        if (process.env.RB_RENDER_DEBUG) writeFileSync(join(process.env.RB_RENDER_DEBUG, `shot-${Date.now()}.png`), Buffer.from(shot, 'base64'));
        return shot;
      }
      return undefined;
    },
  };
}
