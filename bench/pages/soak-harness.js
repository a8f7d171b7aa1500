/*
 * Page side of the soak row of `npm run bench` (issue 17): a 1920×1080 stage of two pages of
 * twelve widgets each, rotating every 20 s and re-fetching its document every 100 s, on a manual
 * clock advanced as fast as the page renders. Two probe timers on the same clock (20 s and 100 s)
 * record the tick they fire in: timers due together must keep firing in the same tick.
 */
(() => {
  'use strict';
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const ROTATE = 20;
  const REFRESH = 100;
  const page = (offset) =>
    Array.from({ length: 12 }, (_, i) => {
      const area = [1 + (i % 4) * 6, 1 + Math.floor(i / 4) * 4, 6, 4];
      const k = (i + offset) % 6;
      if (k === 0) return { type: 'coverage-gauge', config: { coverage: 'enterprise-party', animation: false }, area };
      if (k === 1) return { type: 'growth-indicator', config: { indicator: 'brand-sales', animation: false }, area };
      if (k === 2) return { type: 'ranking', config: { of: 'brands', metric: 'sales', top: 5 }, area };
      if (k === 3) return { type: 'brand-matrix', config: { layout: 'treemap', animation: false }, area };
      if (k === 4) return { type: 'coverage-gauge', config: { coverage: 'brand-committees', style: 'ring', animation: false }, area };
      return { type: 'growth-indicator', config: { indicator: 'jobs', animation: false }, area };
    });
  const SPEC = { stage: { width: 1920, height: 1080 }, rotate: ROTATE, pages: [{ title: 'A', widgets: page(0) }, { title: 'B', widgets: page(3) }] };

  let dashboard = null;
  let source = null;
  let loads = 0;
  const probes = { rotate: [], refresh: [] };

  async function setup({ src }) {
    const { manualTimeSource } = window.RegionBrandWidgets;
    source = manualTimeSource();
    dashboard = document.createElement('rb-dashboard');
    dashboard.clockSource = source;
    dashboard.config = SPEC;
    dashboard.refresh = REFRESH;
    dashboard.src = src;
    dashboard.style.height = '1080px';
    dashboard.addEventListener('rb-load', () => loads++);
    const loaded = new Promise((r) => dashboard.addEventListener('rb-load', r, { once: true }));
    document.body.append(dashboard);
    await loaded;
    // The stage is drawn once it is fitted to its box (a ResizeObserver report).
    for (let n = 0; n < 200 && !dashboard.shadowRoot.querySelector('[part=cell]'); n++) await frame();
    const clock = dashboard.clock;
    clock.every(ROTATE * 1000, () => probes.rotate.push(clock.ticks));
    clock.every(REFRESH * 1000, () => probes.refresh.push(clock.ticks));
    await settle();
    return { widgets: dashboard.shadowRoot.querySelectorAll('[part=cell]').length, timers: clock.size };
  }

  async function settle() {
    await dashboard.updateComplete;
    const cells = [...dashboard.shadowRoot.querySelectorAll('[part=cell] > *')];
    await Promise.all(cells.map((c) => c.updateComplete));
    await frame();
  }

  /** Advances the clock by `rotations` pages, waiting for each page to render (and each refresh to load). */
  async function rotate({ rotations }) {
    const before = dashboard.pages.changes;
    for (let i = 0; i < rotations; i++) {
      const loadsBefore = loads;
      source.advance(ROTATE * 1000);
      await settle();
      if ((dashboard.clock.now / 1000) % REFRESH === 0) {
        for (let n = 0; n < 200 && loads === loadsBefore; n++) await new Promise((r) => setTimeout(r, 5));
        await settle();
      }
    }
    const refreshTicks = new Set(probes.refresh);
    const rotateTicks = new Set(probes.rotate);
    return {
      rotations: dashboard.pages.changes - before,
      loads,
      timers: dashboard.clock.size,
      refreshes: probes.refresh.length,
      together: probes.refresh.filter((t) => rotateTicks.has(t)).length,
      apart: [...refreshTicks].filter((t) => !rotateTicks.has(t)).length,
    };
  }

  window.bench = { setup, rotate };
})();
