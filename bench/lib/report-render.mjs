// One process of the report benchmark (bench/run.mjs, section `report`): draws a 12-widget
// dashboard to PNG at 1920×1080 and one widget to SVG with dist/render.js, in a fresh Node
// process so its peak RSS is the renderer's own. Prints one JSON line.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.argv[2];
const runs = Number(process.argv[3]) || 5;
const render = await import(pathToFileURL(join(root, 'dist/render.js')).href);
const data = JSON.parse(readFileSync(join(root, 'demo/data/kaiping.json'), 'utf8'));
const baseUrl = pathToFileURL(join(root, 'demo/data/')).href;

/** Twelve widgets in three rows of four: every kind and drawing (KPI cards, gauge, ring, bar, matrix charts, map and graph). */
export const DASHBOARD = {
  title: '开平优品 · 行政区品牌数据',
  columns: 24,
  widgets: [
    { type: 'growth-indicator', config: { indicator: 'brand-sales' }, span: 6 },
    { type: 'growth-indicator', config: { indicator: 'investment' }, span: 6 },
    { type: 'growth-indicator', config: { indicator: 'magang-sales', target: true }, span: 6 },
    { type: 'growth-indicator', config: { indicator: 'jobs' }, span: 6 },
    { type: 'coverage-gauge', config: { coverage: 'enterprise-party' }, span: 6 },
    { type: 'coverage-gauge', config: { coverage: 'brand-committees', style: 'ring' }, span: 6 },
    { type: 'coverage-gauge', config: { coverage: 'park-branches', style: 'bar' }, span: 6 },
    { type: 'brand-matrix', config: { layout: 'sunburst' }, span: 6 },
    { type: 'cluster-map', config: { mode: 'geo' }, span: 6 },
    { type: 'brand-matrix', config: { layout: 'treemap' }, span: 6 },
    { type: 'cluster-map', config: { mode: 'graph' }, span: 6 },
    { type: 'brand-matrix', config: { layout: 'tree' }, span: 6 },
  ],
};

/**
 * The same twelve widgets on a 1920×1080 big-screen stage (24 × 12 grid): three bands of four.
 * Used when the dashboard spec knows `stage`; before that the flowing grid above is drawn, 1920 px
 * wide and as tall as its content.
 */
export const STAGE_DASHBOARD = {
  title: DASHBOARD.title,
  theme: 'screen',
  stage: { width: 1920, height: 1080 },
  columns: 24,
  rows: 12,
  widgets: DASHBOARD.widgets.map(({ type, config }, i) => {
    const band = Math.floor(i / 4);
    const [row, rows] = [[1, 3], [4, 4], [8, 5]][band];
    return { type, config, area: [1 + (i % 4) * 6, row, 6, rows] };
  }),
};

const time = async (fn) => {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
};

const spec = render.STAGES ? STAGE_DASHBOARD : DASHBOARD;
const page = () => render.renderPng({ type: 'dashboard', config: spec }, { data, baseUrl, width: 1920, height: 1080 });
const widget = () => render.renderSvg({ type: 'coverage-gauge', config: { coverage: 'enterprise-party', breakdown: true } }, { data, baseUrl, width: 480 });

const first = await time(page);
if (first.value.errors.length) throw new Error(JSON.stringify(first.value.errors));
// A third argument keeps the picture, to look at it.
if (process.argv[4]) writeFileSync(process.argv[4], first.value.png);
const warm = [];
for (let i = 0; i < runs; i++) warm.push((await time(page)).ms);
const svgFirst = await time(widget);
const svgWarm = [];
for (let i = 0; i < runs * 4; i++) svgWarm.push((await time(widget)).ms);
process.stdout.write(
  JSON.stringify({
    pageFirstMs: first.ms,
    pageWarmMs: warm,
    pageSize: [first.value.width, first.value.height],
    pngBytes: first.value.png.length,
    svgFirstMs: svgFirst.ms,
    svgWarmMs: svgWarm,
    svgBytes: svgFirst.value.svg.length,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  }) + '\n',
);
