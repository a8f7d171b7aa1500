/**
 * What every chart needs from ECharts, as one module that `echarts-on-demand.ts` imports on demand:
 * tree-shaken `echarts/core` (`init`, `use`), the canvas renderer and the aria component. Nothing
 * else imports it statically, so a page whose widgets draw no chart never loads ECharts. It has no
 * side effect (the package's `sideEffects` does not list it: bundlers would drop a top-level
 * `use()`); the loader registers {@link baseModules}.
 */
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { AriaComponent } from 'echarts/components';

/** Registered before the first chart starts. */
export const baseModules = [CanvasRenderer, AriaComponent];

export { init, use };
