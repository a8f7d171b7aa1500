/**
 * ECharts' scatter series for the `geo` coordinate system only. The stock `ScatterChart` also
 * installs the cartesian grid, its axes and scales "in case the developer forgot" (about 19 KB
 * gzip); the map never draws on a grid, so this installs just the series, its view and the point
 * layout, the same three registrations `ScatterChart` makes besides the grid. The modules come
 * from `echarts/lib/…` (exported by the package); a version bump of ECharts must keep
 * test/widgets/cluster-map passing (markers drawn and clickable, 10,000 points in large mode).
 */
import ScatterSeriesModel from 'echarts/lib/chart/scatter/ScatterSeries.js';
import ScatterView from 'echarts/lib/chart/scatter/ScatterView.js';
import pointsLayout from 'echarts/lib/layout/points.js';
import type { EChartsModule } from '../../core/chart.js';

interface ScatterRegisters {
  registerSeriesModel(model: unknown): void;
  registerChartView(view: unknown): void;
  registerLayout(layout: unknown): void;
}

/** The scatter series without the grid component; pass it to `use()` like `ScatterChart`. */
export const GeoScatterChart = ((registers: ScatterRegisters) => {
  registers.registerSeriesModel(ScatterSeriesModel);
  registers.registerChartView(ScatterView);
  registers.registerLayout(pointsLayout('scatter'));
}) as unknown as Exclude<EChartsModule, readonly unknown[]>;
