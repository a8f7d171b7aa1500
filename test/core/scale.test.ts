// Many widgets on a page, and memory over many mount/unmount cycles and refreshes.
import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { clearDocumentCache } from '../../src/core/data-source.js';
import { nextEvent, sample, serve, uniqueKey, until } from '../support/helpers.js';

type Widget = HTMLElement & { data: unknown; config: unknown; chart?: unknown; reload(): Promise<void>; updateComplete: Promise<unknown> };

const gc = () => (window as unknown as { gc?: () => void }).gc?.();
const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

async function settledHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 30));
  }
  return heap();
}

const WIDGETS: [string, Record<string, unknown>][] = [
  ['rb-coverage-gauge', { coverage: 'enterprise-party' }],
  ['rb-growth-indicator', { indicator: 'magang-sales' }],
  ['rb-brand-matrix', {}],
  ['rb-cluster-map', { mode: 'graph' }],
];

describe('scale and memory', function () {
  this.timeout(120000);
  afterEach(() => clearDocumentCache());

  it('renders 100 widgets on one page, starting charts off screen only when they come into view', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const doc = await sample('kaiping');
    const widgets: Widget[] = [];
    for (let i = 0; i < 100; i++) {
      const [tag, config] = WIDGETS[i % WIDGETS.length]!;
      const el = document.createElement(tag) as Widget;
      el.config = config;
      el.data = doc;
      widgets.push(el);
    }
    const loads = widgets.map((w) => nextEvent(w, 'rb-load', 20000));
    host.append(...widgets);
    await Promise.all(loads);
    const last = widgets.filter((w) => w.localName === 'rb-coverage-gauge').at(-1)!;
    expect(last.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight + 400);
    await new Promise((r) => setTimeout(r, 200));
    expect(last.chart, 'off-screen chart not started').to.equal(undefined);
    last.scrollIntoView();
    await until(() => last.chart, 5000, 'chart after scrolling into view');
    host.remove();
    window.scrollTo(0, 0);
  });

  it('starts a chart whose element entered the margin before its chart area did, once scrolled to', async () => {
    // The element's top edge is inside the observer's 200 px margin below the viewport, but its
    // header pushes the chart area past it: the observer reports once and never again while
    // the page scrolls on, so the chart must be judged by the element, not by its chart area.
    const spacer = document.createElement('div');
    spacer.style.height = `${window.innerHeight + 180}px`;
    const el = document.createElement('rb-cluster-map') as Widget;
    el.config = { mode: 'graph', title: '八大产业集群', subtitle: '集群与镇街关系（按产值）' };
    el.style.width = '640px';
    const loaded = nextEvent(el, 'rb-load');
    el.data = await sample('kaiping');
    document.body.append(spacer, el);
    await loaded;
    // Put the element's top 10 px inside the margin.
    spacer.style.height = `${spacer.offsetHeight + window.innerHeight + 190 - el.getBoundingClientRect().top}px`;
    await new Promise((r) => setTimeout(r, 200));
    const chartArea = el.shadowRoot!.querySelector('[part=chart]')!;
    expect(el.getBoundingClientRect().top).to.be.lessThan(window.innerHeight + 200);
    expect(chartArea.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight + 200);
    window.scrollBy(0, 400);
    await until(() => el.chart, 3000, 'chart after scrolling');
    spacer.remove();
    el.remove();
    window.scrollTo(0, 0);
  });

  for (const [tag, config] of WIDGETS) {
    it(`${tag}: 1000 mount/unmount cycles retain under 2 MB of heap`, async () => {
      expect(customElements.get(tag), `${tag} is registered`).to.not.equal(undefined);
      const doc = await sample('kaiping');
      const cycle = async (waitForChart: boolean) => {
        const el = document.createElement(tag) as Widget;
        el.config = config;
        el.data = doc;
        const loaded = nextEvent(el, 'rb-load');
        document.body.append(el);
        await loaded;
        if (waitForChart && 'chart' in el) await new Promise((r) => requestAnimationFrame(r));
        el.remove();
      };
      for (let i = 0; i < 30; i++) await cycle(true);
      const before = await settledHeap();
      for (let i = 0; i < 1000; i++) await cycle(i % 10 === 0);
      const growth = (await settledHeap()) - before;
      console.info(`${tag}: heap growth after 1000 cycles ${(growth / 1024).toFixed(0)} KB`);
      expect(growth).to.be.lessThan(2 * 1024 * 1024);
    });
  }

  it('200 refreshes retain under 2 MB of heap', async () => {
    const key = uniqueKey();
    const url = await serve(key, { body: await sample('pingyuan') });
    const el = document.createElement('rb-coverage-gauge') as Widget;
    el.setAttribute('src', url);
    const loaded = nextEvent(el, 'rb-load');
    document.body.append(el);
    await loaded;
    for (let i = 0; i < 20; i++) await el.reload();
    const before = await settledHeap();
    for (let i = 0; i < 200; i++) await el.reload();
    const growth = (await settledHeap()) - before;
    console.info(`refresh: heap growth after 200 refreshes ${(growth / 1024).toFixed(0)} KB`);
    expect(growth).to.be.lessThan(2 * 1024 * 1024);
    el.remove();
  });
});
