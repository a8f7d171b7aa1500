/*
 * Page side of the linking rows of `npm run bench` (issue 18): a 12-widget dashboard with
 * `link: true`; a selection or a period change, from the change until every widget has rebuilt,
 * every chart has finished drawing and the next frame is painted.
 */
(() => {
  'use strict';
  const now = () => performance.now();
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));

  const SPEC = {
    link: true,
    columns: 12,
    widgets: [
      { type: 'cluster-map', config: { mode: 'geo', animation: false }, span: 6 },
      { type: 'cluster-map', config: { mode: 'graph', animation: false }, span: 6 },
      { type: 'brand-matrix', config: { layout: 'grid', animation: false }, span: 6 },
      { type: 'brand-matrix', config: { layout: 'treemap', animation: false }, span: 6 },
      { type: 'coverage-gauge', config: { coverage: 'enterprise-party', breakdown: true, animation: false }, span: 3 },
      { type: 'coverage-gauge', config: { coverage: 'brand-committees', style: 'ring', animation: false }, span: 3 },
      { type: 'coverage-gauge', config: { coverage: 'park-branches', style: 'bar', animation: false }, span: 3 },
      { type: 'coverage-gauge', config: { coverage: 'enterprise-party', style: 'bar', breakdown: true, animation: false }, span: 3 },
      { type: 'growth-indicator', config: { indicator: 'brand-sales', animation: false }, span: 3 },
      { type: 'growth-indicator', config: { indicator: 'investment', animation: false }, span: 3 },
      { type: 'growth-indicator', config: { indicator: 'magang-sales', animation: false }, span: 3 },
      { type: 'growth-indicator', config: { indicator: 'jobs', animation: false }, span: 3 },
    ],
  };

  let dashboard = null;

  const widgets = () => [...dashboard.shadowRoot.querySelectorAll('[part=cell] > *')];

  /** True when a chart has nothing left to draw. */
  function chartIdle(chart) {
    const zr = chart.getZr();
    return zr.animation.isFinished() && !chart.__pendingUpdate && !chart._scheduler?.unfinished && !chart._pendingActions?.length;
  }

  /** Every widget updated and every chart idle, then the next frame. */
  async function painted() {
    for (;;) {
      await Promise.all(widgets().map((w) => w.updateComplete));
      await frame();
      const busy = widgets().some((w) => w.isUpdatePending || (w.chart && !w.chart.isDisposed() && !chartIdle(w.chart)));
      if (!busy) return;
    }
  }

  async function setup({ src }) {
    const doc = await (await fetch(src)).json();
    dashboard = document.createElement('rb-dashboard');
    dashboard.id = 'bench';
    dashboard.style.width = '1360px';
    dashboard.config = SPEC;
    const loaded = new Promise((r) => dashboard.addEventListener('rb-load', r, { once: true }));
    dashboard.data = doc;
    document.getElementById('stage').append(dashboard);
    await loaded;
    // Every widget loaded and every chart started (all are in view on a tall page).
    for (let i = 0; i < 400; i++) {
      const ws = widgets();
      if (ws.length === 12 && ws.every((w) => w.state === 'ready' && (typeof w.chartOption !== 'function' || !w.chartOption() || w.chart))) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await painted();
    const ws = widgets();
    return { widgets: ws.length, charts: ws.filter((w) => w.chart).length, errors: ws.filter((w) => w.state === 'error').length };
  }

  /** `runs` changes, alternating a selection (or its clearing) and a period; ms to the painted frame each. */
  async function changes({ runs = 20 }) {
    const group = window.RegionBrandWidgets.linkGroup(dashboard.group);
    const units = ['magang', 'dasha', 'chishui', 'tangkou'];
    const periods = [...group.periods, undefined];
    const selection = [];
    const period = [];
    for (let i = 0; i < runs; i++) {
      await frame();
      let t0 = now();
      group.select({ kind: 'unit', id: units[i % units.length] });
      await painted();
      selection.push(now() - t0);
      await frame();
      t0 = now();
      group.setPeriod(periods[i % periods.length]);
      await painted();
      period.push(now() - t0);
    }
    group.clear();
    group.setPeriod(undefined);
    await painted();
    return { selection, period };
  }

  window.bench = { setup, changes };
})();
