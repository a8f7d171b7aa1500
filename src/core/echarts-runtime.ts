/**
 * What every chart needs from ECharts, as one module that `echarts-on-demand.ts` imports on demand:
 * tree-shaken `echarts/core` (`init`, `use`) with the canvas renderer and the aria component
 * registered. Nothing else imports it statically, so a page whose widgets draw no chart never loads ECharts.
 */
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { AriaComponent } from 'echarts/components';

use([CanvasRenderer, AriaComponent]);

export { init, use };
