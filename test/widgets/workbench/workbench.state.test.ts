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
    expect(wb.doc).to.equal(null);
    expect(wb.step).to.equal('load');
    await new Promise((r) => setTimeout(r, 400));
    wb.remove();
    wb = openWorkbench({ storageKey });
    await wb.updateComplete;
    expect(wb.doc).to.equal(null);
  });

  it('composes a dashboard: adds, reorders, sizes and removes widgets, with its preview', async () => {
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
