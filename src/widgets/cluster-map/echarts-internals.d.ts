// Declarations for the three ECharts modules that geo-scatter.ts imports directly (ECharts ships
// their types under types/src/, which its package exports do not map).
declare module 'echarts/lib/chart/scatter/ScatterSeries.js' {
  const ScatterSeriesModel: abstract new (...args: never[]) => unknown;
  export default ScatterSeriesModel;
}
declare module 'echarts/lib/chart/scatter/ScatterView.js' {
  const ScatterView: abstract new (...args: never[]) => unknown;
  export default ScatterView;
}
declare module 'echarts/lib/layout/points.js' {
  export default function pointsLayout(seriesType: string): unknown;
}
