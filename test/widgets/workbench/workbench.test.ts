// rb-workbench from file to embed code, in real Chromium: load the sample through the file input,
// configure a coverage gauge, watch the preview follow, copy the snippet and check that the snippet
// alone, on a fresh page, draws the same widget.
import { expect } from '@esm-bundle/chai';
import type { PublishDetail, RbWorkbench } from '../../../src/workbench/index.js';
import { cleanup, nextEvent, serve, until, uniqueKey } from '../../support/helpers.js';
import { $, $$, button, choose, fileFrom, openWorkbench, pickFiles, sampleWorkbook, type, preloadWidgets } from './support.js';

type Gauge = HTMLElement & { chart?: { getOption(): { series: Record<string, unknown>[] } }; updateComplete: Promise<unknown> };

/** The first series of a gauge as drawn, without functions (the same on both pages). */
const drawn = (el: Gauge) => JSON.parse(JSON.stringify(el.chart!.getOption().series[0]));

async function previewGauge(wb: RbWorkbench): Promise<Gauge> {
  const el = await until(() => wb.preview as Gauge | null, 5000, 'preview');
  await until(() => el.chart, 5000, 'preview chart');
  await el.updateComplete;
  return el;
}

describe('rb-workbench', function () {
  this.timeout(30000);
  afterEach(cleanup);
  before(preloadWidgets);

  it('loads the sample JSON document through the file input and sums up its figures', async () => {
    const wb = openWorkbench();
    const doc = await (await fetch('/demo/data/kaiping.json')).json();
    await pickFiles(wb, [await fileFrom('/demo/data/kaiping.json')]);
    expect($$(wb, '#problems li')).to.have.length(0);
    const figure = (k: string) => Number($(wb, `[data-figure=${k}]`)!.textContent!.replace(/,/g, ''));
    expect(figure('units')).to.equal(doc.units.length);
    expect(figure('brands')).to.equal(doc.brands.length);
    expect(figure('clusters')).to.equal(doc.clusters.length);
    expect(figure('coverage')).to.equal(doc.coverage.length);
    expect(figure('indicators')).to.equal(doc.indicators.length);
  });

  it('loads the sample workbook, configures a ring gauge with thresholds, and the copied snippet draws the same on a fresh page', async () => {
    const dataKey = uniqueKey('wb-data');
    const wb = openWorkbench({ dataUrl: `/__rb/store/${dataKey}`, scriptUrl: '/dist/region-brand-widgets.iife.js' });
    await pickFiles(wb, [await sampleWorkbook()]);
    expect($$(wb, '#problems li')).to.have.length(0);
    expect(wb.doc!.coverage!.map((c) => c.id)).to.deep.equal(['enterprise-party', 'brand-committees', 'park-branches']);
    button(wb, '配置组件').click();
    await wb.updateComplete;

    // The coverage field offers the ids the data holds, by name.
    const coverage = $<HTMLSelectElement>(wb, '#field-coverage')!;
    expect([...coverage.options].map((o) => o.value).filter(Boolean)).to.deep.equal(['enterprise-party', 'brand-committees', 'park-branches']);
    await choose(wb, '#field-coverage', 'enterprise-party');
    let gauge: Gauge = await previewGauge(wb);
    const before = drawn(gauge);
    expect(before.startAngle).to.equal(210);

    await choose(wb, '#field-style', 'ring');
    await until(() => drawn(gauge).startAngle === 90, 3000, 'the preview to become a ring');

    // 25 / 84 ≈ 0.30: with the default thresholds [0.6, 0.9] it is "bad"; with [0.2, 0.9] "warn".
    const colorBefore = drawn(gauge).progress.itemStyle.color;
    const first = $$<HTMLInputElement>(wb, '#field-thresholds input[type=number]')[0]!;
    await type(wb, first, '0.2');
    expect(wb.config).to.deep.equal({ coverage: 'enterprise-party', style: 'ring', thresholds: [0.2, 0.9] });
    await until(() => drawn(gauge).progress.itemStyle.color !== colorBefore, 3000, 'the threshold colour to change');
    gauge = await previewGauge(wb);
    const preview = { width: gauge.getBoundingClientRect().width, series: drawn(gauge), text: gauge.shadowRoot!.textContent!.replace(/\s+/g, ' ') };

    // Publish: the data file (taken over by the test) and the HTML snippet.
    button(wb, '4 发布').click();
    await wb.updateComplete;
    const published: PublishDetail[] = [];
    wb.addEventListener('rb-publish', (e) => {
      published.push((e as CustomEvent<PublishDetail>).detail);
      e.preventDefault();
    });
    button(wb, '下载数据').click();
    button(wb, '复制 HTML').click();
    const data = published.find((p) => p.kind === 'data')!;
    const snippet = published.find((p) => p.kind === 'snippet' && p.name === 'html')!.content as string;
    expect(JSON.parse(data.content as string).format).to.equal('region-brand-data');
    expect(snippet).to.contain('<script src="/dist/region-brand-widgets.iife.js"></script>');
    expect(snippet).to.contain(`<rb-coverage-gauge src="/__rb/store/${dataKey}"`);
    expect($<HTMLTextAreaElement>(wb, '#snippet-html')!.value).to.equal(snippet);

    // A fresh page with nothing but the snippet and the published data.
    const iife = await fetch('/dist/region-brand-widgets.iife.js', { method: 'HEAD' });
    expect(iife.ok, 'dist/region-brand-widgets.iife.js exists (npm run build:js)').to.equal(true);
    await serve(dataKey, { body: JSON.parse(data.content as string) });
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="zh-CN"><body>${snippet}</body></html>`;
    frame.width = String(preview.width + 40);
    frame.height = '600';
    // In view: Chromium does not run animation frames in iframes outside the viewport.
    Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', background: 'white' });
    document.body.append(frame);
    try {
      const fresh = await until(() => frame.contentDocument?.querySelector('rb-coverage-gauge') as Gauge | null, 5000, 'fresh element');
      fresh.style.width = `${preview.width}px`;
      await until(() => fresh.chart, 10000, 'fresh chart');
      await fresh.updateComplete;
      expect(drawn(fresh)).to.deep.equal(preview.series);
      expect(fresh.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.equal(preview.text);
    } finally {
      frame.remove();
    }
  });

  it('lists each problem of a broken document with its pointer and item, and publishes nothing', async () => {
    const doc = await (await fetch('/demo/data/kaiping.json')).json();
    doc.clusters[1].units = ['no-such-town'];
    const wb = openWorkbench();
    const published = [] as unknown[];
    wb.addEventListener('rb-publish', (e) => published.push(e));
    await pickFiles(wb, [new File([JSON.stringify(doc)], 'broken.json')]);
    const items = $$(wb, '#problems li');
    expect(items.length).to.be.greaterThan(0);
    const item = items.find((li) => li.querySelector('.where')!.textContent === '/clusters/1/units/0')!;
    expect(item, 'the problem names its pointer').to.not.equal(undefined);
    expect(item.textContent).to.contain('no-such-town');
    const details = item.querySelector('details')!;
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    expect(details.querySelector('pre')!.textContent).to.contain(doc.clusters[1].name);
    expect(wb.doc).to.equal(null);
    for (const step of ['2 配置组件', '3 组合看板', '4 发布']) expect(button(wb, step).disabled, step).to.equal(true);
    expect(published).to.have.length(0);
  });

  it('lists a wrong town name in a workbook with its cell and row, and publishes nothing', async () => {
    let cell = '';
    const file = await sampleWorkbook((book) => {
      const sheet = book.sheets.find((s) => s.name === '企业')!;
      const column = sheet.rows[0]!.indexOf('单位');
      const row = sheet.rows.findIndex((r, i) => i > 0 && r[column]);
      sheet.rows[row]![column] = '大沙';
      cell = `企业!${String.fromCharCode(65 + column)}${row + 1}`;
    });
    const wb = openWorkbench();
    const published = [] as unknown[];
    wb.addEventListener('rb-publish', (e) => published.push(e));
    await pickFiles(wb, [file]);
    const item = $$(wb, '#problems li').find((li) => li.querySelector('.where')!.textContent === cell);
    expect(item, `a problem at ${cell}`).to.not.equal(undefined);
    expect(item!.querySelector('.message')!.textContent).to.contain('大沙');
    item!.querySelector('summary')!.click();
    const fault = item!.querySelector('td.fault')!;
    expect(fault.textContent).to.equal('大沙');
    expect(item!.querySelector('table')!.textContent).to.contain('单位');
    expect(wb.doc).to.equal(null);
    for (const step of ['2 配置组件', '3 组合看板', '4 发布']) expect(button(wb, step).disabled, step).to.equal(true);
    expect(published).to.have.length(0);
  });

  it('lists the format’s warnings of a workbook with errors too, after its errors', async () => {
    const file = await sampleWorkbook((book) => {
      const enterprises = book.sheets.find((s) => s.name === '企业')!;
      const unit = enterprises.rows[0]!.indexOf('单位');
      enterprises.rows[enterprises.rows.findIndex((r, i) => i > 0 && r[unit])]![unit] = '大沙';
      // 同比 21.85 where 0.2185 is meant: a warning of the format's rules.
      const values = book.sheets.find((s) => s.name === '指标数据')!;
      values.rows[1]![values.rows[0]!.indexOf('同比')] = 21.85;
    });
    const wb = openWorkbench();
    await pickFiles(wb, [file]);
    expect(wb.doc).to.equal(null);
    const errors = $$(wb, '#problems li');
    expect(errors.map((li) => li.className)).to.deep.equal(errors.map(() => 'error'));
    expect(errors.some((li) => li.textContent!.includes('大沙'))).to.equal(true);
    const notes = $$(wb, '#warnings li');
    const yoy = notes.filter((li) => li.textContent!.includes('0.2185'));
    expect(yoy, 'the 同比 warning, once').to.have.length(1);
    expect(yoy[0]!.querySelector('.where')!.textContent).to.match(/^指标数据!/);
    expect(yoy[0]!.className).to.equal('warning');
    const [problems, warnings] = [$(wb, '#problems')!, $(wb, '#warnings')!];
    expect(problems.compareDocumentPosition(warnings) & Node.DOCUMENT_POSITION_FOLLOWING, 'the warnings after the errors').to.not.equal(0);
    expect(warnings.previousElementSibling!.textContent).to.match(/\d+ 条提示/);
  });

  it('gives the workbook back: the downloaded XLSX loads again to the same document', async () => {
    const wb = openWorkbench();
    await pickFiles(wb, [await fileFrom('/demo/data/kaiping.json')]);
    const loaded = wb.doc;
    wb.goTo('publish');
    await wb.updateComplete;
    const got = nextEvent<PublishDetail>(wb, 'rb-publish');
    wb.addEventListener('rb-publish', (e) => e.preventDefault());
    button(wb, '下载工作簿').click();
    const detail = (await got).detail;
    expect(detail.kind).to.equal('workbook');
    expect(detail.name).to.equal('region-brand-data.xlsx');
    const again = openWorkbench();
    await pickFiles(again, [new File([detail.content as BlobPart], detail.name)]);
    expect($$(again, '#problems li')).to.have.length(0);
    expect(again.doc).to.deep.equal(loaded);
  });
});
