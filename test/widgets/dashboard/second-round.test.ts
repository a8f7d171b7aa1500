// A second round of big-screen specs written from dashboard.md alone (different inputs from
// fresh-eyes.test.ts): what those specs found that the product did differently.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/dashboard/index.js';
import type { RbDashboard } from '../../../src/widgets/dashboard/index.js';
import { manualTimeSource } from '../../../src/core/clock.js';
import type { RbErrorDetail } from '../../../src/core/events.js';
import { cleanup, create, recordEvents, sample, settle, until } from '../../support/helpers.js';

type Widget = HTMLElement & { state: string };
const root = (el: RbDashboard) => el.shadowRoot!;
const widgets = (el: RbDashboard) => [...root(el).querySelectorAll('[part=cell] > *')].filter((w) => w.localName.startsWith('rb-')) as Widget[];
const card = (area: number[]) => ({ type: 'growth-indicator', config: { indicator: 'jobs' }, area });
const stage = { width: 1920, height: 1080 };

/** A dashboard on the Kaiping document (manual clock), once every widget shown is ready or shows its error. */
async function dashboard(config: unknown, lang = 'zh-CN') {
  const el = create<RbDashboard>('rb-dashboard', { clockSource: manualTimeSource(), config: config as never, lang });
  const errors = recordEvents(el, 'rb-error') as CustomEvent<RbErrorDetail>[];
  el.data = (await sample('kaiping')) as never;
  await until(() => el.state === 'ready' || el.state === 'error', 8000, 'the dashboard built');
  await until(() => widgets(el).length > 0 && widgets(el).every((w) => w.state === 'ready' || w.state === 'error'), 8000, 'the widgets drawn');
  await settle(el);
  return { el, errors };
}

describe('rb-dashboard, second round of specs', function () {
  this.timeout(60_000);
  afterEach(cleanup);

  it('areas at the edges of the grid are drawn; one past an edge or over another says how to fix it, with an area that fits (zh-CN, en)', async () => {
    const edges = await dashboard({ stage, pages: [{ widgets: [card([24, 12, 1, 1]), card([1, 1, 23, 11])] }, { widgets: [card([1, 1, 24, 12])] }] });
    expect(edges.errors).to.deep.equal([]);
    expect(widgets(edges.el).map((w) => w.state)).to.deep.equal(['ready', 'ready']);
    edges.el.remove();

    const wrong = {
      stage,
      pages: [
        { widgets: [card([24, 12, 2, 1]), card([30, 1, 1, 1]), card([1, 1, 6, 6]), card([6, 6, 2, 2]), card([20, 1, 30, 2])] },
      ],
    };
    const messages = async (lang: string) => (await dashboard(wrong, lang)).errors.map((e) => `${e.detail.path} ${e.detail.message}`);
    expect(await messages('en')).to.deep.equal([
      '/pages/0/widgets/0/area area [24, 12, 2, 1] reaches past the grid of 24 columns × 12 rows: write an area that ends inside it, such as [23, 12, 2, 1], or give the grid more columns or rows',
      '/pages/0/widgets/1/area area [30, 1, 1, 1] reaches past the grid of 24 columns × 12 rows: write an area that ends inside it, such as [24, 1, 1, 1], or give the grid more columns or rows',
      '/pages/0/widgets/3/area area [6, 6, 2, 2] overlaps the area of /pages/0/widgets/2/area [1, 1, 6, 6]: move or shrink one of them so that they share no cell',
      '/pages/0/widgets/4/area area [20, 1, 30, 2] reaches past the grid of 24 columns × 12 rows: write an area that ends inside it, such as [1, 1, 24, 2], or give the grid more columns or rows',
    ]);
    cleanup();
    expect(await messages('zh-CN')).to.deep.equal([
      '/pages/0/widgets/0/area 区域 [24, 12, 2, 1] 超出了 24 列 × 12 行的网格：请改为网格内的区域，如 [23, 12, 2, 1]，或加大网格的 columns、rows',
      '/pages/0/widgets/1/area 区域 [30, 1, 1, 1] 超出了 24 列 × 12 行的网格：请改为网格内的区域，如 [24, 1, 1, 1]，或加大网格的 columns、rows',
      '/pages/0/widgets/3/area 区域 [6, 6, 2, 2] 与 /pages/0/widgets/2/area [1, 1, 6, 6] 的区域重叠：请移动或缩小其中一个，使两者不共用格子',
      '/pages/0/widgets/4/area 区域 [20, 1, 30, 2] 超出了 24 列 × 12 行的网格：请改为网格内的区域，如 [1, 1, 24, 2]，或加大网格的 columns、rows',
    ]);
  });

  it('a linked treemap (the spec of dashboard.md) is chosen from by keyboard: Tab reaches a button per brand, shown while focused; Enter focuses the others, Enter again or Escape clears', async () => {
    history.replaceState(null, '', location.pathname + location.search);
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const el = create<RbDashboard>('rb-dashboard', {
        id: 'keys',
        clockSource: manualTimeSource(),
        config: {
          link: true,
          stage,
          widgets: [
            { type: 'brand-matrix', config: { layout: 'treemap', animation: false }, area: [1, 1, 12, 8] },
            { type: 'ranking', config: { of: 'brands', metric: 'sales', top: 8 }, area: [13, 1, 6, 8] },
          ],
        },
      });
      el.style.height = '600px';
      el.data = (await sample('kaiping')) as never;
      await until(() => el.state === 'ready' && widgets(el).length === 2 && widgets(el).every((w) => w.state === 'ready'), 8000, 'the dashboard drawn');
      await settle(el);
      const [matrix, ranking] = widgets(el);
      const brands = matrix!.shadowRoot!.querySelector<HTMLElement>('[part=brands]')!;
      expect(brands.getBoundingClientRect().height, 'out of sight before it has focus').to.be.at.most(1);
      before.focus();
      // Tab from the page into the stage: the dashboard's controls, then the matrix's brands.
      const focused = () => matrix!.shadowRoot!.activeElement as HTMLButtonElement | null;
      for (let i = 0; i < 12 && !focused(); i++) await sendKeys({ press: 'Tab' });
      expect(focused()?.textContent?.trim()).to.equal('开平优品');
      expect(brands.getBoundingClientRect().height, 'shown while focused').to.be.greaterThan(10);
      await sendKeys({ press: 'Tab' });
      expect(focused()?.dataset['id']).to.equal('magang-youpin');
      await sendKeys({ press: 'Enter' });
      const markedRows = () => [...ranking!.shadowRoot!.querySelectorAll('[part=item][aria-current=true]')].map((b) => b.getAttribute('data-id'));
      await until(() => markedRows().length, 5000, 'the ranking marks the brand');
      expect(markedRows()).to.deep.equal(['magang-youpin']);
      expect(decodeURIComponent(location.hash)).to.contain('rb.dashboard-keys=brand:magang-youpin');
      await until(() => focused()?.getAttribute('aria-pressed') === 'true', 5000, 'the button pressed');
      await sendKeys({ press: 'Enter' });
      await until(() => !markedRows().length, 5000, 'a second Enter clears');
      await sendKeys({ press: 'Enter' });
      await until(() => markedRows().length, 5000, 'chosen again');
      await sendKeys({ press: 'Escape' });
      await until(() => !markedRows().length, 5000, 'Escape clears');
    } finally {
      before.remove();
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it("a linked map's towns are chosen by keyboard too: after its cluster buttons, Tab reaches a button per town, shown while focused; Enter focuses the others", async () => {
    history.replaceState(null, '', location.pathname + location.search);
    const data = await sample('kaiping');
    data['geo'] = await (await fetch('/demo/data/kaiping-towns.geojson')).json();
    const el = create<RbDashboard>('rb-dashboard', {
      id: 'towns',
      clockSource: manualTimeSource(),
      config: {
        link: true,
        stage,
        widgets: [
          { type: 'cluster-map', config: { animation: false }, area: [1, 1, 12, 12] },
          { type: 'ranking', config: { of: 'units', metric: 'enterprises' }, area: [13, 1, 6, 12] },
        ],
      },
    });
    el.style.height = '600px';
    el.data = data as never;
    try {
      await until(() => el.state === 'ready' && widgets(el).length === 2 && widgets(el).every((w) => w.state === 'ready'), 8000, 'the dashboard drawn');
      await settle(el);
      const [map, ranking] = widgets(el);
      const units = map!.shadowRoot!.querySelector<HTMLElement>('[part=units]')!;
      expect(units.getBoundingClientRect().height, 'out of sight before it has focus').to.be.at.most(1);
      const clusters = [...map!.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=clusters] button')];
      clusters.at(-1)!.focus();
      await sendKeys({ press: 'Tab' });
      const focused = map!.shadowRoot!.activeElement as HTMLButtonElement;
      expect(focused.closest('[part=units]'), 'the next stop is a town').to.equal(units);
      expect(units.getBoundingClientRect().height, 'shown while focused').to.be.greaterThan(10);
      const town = focused.dataset['id']!;
      await sendKeys({ press: 'Enter' });
      const markedRows = () => [...ranking!.shadowRoot!.querySelectorAll('[part=item][aria-current=true]')].map((b) => b.getAttribute('data-id'));
      await until(() => markedRows().length, 5000, 'the ranking marks the town');
      expect(markedRows()).to.deep.equal([town]);
      expect(decodeURIComponent(location.hash)).to.contain(`rb.dashboard-towns=unit:${town}`);
      await until(() => (map!.shadowRoot!.activeElement as HTMLElement | null)?.getAttribute('aria-pressed') === 'true', 5000, 'the town button pressed');
      await sendKeys({ press: 'Escape' });
      await until(() => !markedRows().length, 5000, 'Escape clears');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
