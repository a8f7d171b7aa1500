/**
 * Charts in a picture: ECharts' own server-side SVG renderer (`ssr: true`, `renderToSVGString`)
 * draws the very option the widget's pure builder made for the browser, with animation off and
 * text measured by the bundled font (`setPlatformAPI({ measureText })`).
 */
import { init, setPlatformAPI, use, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { GaugeChart, GraphChart, MapChart, SunburstChart, TreeChart, TreemapChart } from 'echarts/charts';
import { AriaComponent, GeoComponent, LegendPlainComponent } from 'echarts/components';
import { GeoScatterChart } from '../widgets/cluster-map/geo-scatter.js';
import { measureText } from './fonts.js';
import { xmlText } from './svg.js';

let ready = false;

function setUp(): void {
  if (ready) return;
  use([SVGRenderer, AriaComponent, GaugeChart, TreeChart, TreemapChart, SunburstChart, MapChart, GraphChart, GeoComponent, GeoScatterChart, LegendPlainComponent]);
  setPlatformAPI({ measureText });
  ready = true;
}

/** The option as an SVG document of `width` × `height` (its `<svg>` root, no XML prolog). */
export function chartSvg(option: EChartsCoreOption, width: number, height: number, family: string): string {
  setUp();
  const chart = init(null as unknown as HTMLElement, null, { renderer: 'svg', ssr: true, width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) });
  try {
    const textStyle = (option['textStyle'] as Record<string, unknown> | undefined) ?? {};
    chart.setOption({ ...option, animation: false, textStyle: { ...textStyle, fontFamily: family } }, { notMerge: true });
    // ECharts escapes markup in the data's names, not the characters XML cannot hold.
    return xmlText(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/** A chart placed in a picture as a nested `<svg>` at (x, y). */
export function placeChart(svg: string, x: number, y: number): string {
  return svg.replace(/^<svg\b/, `<svg x="${Math.round(x * 100) / 100}" y="${Math.round(y * 100) / 100}"`);
}
