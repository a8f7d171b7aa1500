import { html, css, type TemplateResult } from 'lit';
import { GaugeChart } from 'echarts/charts';
import type { RenderContext } from '../../core/base-element.js';
import { RbChartElement } from '../../core/chart-element.js';
import type { RegionBrandData } from '../../core/schema.js';
import { coverageGaugeConfigSchema, toOption, type CoverageGaugeConfig, type CoverageGaugeModel } from './coverage-gauge.options.js';

/**
 * Party-organisation and programme coverage (covered of total, or a published ratio) as a gauge
 * or ring, coloured by thresholds.
 *
 * @summary Coverage as a gauge: `<rb-coverage-gauge src="data.json" config='{"coverage":"villages"}'>`.
 * @tag rb-coverage-gauge
 *
 * @attr src - URL of a region-brand-data document.
 * @attr data - Inline JSON document.
 * @attr config - JSON: `coverage` (id), `style` (`gauge` | `ring` | `bar`), `thresholds` (e.g. `[0.6, 0.9]`), `breakdown`, plus `title`, `subtitle`, `lang`, `animation`, `showSource`.
 * @attr lang - `zh-CN` (default) or `en`.
 * @attr theme - `light` (default), `dark` or `red`.
 * @attr refresh - Seconds between re-fetches of `src`.
 *
 * @fires rb-load - Data loaded and rendered.
 * @fires rb-error - `detail: { code, message, path }`.
 * @fires rb-warning - `detail: { message, path }`.
 * @fires rb-select - `detail: { kind: 'coverage', id }` when the gauge is clicked.
 *
 * @csspart figures - The percentage and counts written as text under the chart.
 */
export class RbCoverageGauge extends RbChartElement<CoverageGaugeConfig, CoverageGaugeModel> {
  static override styles = [
    ...RbChartElement.styles,
    css`
      .figures {
        margin: 0;
        text-align: center;
        color: var(--rb-color-muted);
        font-size: 0.9em;
      }
    `,
  ];

  protected readonly configSchema = coverageGaugeConfigSchema;
  /** @internal */
  readonly echartsModules = [GaugeChart];

  protected buildModel(data: RegionBrandData, config: CoverageGaugeConfig, ctx: RenderContext): CoverageGaugeModel {
    return toOption(data, config, ctx);
  }

  protected override renderExtra(model: CoverageGaugeModel): TemplateResult {
    return html`<p part="figures" class="figures">
      <span class="percent">${model.percentText}</span>${model.countText ? html` · <span class="counts">${model.countText}</span>` : ''}
    </p>`;
  }
}
