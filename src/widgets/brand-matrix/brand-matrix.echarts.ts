/**
 * The ECharts modules of the brand matrix's chart layouts (tree, treemap, sunburst): a chunk the
 * widget imports on demand the first time it draws one, so a matrix of cards never loads ECharts.
 */
import { SunburstChart, TreeChart, TreemapChart } from 'echarts/charts';

export const echartsModules = [TreeChart, TreemapChart, SunburstChart];
