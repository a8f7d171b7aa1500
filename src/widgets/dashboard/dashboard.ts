import { css, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { RbElement } from '../../core/base-element.js';
import type { RenderContext } from '../../core/contract.js';
import type { ValidationScope } from '../../core/scoped-validation.js';
import type { RegionBrandData } from '../../core/schema.js';
import { styleProps } from '../../core/style-props.js';
import '../brand-matrix/index.js';
import '../cluster-map/index.js';
import '../coverage-gauge/index.js';
import '../growth-indicator/index.js';
import '../ranking/index.js';
import { dashboardConfigSchema, buildModel, type DashboardConfig, type DashboardConfigInput, type DashboardModel, type DashboardWidgetType } from './dashboard.options.js';

const TAGS = {
  'coverage-gauge': literal`rb-coverage-gauge`,
  'growth-indicator': literal`rb-growth-indicator`,
  'brand-matrix': literal`rb-brand-matrix`,
  'cluster-map': literal`rb-cluster-map`,
  ranking: literal`rb-ranking`,
} satisfies Record<DashboardWidgetType, unknown>;

/**
 * A whole dashboard from one JSON spec: widgets laid out on a grid, all reading one data
 * document (fetched once), so an editor builds a page without writing HTML.
 *
 * @summary `<rb-dashboard src="data.json" config='{"columns":12,"widgets":[{"type":"coverage-gauge","config":{"coverage":"villages"},"span":4}]}'>`.
 * @tag rb-dashboard
 *
 * @attr src - URL of the shared region-brand-data document (or `src` in the spec).
 * @attr data - Inline JSON document.
 * @attr config - The spec: `columns` (default 12), `widgets` (`[{ type, config, span }]`; types `coverage-gauge`, `growth-indicator`, `brand-matrix`, `cluster-map`), plus `title`, `subtitle`, `lang`, `theme`.
 * @attr lang - `zh-CN` (default) or `en`, passed to every widget.
 * @attr theme - `light` (default), `dark`, `red` or `screen` (big screens), passed to every widget.
 * @attr refresh - Seconds between re-fetches of `src`.
 *
 * @fires rb-load - The spec and data are valid and the widgets are placed (each widget fires its own too).
 * @fires rb-error - A spec error names its path, e.g. `/widgets/2/config/style`.
 *
 * @csspart grid - The grid of widgets.
 * @csspart cell - The cell holding one widget.
 * @cssprop --rb-dashboard-gap - Space between widgets (default 16px).
 */
export class RbDashboard extends RbElement<DashboardConfig, DashboardModel> {
  /** Widget configuration: JSON in the attribute, or an object through the property. */
  declare config: DashboardConfigInput | undefined;

  static override styles = [
    ...RbElement.styles,
    css`
      :host {
        background: transparent;
      }
      .grid {
        display: grid;
        gap: var(--rb-dashboard-gap, 16px);
      }
      @container (max-width: 640px) {
        .grid {
          grid-template-columns: 1fr !important;
        }
        .cell {
          grid-column: auto !important;
        }
      }
    `,
  ];

  protected readonly configSchema = dashboardConfigSchema;
  /** The page checks the top level only; each widget on it validates what it shows. */
  protected readonly scope: ValidationScope<DashboardConfig> = { sections: {}, shows: () => [] };

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A `src` in the spec stands in for the attribute.
    const spec = this.config as { src?: unknown } | undefined;
    if (changed.has('config') && !this.src && spec && typeof spec.src === 'string') this.src = spec.src;
    super.willUpdate(changed);
  }

  protected buildModel(data: RegionBrandData, config: DashboardConfig, ctx: RenderContext): DashboardModel {
    return buildModel(data, config, ctx);
  }

  protected renderModel(model: DashboardModel): TemplateResult {
    return staticHtml`<div part="grid" class="grid" ${styleProps({ gridTemplateColumns: `repeat(${model.columns}, minmax(0, 1fr))` })}>
      ${model.items.map(
        (item) => staticHtml`<div part="cell" class="cell" ${styleProps({ gridColumn: `span ${item.span}` })}>
          <${TAGS[item.type]} .data=${this.documentValue} .config=${item.config} lang=${this.effectiveLang} theme=${this.effectiveTheme}></${TAGS[item.type]}>
        </div>`,
      )}
    </div>`;
  }
}
