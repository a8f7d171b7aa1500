/**
 * Base of the widgets that draw with ECharts: the model is an ECharts option plus the same
 * figures as text (an accessible summary and a data table), since canvas text is invisible to
 * screen readers, search and tests.
 */
import { html, css, type TemplateResult } from 'lit';
import { RbElement } from './base-element.js';
import { ChartController, type ChartHost, type EChartsCoreOption, type EChartsModule } from './chart.js';
import type { CommonConfig } from './config.js';
import type { RbSelectDetail } from './events.js';

/** The figures of a widget as a table: what the chart shows, as exact text. */
export interface DataTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

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
      ${this.renderExtra(model)} ${renderDataTable(model.table)}`;
  }

  /** HTML shown beside the chart (legends, figures); none by default. */
  protected renderExtra(_model: M): TemplateResult | string {
    return '';
  }
}

/** A data table, visually hidden but read by screen readers. */
export function renderDataTable(table: DataTable): TemplateResult {
  return html`<table part="table" class="visually-hidden">
    <caption>${table.caption}</caption>
    <thead><tr>${table.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
    <tbody>${table.rows.map((r) => html`<tr>${r.map((c, i) => (i === 0 ? html`<th scope="row">${c}</th>` : html`<td>${c}</td>`))}</tr>`)}</tbody>
  </table>`;
}
