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
import '../period/index.js';
import { linkGroup } from '../../core/link-group.js';
import { dashboardConfigSchema, buildModel, type DashboardConfig, type DashboardConfigInput, type DashboardModel, type DashboardWidgetType } from './dashboard.options.js';

/** Dashboards without `id` or `group`, numbered in the order they appear: their group names. */
let dashboards = 0;

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
 * @attr config - The spec: `columns` (default 12), `widgets` (`[{ type, config, span }]`; types `coverage-gauge`, `growth-indicator`, `brand-matrix`, `cluster-map`), `link` (true: choosing a unit, brand or cluster in one widget focuses the others), `period` (the period every widget shows), plus `title`, `subtitle`, `lang`, `theme`.
 * @attr lang - `zh-CN` (default) or `en`, passed to every widget.
 * @attr theme - `light` (default), `dark`, `red` or `screen` (big screens), passed to every widget.
 * @attr refresh - Seconds between re-fetches of `src`.
 * @attr group - The link group of its widgets (default `dashboard-<id>`): `<rb-period>` and widgets outside with this group join it.
 *
 * @fires rb-load - The spec and data are valid and the widgets are placed (each widget fires its own too).
 * @fires rb-error - A spec error names its path, e.g. `/widgets/2/config/style`.
 *
 * @csspart period - The period control (`<rb-period>`), shown when the document holds more than one period.
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

  /**
   * The link group of the page: its widgets share the period (and, with `link: true`, the
   * selection). The `group` attribute names it; else `dashboard-<id>` or `dashboard-<n>`.
   */
  private ensureGroup(): void {
    if (!this.group) this.group = this.id ? `dashboard-${this.id}` : `dashboard-${++dashboards}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.ensureGroup();
    // A `src` in the spec stands in for the attribute.
    const spec = this.config as { src?: unknown } | undefined;
    if (changed.has('config') && !this.src && spec && typeof spec.src === 'string') this.src = spec.src;
    super.willUpdate(changed);
  }

  protected buildModel(data: RegionBrandData, config: DashboardConfig, ctx: RenderContext): DashboardModel {
    const model = buildModel(data, config, ctx);
    const group = linkGroup(this.group!);
    group.selectable = config.link;
    group.setPeriod(config.period, { initial: true });
    return model;
  }

  protected renderModel(model: DashboardModel): TemplateResult {
    return staticHtml`<rb-period part="period" group=${this.group} lang=${this.effectiveLang} theme=${this.effectiveTheme}></rb-period>
    <div part="grid" class="grid" ${styleProps({ gridTemplateColumns: `repeat(${model.columns}, minmax(0, 1fr))` })}>
      ${model.items.map(
        (item) => staticHtml`<div part="cell" class="cell" ${styleProps({ gridColumn: `span ${item.span}` })}>
          <${TAGS[item.type]} .data=${this.documentValue} .config=${item.config} group=${this.group} lang=${this.effectiveLang} theme=${this.effectiveTheme}></${TAGS[item.type]}>
        </div>`,
      )}
    </div>`;
  }
}
