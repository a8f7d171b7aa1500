// Work in progress across reloads (this browser only), composing a dashboard, and a config that the
// data cannot satisfy (the widget's own error panel in the preview).
import { expect } from '@esm-bundle/chai';
import type { RbWorkbench } from '../../../src/workbench/index.js';
import { cleanup, create, uniqueKey, until } from '../../support/helpers.js';
import { $, $$, button, choose, fileFrom, openWorkbench, pickFiles, preloadWidgets } from './support.js';

/** A workbench on a key that already holds a draft (as after a reload). */
function reopen(storageKey: string): RbWorkbench {
  return create<RbWorkbench>('rb-workbench', { storageKey });
}

const saved = (wb: RbWorkbench) => until(() => localStorage.getItem(wb.storageKey)?.includes('"ring"'), 3000, 'the draft to be saved');

/** A workbench on the compose step with a coverage gauge and a KPI card added, in that order. */
async function composeGaugeAndCard(): Promise<RbWorkbench> {
  const wb = openWorkbench();
  await pickFiles(wb, [await fileFrom('/demo/data/kaiping.json')]);
  wb.goTo('configure');
  await wb.updateComplete;
  await choose(wb, '#field-coverage', 'brand-committees');
  button(wb, '加入看板').click();
  await choose(wb, '#widget-type', 'growth-indicator');
  await choose(wb, '#field-indicator', 'magang-sales');
  button(wb, '加入看板').click();
  button(wb, '3 组合看板').click();
  await wb.updateComplete;
  return wb;
}

describe('rb-workbench state', function () {
  this.timeout(30000);
  afterEach(cleanup);
  before(preloadWidgets);

  it('restores the work in progress after a reload, keeps it in this browser only, and clears it', async () => {
    const storageKey = uniqueKey('workbench');
    const requestsBefore = performance.getEntriesByType('resource').length;
    let wb = openWorkbench({ storageKey });
    await pickFiles(wb, [await fileFrom('/demo/data/kaiping.json')]);
    button(wb, '配置组件').click();
    await wb.updateComplete;
    await choose(wb, '#field-style', 'ring');
    button(wb, '加入看板').click();
    await saved(wb);
    const doc = wb.doc;
    wb.remove();

    wb = reopen(storageKey);
    await wb.updateComplete;
    expect(wb.step).to.equal('configure');
    expect(wb.doc).to.deep.equal(doc);
    expect(wb.config).to.deep.equal({ style: 'ring' });
    expect(wb.spec.widgets).to.deep.equal([{ type: 'coverage-gauge', config: { style: 'ring' } }]);
    expect($<HTMLSelectElement>(wb, '#field-style')!.value).to.equal('ring');
    expect($(wb, '[role=status]')!.textContent).to.contain('已恢复');
    // Nothing left the page: every request since the start went to this origin (modules, the sample).
    const requests = performance.getEntriesByType('resource').slice(requestsBefore);
    expect(requests.filter((r) => new URL(r.name).origin !== location.origin)).to.deep.equal([]);

    button(wb, '清除工作进度').click();
    await wb.updateComplete;
    expect(localStorage.getItem(storageKey)).to.equal(null);
    expect(localStorage.getItem(`${storageKey}:doc`), 'the document goes with the draft').to.equal(null);
    expect(wb.doc).to.equal(null);
    expect(wb.step).to.equal('load');
    await new Promise((r) => setTimeout(r, 400));
    wb.remove();
    wb = openWorkbench({ storageKey });
    await wb.updateComplete;
    expect(wb.doc).to.equal(null);
  });

  it('writes the document once per document, not with every edit of a form, and still restores a draft that holds it inline', async () => {
    const storageKey = uniqueKey('workbench');
    const writes: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key.startsWith(storageKey)) writes.push(key);
      return setItem.call(this, key, value);
    };
    try {
      const wb = openWorkbench({ storageKey });
      await pickFiles(wb, [await fileFrom('/demo/data/kaiping.json')]);
      button(wb, '配置组件').click();
      await wb.updateComplete;
      await choose(wb, '#field-style', 'bar');
      await until(() => localStorage.getItem(storageKey)?.includes('"bar"'), 3000, 'the first edit saved');
      await choose(wb, '#field-style', 'ring');
      await saved(wb);
      expect(writes.filter((k) => k === `${storageKey}:doc`), 'the document, once').to.have.length(1);
      expect(writes.filter((k) => k === storageKey).length, 'the draft, with each edit').to.be.greaterThan(1);
      expect(localStorage.getItem(storageKey)!.length, 'the draft itself holds no document').to.be.lessThan(5000);
      wb.remove();
    } finally {
      Storage.prototype.setItem = setItem;
    }
    // A draft saved by an earlier version: the document inline.
    const doc = await (await fetch('/demo/data/kaiping.json')).json();
    const older = uniqueKey('workbench');
    localStorage.setItem(older, JSON.stringify({ version: 1, fileName: 'kaiping.json', doc, step: 'configure', widgetType: 'coverage-gauge', configs: { 'coverage-gauge': { style: 'ring' } }, spec: { widgets: [] }, dataUrl: 'data/kaiping.json', scriptUrl: 'region-brand-widgets.iife.js' }));
    try {
      const wb = reopen(older);
      await wb.updateComplete;
      expect(wb.doc).to.deep.equal(doc);
      expect(wb.config).to.deep.equal({ style: 'ring' });
    } finally {
      localStorage.removeItem(older);
      localStorage.removeItem(`${older}:doc`);
    }
  });

  it('composes a dashboard: adds, reorders, sizes and removes widgets, with its preview', async () => {
    const wb = await composeGaugeAndCard();
    expect($$(wb, '.composer li')).to.have.length(2);
    $$<HTMLButtonElement>(wb, '.composer li')[0]!.querySelector<HTMLButtonElement>('button[aria-label^="下移"]')!.click();
    await wb.updateComplete;
    // The focus went with the moved widget (now last, so onto its first enabled button).
    await until(() => wb.shadowRoot!.activeElement?.closest('li') === $$(wb, '.composer li')[1], 2000, 'the focus to follow');
    expect(wb.shadowRoot!.activeElement!.getAttribute('aria-label')).to.contain('覆盖率仪表');
    const width = $$(wb, '.composer li')[1]!.querySelector<HTMLInputElement>('input[type=number]')!;
    width.value = '6';
    width.dispatchEvent(new Event('change'));
    await wb.updateComplete;
    expect(wb.spec.widgets).to.deep.equal([
      { type: 'growth-indicator', config: { indicator: 'magang-sales' } },
      { type: 'coverage-gauge', config: { coverage: 'brand-committees' }, span: 6 },
    ]);
    const dashboard = await until(() => wb.preview, 3000, 'dashboard preview');
    expect(dashboard.localName).to.equal('rb-dashboard');
    await until(() => dashboard.shadowRoot?.querySelectorAll('rb-growth-indicator, rb-coverage-gauge').length === 2, 5000, 'both widgets');
    const placed = [...dashboard.shadowRoot!.querySelectorAll('rb-growth-indicator, rb-coverage-gauge')].map((e) => e.localName);
    expect(placed).to.deep.equal(['rb-growth-indicator', 'rb-coverage-gauge']);
    $$(wb, '.composer li')[0]!.querySelector<HTMLButtonElement>('button[aria-label^="移除"]')!.click();
    await wb.updateComplete;
    expect(wb.spec.widgets.map((w) => w.type)).to.deep.equal(['coverage-gauge']);
  });

  it('composes a big screen: stage size and fit, each widget’s area, link and theme, drawn by the preview and published', async () => {
    const wb = await composeGaugeAndCard();
    const stageRadio = $<HTMLInputElement>(wb, 'input[name=layout][value=stage]')!;
    stageRadio.checked = true;
    stageRadio.dispatchEvent(new Event('change'));
    await wb.updateComplete;
    expect(wb.spec.stage).to.deep.equal({ width: 1920, height: 1080, fit: 'contain', rows: 12 });
    expect(wb.spec.widgets.map((w) => w.area)).to.deep.equal([[1, 1, 12, 12], [13, 1, 12, 12]]);
    // Each widget's place is four labelled numbers; a typed value past the grid's edge is kept on it.
    const fields = $$(wb, '.composer li')[1]!.querySelectorAll<HTMLInputElement>('.area input');
    expect([...fields].map((f) => f.closest('label')!.textContent!.trim())).to.deep.equal(['起始列', '起始行', '占列数', '占行数']);
    fields[1]!.value = '7';
    fields[1]!.dispatchEvent(new Event('change'));
    await wb.updateComplete;
    fields[3]!.value = '9';
    fields[3]!.dispatchEvent(new Event('change'));
    await wb.updateComplete;
    expect(wb.spec.widgets[1]!.area).to.deep.equal([13, 7, 12, 6]);
    await choose(wb, 'select.stage-size', '3840x2160');
    await choose(wb, 'select.stage-fit', 'cover');
    await choose(wb, 'select.theme', 'screen');
    const link = $<HTMLInputElement>(wb, 'input.link')!;
    link.click();
    await wb.updateComplete;
    // The preview is the stage rb-dashboard draws from that spec, in a box of its own.
    const dashboard = await until(() => wb.preview, 3000, 'dashboard preview');
    await until(() => dashboard.getAttribute('data-layout') === 'stage' && dashboard.shadowRoot?.querySelectorAll('rb-growth-indicator, rb-coverage-gauge').length === 2, 5000, 'the stage with both widgets');
    expect(dashboard.getBoundingClientRect().height).to.be.within(100, Math.min(innerHeight * 0.6, 540) + 1);
    const card = dashboard.shadowRoot!.querySelector('rb-growth-indicator')!.closest<HTMLElement>('.cell')!;
    expect(getComputedStyle(card).gridRowStart).to.equal('7');
    expect(getComputedStyle(card).gridColumnStart).to.equal('13');
    expect(dashboard.getAttribute('data-rb-theme')).to.equal('screen');
    // Published: the spec file holds the stage as rb-dashboard takes it.
    const published: { kind: string; content: string }[] = [];
    wb.addEventListener('rb-publish', (e) => {
      e.preventDefault();
      published.push((e as CustomEvent<{ kind: string; content: string }>).detail);
    });
    button(wb, '下一步').click();
    await wb.updateComplete;
    button(wb, '下载看板配置').click();
    await until(() => published.length > 0, 2000, 'the spec to be published');
    const spec = JSON.parse(published[0]!.content);
    expect(spec).to.deep.include({ stage: { width: 3840, height: 2160, fit: 'cover' }, columns: 24, rows: 12, link: true, theme: 'screen' });
    expect(spec.widgets.map((w: { area: number[] }) => w.area)).to.deep.equal([[1, 1, 12, 12], [13, 7, 12, 6]]);
  });

  it('shows the widget’s own error panel when the data cannot satisfy the config', async () => {
    const wb = openWorkbench();
    await pickFiles(wb, [await fileFrom('/demo/data/pingyuan.json')]);
    wb.goTo('configure');
    await wb.updateComplete;
    await choose(wb, '#field-coverage', 'villages');
    // Other data, without that coverage figure.
    wb.goTo('load');
    await wb.updateComplete;
    await pickFiles(wb, [await fileFrom('/demo/data/kaiping.json')]);
    wb.goTo('configure');
    await wb.updateComplete;
    const select = $<HTMLSelectElement>(wb, '#field-coverage')!;
    expect(select.value).to.equal('villages');
    const preview = await until(() => wb.preview, 3000, 'preview');
    const error = await until(() => preview.shadowRoot?.querySelector('[part=error]'), 5000, 'the error panel');
    expect(error.textContent).to.contain('villages');
    expect(error.textContent).to.contain('enterprise-party');
  });
});
