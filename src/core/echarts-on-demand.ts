/**
 * ECharts for the chart widgets, loaded on demand: `echarts/core` with the canvas renderer and the
 * aria component (`echarts-runtime.ts`), and a widget's chart modules when it names them through a
 * loader, come through `import()` the first time a widget shows a chart; a page that draws none
 * (a brand matrix of cards) never fetches them. The chart element shows a chart model only once
 * {@link echartsReady} has nothing more to wait for; the chart controller then draws with
 * {@link echartsFor} at once, so the chart is there when `updateComplete` resolves and `rb-load` fires.
 */
import type { use } from 'echarts/core';
import { OnDemand } from './on-demand.js';

/** An ECharts extension module (a chart type or component) as `use()` takes it. */
export type EChartsModule = Parameters<typeof use>[0];

/**
 * The ECharts modules a widget draws with: an array (imported with the widget), or a function that
 * imports them on demand (the brand matrix's loader imports `brand-matrix.echarts.ts` and returns its array).
 * Loaders are remembered by identity: give every element of a widget the same function (a
 * module-level constant), not a new one per element.
 */
export type EChartsModules = readonly EChartsModule[] | ModulesLoader;

/** A function that imports a widget's chart modules. */
export type ModulesLoader = () => Promise<readonly EChartsModule[]>;

/** `init` and `use` of `echarts/core`, with the renderer and the aria component registered. */
export type EChartsRuntime = typeof import('./echarts-runtime.js');

/** Failures are the widget's to show (an internal error), and the next chart tries again. */
const reported = { warn: false } as const;
const runtime = new OnDemand(() => import('./echarts-runtime.js').then((m) => (m.use(m.baseModules), m)), 'ECharts', reported);
const loaded = new Map<ModulesLoader, OnDemand<readonly EChartsModule[]>>();

/**
 * Null once ECharts and `modules` are at hand. While they load (loading starts on the first call),
 * the promise to wait for; it never rejects. A failed import throws here, once (the next call tries
 * again), with what made it fail as the `cause`, so the widget shows it as an internal error.
 */
export function echartsReady(modules: EChartsModules): Promise<void> | null {
  const parts: OnDemand<unknown>[] = [runtime];
  if (typeof modules === 'function') {
    let own = loaded.get(modules);
    if (!own) loaded.set(modules, (own = new OnDemand(modules, 'ECharts modules', reported)));
    parts.push(own);
  }
  const pending = parts.flatMap((p) => p.ready() ?? []);
  const failed = parts.find((p) => p.failure);
  if (failed?.failure) {
    const { cause } = failed.failure;
    failed.retry();
    throw new Error('region-brand-widgets: the ECharts chunk could not be loaded', { cause });
  }
  return pending.length ? Promise.all(pending).then(() => undefined) : null;
}

/** ECharts with `modules` registered, or null until {@link echartsReady} has nothing more to wait for. */
export function echartsFor(modules: EChartsModules): EChartsRuntime | null {
  const echarts = runtime.module;
  const list = typeof modules === 'function' ? loaded.get(modules)?.module : modules;
  if (!echarts || !list) return null;
  // use() skips what it has registered before.
  for (const m of list) echarts.use(m);
  return echarts;
}
