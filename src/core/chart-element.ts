/**
 * Base of the widgets that draw with ECharts: the model is an ECharts option plus the same
 * figures as text (an accessible summary and a data table), since canvas text is invisible to
 * screen readers, search and tests.
 */
import { html, css, type TemplateResult } from 'lit';
import { resolveTheme } from './theme.js';
import { RbElement } from './base-element.js';
import { ChartController, type ChartHost, type EChartsCoreOption, type EChartsModule } from './chart.js';
import type { CommonConfig } from './config.js';
import type { RbSelectDetail } from './events.js';
import type { DataTable } from './data-table.js';

export { renderDataTable, type DataTable } from './data-table.js';

/** What a chart widget's pure `toOption` returns. */
export interface ChartModel {
  readonly option: EChartsCoreOption;
  /** One sentence with the key figures: the accessible name of the chart. */
  readonly summary: string;
  readonly table: DataTable;
  readonly title?: string;
}

/**
 * @csspart chart - The chart drawing area.
 * @csspart table - The data table (visually hidden).
 */
export abstract class RbChartElement<C extends CommonConfig, M extends ChartModel = ChartModel>
  extends RbElement<C, M>
  implements ChartHost
{
  static override styles = [
    ...RbElement.styles,
    css`
      .chart {
        width: 100%;
        height: var(--rb-chart-height);
        min-height: 120px;
      }
    `,
  ];

  /** ECharts chart types and components this widget draws with. */
  abstract readonly echartsModules: EChartsModule;

  /** @internal */
  protected readonly chartController = new ChartController(this);

  /** The live ECharts instance (undefined until the chart is visible and sized). */
  get chart() {
    return this.chartController.instance;
  }

  chartContainer(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.chart') ?? null;
  }

  chartOption(): EChartsCoreOption | null {
    return this.model?.option ?? null;
  }

  chartSelect(detail: RbSelectDetail): void {
    this.emit('rb-select', detail);
  }

  protected override modelTitle(model: M): string | undefined {
    return model.title;
  }

  protected override renderModel(model: M): TemplateResult {
    return html`<div part="chart" class="chart" role="img" aria-label=${model.summary}></div>
      ${this.renderExtra(model)}`;
  }

  /** The chart as drawn (falls back to the figures table while the chart has not started). */
  protected override chartPng(): string | null {
    const chart = this.chart;
    if (!chart || chart.isDisposed()) return null;
    return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: resolveTheme(this).background });
  }

  /** HTML shown beside the chart (legends, figures); none by default. */
  protected renderExtra(_model: M): TemplateResult | string {
    return '';
  }
}
