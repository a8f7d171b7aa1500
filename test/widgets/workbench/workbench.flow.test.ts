// The whole flow, start to publish: keyboard only, axe-core at every step (no serious or critical
// violation, in every language), and under the strict CSP page demo/workbench.html (built entry).
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { PublishDetail, RbWorkbench } from '../../../src/workbench/index.js';
import { workbenchLanguages } from '../../../src/workbench/index.js';
import { loadAxe } from '../../support/axe.js';
import { cleanup, until } from '../../support/helpers.js';
import { $, $$, button, choose, fileFrom, openWorkbench, pickFiles, sampleWorkbook, preloadWidgets } from './support.js';

async function seriousViolations(el: Element, what: string): Promise<string[]> {
  const axe = await loadAxe();
  const { violations } = await axe.run(el, { resultTypes: ['violations'] });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${what}: ${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** The element that has the keyboard focus, through shadow roots. */
function focused(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Presses Tab until `match` has the focus (at most 60 times). */
async function tabTo(match: (el: Element) => boolean, what: string): Promise<Element> {
  for (let i = 0; i < 60; i++) {
    const el = focused();
    if (el && match(el)) return el;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

const text = (t: string) => (el: Element) => el.textContent!.includes(t);

describe('rb-workbench flow', function () {
  this.timeout(60000);
  afterEach(cleanup);
  before(preloadWidgets);

  it('has no serious or critical axe violation at any step, in every language', async () => {
    const found: string[] = [];
    for (const { lang } of workbenchLanguages()) {
      const wb = openWorkbench({ lang });
      await wb.updateComplete;
      found.push(...(await seriousViolations(wb, `${lang} empty`)));
      const broken = await (await fetch('/demo/data/kaiping.json')).json();
      broken.coverage[0].covered = 999;
      await pickFiles(wb, [new File([JSON.stringify(broken)], 'broken.json')]);
      $$<HTMLDetailsElement>(wb, 'details').forEach((d) => (d.open = true));
      found.push(...(await seriousViolations(wb, `${lang} problems`)));
      await pickFiles(wb, [await fileFrom('/demo/data/kaiping.json')]);
      found.push(...(await seriousViolations(wb, `${lang} load`)));
      for (const step of ['configure', 'compose', 'publish'] as const) {
        if (step === 'compose') $$<HTMLButtonElement>(wb, '.step-configure .actions button')[1]!.click();
        wb.goTo(step);
        await wb.updateComplete;
        if (wb.preview) await until(() => (wb.preview as HTMLElement & { chart?: unknown }).shadowRoot?.querySelector('[part=body] > :not(.loading)'), 5000, 'preview');
        found.push(...(await seriousViolations(wb, `${lang} ${step}`)));
      }
      wb.remove();
    }
    expect(found).to.deep.equal([]);
  });

  it('goes from the file to the copied snippet with the keyboard alone', async () => {
    const wb = openWorkbench();
    // A file picker is the operating system's dialog; the file arrives as from it.
    await pickFiles(wb, [await fileFrom('/demo/data/kaiping.json')]);
    const published: PublishDetail[] = [];
    wb.addEventListener('rb-publish', (e) => published.push((e as CustomEvent<PublishDetail>).detail));
    (focused() as HTMLElement | null)?.blur();
    $<HTMLInputElement>(wb, 'input[type=file]')!.focus();
    await tabTo(text('下一步'), 'next');
    await sendKeys({ press: 'Enter' });
    await wb.updateComplete;
    expect(wb.step).to.equal('configure');
    expect(focused()!.tagName, 'the step heading takes the focus').to.equal('H3');

    await tabTo((el) => el.id === 'field-style', 'style');
    await sendKeys({ press: 'ArrowDown' }); // gauge → ring (the first option is the default)
    await sendKeys({ press: 'ArrowDown' });
    await wb.updateComplete;
    expect(wb.config['style']).to.equal('ring');
    await tabTo((el) => el.getAttribute('aria-label')?.includes('颜色分界 第 1 个值') ?? false, 'first threshold');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: '0.5' });
    await wb.updateComplete;
    expect(wb.config['thresholds']).to.deep.equal([0.5, 0.9]);
    await tabTo(text('加入看板'), 'add to dashboard');
    await sendKeys({ press: 'Enter' });
    await tabTo(text('下一步'), 'next');
    await sendKeys({ press: 'Enter' });
    await wb.updateComplete;
    expect(wb.step).to.equal('compose');
    expect(wb.spec.widgets).to.have.length(1);
    await tabTo(text('下一步'), 'next');
    await sendKeys({ press: 'Enter' });
    await wb.updateComplete;
    expect(wb.step).to.equal('publish');
    await tabTo(text('复制 HTML'), 'copy');
    await sendKeys({ press: 'Enter' });
    const snippet = await until(() => published.find((p) => p.kind === 'snippet'), 3000, 'copy');
    expect(snippet.content).to.contain('"style":"ring"').and.to.contain('"thresholds":[0.5,0.9]');
  });

  it('walks the whole flow under the strict CSP of demo/workbench.html with zero violations', async () => {
    localStorage.removeItem('region-brand-widgets:workbench');
    const frame = document.createElement('iframe');
    Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', width: '1200px', height: '900px', background: 'white' });
    frame.src = '/demo/workbench.html';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    try {
      const win = frame.contentWindow as Window & { __cspViolations: unknown[] };
      const wb = await until(() => win.document.querySelector('rb-workbench') as RbWorkbench | null, 5000, 'workbench');
      await until(() => wb.doc, 15000, 'the sample to load');
      wb.addEventListener('rb-publish', (e) => e.preventDefault());
      button(wb, '下一步').click();
      await wb.updateComplete;
      await choose(wb, '#field-style', 'ring');
      $<HTMLInputElement>(wb, '#field-breakdown')!.click();
      await until(() => (wb.preview as HTMLElement & { chart?: unknown } | null)?.chart, 15000, 'preview chart');
      button(wb, '加入看板').click();
      button(wb, '3 组合看板').click();
      await wb.updateComplete;
      await until(() => wb.preview?.shadowRoot?.querySelector('rb-coverage-gauge'), 10000, 'dashboard preview');
      button(wb, '4 发布').click();
      await wb.updateComplete;
      button(wb, '下载数据').click();
      button(wb, '复制 HTML').click();
      // A workbook too: the converter, its XLSX library and the worker load under the same policy.
      button(wb, '1 载入数据').click();
      await wb.updateComplete;
      await pickFiles(wb, [await sampleWorkbook()]);
      expect($$(wb, '#problems li')).to.have.length(0);
      expect(wb.doc).to.not.equal(null);
      await new Promise((r) => setTimeout(r, 500));
      expect(win.__cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
      localStorage.removeItem('region-brand-widgets:workbench');
    }
  });
});
