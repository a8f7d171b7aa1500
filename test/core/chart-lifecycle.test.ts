// A chart redraws in full on resize(), even at the same size: it must resize only when its size changes.
import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { cleanup, create, sample } from '../support/helpers.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

type ChartElement = HTMLElement & { chart?: any; data: unknown };

/** Mounts a chart widget and counts the calls to its chart's resize() (a full redraw) from the moment it starts. */
async function countResizes(tag: string, config: Record<string, unknown>) {
  const el = create<ChartElement>(tag, { config: { ...config, animation: false } });
  el.style.width = '640px';
  const counter = { resizes: 0 };
  const started = new Promise<void>((resolve, reject) =>
    el.addEventListener(
      'rb-load',
      () => {
        // rb-load fires in the same task as the chart starts, before any frame is painted.
        if (!el.chart) return reject(new Error(`${tag}: no chart at rb-load`));
        const resize = el.chart.resize.bind(el.chart);
        el.chart.resize = (...args: unknown[]) => {
          counter.resizes++;
          return resize(...args);
        };
        resolve();
      },
      { once: true },
    ),
  );
  el.data = await sample('kaiping');
  await started;
  await pause(400);
  return { el, counter };
}

describe('chart drawing', function () {
  this.timeout(40000);
  afterEach(cleanup);

  for (const [tag, config] of [
    ['rb-coverage-gauge', { coverage: 'enterprise-party' }],
    ['rb-brand-matrix', { layout: 'treemap' }],
    ['rb-cluster-map', { mode: 'graph' }],
  ] as const) {
    it(`${tag} is not redrawn after it starts (the observer's first report is no resize)`, async () => {
      const { counter } = await countResizes(tag, config);
      expect(counter.resizes).to.equal(0);
    });
  }

  it('is resized when its size really changes', async () => {
    const { el, counter } = await countResizes('rb-brand-matrix', { layout: 'treemap' });
    el.style.width = '480px';
    await pause(400);
    expect(counter.resizes).to.equal(1);
    expect(el.chart.getWidth()).to.be.lessThan(500);
  });
});
