/**
 * Base of the widgets that draw with ECharts: the model is an ECharts option plus the same
 * figures as text (an accessible summary and a data table), since canvas text is invisible to
 * screen readers, search and tests.
 */
import { html, css, type TemplateResult } from 'lit';
import { resolveTheme } from './theme.js';
import { RbElement } from './base-element.js';
import { ChartController, type ChartHost, type EChartsCoreOption } from './chart.js';
import { echartsReady, type EChartsModules } from './echarts-on-demand.js';
import type { CommonConfig } from './config.js';
import type { WidgetSection } from './i18n/messages.js';
import type { RbSelectDetail } from './events.js';
import type { ChartItem, ChartModel, WidgetModel } from './contract.js';
import { withPatterns } from './patterns.js';
import { itemTip } from './chart-tooltip.js';
import { styleProps } from './style-props.js';

/**
 * Base of the ECharts widgets. Besides the common options, `config.patterns: true` draws decal
 * patterns over the chart's areas so colour is never the only signal.
 *
 * @csspart chart - The chart drawing area.
 * @csspart tooltip - The tooltip of the chart item under the pointer.
 * @csspart table - The data table (visually hidden).
 */
export abstract class RbChartElement<C extends CommonConfig, M extends WidgetModel = ChartModel, P = undefined, S extends WidgetSection = never>
  extends RbElement<C, M, P, S>
  implements ChartHost
{
  static override styles = [
    ...RbElement.styles,
    css`
      .frame {
        position: relative;
      }
      .tooltip {
        position: absolute;
        top: 0;
        left: 0;
        z-index: 1;
        max-width: min(22em, 90%);
        padding: 0.4em 0.6em;
        border: 1px solid var(--rb-color-border);
        border-radius: calc(var(--rb-radius) / 2);
        background: var(--rb-color-surface);
        color: var(--rb-color-text);
        font-size: max(12px, 0.85em);
        line-height: 1.5;
        white-space: pre-line;
        overflow-wrap: anywhere;
        pointer-events: none;
        box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
      }
      .tooltip[hidden] {
        display: none;
      }
      .chart {
        width: 100%;
        height: var(--rb-chart-height);
        min-height: 120px;
      }
      /* A phone: no taller than the drawing is wide (a desktop height squeezed into 300 px of
         width leaves a thin strip of drawing in a tall box), and at least 200 px. */
      @container (max-width: 480px) {
        .chart {
          height: min(var(--rb-chart-height), max(200px, 100cqw));
        }
      }
    `,
  ];

  /**
   * ECharts chart types and components this widget draws with: an array, or a loader that imports
   * them on demand (see `echarts-on-demand.ts`).
   * @internal
   */
  abstract readonly echartsModules: EChartsModules;

  /** @internal */
  protected readonly chartController = new ChartController(this);

  /** The drawing width the model was built for (see {@link drawingWidth}). */
  private builtWidth: number | undefined;

  /** Rebuilds a chart model when the box it was built for changes width (labels, legend rows). */
  private readonly widthObserver =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          if (this.model?.drawing !== 'chart') return;
          const width = super.drawingWidth();
          if (width !== undefined && Math.abs(width - (this.builtWidth ?? 0)) >= 1) this.layoutEpoch++;
        })
      : undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.widthObserver?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.widthObserver?.unobserve(this);
  }

  /** @internal */
  protected override drawingWidth(): number | undefined {
    return (this.builtWidth = super.drawingWidth());
  }

  /** The live ECharts instance (undefined until the chart is visible and sized). */
  get chart() {
    return this.chartController.instance;
  }

  /**
   * The element the chart is drawn in (for the chart controller).
   * @internal
   */
  chartContainer(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.chart') ?? null;
  }

  /**
   * The option of a model drawn with ECharts; null for a model drawn in HTML (no instance is created).
   * @internal
   */
  chartOption(): EChartsCoreOption | null {
    return this.model?.drawing === 'chart' && !this.model.noData ? this.model.option : null;
  }

  /**
   * Tooltip text of a chart item (for the chart controller).
   * @internal
   */
  chartTooltip(item: ChartItem): string | undefined {
    return itemTip(item) ?? (this.model?.drawing === 'chart' ? this.model.tooltip?.(item) : undefined);
  }

  /**
   * The tooltip element (for the chart controller).
   * @internal
   */
  tooltipBox(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.tooltip') ?? null;
  }

  /**
   * Fires `rb-select` for a chart item (for the chart controller).
   * @internal
   */
  chartSelect(detail: RbSelectDetail): void {
    this.emit('rb-select', detail);
  }

  /** `patterns: true` in config: decal patterns over the chart's areas (see core/patterns.ts). */
  protected override finishModel(model: M, config: C): M {
    return config.patterns && model.drawing === 'chart' ? { ...model, option: withPatterns(model.option) } : model;
  }

  /**
   * A chart model waits for ECharts and this widget's modules, loaded on demand on the first chart
   * (a model drawn in HTML never loads them); throws when they could not be loaded.
   */
  protected override modelReady(model: M): Promise<unknown> | null {
    return model.drawing === 'chart' && !model.noData ? echartsReady(this.echartsModules) : null;
  }

  /** A chart model: the canvas, its tooltip and {@link renderExtra}; an HTML model: {@link renderHtml}. */
  protected override renderModel(model: M): TemplateResult {
    if (model.drawing === 'html') return this.renderHtml(model);
    return html`<div class="frame">
        <div part="chart" class="chart" role="img" aria-label=${model.summary} ${styleProps({ height: model.height ? `${model.height}px` : null })}></div>
        <div part="tooltip" class="tooltip" aria-hidden="true" hidden></div>
      </div>
      ${this.renderExtra(model)}`;
  }

  /** The chart as drawn (falls back to the figures table while the chart has not started). */
  protected override chartPng(): string | null {
    const chart = this.chart;
    if (!chart || chart.isDisposed()) return null;
    return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: resolveTheme(this).background });
  }

  /** Draws a model whose `drawing` is `html`; widgets that build such models override it. */
  protected renderHtml(_model: M): TemplateResult {
    return html``;
  }

  /** HTML shown beside the chart (legends, figures); none by default. */
  protected renderExtra(_model: M): TemplateResult | string {
    return '';
  }
}
