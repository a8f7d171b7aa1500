// rb-dashboard against dashboard.md, with specs written from the design page (not from the demos):
// the spec's own `src` (and a later spec's), the document's relative `geo.url` inside a dashboard,
// a failed refresh on a big screen, a widget spanning a grid wider than 24 columns, a widget's own
// config error named at its place in the spec, a flowing dashboard in a dark theme on a light page,
// a big screen clicked once with the mouse that goes on rotating when the pointer leaves, and a
// full-screen control where full screen is not allowed or is refused, and a monthly refresh.
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/widgets/dashboard/index.js';
import type { RbDashboard } from '../../../src/widgets/dashboard/index.js';
import { manualTimeSource, realTimeSource } from '../../../src/core/clock.js';
import type { RbErrorDetail } from '../../../src/core/events.js';
import { loadAxe } from '../../support/axe.js';
import { cleanup, create, nextEvent, sample, serve, settle, uniqueKey, until } from '../../support/helpers.js';

const root = (el: RbDashboard) => el.shadowRoot!;
const widgets = (el: RbDashboard) => [...root(el).querySelectorAll('[part=cell] > *')] as (HTMLElement & { state: string; lastError: { code: string; message: string } | null })[];

describe('rb-dashboard conformance (dashboard.md)', () => {
  afterEach(cleanup);

  it('a cluster map in a dashboard reads the geometry next to the data document (geo.url relative to it), as in the spec of dashboard.md', async () => {
    const el = create<RbDashboard>('rb-dashboard', {
      clockSource: manualTimeSource(),
      config: {
        // The document is in /demo/data/ and says "geo": { "url": "kaiping-towns.geojson" }; this page is elsewhere.
        src: '/demo/data/kaiping.json',
        theme: 'screen',
        stage: { width: 1920, height: 1080 },
        pages: [{ title: '产业集群', widgets: [{ type: 'cluster-map', area: [1, 1, 16, 12] }] }],
      },
    });
    el.style.height = '540px';
    await nextEvent(el, 'rb-load');
    const map = await until(() => widgets(el)[0], 5000, 'the map placed');
    await until(() => map.state === 'ready' || map.state === 'error', 8000, 'the map drawn or failed');
    expect(map.lastError?.message ?? null, 'no fetch of a geometry beside the test page').to.equal(null);
    expect(map.state).to.equal('ready');
    expect(map.getAttribute('theme')).to.equal('screen');
  });

  it('takes `src` from the spec, and from a later spec that names another document; an explicit src attribute wins', async () => {
    const kaiping = await serve(uniqueKey(), { body: await sample('kaiping') });
    const pingyuan = await serve(uniqueKey(), { body: await sample('pingyuan') });
    const el = create<RbDashboard>('rb-dashboard', { config: { src: kaiping, widgets: [{ type: 'ranking', config: { of: 'units' } }] } });
    await nextEvent(el, 'rb-load');
    expect(el.src).to.equal(kaiping);
    const second = nextEvent(el, 'rb-load');
    el.config = { src: pingyuan, widgets: [{ type: 'ranking', config: { of: 'units' } }] };
    await second;
    expect(el.src).to.equal(pingyuan);
    await settle(el);
    const ranking = widgets(el)[0]!;
    await until(() => ranking.shadowRoot?.textContent?.includes('恩城镇'), 5000, 'ranked units of the new document');

    const own = create<RbDashboard>('rb-dashboard', { src: kaiping, config: { src: pingyuan, widgets: [] } });
    await nextEvent(own, 'rb-load');
    own.config = { src: pingyuan, widgets: [{ type: 'ranking', config: { of: 'units' } }] };
    await settle(own);
    expect(own.src, 'the attribute is the page author’s').to.equal(kaiping);
  });

  it('a big screen whose refresh fails keeps its widgets and says that its figures are stale, until a refresh works again', async () => {
    const key = uniqueKey();
    const url = await serve(key, { body: await sample('kaiping') });
    const source = manualTimeSource();
    const el = create<RbDashboard>('rb-dashboard', {
      clockSource: source,
      refresh: 30,
      src: url,
      config: { stage: { width: 1280, height: 720 }, widgets: [{ type: 'ranking', config: { of: 'units' }, area: [1, 1, 24, 12] }] },
    });
    el.style.height = '400px';
    await nextEvent(el, 'rb-load');
    await until(() => root(el).querySelector('[part=stage]'), 5000, 'the stage fitted');
    expect(root(el).querySelector('[part=stale]')).to.equal(null);
    await serve(key, { status: 500, body: 'down' });
    const failed = nextEvent<RbErrorDetail>(el, 'rb-error');
    source.advance(30_000);
    expect((await failed).detail.stale).to.equal(true);
    await settle(el);
    expect(root(el).querySelector('[part=stage]'), 'the screen stays').to.not.equal(null);
    const marker = root(el).querySelector('[part=bar] [part=stale]');
    expect(marker, 'stale marker in the title bar').to.not.equal(null);
    expect(marker!.getAttribute('role')).to.equal('status');
    expect(marker!.getAttribute('title')).to.contain('500');
    await serve(key, { body: await sample('kaiping') });
    const back = nextEvent(el, 'rb-load');
    source.advance(30_000);
    await back;
    await settle(el);
    expect(root(el).querySelector('[part=stale]'), 'fresh again').to.equal(null);
  });

  it('a widget may span the whole of a flowing grid wider than 24 columns; beyond 48 is named', async () => {
    const el = create<RbDashboard>('rb-dashboard', { config: { columns: 36, widgets: [{ type: 'growth-indicator', config: { indicator: 'jobs' }, span: 36 }] } });
    el.data = await sample('kaiping');
    await nextEvent(el, 'rb-load');
    await settle(el);
    expect(root(el).querySelector<HTMLElement>('[part=cell]')!.style.gridColumn).to.equal('span 36');

    const bad = create<RbDashboard>('rb-dashboard', { lang: 'en', config: { columns: 48, widgets: [{ type: 'growth-indicator', span: 49 }] } });
    const e = nextEvent<RbErrorDetail>(bad, 'rb-error');
    bad.data = await sample('kaiping');
    expect((await e).detail).to.include({ code: 'invalid-config', path: '/widgets/0/span' });
  });

  it("a widget's own config error (an id the data lacks) leaves the dashboard named at its place in the spec; the others keep working", async () => {
    const source = manualTimeSource();
    const el = create<RbDashboard>('rb-dashboard', {
      clockSource: source,
      lang: 'en',
      config: {
        stage: { width: 1280, height: 720 },
        rotate: 15,
        pages: [
          { title: 'Units', widgets: [{ type: 'ranking', config: { of: 'units' }, area: [1, 1, 24, 12] }] },
          { title: 'Cards', widgets: [{ type: 'growth-indicator', config: { indicator: 'jobs' }, area: [1, 1, 12, 12] }, { type: 'growth-indicator', config: { indicator: 'no-such-indicator' }, area: [13, 1, 12, 12] }] },
        ],
      },
    });
    el.style.height = '400px';
    const seen: RbErrorDetail[] = [];
    const onPage = (e: Event) => seen.push((e as CustomEvent<RbErrorDetail>).detail);
    document.addEventListener('rb-error', onPage);
    try {
      el.data = await sample('kaiping');
      await nextEvent(el, 'rb-load');
      await until(() => root(el).querySelector('[part=stage]'), 5000, 'the stage fitted');
      source.advance(15_000);
      await settle(el);
      const [card, wrong] = widgets(el);
      await until(() => seen.length, 5000, 'the error out of the dashboard');
      expect((wrong as unknown as RbDashboard).lastError?.path, 'the widget itself names its own config').to.equal('/indicator');
      await settle(el);
      expect(seen.map((d) => [d.code, d.path])).to.deep.equal([['invalid-config', '/pages/1/widgets/1/config/indicator']]);
      expect(seen[0]!.message).to.contain('no-such-indicator');
      await until(() => card!.shadowRoot?.textContent?.includes('3500'), 5000, 'the other card');
      expect(el.state, 'the dashboard stays').to.equal('ready');
    } finally {
      document.removeEventListener('rb-error', onPage);
    }
  });

  for (const theme of ['dark', 'screen']) {
    it(`a flowing dashboard in the ${theme} theme on a light page is readable (its own background, no contrast violation), its page buttons named with the number they show`, async () => {
      document.body.style.background = '#ffffff';
      const el = create<RbDashboard>('rb-dashboard', {
        theme,
        config: { title: '开平优品', pages: [{ title: '排行', widgets: [{ type: 'ranking', config: { of: 'units' } }] }, { widgets: [] }] },
      });
      el.data = await sample('kaiping');
      await nextEvent(el, 'rb-load');
      await settle(el);
      await until(() => root(el).querySelector('rb-period')?.shadowRoot?.querySelector('label, select'), 5000, 'the period control');
      expect(getComputedStyle(el).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      const { violations } = await (await loadAxe()).run(el, { resultTypes: ['violations'] });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
      document.body.style.background = '';
      const names = [...root(el).querySelectorAll('.page-button')].map((b) => [b.textContent, b.getAttribute('aria-label')]);
      expect(names).to.deep.equal([['1', '第 1 页：排行'], ['2', '第 2 页']]);
    });
  }

  it('a flowing dashboard in the light theme still lets the page show through', async () => {
    const el = create<RbDashboard>('rb-dashboard', { config: { widgets: [{ type: 'ranking', config: { of: 'units' } }] } });
    el.data = await sample('kaiping');
    await nextEvent(el, 'rb-load');
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('a big screen clicked with the mouse rotates again once the pointer leaves (the focus a click leaves is not keyboard focus); Tab focus still holds it', async () => {
    const source = manualTimeSource();
    const el = create<RbDashboard>('rb-dashboard', {
      clockSource: source,
      config: { stage: { width: 1280, height: 720 }, rotate: 20, pages: [{ title: '甲', widgets: [] }, { title: '乙', widgets: [] }, { title: '丙', widgets: [] }] },
    });
    el.style.height = '400px';
    el.data = await sample('kaiping');
    await nextEvent(el, 'rb-load');
    await until(() => root(el).querySelector('[part=stage]'), 5000, 'the stage fitted');
    await settle(el);
    const title = () => root(el).querySelector('[part=page-title]')!.textContent;
    try {
      const next = root(el).querySelector<HTMLButtonElement>('.controls .next')!;
      const b = next.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(b.left + b.width / 2), Math.round(b.top + b.height / 2)] });
      await settle(el);
      expect(title(), 'clicked to the next page').to.equal('乙');
      expect(root(el).activeElement, 'the click left focus on the button').to.equal(next);
      const box = el.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 5), Math.round(box.bottom + 40)] });
      source.advance(20_000);
      await settle(el);
      expect(title(), 'rotating again').to.equal('丙');

      // The keyboard: an arrow key on the focused control holds the rotation while focus stays inside.
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      expect(title()).to.equal('乙');
      source.advance(60_000);
      await settle(el);
      expect(title(), 'held by keyboard focus').to.equal('乙');
    } finally {
      await resetMouse();
    }
  });

  it('full screen: no control where the page may not go full screen (a frame without allow="fullscreen"); a refusal throws nothing at the page', async () => {
    const spec = { stage: { width: 1280, height: 720 }, widgets: [] };
    const mount = async () => {
      const el = create<RbDashboard>('rb-dashboard', { clockSource: manualTimeSource(), config: spec });
      el.style.height = '300px';
      el.data = await sample('kaiping');
      await nextEvent(el, 'rb-load');
      await until(() => root(el).querySelector('[part=stage]'), 5000, 'the stage fitted');
      await settle(el);
      return el;
    };
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, get: () => false });
    try {
      const framed = await mount();
      expect(root(framed).querySelector('.fullscreen'), 'no control that cannot work').to.equal(null);
    } finally {
      delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled;
    }
    const el = await mount();
    const full = root(el).querySelector<HTMLButtonElement>('.fullscreen')!;
    const request = Element.prototype.requestFullscreen;
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => {
      unhandled.push(e.reason);
      e.preventDefault();
    };
    window.addEventListener('unhandledrejection', onUnhandled);
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
    try {
      full.click();
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled, 'no unhandled rejection').to.deep.equal([]);
      expect(full.getAttribute('aria-pressed')).to.equal('false');
    } finally {
      Element.prototype.requestFullscreen = request;
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('a big screen refreshed monthly (over 2^31 ms between refreshes) waits quietly instead of waking the clock at once, again and again', async () => {
    const url = await serve(uniqueKey(), { body: await sample('kaiping') });
    const el = create<RbDashboard>('rb-dashboard', {
      clockSource: realTimeSource(),
      refresh: 30 * 24 * 3600,
      src: url,
      config: { stage: { width: 1280, height: 720 }, rotate: 31 * 24 * 3600, pages: [{ widgets: [] }, { widgets: [] }] },
    });
    el.style.height = '300px';
    await nextEvent(el, 'rb-load');
    await settle(el);
    expect(el.clock.size, 'rotation and refresh').to.equal(2);
    const before = el.clock.ticks;
    await new Promise((r) => setTimeout(r, 300));
    expect(el.clock.ticks - before, 'ticks in 300 ms').to.equal(0);
    expect(root(el).querySelector('[part=page-title]')!.textContent, 'still the first page').to.equal('第 1 页');
  });

  /** Two coverage gauges with their breakdown in a screen-themed stage of `columns` × `rows`, shown at `width` × `height`, once ready. */
  async function gaugesOnStage(columns: number, rows: number, areas: [number, number, number, number][], width: number, height: number, lang = 'zh-CN') {
    const styles = [undefined, 'ring'] as const;
    const el = create<RbDashboard>('rb-dashboard', {
      lang,
      clockSource: manualTimeSource(),
      data: await sample('kaiping'),
      config: {
        theme: 'screen',
        stage: { width: 1920, height: 1080 },
        columns,
        rows,
        widgets: areas.map((area, i) => ({ type: 'coverage-gauge', area, config: { coverage: 'enterprise-party', breakdown: true, ...(styles[i] ? { style: styles[i] } : {}) } })),
      },
    });
    el.style.cssText = `display:block;width:${width}px;height:${height}px`;
    const gauges = await until(() => (widgets(el).length === areas.length && widgets(el).every((w) => w.state === 'ready') ? widgets(el) : null), 8000, 'gauges ready');
    await settle(el);
    return gauges;
  }

  it('a gauge or ring with its breakdown in a wide big-screen cell shows every row inside the cell (the list goes beside the drawing)', async () => {
    document.body.style.margin = '0';
    const gauges = await gaugesOnStage(12, 6, [[1, 1, 4, 3], [5, 1, 4, 3]], 1600, 900);
    for (const gauge of gauges) {
      const cell = gauge.parentElement!.getBoundingClientRect();
      const rows = [...gauge.shadowRoot!.querySelectorAll('[part=breakdown] li')];
      expect(rows.length, 'breakdown rows').to.be.greaterThan(3);
      for (const row of rows) {
        const r = row.getBoundingClientRect();
        expect(r.bottom, row.textContent!.trim()).to.be.at.most(cell.bottom + 0.5);
        expect(r.right).to.be.at.most(cell.right + 0.5);
      }
      const chart = gauge.shadowRoot!.querySelector('[part=chart]')!.getBoundingClientRect();
      expect(chart.height, 'the drawing keeps its height').to.be.greaterThan(cell.height / 2);
      expect(gauge.shadowRoot!.querySelector('[part=more]'), 'no "N more units" when every row fits').to.equal(null);
      expect(rows.length, 'every unit').to.equal(7);
    }
    document.body.style.margin = '';
  });

  /** What a gauge's breakdown shows: its rows, the "N more units" line, and every row of its figures table (screen readers, CSV). */
  function breakdownOf(gauge: HTMLElement & { toCSV?: () => string }) {
    const list = gauge.shadowRoot!.querySelector<HTMLElement>('[part=breakdown]')!;
    return {
      list,
      rows: [...list.querySelectorAll<HTMLElement>('li')],
      more: gauge.shadowRoot!.querySelector<HTMLElement>('[part=more]'),
      tableRows: gauge.shadowRoot!.querySelectorAll('table tbody tr').length,
      csvLines: gauge.toCSV!().trim().split('\n').length,
    };
  }

  for (const [lang, moreUnits] of [
    ['zh-CN', (n: number) => `另有 ${n} 个单位`],
    ['en', (n: number) => (n === 1 ? '1 more unit' : `${n} more units`)],
  ] as const) {
    it(`a gauge or ring with its breakdown in a short big-screen cell shows the rows that fit and then "${moreUnits(3)}", no scrolling list, and a smaller drawing (${lang})`, async () => {
      document.body.style.margin = '0';
      const gauges = await gaugesOnStage(24, 12, [[1, 1, 6, 5], [7, 1, 6, 7]], 1280, 720, lang);
      // Before: all 7 rows in a list scrolled by nobody, and nothing said that more were there.
      await until(() => gauges.every((g) => g.shadowRoot!.querySelector('[part=more]')), 5000, 'the "N more units" lines');
      const shown: number[] = [];
      for (const gauge of gauges) {
        const cell = gauge.parentElement!.getBoundingClientRect();
        const { list, rows, more, tableRows, csvLines } = breakdownOf(gauge);
        expect(rows.length, 'the rows that fit').to.be.within(1, 6);
        shown.push(rows.length);
        expect(more, 'the line that says how many are left out').to.not.equal(null);
        expect(more!.textContent!.trim()).to.equal(moreUnits(7 - rows.length));
        for (const node of [...rows, more!]) expect(node.getBoundingClientRect().bottom, node.textContent!.trim()).to.be.at.most(cell.bottom + 0.5);
        expect(list.scrollHeight, 'nothing to scroll to').to.be.at.most(list.clientHeight + 1);
        expect(getComputedStyle(list).overflowY).to.not.be.oneOf(['auto', 'scroll']);
        expect(tableRows, 'the figures table keeps the entry and every unit').to.equal(1 + 7);
        expect(csvLines, 'CSV: header, entry and every unit').to.equal(1 + 1 + 7);
        // In stage pixels (the stage is scaled to the window).
        const chart = gauge.shadowRoot!.querySelector<HTMLElement>('[part=chart]')!.offsetHeight;
        expect(chart, 'the drawing stays readable').to.be.at.least(120);
        expect(chart, 'the drawing gives up room').to.be.below(gauge.parentElement!.offsetHeight * 0.6);
      }
      expect(shown[1], 'the taller cell shows more rows').to.be.greaterThan(shown[0]!);
      document.body.style.margin = '';
    });
  }

  it('a gauge whose big-screen cell grows (another stage layout) gets all its rows back, without the "N more units" line; shrunk again, the line is back', async () => {
    document.body.style.margin = '0';
    const [gauge] = await gaugesOnStage(24, 12, [[1, 1, 6, 5]], 1280, 720);
    await until(() => gauge!.shadowRoot!.querySelector('[part=more]'), 5000, 'the "N more units" line');
    const dashboard = document.querySelector<RbDashboard>('rb-dashboard')!;
    const before = breakdownOf(gauge!);
    expect(before.rows.length).to.be.below(7);
    expect(before.more).to.not.equal(null);
    const spec = dashboard.config as { widgets: Record<string, unknown>[] };
    dashboard.config = { ...spec, widgets: [{ ...spec.widgets[0]!, area: [1, 1, 12, 12] }] } as RbDashboard['config'];
    const grown = await until(() => {
      const now = widgets(dashboard)[0];
      return now && now.state === 'ready' && now.shadowRoot!.querySelectorAll('[part=breakdown] li').length === 7 ? now : null;
    }, 8000, 'all seven rows in the taller cell');
    expect(grown.shadowRoot!.querySelector('[part=more]'), 'no line when every row shows').to.equal(null);
    const cell = grown.parentElement!.getBoundingClientRect();
    for (const row of grown.shadowRoot!.querySelectorAll('[part=breakdown] li')) expect(row.getBoundingClientRect().bottom).to.be.at.most(cell.bottom + 0.5);
    dashboard.config = spec as RbDashboard['config'];
    const shrunk = await until(() => {
      const now = widgets(dashboard)[0];
      return now && now.state === 'ready' && now.shadowRoot!.querySelector('[part=more]') ? now : null;
    }, 8000, 'the line back in the short cell');
    expect(shrunk.shadowRoot!.querySelectorAll('[part=breakdown] li').length).to.equal(before.rows.length);
    document.body.style.margin = '';
  });
});
