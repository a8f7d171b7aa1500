// Big-screen specs written from dashboard.md alone (a portal developer's first screens): what the
// page promises that earlier tests did not look at.
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/dashboard/index.js';
import type { RbDashboard } from '../../../src/widgets/dashboard/index.js';
import { manualTimeSource } from '../../../src/core/clock.js';
import type { RbErrorDetail } from '../../../src/core/events.js';
import { cleanup, create, recordEvents, sample, settle, until } from '../../support/helpers.js';

type Widget = HTMLElement & { state: string };
const root = (el: RbDashboard) => el.shadowRoot!;
const widgets = (el: RbDashboard) => [...root(el).querySelectorAll('[part=cell] > *')].filter((w) => w.localName.startsWith('rb-')) as Widget[];

/** A dashboard on the Kaiping document (manual clock), once every widget shown is ready or shows its error. */
async function dashboard(config: unknown, lang = 'zh-CN') {
  const el = create<RbDashboard>('rb-dashboard', { clockSource: manualTimeSource(), config: config as never, lang });
  const errors = recordEvents(el, 'rb-error') as CustomEvent<RbErrorDetail>[];
  el.data = (await sample('kaiping')) as never;
  await until(() => el.state === 'ready' || el.state === 'error', 8000, 'the dashboard built');
  await until(() => widgets(el).length && widgets(el).every((w) => w.state === 'ready' || w.state === 'error'), 8000, 'the widgets drawn');
  await settle(el);
  return { el, errors };
}

describe('rb-dashboard big screen, fresh specs', function () {
  this.timeout(60_000);
  before(() => (document.body.style.margin = '0'));
  afterEach(cleanup);
  after(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600, deviceScaleFactor: 1 } as never);
  });

  // A 3840×1080 design on an office PC: under `none` and `height` the stage scrolls inside its
  // viewport and under `cover` it is cropped; the widgets' visually hidden texts and data tables
  // (positioned absolutely) once reached past the window and gave the page scroll bars of its own.
  for (const fit of ['none', 'height', 'cover', 'width', 'contain', 'stretch']) {
    it(`fit ${fit}: the page itself never scrolls; only the stage's viewport does`, async () => {
      await setViewport({ width: 1366, height: 768, deviceScaleFactor: 1 } as never);
      const { el } = await dashboard({
        title: '开平优品',
        stage: { width: 3840, height: 1080, fit },
        widgets: [
          { type: 'brand-matrix', config: { animation: false }, area: [1, 1, 12, 12] },
          { type: 'ranking', config: { of: 'brands', metric: 'sales', top: 8 }, area: [13, 1, 6, 12] },
          { type: 'growth-indicator', config: { indicator: 'jobs' }, area: [19, 1, 6, 6] },
        ],
      });
      expect(widgets(el).map((w) => w.state)).to.deep.equal(['ready', 'ready', 'ready']);
      const page = document.documentElement;
      expect([page.scrollWidth, page.scrollHeight], 'the page scrolls').to.deep.equal([innerWidth, innerHeight]);
      const viewport = root(el).querySelector<HTMLElement>('[part=viewport]')!;
      // The stage's own scrolling still reaches all of it.
      if (fit === 'none' || fit === 'height') expect(viewport.scrollWidth).to.be.greaterThan(viewport.clientWidth);
    });
  }

  it('an area written wrong is named at the area, saying what it must be (not "needs an area", not per number); its neighbours are drawn', async () => {
    await setViewport({ width: 1366, height: 768, deviceScaleFactor: 1 } as never);
    const spec = {
      stage: { width: 1920, height: 1080 },
      pages: [
        { widgets: [{ type: 'ranking', config: { top: 3 }, area: [3, 1, 2, 2] }] },
        {
          widgets: [
            { type: 'ranking', config: { top: 3 }, area: [0, 1, 2, 2] },
            { type: 'ranking', config: { top: 3 }, area: [3, 1, 2, 2] },
            { type: 'ranking', config: { top: 3 }, area: [5, 1, 2] },
            { type: 'ranking', config: { top: 3 }, area: '7,1,2,2' },
          ],
        },
      ],
    };
    const { el, errors } = await dashboard(spec, 'en');
    expect(el.state).to.equal('ready');
    expect(widgets(el).map((w) => w.state)).to.deep.equal(['ready']);
    expect(errors.map((e) => [e.detail.path, e.detail.message])).to.deep.equal([
      ['/pages/1/widgets/0/area', 'area [0, 1, 2, 2] is not [column, row, columnSpan, rowSpan]: write four whole numbers from 1, such as [1, 1, 12, 6]'],
      ['/pages/1/widgets/2/area', 'area [5, 1, 2] is not [column, row, columnSpan, rowSpan]: write four whole numbers from 1, such as [1, 1, 12, 6]'],
      ['/pages/1/widgets/3/area', 'area "7,1,2,2" is not [column, row, columnSpan, rowSpan]: write four whole numbers from 1, such as [1, 1, 12, 6]'],
    ]);
    el.remove();
    // In the dashboard's language, shown where the widget would be (its area unknown: below the grid).
    const zh = await dashboard({ ...spec, pages: [spec.pages[1]] }, 'zh-CN');
    const shown = [...root(zh.el).querySelectorAll('.cell.broken, .unplaced')].map((c) => c.textContent!).join(' ');
    expect(shown).to.contain('区域 [5, 1, 2] 应为 [列, 行, 跨列数, 跨行数]');
    expect(shown).to.contain('/pages/0/widgets/2/area');
    expect(shown).to.not.contain('都需要区域');
    expect(widgets(zh.el).map((w) => w.state)).to.deep.equal(['ready']);
  });
});
