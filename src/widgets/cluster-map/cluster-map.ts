import { html, css, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../../core/style-props.js';
import { GraphChart, MapChart } from 'echarts/charts';
import { GeoComponent, LegendPlainComponent } from 'echarts/components';
import { GeoScatterChart } from './geo-scatter.js';
import type { EChartsModules } from '../../core/chart.js';
import type { PrepareContext, RenderContext } from '../../core/contract.js';
import { RbChartElement } from '../../core/chart-element.js';
import { choiceList, choiceListStyles } from '../../core/choice-list.js';
import { absoluteUrl } from '../../core/data-source.js';
import { RbError } from '../../core/errors.js';
import type { FeatureCollection, RegionBrandData } from '../../core/schema.js';
import { loadGeometry, loadedGeometry, resolveGeometry } from './cluster-map.geo.js';
import { isInlineGeo } from './cluster-map.geometry.js';
import {
  clusterMapMessages,
  clusterMapConfigSchema,
  resolveMode,
  buildModel,
  clusterMapScope,
  type ClusterMapConfig,
  type ClusterMapConfigInput,
  type ClusterMapModel,
  type ResolvedGeometry,
} from './cluster-map.options.js';

/** What the prepare step gives `buildModel`: the registered geometry (null in graph mode). */
type GeometryStep = ResolvedGeometry | null | Promise<ResolvedGeometry>;

/** A collection's areas registered with ECharts, or the geometry's error thrown. */
function registered(collection: FeatureCollection | RbError): ResolvedGeometry {
  if (collection instanceof RbError) throw collection;
  return resolveGeometry(collection);
}

/**
 * Industry clusters over the towns of a region: on a map when the document has `geo` (towns
 * shaded by the summed cluster metric, clusters as markers sized by it and coloured by industry,
 * optionally thousands of enterprise points), else as a cluster → town graph.
 *
 * @summary Clusters on a map or graph: `<rb-cluster-map src="data.json" config='{"metric":"output"}'>`.
 * @tag rb-cluster-map
 *
 * @attr src - URL of a region-brand-data document (its `geo.url` resolves against it).
 * @attr data - Inline JSON document.
 * @attr config - JSON: `metric` (key in `clusters[].metrics`, default `output`), `mode` (`auto` | `geo` | `graph`), `clusters` (ids to show), `showEnterprises`, plus `title`, `subtitle`, `lang`, `animation`, `showSource`, `toolbar`, `patterns` (decal patterns over the colours).
 * @attr lang - `zh-CN` (default) or `en`.
 * @attr theme - `light` (default), `dark`, `red`, `screen` (big screens) or `auto` (follows the system's light or dark setting).
 * @attr refresh - Seconds between re-fetches of `src`.
 *
 * @fires rb-load - Data (and geometry) loaded and rendered.
 * @fires rb-error - `detail: { code, message, path, stale }`; a geometry that fails to load points at `/geo/url`.
 * @fires rb-warning - `detail: { message, path }`.
 * @fires rb-select - `detail: { kind: 'cluster' | 'unit' | 'enterprise', id }` when a marker, town or enterprise is clicked (or a cluster or unit button chosen by keyboard). An enterprise without `id` is named by its JSON Pointer.
 *
 * @csspart legend - The colour scale of the towns.
 * @csspart clusters - The list of cluster buttons (keyboard access to the markers).
 * @csspart units - A button per town or other unit drawn (keyboard access to the towns: `choice-list.ts`), shown while one has focus.
 * @csspart note - The note shown under schematic boundaries.
 */
export class RbClusterMap extends RbChartElement<ClusterMapConfig, ClusterMapModel, ResolvedGeometry | null, 'map'> {
  protected readonly strings = clusterMapMessages;

  /** Widget configuration: JSON in the attribute, or an object through the property. */
  declare config: ClusterMapConfigInput | undefined;

  static override styles = [
    ...RbChartElement.styles,
    css`
      :host {
        --rb-chart-height: 360px;
      }
      .extra {
        display: flex;
        flex-direction: column;
        gap: 0.3em;
        font-size: max(12px, 0.85em);
        color: var(--rb-color-muted);
      }
      .legend,
      .clusters {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25em 0.8em;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .legend li,
      .clusters li {
        display: inline-flex;
        align-items: center;
        gap: 0.3em;
      }
      .swatch {
        display: inline-block;
        width: 0.9em;
        height: 0.9em;
        border: 1px solid var(--rb-color-border);
        border-radius: 2px;
      }
      .dot {
        display: inline-block;
        width: 0.7em;
        height: 0.7em;
        border-radius: 50%;
      }
      .clusters button {
        display: inline-flex;
        align-items: center;
        gap: 0.35em;
      }
      .legend .caption {
        font-weight: 600;
      }
      .note {
        margin: 0;
        font-style: italic;
      }
    `,
    choiceListStyles,
  ];

  protected readonly configSchema = clusterMapConfigSchema;
  /** The map shows every cluster, unit and boundary; brands are read for the clusters' references. */
  protected readonly scope = clusterMapScope;
  /** @internal */
  readonly echartsModules: EChartsModules = [MapChart, GeoComponent, GeoScatterChart, GraphChart, LegendPlainComponent];

  /**
   * In geo mode, the document's geometry registered with ECharts: inline, or fetched from
   * `geo.url` (once per URL and page; again on a refresh). A geometry that fails is the error shown.
   */
  protected override prepare(data: RegionBrandData, config: ClusterMapConfig, context: PrepareContext): GeometryStep {
    const geo = data.geo;
    if (!geo || resolveMode(config.mode, data) !== 'geo') return null;
    if (isInlineGeo(geo)) return registered(geo);
    const href = absoluteUrl(geo.url, context.baseUrl);
    const shared = context.refresh ? undefined : loadedGeometry(href);
    if (shared) return registered(shared);
    const { signal, refresh: fresh, timeoutMs } = context;
    return loadGeometry(href, { signal, fresh, ...(timeoutMs ? { timeoutMs } : {}) }).then(registered);
  }

  protected buildModel(data: RegionBrandData, config: ClusterMapConfig, ctx: RenderContext<'map'>, geometry: ResolvedGeometry | null): ClusterMapModel {
    return buildModel(data, config, ctx, geometry);
  }

  private select(id: string): void {
    this.emit('rb-select', { kind: 'cluster', id });
  }

  protected override renderExtra(model: ClusterMapModel): TemplateResult {
    return html`<div class="extra">
      <ul part="legend" class="legend" aria-label=${model.scale.caption}>
        <li class="caption">${model.scale.caption}</li>
        ${model.scale.steps.map(
          (s) => html`<li><span class="swatch" ${styleProps({ background: s.color })}></span>${s.label}</li>`,
        )}
      </ul>
      <ul part="clusters" class="clusters" aria-label=${this.strings(this.effectiveLang).map.clusters}>
        ${model.clusters.map(
          (c) => html`<li>
            <button type="button" class="chip" aria-pressed=${c.focused ? 'true' : 'false'} @click=${() => this.select(c.id)}>
              <span class="dot" ${styleProps({ background: c.color })}></span>${c.name}
            </button>
          </li>`,
        )}
      </ul>
      ${choiceList('units', model.places, model.units, (id) => this.emit('rb-select', { kind: 'unit', id }))}
      ${model.schematic ? html`<p part="note" class="note">${this.strings(this.effectiveLang).map.schematic(model.places)}</p>` : nothing}
    </div>`;
  }
}
