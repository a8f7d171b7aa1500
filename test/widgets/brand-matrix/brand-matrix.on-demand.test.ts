// The brand matrix loads ECharts on demand: a matrix of cards (the default layout) never fetches
// it; the first chart layout imports it and is drawn before rb-load fires and updateComplete
// resolves. The tests run in order in one page: the first one needs a page that has not loaded
// ECharts yet (no other module of this file imports it), the second one loads it (a build replaced
// while it loads still fires rb-load).
import { expect } from '@esm-bundle/chai';
import { RbBrandMatrix } from '../../../src/widgets/brand-matrix/index.js';
import type { EChartsModules } from '../../../src/core/echarts-on-demand.js';
import type { RbErrorDetail } from '../../../src/core/events.js';
import { cleanup, create, nextEvent, recordEvents, sample, settle, shadow } from '../../support/helpers.js';

const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);

/** Requests of this page for ECharts or zrender code, or for the chunks that import them (resource entries, not timers). */
const echartsRequests = () =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((e) => new URL(e.name).pathname)
    .filter((path) => /\/node_modules\/(?:echarts|zrender)\/|\/echarts-runtime\.|\/brand-matrix\.echarts\./.test(path));

/** A matrix with the Kaiping document, once it has fired rb-load (and finished that update). */
async function loadedMatrix(config: Record<string, unknown>): Promise<{ el: RbBrandMatrix; events: CustomEvent[] }> {
  const el = create<RbBrandMatrix>('rb-brand-matrix', { config });
  el.setAttribute('style', 'width:900px');
  const events = recordEvents(el, 'rb-load', 'rb-error');
  const loaded = nextEvent(el, 'rb-load');
  el.data = (await sample('kaiping')) as never;
  await loaded;
  await el.updateComplete;
  return { el, events };
}

/** Width and height of a PNG data URL, decoded by the browser. */
async function pngSize(url: string): Promise<[number, number]> {
  const img = new Image();
  img.src = url;
  await img.decode();
  return [img.naturalWidth, img.naturalHeight];
}

describe('rb-brand-matrix loads ECharts on demand', () => {
  before(() => {
    // The modules of the test page itself filled the default buffer (250 entries): start counting here.
    performance.setResourceTimingBufferSize(100_000);
    performance.clearResourceTimings();
  });
  afterEach(cleanup);

  it('a matrix of cards (the default layout) requests no ECharts module', async () => {
    const { el, events } = await loadedMatrix({});
    await settle(el);
    expect(shadow(el).querySelectorAll('.card')).to.have.length(9);
    expect(el.chart).to.equal(undefined);
    expect(events.map((e) => e.type)).to.deep.equal(['rb-load']);
    // What it does fetch is recorded (the document), so an ECharts request would be too.
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('/demo/data/kaiping.json'))).to.equal(true);
    expect(echartsRequests()).to.deep.equal([]);
  });

  it('a chart layout whose config changes while ECharts loads fires rb-load once, with the chart drawn', async function () {
    // The first ECharts of the page: the test server transforms a few hundred modules, slow on a busy machine.
    this.timeout(180_000);
    const el = create<RbBrandMatrix>('rb-brand-matrix', { config: { layout: 'sunburst', animation: false } });
    el.setAttribute('style', 'width:900px');
    const events = recordEvents(el, 'rb-load', 'rb-error');
    const loaded = nextEvent(el, 'rb-load', 170_000);
    el.data = (await sample('kaiping')) as never;
    // The first build waits for ECharts (a real import of many modules); a newer build replaces it.
    await new Promise((r) => setTimeout(r, 0));
    el.config = { layout: 'sunburst', animation: false, title: 'Matrix' };
    await loaded;
    await settle(el);
    expect(events.map((e) => e.type)).to.deep.equal(['rb-load']);
    expect(el.chart).to.not.equal(undefined);
    expect($(el, 'h2')?.textContent).to.equal('Matrix');
  });

  it('switched to the treemap at run time, draws it once ECharts is in, never showing neither the cards nor the chart', async () => {
    const { el, events } = await loadedMatrix({ layout: 'grid', animation: false });
    // Every render from now on shows the cards (until ECharts is in) or the chart, never an empty body.
    const shown: string[] = [];
    const observer = new MutationObserver(() => shown.push($(el, '.chart') ? 'chart' : $(el, '.card') ? 'cards' : 'neither'));
    observer.observe(shadow(el), { childList: true, subtree: true });
    el.config = { layout: 'treemap', animation: false };
    await el.updateComplete;
    observer.disconnect();
    expect(el.model?.drawing).to.equal('chart');
    expect(el.chart, 'drawn when updateComplete resolves').to.not.equal(undefined);
    expect((el.chart!.getOption() as { series: { type: string }[] }).series[0]!.type).to.equal('treemap');
    expect($(el, '.chart canvas')).to.not.equal(null);
    expect($(el, '.card')).to.equal(null);
    expect(shown).to.not.include('neither');
    expect(shown.at(-1)).to.equal('chart');
    expect(events.map((e) => e.type), 'no second rb-load, no error').to.deep.equal(['rb-load']);
    expect(echartsRequests().some((p) => p.includes('/brand-matrix.echarts.')), 'the chart modules came on demand').to.equal(true);
  });

  for (const layout of ['tree', 'treemap', 'sunburst'] as const) {
    it(`draws the ${layout} layout before rb-load fires (once), and exports it as PNG`, async () => {
      const { el, events } = await loadedMatrix({ layout, animation: false });
      expect(el.chart, 'drawn at rb-load').to.not.equal(undefined);
      expect($(el, '.chart canvas')).to.not.equal(null);
      expect((el.chart!.getOption() as { series: { type: string }[] }).series[0]!.type).to.equal(layout);
      await settle(el);
      expect(events.map((e) => e.type)).to.deep.equal(['rb-load']);
      // toPNG() is the chart as drawn (twice its pixels), not the picture of the figures table.
      const [w, h] = await pngSize(el.toPNG());
      expect([w, h]).to.deep.equal([el.chart!.getWidth() * 2, el.chart!.getHeight() * 2]);
    });
  }

  it('a chunk that fails to load shows an internal error and fires rb-error, with the cause in the console and no unhandled rejection', async () => {
    /** A widget whose chart modules are a chunk the server does not have (a real failed import()). */
    const missingChunk: EChartsModules = () => import('/no-such-chunk.js' as string).then((m: { echartsModules: [] }) => m.echartsModules);
    class MissingChunkMatrix extends RbBrandMatrix {
      override readonly echartsModules = missingChunk;
    }
    customElements.define('rb-missing-chunk-matrix', MissingChunkMatrix);
    const logged: unknown[][] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    const error = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const el = create<MissingChunkMatrix>('rb-missing-chunk-matrix', { config: { layout: 'tree' } });
      const events = recordEvents(el, 'rb-load', 'rb-error');
      const failed = nextEvent<RbErrorDetail>(el, 'rb-error');
      el.data = (await sample('kaiping')) as never;
      expect((await failed).detail.code).to.equal('internal');
      await settle(el);
      expect(el.state).to.equal('error');
      expect(el.lastError?.code).to.equal('internal');
      expect($(el, '[part="error"]')).to.not.equal(null);
      expect(el.chart).to.equal(undefined);
      expect(events.map((e) => e.type)).to.deep.equal(['rb-error']);
      const logs = logged.flat().filter((a): a is Error => a instanceof Error);
      expect(logs.some((e) => e.cause instanceof Error && /no-such-chunk|dynamically imported module/i.test(String(e.cause))), 'the cause is logged').to.equal(true);
      // A grid needs no chart module: the same element shows its cards.
      el.config = { layout: 'grid' };
      await settle(el);
      expect(el.state).to.equal('ready');
      expect(shadow(el).querySelectorAll('.card')).to.have.length(9);
      await new Promise((r) => setTimeout(r, 0));
      expect(unhandled).to.deep.equal([]);
    } finally {
      console.error = error;
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });
});
