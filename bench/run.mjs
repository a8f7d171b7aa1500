#!/usr/bin/env node
/**
 * `npm run bench` (after `npm run build`): sizes, first render against plain ECharts, a page
 * of 100 widgets, a 10,000-point map, KPI updates and heap — all in one run, one table, one
 * JSON file (bench/results/<date>-<sha>.json and latest.json). Budgets print PASS/FAIL; the
 * exit code is 0 unless `--strict` (1 on a FAIL). A measurement that breaks exits 2.
 *
 *   node bench/run.mjs [--quick] [--strict] [--only=sizes,eval,render,page,heap,import,workbench,report,link,soak] [--runs=N] [--soak-rotations=N]
 *
 * `report` (also run by `render`): pictures without a browser (dist/render.js) — a 12-widget
 * dashboard to PNG at 1920 px wide and one widget to SVG, timed in a fresh Node process with its peak RSS.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { measureSizes } from './lib/sizes.mjs';
import { serve } from './lib/server.mjs';
import { launch, openPage, VIEWPORT } from './lib/browser.mjs';
import { brandsDoc, enterprisesDoc, inlineGeoDoc } from './lib/data.mjs';
import { median, p95, summary } from './lib/stats.mjs';
import { formatTable, kb, ms, row } from './lib/report.mjs';
import { workbenchEntrySize } from './lib/workbench.mjs';
import { linkingRows } from './lib/linking.mjs';
import { soakRows } from './lib/soak.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench/results');

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = flag('quick');
const STRICT = flag('strict');
const ONLY = option('only')?.split(',') ?? ['sizes', 'eval', 'render', 'page', 'heap', 'import', 'workbench', 'report', 'link'];
const RUNS = Number(option('runs')) || (QUICK ? 6 : 20);

/** How much of everything a run does (`--quick`: about a third of the time). */
const PLAN = {
  renderRuns: RUNS,
  renderWarmup: QUICK ? 1 : 3,
  renderBlock: 5,
  evalRuns: QUICK ? 3 : 7,
  mixedRuns: QUICK ? 2 : 5,
  mixedCount: 100,
  enterprises: 10_000,
  brands: 400,
  mapRuns: QUICK ? 2 : 5,
  hoverEvents: 50,
  kpiUpdates: QUICK ? 20 : 50,
  heapCount: 100,
  cycles: QUICK ? 200 : 1000,
  cycleBatch: 10,
  importRuns: QUICK ? 3 : 5,
};

/** Budgets (issue 7). */
const BUDGET = {
  iifeVsEcharts: 0.6,
  // issue 13 sets 22 KB, still with valibot (issue 7 had 20 KB)
  kpiEntryGzip: 22_000,
  chartEntryOverBaseline: 25_000,
  firstRenderRatio: 1.15,
  mixedMs: 1500,
  mapMs: 1000,
  hoverP95: 50,
  kpiMs: 16,
  heapGrowth: 1_000_000,
  // issue 15
  workbenchEntryGzip: 60_000,
  workbenchFieldMs: 100,
  importMs: 1500,
  importLongTaskMs: 200,
  // issue 19: reports without a browser
  reportPageMs: 1500,
  reportPeakRss: 400_000_000,
};

const ANIMATION = { animation: false };

/** The first-render cases: the widget, and (for charts) the same option drawn by plain ECharts. */
const RENDER_CASES = [
  { id: 'coverage-gauge', label: 'rb-coverage-gauge (gauge)', tag: 'rb-coverage-gauge', config: { coverage: 'enterprise-party' }, doc: 'kaiping', chart: true },
  { id: 'growth-indicator', label: 'rb-growth-indicator', tag: 'rb-growth-indicator', config: { indicator: 'magang-sales', target: true }, doc: 'kaiping', chart: false },
  { id: 'brand-matrix-grid', label: 'rb-brand-matrix (grid)', tag: 'rb-brand-matrix', config: { layout: 'grid' }, doc: 'kaiping', chart: false },
  { id: 'brand-matrix-treemap', label: 'rb-brand-matrix (treemap)', tag: 'rb-brand-matrix', config: { layout: 'treemap' }, doc: 'kaiping', chart: true },
  { id: 'cluster-map-geo', label: 'rb-cluster-map (geo, inline)', tag: 'rb-cluster-map', config: { mode: 'geo' }, doc: 'kaiping-inline', chart: true, geo: true },
  { id: 'cluster-map-graph', label: 'rb-cluster-map (graph)', tag: 'rb-cluster-map', config: { mode: 'graph' }, doc: 'kaiping', chart: true },
];

/** Kinds measured for heap: the render cases (shared document, as with one `src`). */
const HEAP_CASES = RENDER_CASES;

const DOCS = {
  kaiping: '/demo/data/kaiping.json',
  'kaiping-inline': '/bench-data/kaiping-inline.json',
};

const log = (...a) => process.stderr.write(`[bench] ${a.join(' ')}\n`);
const errors = [];
const rows = [];
const raw = { plan: PLAN };

function gitInfo() {
  const git = (...a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    const sha = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'package.json', 'rollup.config.mjs') !== '';
    return { sha, dirty };
  } catch {
    return { sha: 'nogit', dirty: false };
  }
}

/** Runs one section; a thrown error becomes an ERROR row instead of ending the run. */
async function section(name, fn) {
  // `--only=render` asks for rendering: in the browser (first render) and without one (report).
  if (!ONLY.includes(name) && !(name === 'report' && ONLY.includes('render'))) return;
  const t0 = Date.now();
  log(`${name} …`);
  try {
    await fn();
  } catch (e) {
    errors.push(`${name}: ${e.stack ?? e}`);
    rows.push(row({ id: `${name}.error`, section: name, label: 'ERROR', value: NaN, unit: '', text: String(e.message ?? e).slice(0, 80), check: false }));
  }
  log(`${name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

// ───────────────────────────── sizes ─────────────────────────────

async function sizes() {
  const s = await measureSizes(ROOT, join(RESULTS, '.baseline-cache.json'), log);
  raw.sizes = s;
  const ech = s.echartsMin;
  rows.push(row({ id: 'size.echarts-min', section: 'size', label: 'echarts.min.js (reference)', value: ech.gzip, unit: 'B', text: `${kb(ech.min)} min / ${kb(ech.gzip)} gz` }));
  const limit = Math.floor(BUDGET.iifeVsEcharts * ech.gzip);
  rows.push(
    row({
      id: 'size.iife',
      section: 'size',
      label: 'IIFE, every widget',
      value: s.iife.gzip,
      unit: 'B',
      text: `${kb(s.iife.min)} min / ${kb(s.iife.gzip)} gz`,
      ref: `echarts.min.js ${kb(ech.gzip)} gz`,
      ratio: s.iife.gzip / ech.gzip,
      budget: `≤ ${BUDGET.iifeVsEcharts}× gz (${kb(limit)})`,
      limit,
    }),
  );
  for (const [w, e] of Object.entries(s.widgets)) {
    // The budget row: the entry as an application's bundler ships it (one file, like the
    // baseline). The row under it: the dist/ files loaded as they are, without a bundler.
    const b = e.bundled;
    const bundledText = `${kb(b.min)} min / ${kb(b.gzip)} gz${b.onDemand?.files ? ` (+ ${kb(b.onDemand.gzip)} gz on demand in ${b.onDemand.files} files)` : ''}`;
    const filesText = `${kb(e.min)} min / ${kb(e.gzip)} gz (${e.files} files)`;
    if (!e.baseline) {
      const noEcharts = b.echartsMarkers.length === 0 && e.echartsMarkers.length === 0;
      const kpi = w === 'growth-indicator';
      rows.push(
        row({
          id: `size.${w}`,
          section: 'size',
          label: `${w} entry, bundled`,
          value: b.gzip,
          unit: 'B',
          text: bundledText,
          ref: noEcharts ? 'no ECharts/zrender code' : `ECharts found: ${[...new Set([...b.echartsMarkers, ...e.echartsMarkers])].join(', ')}`,
          budget: kpi ? `≤ ${kb(BUDGET.kpiEntryGzip)} gz, no ECharts` : '',
          check: kpi ? noEcharts && b.gzip <= BUDGET.kpiEntryGzip : null,
        }),
      );
      rows.push(row({ id: `size.${w}.files`, section: 'size', label: '  without a bundler (dist files)', value: e.gzip, unit: 'B', text: filesText }));
      continue;
    }
    // ECharts' core and renderer come through import() with a page's first chart (src/core/echarts-on-demand.ts),
    // and so do the chart modules of a widget that names them through a loader (the brand matrix).
    // The budget row is what a page drawing a chart loads: the first load plus those chunks, like
    // the one-file baseline; the row under it is the first load alone.
    const lim = e.baseline.gzip + BUDGET.chartEntryOverBaseline;
    const ec = b.echartsOnDemand;
    const drawn = b.gzip + ec.gzip;
    const other = { gzip: b.onDemand.gzip - ec.gzip, files: b.onDemand.files - ec.files };
    rows.push(
      row({
        id: `size.${w}`,
        section: 'size',
        label: `${w} entry, bundled, drawing a chart`,
        value: drawn,
        unit: 'B',
        text: `${kb(drawn)} gz = ${kb(b.gzip)} first + ${kb(ec.gzip)} ECharts on demand (${ec.files} files)${other.files ? ` (+ ${kb(other.gzip)} gz other on demand in ${other.files} files)` : ''} (${drawn >= e.baseline.gzip ? '+' : '−'}${kb(Math.abs(drawn - e.baseline.gzip))})`,
        ref: `Lit+ECharts(${e.echartsModules.join(',')}) ${kb(e.baseline.gzip)} gz`,
        ratio: drawn / e.baseline.gzip,
        budget: `≤ baseline + ${kb(BUDGET.chartEntryOverBaseline)} (${kb(lim)})`,
        limit: lim,
      }),
    );
    // A widget whose chart modules load on demand: its first load (a grid matrix) holds no ECharts.
    const found = [...new Set([...b.firstEchartsMarkers, ...e.echartsMarkers])];
    rows.push(
      row({
        id: `size.${w}.first`,
        section: 'size',
        label: e.echartsOnDemand ? '  first load, no chart drawn' : '  first load',
        value: b.gzip,
        unit: 'B',
        text: `${kb(b.min)} min / ${kb(b.gzip)} gz`,
        ref: found.length ? `ECharts found: ${found.join(', ')}` : 'no ECharts/zrender code',
        budget: e.echartsOnDemand ? 'no ECharts' : '',
        check: e.echartsOnDemand ? found.length === 0 : null,
      }),
    );
    rows.push(
      row({
        id: `size.${w}.files`,
        section: 'size',
        label: '  without a bundler (dist files, first load)',
        value: e.gzip,
        unit: 'B',
        text: filesText,
        ref: 'shared chunks: cross-chunk imports and exports',
      }),
    );
  }
  const top = (s.iifeComposition ?? []).slice(0, 6);
  for (const c of top) {
    rows.push(row({ id: `size.iife-part.${c.group}`, section: 'size', label: `  IIFE part: ${c.group}`, value: c.min, unit: 'B', text: `${kb(c.min)} min`, ref: `${((c.min / s.iife.min) * 100).toFixed(1)} % of IIFE` }));
  }
}

// ───────────────────────────── browser sections ─────────────────────────────

let browser;
let origin;
let loadAtStart = [];

const pageError = (msg) => errors.push(msg);
const open = (name) => openPage(browser, origin, name, { onError: pageError });

async function evalCost() {
  const iife = [];
  const ech = [];
  for (let i = 0; i < PLAN.evalRuns; i++) {
    for (const [src, list] of [
      ['/dist/region-brand-widgets.iife.js', iife],
      ['/node_modules/echarts/dist/echarts.min.js', ech],
    ]) {
      const p = await open('empty.html');
      list.push(await p.call('evalScript', src));
      await p.close();
    }
  }
  raw.eval = { iife, echarts: ech };
  rows.push(
    row({
      id: 'eval.iife',
      section: 'load',
      label: 'IIFE load+eval (no code cache)',
      value: median(iife),
      unit: 'ms',
      text: ms(median(iife)),
      ref: `echarts.min.js ${ms(median(ech))}`,
      ratio: median(iife) / median(ech),
    }),
  );
}

async function firstRender() {
  const widgetPage = await open('widgets.html');
  const plainPage = await open('plain.html');
  await widgetPage.call('setup', DOCS);
  await plainPage.call('setup', DOCS);
  raw.render = {};
  for (const c of RENDER_CASES) {
    const config = { ...c.config, ...ANIMATION };
    const spec = { tag: c.tag, config, doc: c.doc };
    let plainSpec = null;
    if (c.chart) {
      const o = await widgetPage.call('widgetOption', spec);
      plainSpec = { option: o.option, width: o.width, height: o.height, geoDoc: c.geo ? c.doc : null };
    }
    for (let i = 0; i < PLAN.renderWarmup; i++) {
      await widgetPage.call('widgetRender', spec);
      if (plainSpec) await plainPage.call('plainRender', plainSpec);
    }
    // Alternate blocks of runs so that both sides see the same machine noise.
    const w = [];
    const p = [];
    while (w.length < PLAN.renderRuns) {
      const n = Math.min(PLAN.renderBlock, PLAN.renderRuns - w.length);
      await widgetPage.page.bringToFront();
      for (let i = 0; i < n; i++) w.push(await widgetPage.call('widgetRender', spec));
      if (plainSpec) {
        await plainPage.page.bringToFront();
        for (let i = 0; i < n; i++) p.push(await plainPage.call('plainRender', plainSpec));
      }
    }
    const wm = median(w.map((r) => r.ms));
    const pm = plainSpec ? median(p.map((r) => r.ms)) : NaN;
    const phases = `load ${median(w.map((r) => r.load)).toFixed(1)}, chart ${median(w.map((r) => r.chart)).toFixed(1)}`;
    raw.render[c.id] = {
      widget: summary(w.map((r) => r.ms)),
      widgetLoad: summary(w.map((r) => r.load)),
      widgetChart: summary(w.map((r) => r.chart)),
      plain: plainSpec ? summary(p.map((r) => r.ms)) : null,
      plainChart: plainSpec ? summary(p.map((r) => r.chart)) : null,
      chartSize: plainSpec ? [plainSpec.width, plainSpec.height] : null,
    };
    rows.push(
      row({
        id: `render.${c.id}`,
        section: 'render',
        label: `first render ${c.label}`,
        value: wm,
        unit: 'ms',
        text: `${ms(wm)} (${phases})`,
        ref: plainSpec ? `plain ECharts ${ms(pm)}` : 'no chart',
        ratio: plainSpec ? wm / pm : null,
        budget: plainSpec ? `≤ ${BUDGET.firstRenderRatio}× plain` : '',
        check: plainSpec ? wm / pm <= BUDGET.firstRenderRatio : null,
      }),
    );
    log(`  ${c.id}: widget ${ms(wm)}${plainSpec ? `, plain ${ms(pm)}` : ''}`);
  }
  await widgetPage.close();
  await plainPage.close();
}

/** Real mouse moves (CDP input, as a user's) over the kept map; one at a time, each to its frame. */
async function hoverMap(p, count) {
  const points = await p.call('hoverPoints', { count });
  const out = { toNextFrame: [], handler: [] };
  await p.page.mouse.move(points[0].x - 40, points[0].y);
  for (const pt of points) {
    await p.page.evaluate(() => void (window.__move = window.bench.nextMove()));
    await p.page.mouse.move(pt.x, pt.y);
    const r = await p.page.evaluate(() => window.__move);
    out.toNextFrame.push(r.toNextFrame);
    out.handler.push(r.handler);
    await p.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  return out;
}

async function pageScale() {
  // 100 mixed widgets: a fresh page per run (cold document cache, as on a page view).
  const mixed = [];
  for (let i = 0; i < PLAN.mixedRuns; i++) {
    const p = await open('widgets.html');
    mixed.push(await p.call('mixed', { count: PLAN.mixedCount, src: '/demo/data/kaiping.json' }));
    await p.close();
  }
  raw.mixed = mixed;
  const mm = median(mixed.map((r) => r.ms));
  const last = mixed[mixed.length - 1];
  rows.push(
    row({
      id: 'page.mixed-100',
      section: 'page',
      label: `${PLAN.mixedCount} mixed widgets, one src`,
      value: mm,
      unit: 'ms',
      text: `${ms(mm)} (all rb-load ${median(mixed.map((r) => r.loaded)).toFixed(0)})`,
      ref: `${last.visibleCharts} charts in view of ${VIEWPORT.width}×${VIEWPORT.height}, ${last.chartsStarted} started`,
      budget: `≤ ${BUDGET.mixedMs} ms`,
      limit: BUDGET.mixedMs,
    }),
  );

  // The map with 10,000 enterprises, then hovering it.
  const p = await open('widgets.html');
  await p.call('setup', { ...DOCS, big: '/bench-data/kaiping-10k.json' });
  const config = { mode: 'geo', showEnterprises: true, ...ANIMATION };
  const maps = [];
  for (let i = 0; i < PLAN.mapRuns + 1; i++) maps.push(await p.call('bigMap', { doc: 'big', config }));
  const cold = maps.shift();
  const mapMs = median(maps.map((r) => r.ms));
  const hover = await hoverMap(p, PLAN.hoverEvents);
  const option = await p.call('widgetOption', { tag: 'rb-cluster-map', config, doc: 'big', width: 960 });
  await p.close();
  const plain = await open('plain.html');
  await plain.call('setup', { big: '/bench-data/kaiping-10k.json' });
  const plainMaps = [];
  for (let i = 0; i < PLAN.mapRuns + 1; i++) plainMaps.push(await plain.call('plainRender', { option: option.option, width: option.width, height: option.height, geoDoc: 'big' }));
  plainMaps.shift();
  await plain.close();
  const plainMs = median(plainMaps.map((r) => r.ms));
  raw.map = { cold, runs: maps, plain: plainMaps, hover: { toNextFrame: summary(hover.toNextFrame), handler: summary(hover.handler) } };
  rows.push(
    row({
      id: 'page.map-10k',
      section: 'page',
      label: `cluster map, ${cold.points} enterprises: first paint`,
      value: mapMs,
      unit: 'ms',
      text: `${ms(mapMs)} (cold ${ms(cold.ms)}; chart at ${median(maps.map((r) => r.chart)).toFixed(0)})`,
      ref: `plain ECharts ${ms(plainMs)}`,
      ratio: mapMs / plainMs,
      budget: `≤ ${BUDGET.mapMs} ms`,
      limit: BUDGET.mapMs,
    }),
  );
  const hp95 = p95(hover.toNextFrame);
  rows.push(
    row({
      id: 'page.map-10k-hover',
      section: 'page',
      label: `  hover → next frame (${hover.toNextFrame.length} moves), p95`,
      value: hp95,
      unit: 'ms',
      text: `${ms(hp95)} (median ${ms(median(hover.toNextFrame))})`,
      ref: `handlers: median ${ms(median(hover.handler))}, p95 ${ms(p95(hover.handler))}`,
      budget: `p95 ≤ ${BUDGET.hoverP95} ms`,
      limit: BUDGET.hoverP95,
    }),
  );

  // A brand matrix of 400 brands in four levels: first paint (deeper levels collapsed), then all expanded.
  const bm = await open('widgets.html');
  await bm.call('setup', { brands: '/bench-data/brands-400.json' });
  const matrices = [];
  for (let i = 0; i < PLAN.mapRuns + 1; i++) matrices.push(await bm.call('bigMatrix', { doc: 'brands' }));
  await bm.close();
  const coldMatrix = matrices.shift();
  raw.matrix = { cold: coldMatrix, runs: matrices };
  const matrixMs = median(matrices.map((r) => r.ms));
  rows.push(
    row({
      id: 'page.matrix-400',
      section: 'page',
      label: `brand matrix, ${PLAN.brands} brands in four levels: first paint`,
      value: matrixMs,
      unit: 'ms',
      text: `${ms(matrixMs)} (cold ${ms(coldMatrix.ms)}; ${coldMatrix.cards} cards shown)`,
      ref: `all ${coldMatrix.all} expanded at once: ${ms(median(matrices.map((r) => r.expanded)))}`,
    }),
  );

  // KPI card updates.
  const k = await open('widgets.html');
  await k.call('setup', DOCS);
  const kpi = await k.call('kpiUpdates', { doc: 'kaiping', count: PLAN.kpiUpdates });
  await k.close();
  raw.kpi = { toFrame: summary(kpi.toFrame), work: summary(kpi.work) };
  const km = median(kpi.toFrame);
  rows.push(
    row({
      id: 'page.kpi-update',
      section: 'page',
      label: 'KPI card .data update → next frame, median',
      value: km,
      unit: 'ms',
      text: `${ms(km)} (work ${ms(median(kpi.work))})`,
      ref: `p95 ${ms(p95(kpi.toFrame))}`,
      budget: `≤ ${BUDGET.kpiMs} ms`,
      limit: BUDGET.kpiMs,
    }),
  );
}

async function heap() {
  raw.heap = {};
  for (const c of HEAP_CASES) {
    const p = await open('widgets.html');
    await p.call('setup', DOCS);
    const spec = { tag: c.tag, config: { ...c.config, ...ANIMATION }, doc: c.doc };
    await p.call('mount', { ...spec, count: 5 });
    await p.call('unmountAll');
    const h0 = await p.heap();
    const d0 = await p.domCounters();
    const charts = await p.call('mount', { ...spec, count: PLAN.heapCount });
    const h1 = await p.heap();
    const d1 = await p.domCounters();
    await p.call('unmountAll');
    const h2 = await p.heap();
    const cyc = await p.call('cycles', { ...spec, total: PLAN.cycles, batch: PLAN.cycleBatch });
    const h3 = await p.heap();
    await p.close();
    const perWidget = (h1 - h0) / PLAN.heapCount;
    const growth = h3 - h2;
    raw.heap[c.id] = { before: h0, mounted: h1, unmounted: h2, afterCycles: h3, charts, nodesPerWidget: (d1.nodes - d0.nodes) / PLAN.heapCount, cyclesMs: cyc.ms };
    rows.push(
      row({
        id: `heap.live.${c.id}`,
        section: 'heap',
        label: `retained per live ${c.label}`,
        value: perWidget,
        unit: 'B',
        text: kb(perWidget),
        ref: `${Math.round((d1.nodes - d0.nodes) / PLAN.heapCount)} DOM nodes each; ${charts}/${PLAN.heapCount} charts`,
      }),
    );
    rows.push(
      row({
        id: `heap.growth.${c.id}`,
        section: 'heap',
        label: `  growth after ${PLAN.cycles} mount/unmount`,
        value: growth,
        unit: 'B',
        text: kb(growth),
        ref: `${(cyc.ms / 1000).toFixed(1)} s; left after unmount ${kb(h2 - h0)}`,
        budget: `< ${kb(BUDGET.heapGrowth)}`,
        limit: BUDGET.heapGrowth,
        op: '<',
      }),
    );
    log(`  ${c.id}: ${kb(perWidget)} per widget, growth ${kb(growth)} (${(cyc.ms / 1000).toFixed(1)} s)`);
  }
}

// ───────────────────────────── workbench ─────────────────────────────

async function workbench() {
  const size = await workbenchEntrySize(ROOT);
  raw.workbench = { size };
  rows.push(
    row({
      id: 'workbench.size',
      section: 'workbench',
      label: 'workbench entry, bundled',
      value: size.gzip,
      unit: 'B',
      text: `${kb(size.min)} min / ${kb(size.gzip)} gz (${size.chunks} chunks; ${size.lazyChunks} more on demand)`,
      ref: size.markers.length ? `found: ${size.markers.join(', ')}` : 'no ECharts, no XLSX library',
      budget: `≤ ${kb(BUDGET.workbenchEntryGzip)} gz`,
      check: size.gzip <= BUDGET.workbenchEntryGzip && size.markers.length === 0,
    }),
  );
  rows.push(row({ id: 'workbench.size.files', section: 'workbench', label: '  without a bundler (dist files)', value: size.files.gzip, unit: 'B', text: `${kb(size.files.min)} min / ${kb(size.files.gzip)} gz (${size.files.files} files)` }));
  const page = await openPage(browser, origin, 'workbench.html', { onError: (e) => errors.push(e) });
  try {
    await page.call('ready');
    const times = await page.call('fieldToFrame', { runs: QUICK ? 10 : 30 });
    raw.workbench.fieldToFrame = summary(times);
    const m = median(times);
    const p = p95(times);
    rows.push(
      row({
        id: 'workbench.field',
        section: 'workbench',
        label: 'field change → preview next frame',
        value: p,
        unit: 'ms',
        text: `p95 ${ms(p)}, median ${ms(m)} (${times.length} changes)`,
        ref: 'coverage gauge ↔ ring, kaiping',
        budget: `≤ ${BUDGET.workbenchFieldMs} ms`,
        limit: BUDGET.workbenchFieldMs,
      }),
    );
    log(`  field → frame: median ${ms(m)}, p95 ${ms(p)}`);
  } finally {
    await page.close();
  }
}

// ───────────────────────────── workbook import (issue 14) ─────────────────────────────

/** The 10,000-enterprise document as a workbook (XLSX bytes), written by the converter. */
async function enterprisesWorkbook() {
  const sheet = await import(join(ROOT, 'dist/sheet.js'));
  const { validateDocument } = await import(join(ROOT, 'dist/validate.js'));
  const result = validateDocument(enterprisesDoc(ROOT, PLAN.enterprises));
  if (!result.ok) throw result.error;
  return { sheet, bytes: Buffer.from(await sheet.writeXlsx(sheet.documentToWorkbook(result.data))) };
}

/** Importing 10,000 enterprise rows: Node (in this process), then Chromium (bytes from a File). */
async function importWorkbook(bytes, sheet) {
  const node = [];
  for (let i = 0; i < PLAN.importRuns; i++) {
    const start = performance.now();
    const result = sheet.workbookToDocument(await sheet.readWorkbookFile(bytes, 'enterprises.xlsx'));
    node.push(performance.now() - start);
    if (!result.ok) throw new Error(`import failed: ${result.problems[0]?.message}`);
  }
  const browserRuns = [];
  for (let i = 0; i < PLAN.importRuns; i++) {
    // A fresh page each time: the first import also loads the XLSX library, as for a user.
    const p = await openPage(browser, origin, 'import.html', { onError: (e) => errors.push(e) });
    browserRuns.push(await p.call('importWorkbook', { url: '/bench-data/enterprises-10k.xlsx' }));
    await p.close();
  }
  raw.import = { node, browser: browserRuns, bytes: bytes.length };
  const label = `${PLAN.enterprises.toLocaleString('en')} enterprise rows`;
  rows.push(
    row({ section: 'import', id: 'import-node', label: `import ${label}, Node (first run ${ms(node[0])})`, value: median(node), unit: 'ms', text: ms(median(node)), budget: `≤ ${ms(BUDGET.importMs)}`, limit: BUDGET.importMs, op: '<=' }),
    row({ section: 'import', id: 'import-chromium', label: `import ${label}, Chromium (read, converted and validated in the worker)`, value: median(browserRuns.map((r) => r.ms)), unit: 'ms', text: ms(median(browserRuns.map((r) => r.ms))), budget: `≤ ${ms(BUDGET.importMs)}`, limit: BUDGET.importMs, op: '<=' }),
    row({ section: 'import', id: 'import-long-task', label: 'import: longest task in the page', value: Math.max(...browserRuns.map((r) => r.longestTask)), unit: 'ms', text: ms(Math.max(...browserRuns.map((r) => r.longestTask))), budget: `≤ ${ms(BUDGET.importLongTaskMs)}`, limit: BUDGET.importLongTaskMs, op: '<=' }),
  );
  log(`  import: Node ${node.map((x) => ms(x)).join(', ')}; Chromium ${browserRuns.map((r) => `${ms(r.ms)} (longest task ${ms(r.longestTask)})`).join(', ')}`);
}

// ───────────────────────────── report (Node, no browser) ─────────────────────────────

async function report() {
  const script = join(ROOT, 'bench/lib/report-render.mjs');
  const out = execFileSync(process.execPath, [script, ROOT, String(QUICK ? 3 : 8)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const r = JSON.parse(out.trim().split('\n').pop());
  raw.report = r;
  const [w, h] = r.pageSize;
  rows.push(
    row({
      id: 'report.dashboard-png',
      section: 'report',
      label: `12-widget dashboard → PNG ${w}×${h}, fresh process`,
      value: r.pageFirstMs,
      unit: 'ms',
      text: ms(r.pageFirstMs),
      ref: `then ${ms(median(r.pageWarmMs))} median; ${kb(r.pngBytes)} PNG`,
      budget: `≤ ${ms(BUDGET.reportPageMs)}`,
      limit: BUDGET.reportPageMs,
    }),
    row({
      id: 'report.peak-rss',
      section: 'report',
      label: '  peak RSS of that process',
      value: r.peakRssBytes,
      unit: 'B',
      text: `${(r.peakRssBytes / 1e6).toFixed(0)} MB`,
      budget: `≤ ${(BUDGET.reportPeakRss / 1e6).toFixed(0)} MB`,
      limit: BUDGET.reportPeakRss,
    }),
    row({
      id: 'report.widget-svg',
      section: 'report',
      label: 'one widget → SVG (gauge + breakdown)',
      value: median(r.svgWarmMs),
      unit: 'ms',
      text: ms(median(r.svgWarmMs)),
      ref: `first ${ms(r.svgFirstMs)}; ${kb(r.svgBytes)} SVG`,
    }),
  );
}

// ───────────────────────────── main ─────────────────────────────

async function main() {
  for (const f of ['dist/region-brand-widgets.iife.js', 'node_modules/echarts/dist/echarts.min.js']) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run \`npm run build\` first (npm run bench does).`);
  }
  const started = Date.now();
  loadAtStart = loadavg().map((x) => Math.round(x * 100) / 100);
  const git = gitInfo();
  await section('sizes', sizes);
  await section('report', report);

  const browserSections = ['eval', 'render', 'page', 'heap', 'import', 'workbench', 'link', 'soak'].filter((s) => ONLY.includes(s));
  if (browserSections.length) {
    const workbook = ONLY.includes('import') ? await enterprisesWorkbook() : null;
    const server = await serve(ROOT, {
      '/bench-data/kaiping-inline.json': JSON.stringify(inlineGeoDoc(ROOT)),
      '/bench-data/kaiping-10k.json': JSON.stringify(enterprisesDoc(ROOT, PLAN.enterprises)),
      '/bench-data/brands-400.json': JSON.stringify(brandsDoc(PLAN.brands)),
      ...(workbook ? { '/bench-data/enterprises-10k.xlsx': workbook.bytes } : {}),
    });
    origin = server.origin;
    browser = await launch();
    raw.chromium = await browser.version();
    try {
      await section('eval', evalCost);
      await section('render', firstRender);
      await section('page', pageScale);
      await section('heap', heap);
      await section('workbench', workbench);
      if (workbook) await section('import', () => importWorkbook(workbook.bytes, workbook.sheet));
      await section('link', async () => {
        const link = await linkingRows({ open, runs: QUICK ? 8 : 20, src: DOCS['kaiping-inline'] });
        rows.push(...link.rows);
        raw.link = link.raw;
      });
      // Issue 17: a big screen left on for weeks (10,000 rotations; --soak-rotations=N for fewer).
      await section('soak', async () => {
        const soak = await soakRows({ open, rotations: Number(option('soak-rotations') ?? (QUICK ? 500 : 10_000)), src: '/demo/data/kaiping.json' });
        rows.push(...soak.rows);
        raw.soak = soak.raw;
      });
    } finally {
      await browser.close();
      await server.close();
    }
  }

  const result = {
    date: new Date().toISOString(),
    git,
    node: process.version,
    quick: QUICK,
    only: ONLY,
    durationSec: Math.round((Date.now() - started) / 1000),
    // Other processes share the CPU (the browser lock does not cover builds): judge absolute times with this.
    machine: { cpus: cpus().length, loadAvgAtStart: loadAtStart, loadAvgAtEnd: loadavg().map((x) => Math.round(x * 100) / 100) },
    rows,
    raw,
    errors,
  };
  mkdirSync(RESULTS, { recursive: true });
  const latestFile = join(RESULTS, 'latest.json');
  let previous = null;
  try {
    previous = JSON.parse(readFileSync(latestFile, 'utf8'));
  } catch {}
  const stamp = result.date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const file = join(RESULTS, `${stamp}-${git.sha}${git.dirty ? '-dirty' : ''}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  writeFileSync(latestFile, JSON.stringify(result, null, 2));

  const prevNote = previous ? ` — Δ against ${previous.git?.sha ?? '?'}${previous.git?.dirty ? '-dirty' : ''} of ${previous.date}${previous.quick ? ' (quick)' : ''}` : '';
  console.log(`region-brand-widgets bench — ${git.sha}${git.dirty ? '-dirty' : ''}, ${raw.chromium ?? 'no browser'}, node ${process.version}, ${cpus().length} CPUs, load ${loadAtStart[0]}→${result.machine.loadAvgAtEnd[0]}${QUICK ? ', --quick' : ''}${prevNote}`);
  console.log(formatTable(rows, previous?.rows ?? null));
  const fails = rows.filter((r) => r.pass === false);
  console.log(
    `\n${rows.filter((r) => r.pass === true).length} PASS, ${fails.length} FAIL${fails.length ? ` (${fails.map((r) => r.id).join(', ')})` : ''}; ${result.durationSec} s; written ${file.slice(ROOT.length + 1)} and bench/results/latest.json`,
  );
  for (const e of errors) console.error(`error: ${e}`);
  if (errors.length) process.exitCode = 2;
  else if (STRICT && fails.length) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
