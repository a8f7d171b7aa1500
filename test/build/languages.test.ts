// Languages other than zh-CN load on demand from the built files: a page of Chinese widgets does
// not carry them, and a widget asked for English waits for English before it shows or fires anything.
import { expect } from '@esm-bundle/chai';
import { staticClosure } from '../support/built-files.js';

describe('languages on demand (dist/)', () => {
  it('a widget entry carries zh-CN only; en and zh-Hant are separate files', async () => {
    for (const entry of ['/dist/growth-indicator.js', '/dist/coverage-gauge.js', '/dist/brand-matrix.js']) {
      const code = await staticClosure(entry);
      expect(code, entry).to.include('加载中…');
      expect(code, entry).to.not.include('Loading…');
      expect(code, entry).to.not.include('載入中…');
    }
  });

  it('the DOM-free entries answer in every language at once', async () => {
    const code = await staticClosure('/dist/validate.js');
    for (const s of ['加载中…', 'Loading…', '載入中…']) expect(code).to.include(s);
  });

  it('an English widget from dist/ shows English and fires rb-load once it is in English', async () => {
    await import('/dist/growth-indicator.js' as string);
    const data = await (await fetch('/demo/data/kaiping.json')).json();
    const el = document.createElement('rb-growth-indicator') as HTMLElement & { state: string; data: unknown; config: unknown };
    el.setAttribute('lang', 'en');
    el.config = { indicator: data.indicators[0].id };
    const loaded = new Promise<void>((resolve) => el.addEventListener('rb-load', () => resolve(), { once: true }));
    el.data = data;
    document.body.append(el);
    await loaded;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const shown = el.shadowRoot!.textContent ?? '';
    expect(el.state).to.equal('ready');
    expect(shown).to.not.match(/同比|环比|加载中/);
    expect(shown).to.include('YoY');
    el.remove();
  });
});
