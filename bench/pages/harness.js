/*
 * Page side of `npm run bench` (classic script; bench/run.mjs drives it through puppeteer).
 * Every measurement runs inside the page with performance.now(); Node only collects numbers,
 * forces garbage collection and reads the heap between steps.
 *
 * "Painted" means: the widget fired rb-load, its chart (if it draws one) exists and ECharts has
 * finished rendering it (progressive chunks included), then two animation frames passed.
 */
(() => {
  'use strict';
  const now = () => performance.now();
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const twoFrames = async () => {
    await frame();
    await frame();
  };
  const docs = {};

  /** The stage every widget and plain chart is mounted into. */
  const stage = () => document.getElementById('stage');

  function cell(width, className = '') {
    const div = document.createElement('div');
    div.className = `cell ${className}`.trim();
    div.style.width = `${width}px`;
    stage().append(div);
    return div;
  }

  function clear() {
    stage().replaceChildren();
  }

  /** Resolves when `el` fires rb-load; rejects on rb-error or after `ms`. */
  function loaded(el, ms = 15000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`${el.localName}: no rb-load within ${ms} ms`)), ms);
      const onLoad = () => done(null);
      const onError = (e) => done(new Error(`${el.localName}: rb-error ${e.detail?.code} ${e.detail?.message}`));
      function done(err) {
        clearTimeout(timer);
        el.removeEventListener('rb-load', onLoad);
        el.removeEventListener('rb-error', onError);
        err ? reject(err) : resolve();
      }
      el.addEventListener('rb-load', onLoad);
      el.addEventListener('rb-error', onError);
    });
  }

  /** True when the widget has an option to draw (chart widgets; not grid/bar layouts). */
  const drawsChart = (el) => typeof el.chartOption === 'function' && el.chartOption() !== null;

  /** Nothing left to draw: no animation, no pending update, no progressive chunk. */
  function chartIdle(chart) {
    const zr = chart.getZr();
    return zr.animation.isFinished() && !chart.__pendingUpdate && !chart._scheduler?.unfinished && !chart._pendingActions?.length;
  }

  /**
   * Resolves once ECharts finished rendering. setOption without animation flushes synchronously
   * (and fires 'finished' before anyone could listen), so an idle chart counts as finished.
   */
  function chartFinished(chart, ms = 15000) {
    if (chartIdle(chart)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`chart not finished within ${ms} ms`)), ms);
      const handler = () => {
        chart.off('finished', handler);
        clearTimeout(timer);
        resolve();
      };
      chart.on('finished', handler);
    });
  }

  /** Resolves with `el.chart` as soon as the widget created it (init + setOption run in one task). */
  function chartOf(el, ms = 15000) {
    if (el.chart) return Promise.resolve(el.chart);
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!el.chart) return;
        stop();
        resolve(el.chart);
      };
      const observer = new MutationObserver(check);
      observer.observe(el.shadowRoot, { childList: true, subtree: true });
      const poll = setInterval(check, 50);
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`${el.localName}: no chart within ${ms} ms`));
      }, ms);
      function stop() {
        observer.disconnect();
        clearInterval(poll);
        clearTimeout(timer);
      }
    });
  }

  /** Waits until a connected widget is painted; returns the phases' end times. */
  async function widgetPainted(el, loadPromise) {
    await loadPromise;
    const load = now();
    let chart = load;
    if (drawsChart(el)) {
      const instance = await chartOf(el);
      chart = now();
      await chartFinished(instance);
    }
    const finished = now();
    await twoFrames();
    return { load, chart, finished, painted: now() };
  }

  function createWidget(tag, config, data) {
    const el = document.createElement(tag);
    el.config = config;
    if (typeof data === 'string') el.src = data;
    else el.data = data;
    return el;
  }

  /** Fetches the documents the benchmark uses (kept in memory, cloned per render). */
  async function setup(urls) {
    await Promise.all(Object.entries(urls).map(async ([name, url]) => (docs[name] = await (await fetch(url)).json())));
    return Object.keys(docs);
  }

  const fresh = (name) => structuredClone(docs[name]);

  /**
   * One first render of a widget from a fresh copy of a document (so validation, model and map
   * registration are paid as on a page view): element created → connected → painted.
   */
  async function widgetRender({ tag, config, doc, width = 480, keep = false }) {
    const data = fresh(doc);
    const box = cell(width);
    const t0 = now();
    const el = createWidget(tag, config, data);
    const load = loaded(el);
    box.append(el);
    const t = await widgetPainted(el, load);
    const result = { ms: t.painted - t0, load: t.load - t0, chart: t.chart - t0, finished: t.finished - t0 };
    if (!keep) box.remove();
    return result;
  }

  /**
   * The option the widget drew (its pure function's output, `el.model.option`) as JSON, with the
   * chart area's size; functions (formatters) do not survive JSON, which is fine for timing.
   */
  async function widgetOption({ tag, config, doc, width = 480 }) {
    const box = cell(width);
    const el = createWidget(tag, config, fresh(doc));
    const load = loaded(el);
    box.append(el);
    await widgetPainted(el, load);
    const container = el.chartContainer?.();
    const out = {
      option: JSON.stringify(el.model?.option ?? null),
      width: container?.clientWidth ?? 0,
      height: container?.clientHeight ?? 0,
      map: el.model?.option?.geo?.map ?? null,
    };
    box.remove();
    return out;
  }

  /** Registers the map the option names, keyed like the widget does (`properties.rbKey`). */
  let mapCounter = 0;
  function registerKeyedMap(collection) {
    const seen = new Set();
    const keyed = {
      ...collection,
      features: collection.features.map((f, i) => {
        const p = f.properties ?? {};
        let key = (typeof p.id === 'string' && p.id) || (typeof p.name === 'string' && p.name) || `#${i}`;
        if (seen.has(key)) key = `${key}#${i}`;
        seen.add(key);
        return { ...f, properties: { ...p, rbKey: key } };
      }),
    };
    const name = `bench-map-${++mapCounter}`;
    echarts.registerMap(name, keyed);
    return name;
  }

  /** One render of the same option with echarts.min.js directly: div → init → setOption → painted. */
  async function plainRender({ option, width, height, geoDoc = null }) {
    const opt = JSON.parse(option);
    // echarts.min.js installs features the widgets do not (LabelLayout fades labels in, even
    // under a global `animation: false`): switch animation off per series too, as the widget meant.
    if (opt.animation === false && Array.isArray(opt.series)) for (const s of opt.series) s.animation = false;
    const geo = geoDoc ? fresh(geoDoc).geo : null;
    const box = cell(width);
    const t0 = now();
    if (geo && opt.geo) opt.geo.map = registerKeyedMap(geo);
    const div = document.createElement('div');
    div.style.width = `${width}px`;
    div.style.height = `${height}px`;
    box.append(div);
    const chart = echarts.init(div, null, { renderer: 'canvas' });
    chart.setOption(opt, { notMerge: true });
    const created = now();
    await chartFinished(chart);
    const finished = now();
    await twoFrames();
    const ms = now() - t0;
    chart.dispose();
    box.remove();
    return { ms, chart: created - t0, finished: finished - t0 };
  }

  /** The mix of the 100-widget page: [tag, config] repeated in this proportion. */
  const MIX = [
    ['rb-growth-indicator', { indicator: 'brand-value' }],
    ['rb-growth-indicator', { indicator: 'brand-sales' }],
    ['rb-growth-indicator', { indicator: 'magang-sales', target: true }],
    ['rb-growth-indicator', { indicator: 'ganglin-delivery' }],
    ['rb-coverage-gauge', { coverage: 'enterprise-party' }],
    ['rb-coverage-gauge', { coverage: 'brand-committees', style: 'ring' }],
    ['rb-growth-indicator', { indicator: 'investment' }],
    ['rb-coverage-gauge', { coverage: 'park-branches', style: 'bar' }],
    ['rb-brand-matrix', { layout: 'grid' }],
    ['rb-brand-matrix', { layout: 'treemap' }],
    ['rb-growth-indicator', { indicator: 'households' }],
    ['rb-growth-indicator', { indicator: 'jobs' }],
    ['rb-coverage-gauge', { coverage: 'enterprise-party', style: 'ring' }],
    ['rb-cluster-map', { mode: 'geo' }],
    ['rb-growth-indicator', { indicator: 'projects' }],
    ['rb-cluster-map', { mode: 'graph' }],
    ['rb-coverage-gauge', { coverage: 'brand-committees' }],
    ['rb-brand-matrix', { layout: 'tree' }],
    ['rb-growth-indicator', { indicator: 'brand-value', compare: 'both' }],
    ['rb-coverage-gauge', { coverage: 'park-branches' }],
  ];

  /**
   * `count` mixed widgets on one page, all reading one `src` (fetched once, as on a portal):
   * created → every widget fired rb-load → every chart in the viewport exists and finished → painted.
   */
  async function mixed({ count = 100, src, animation = false }) {
    const grid = document.createElement('div');
    grid.className = 'grid';
    stage().append(grid);
    const t0 = now();
    const els = [];
    for (let i = 0; i < count; i++) {
      const [tag, config] = MIX[i % MIX.length];
      const el = createWidget(tag, { ...config, animation }, src);
      els.push(el);
    }
    const loads = els.map((el) => loaded(el, 30000));
    grid.append(...els);
    await Promise.all(loads);
    const allLoaded = now();
    const vh = innerHeight;
    const vw = innerWidth;
    const visible = els.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw;
    });
    const charts = visible.filter(drawsChart);
    const instances = await Promise.all(charts.map((el) => chartOf(el)));
    await Promise.all(instances.map((c) => chartFinished(c)));
    const finished = now();
    await twoFrames();
    const ms = now() - t0;
    const started = els.filter((el) => el.chart).length;
    return { ms, loaded: allLoaded - t0, finished: finished - t0, visible: visible.length, visibleCharts: charts.length, chartsStarted: started };
  }

  /** The widget kept by the last `widgetRender({ keep: true })` of the cluster map. */
  let mapEl = null;

  /** The 10,000-enterprise map: first paint (kept on the page for `hover`). */
  async function bigMap({ doc, width = 960, keep = true, config }) {
    if (mapEl) {
      mapEl.parentElement.remove();
      mapEl = null;
    }
    const data = fresh(doc);
    const box = cell(width, 'big');
    const t0 = now();
    const el = createWidget('rb-cluster-map', config, data);
    const load = loaded(el, 30000);
    box.append(el);
    const t = await widgetPainted(el, load);
    const points = el.model?.enterprisePoints ?? 0;
    if (keep) mapEl = el;
    else box.remove();
    return { ms: t.painted - t0, load: t.load - t0, chart: t.chart - t0, finished: t.finished - t0, points };
  }

  /**
   * The brand matrix (grid layout) of a large hierarchy: first paint with the deeper levels
   * collapsed, then every brand expanded at once (`toggleBrand`), to the next frames.
   */
  async function bigMatrix({ doc, width = 960 }) {
    const box = cell(width, 'big');
    const t0 = now();
    const el = createWidget('rb-brand-matrix', { animation: false }, fresh(doc));
    const load = loaded(el, 30000);
    box.append(el);
    const t = await widgetPainted(el, load);
    const cards = el.shadowRoot.querySelectorAll('[part=card]').length;
    const t1 = now();
    for (const brand of docs[doc].brands) el.toggleBrand(brand.id, true);
    await el.updateComplete;
    await twoFrames();
    const expanded = now() - t1;
    const all = el.shadowRoot.querySelectorAll('[part=card]').length;
    box.remove();
    return { ms: t.painted - t0, cards, expanded, all };
  }

  /**
   * Where to move the mouse over the kept map: `count` points on a zigzag over the chart area
   * (page coordinates, for real input events sent by the driver).
   */
  function hoverPoints({ count = 50 }) {
    const chart = mapEl?.chart;
    if (!chart) throw new Error('no map to hover');
    const r = chart.getZr().painter.getViewportRoot().getBoundingClientRect();
    return Array.from({ length: count }, (_, i) => ({
      x: Math.round(r.left + (0.15 + 0.7 * ((i * 0.137) % 1)) * r.width),
      y: Math.round(r.top + (0.15 + 0.7 * ((i * 0.311 + 0.05) % 1)) * r.height),
    }));
  }

  /**
   * Resolves for the next real mousemove: time from the input event's timestamp to the next
   * animation frame callback (zrender paints hover and tooltip in its own frame callback, which
   * runs before ours), and the time spent in the page's handlers (window capture → bubble).
   */
  function nextMove(ms = 5000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no mousemove arrived')), ms);
      let start = 0;
      const capture = () => {
        start = now();
      };
      const bubble = (e) => {
        const handlers = now() - start;
        removeEventListener('mousemove', capture, true);
        removeEventListener('mousemove', bubble);
        requestAnimationFrame(() => {
          clearTimeout(timer);
          resolve({ toNextFrame: now() - e.timeStamp, handler: handlers });
        });
      };
      addEventListener('mousemove', capture, true);
      addEventListener('mousemove', bubble);
    });
  }

  /**
   * KPI card updates: `.data` set to a new document object (one figure changed) →
   * `await el.updateComplete` → next frame. Starts from a timer task, like a data push would.
   */
  async function kpiUpdates({ doc, count = 50, config = { indicator: 'magang-sales', target: true, animation: false } }) {
    const box = cell(320);
    const el = createWidget('rb-growth-indicator', config, fresh(doc));
    const load = loaded(el);
    box.append(el);
    await widgetPainted(el, load);
    const copies = Array.from({ length: count }, (_, i) => {
      const d = fresh(doc);
      const ind = d.indicators.find((x) => x.id === config.indicator);
      const last = ind.series?.[ind.series.length - 1];
      if (last) last.value = Math.round(last.value * (1 + (i + 1) / 1000));
      else if (ind.reported) ind.reported.value = Math.round(ind.reported.value * (1 + (i + 1) / 1000));
      return d;
    });
    const toFrame = [];
    const work = [];
    for (const d of copies) {
      // Start at a spread of phases within the frame, as data pushes arrive at any time.
      await frame();
      await new Promise((r) => setTimeout(r, (copies.indexOf(d) * 7) % 17));
      const t0 = now();
      el.data = d;
      await el.updateComplete;
      const t1 = now();
      await frame();
      toFrame.push(now() - t0);
      work.push(t1 - t0);
    }
    box.remove();
    return { toFrame, work };
  }

  /** Live widgets for heap measurements. */
  let live = [];

  /**
   * Mounts `count` widgets of one kind sharing one document object (as widgets sharing a `src`
   * do), stacked at the same place so that every one is in the viewport and starts its chart.
   */
  async function mount({ tag, config, doc, count }) {
    const data = docs[doc];
    const els = [];
    for (let i = 0; i < count; i++) {
      const box = document.createElement('div');
      box.className = 'stack';
      const el = createWidget(tag, config, data);
      box.append(el);
      els.push(el);
    }
    const loads = els.map((el) => loaded(el, 30000));
    stage().append(...els.map((el) => el.parentElement));
    await Promise.all(loads.map((load, i) => widgetPainted(els[i], load)));
    live.push(...els);
    return els.filter((el) => el.chart).length;
  }

  /** Removes every mounted widget; waits for chart disposal (a microtask) and two frames. */
  async function unmountAll() {
    for (const el of live) el.parentElement.remove();
    live = [];
    clear();
    await twoFrames();
  }

  /** `total` mount/unmount cycles in batches (each batch painted before it is removed). */
  async function cycles({ tag, config, doc, total, batch = 10 }) {
    const t0 = now();
    for (let done = 0; done < total; done += batch) {
      await mount({ tag, config, doc, count: Math.min(batch, total - done) });
      await unmountAll();
    }
    return { ms: now() - t0 };
  }

  /** Times the load and evaluation of one classic script (fetch + parse + compile + run). */
  function evalScript(src) {
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      const t0 = now();
      s.onload = () => resolve(now() - t0);
      s.onerror = () => reject(new Error(`cannot load ${src}`));
      s.src = src;
      document.head.append(s);
    });
  }

  window.bench = { setup, widgetRender, widgetOption, plainRender, mixed, bigMap, bigMatrix, hoverPoints, nextMove, kpiUpdates, mount, unmountAll, cycles, evalScript, clear };
})();
