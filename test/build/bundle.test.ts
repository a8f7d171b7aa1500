// The shipped files, as built by `npm run build:js` (npm test builds first).
import { expect } from '@esm-bundle/chai';
import { builtText as text, staticClosure as closure } from '../support/built-files.js';
import { isWidgetTag, TOOL_TAGS } from '../../scripts/tool-tags.mjs';

const IIFE = '/dist/region-brand-widgets.iife.js';

async function manifestTags(): Promise<string[]> {
  const manifest = JSON.parse(await text('/custom-elements.json'));
  const tags: string[] = [];
  for (const mod of manifest.modules ?? []) for (const d of mod.declarations ?? []) if (d.tagName) tags.push(d.tagName);
  return [...new Set(tags)];
}

describe('shipped bundle', () => {
  it('contains no eval and no Function constructor (strict CSP)', async () => {
    for (const url of [IIFE, '/dist/index.js']) {
      const code = await text(url);
      expect(code, url).to.not.match(/\beval\(/);
      expect(code, url).to.not.match(/new Function\(/);
    }
  });

  it('registers every element from one file and makes no further requests', async () => {
    const tags = await manifestTags();
    expect(tags).to.include('rb-coverage-gauge');
    const doc = JSON.stringify(await (await fetch('/demo/data/pingyuan.json')).json()).replace(/'/g, '&#39;');
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <script src="${location.origin}${IIFE}"></script>
      <rb-coverage-gauge data='${doc}'></rb-coverage-gauge></body></html>`;
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    for (const tag of tags.filter(isWidgetTag)) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    // Tools (the workbench) have their own entry and are never in the single file.
    for (const tag of TOOL_TAGS) expect(win.customElements.get(tag), tag).to.equal(undefined);
    const gauge = win.document.querySelector('rb-coverage-gauge')!;
    await (gauge as any).updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(gauge.shadowRoot!.textContent).to.contain('424 / 424');
    const requests = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(requests).to.deep.equal([`${location.origin}${IIFE}`]);
    frame.remove();
  });

  it('has one ESM entry per element, which (with the chunks it imports) defines it', async () => {
    for (const tag of await manifestTags()) {
      const entry = `/dist/${tag.replace(/^rb-/, '')}.js`;
      const code = await closure(entry);
      expect(code, entry).to.contain(`"${tag}"`);
      // No widget entry carries a tool: the workbench loads only where it is used.
      if (isWidgetTag(tag)) for (const tool of TOOL_TAGS) expect(code, `${entry} holds ${tool}`).to.not.contain(`"${tool}"`);
    }
  });
});
