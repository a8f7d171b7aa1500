// ECharts on demand in the built files: dist/brand-matrix.js and its static imports carry no
// ECharts; a matrix of cards from dist/ fetches none of the chunks that hold it, and the first chart
// layout fetches them and is drawn before updateComplete resolves. (A page of its own: nothing
// else here imports a chart widget from dist/.)
import { expect } from '@esm-bundle/chai';
import { builtText, staticClosure } from '../support/built-files.js';
import { nextEvent, sample, shadow } from '../support/helpers.js';

/** Strings only ECharts / zrender code contains, even minified (as bench/lib/sizes.mjs; not `zrX`, which src/core/chart.ts sets). */
const ECHARTS_MARKERS = ['_echarts_instance_', 'registerPreprocessor', 'zrByTouch', 'zrDelta'];
const hasECharts = (text: string) => ECHARTS_MARKERS.some((m) => text.includes(m));

/** Paths of the files the page has loaded as modules (not the test's own `fetch` of their texts). */
const imported = () =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.initiatorType !== 'fetch').map((e) => new URL(e.name).pathname);

/** The dist files holding ECharts that an entry loads through import() (none of its first load does). */
async function onDemandECharts(entry: string): Promise<{ first: string; chunks: string[] }> {
  const firstFiles = new Set<string>();
  const first = await staticClosure(entry, firstFiles);
  const lazy = [...first.matchAll(/import\(\s*"\.{1,2}\/(?:chunks\/)?([^"]+\.js)"\s*\)/g)].map((m) => `/dist/chunks/${m[1]!}`);
  const all = new Set(firstFiles);
  for (const url of lazy) await staticClosure(url, all);
  const chunks: string[] = [];
  for (const url of [...all].filter((u) => !firstFiles.has(u))) if (hasECharts(await builtText(url))) chunks.push(url);
  return { first, chunks };
}

describe('ECharts on demand (dist/)', () => {
  before(() => {
    // Counted from here: the test page's own modules may have filled the default buffer.
    performance.setResourceTimingBufferSize(100_000);
    performance.clearResourceTimings();
  });

  it('a matrix of cards from dist/ loads no ECharts chunk; switched to a tree, it loads them and draws it; its first load carries no ECharts', async () => {
    await import('/dist/brand-matrix.js' as string);
    const el = document.createElement('rb-brand-matrix') as HTMLElement & { data: unknown; config: unknown; chart: unknown; updateComplete: Promise<boolean> };
    el.setAttribute('style', 'width:900px');
    const loaded = nextEvent(el, 'rb-load');
    el.data = await sample('kaiping');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.card')).to.have.length(9);
    const forGrid = imported();
    el.config = { layout: 'tree', animation: false };
    await el.updateComplete;
    expect(el.chart, 'drawn when updateComplete resolves').to.not.equal(undefined);
    expect(shadow(el).querySelector('.chart canvas')).to.not.equal(null);
    const forTree = imported();
    el.remove();
    // Read the files only now: the test's own fetches of them come after the page's imports.
    const { first, chunks } = await onDemandECharts('/dist/brand-matrix.js');
    expect(ECHARTS_MARKERS.filter((m) => first.includes(m)), 'first load').to.deep.equal([]);
    expect(chunks.length, 'ECharts is in chunks imported on demand').to.be.greaterThan(0);
    expect(forGrid, 'the grid loaded the entry').to.include('/dist/brand-matrix.js');
    expect(forGrid.filter((p) => chunks.includes(p)), 'the grid loaded no ECharts chunk').to.deep.equal([]);
    expect(forTree.filter((p) => chunks.includes(p)), 'the tree loaded them').to.not.deep.equal([]);
  });
});
