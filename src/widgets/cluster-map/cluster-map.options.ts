/**
 * Pure model of `rb-cluster-map`: the clusters of a document over its towns, either on a map (the
 * document's GeoJSON, already resolved and registered by the element) or as a graph
 * (cluster → town links) when there is no geometry. Data + config + context + geometry →
 * an ECharts option plus the same figures as text. The figures, the map option and the graph
 * option are built in `cluster-map.figures.ts`, `cluster-map.geo-option.ts` and
 * `cluster-map.graph-option.ts`.
 */
import * as v from 'valibot';
import { type ValidationScope } from '../../core/scoped-validation.js';
import { BRANDS, CLUSTERS, GEO, UNITS } from '../../core/sections.js';
import type { ChartModel, RenderContext } from '../../core/contract.js';
import { periodOption, widgetConfigSchema } from '../../core/config.js';
import { RbError } from '../../core/errors.js';
import type { RegionBrandData } from '../../core/schema.js';
import { clusterFigures, clusterTexts, quantityText, type ClusterFigures, type Figures, type ScaleStep, type UnitFigures } from './cluster-map.figures.js';
import { geoOption, type ResolvedGeometry } from './cluster-map.geo-option.js';
import { isInlineGeo } from './cluster-map.geometry.js';
import { graphHeight, graphOption } from './cluster-map.graph-option.js';
import { widgetMessages } from '../../core/i18n/registry.js';
import { map } from '../../core/i18n/zh-CN/map.js';

/**
 * The cluster map's strings in any language. Importing this module provides its zh-CN section (`map`)
 * to the built-in zh-CN, so the element, which reads them through this, never lacks them.
 */
export const clusterMapMessages = widgetMessages({ map });

export type { ClusterFigures, ScaleStep, UnitFigures, UnitRef } from './cluster-map.figures.js';
export type { ResolvedGeometry } from './cluster-map.geo-option.js';

export const clusterMapConfigSchema = widgetConfigSchema({
  /** Key in `clusters[].metrics` that sizes markers and shades towns; default `output`. */
  metric: v.optional(v.pipe(v.string('string'), v.minLength(1, 'required')), 'output'),
  /** `auto` (default: `geo` when the document has `geo`, else `graph`), `geo` or `graph`. */
  mode: v.optional(v.picklist(['auto', 'geo', 'graph'], 'picklist'), 'auto'),
  /** Ids of the clusters to show; default (absent or an empty list) all. */
  clusters: v.optional(v.array(v.string('string'), 'array')),
  /** Draw enterprises that have a `location` (map mode). */
  showEnterprises: v.optional(v.boolean('boolean'), false),
  /** The period of the figures (from the metrics' `series`); a link group's period wins. */
  period: periodOption,
});

export type ClusterMapConfig = v.InferOutput<typeof clusterMapConfigSchema>;

/** The config as a page writes it (the `config` property): every key optional, defaults applied later. */
export type ClusterMapConfigInput = v.InferInput<typeof clusterMapConfigSchema>;
export type ClusterMapMode = 'geo' | 'graph';

export interface ClusterMapModel extends ChartModel {
  readonly mode: ClusterMapMode;
  readonly clusters: readonly ClusterFigures[];
  readonly units: readonly UnitFigures[];
  /** Colour legend of the units (first entry: units without a shown cluster). */
  readonly scale: { readonly caption: string; readonly steps: readonly ScaleStep[] };
  /** Industries in order, with their colours. */
  readonly industries: readonly { readonly name: string; readonly color: string }[];
  /** True when the geometry says its boundaries are schematic. */
  readonly schematic: boolean;
  /** What the units shown are called, from their levels (`镇（园区）`, `村`, `villages`). */
  readonly places: string;
  /** Enterprise points drawn (map mode with `showEnterprises`). */
  readonly enterprisePoints: number;
}

/** `auto` → `geo` when the document carries geometry, else `graph`. */
export function resolveMode(mode: ClusterMapConfig['mode'], data: Pick<RegionBrandData, 'geo'>): ClusterMapMode {
  if (mode === 'auto') return data.geo ? 'geo' : 'graph';
  return mode;
}

/**
 * The model of the widget. In `geo` mode, `geo` must be the document's resolved and registered
 * geometry (the element loads a `{ url }` and registers the map before calling this).
 */
export function buildModel(data: RegionBrandData, config: ClusterMapConfig, ctx: RenderContext<'map'>, geo: ResolvedGeometry | null = null): ClusterMapModel {
  const mode = resolveMode(config.mode, data);
  if (mode === 'geo' && !geo) throw new RbError('invalid-data', [{ path: '/geo', key: 'geoNeeded', params: [] }]);
  const f = clusterFigures(data, config, ctx);
  const { lang, messages: m } = ctx;
  // Points and lines of an inline collection are warned at their features (integrity.ts); a file's here.
  const leftOut = mode === 'geo' && data.geo && !isInlineGeo(data.geo) ? (geo?.leftOut ?? []) : [];
  if (leftOut.length) ctx.warn({ path: '/geo/url', key: 'notAreaInFile', params: [String(leftOut.length), [...new Set(leftOut)]] });
  if (!f.clusters.length) return emptyModel(data, mode, f, ctx);
  const largest = f.clusters.reduce((best, c) => (c.value > best.value ? c : best), f.clusters[0]!);
  const summary = m.map.summary(f.clusters.length, f.units.length, f.places, f.label, largest.name, quantityText(largest.metric?.value, largest.metric?.unit, lang));
  const drawn = mode === 'geo' ? geoOption(data, config.showEnterprises, ctx, f, geo!, summary) : { option: graphOption(ctx, f, summary), enterprisePoints: 0, schematic: false, tooltip: undefined };
  // A period for which no shown cluster has a figure: the whole map says so.
  const noData = f.clusters.every((c) => c.noData) ? f.clusters[0]?.noData : undefined;
  return {
    ...(noData ? { noData } : {}),
    drawing: 'chart',
    option: drawn.option,
    ...(mode !== 'geo' && graphHeight(ctx, f) !== undefined ? { height: graphHeight(ctx, f)! } : {}),
    ...(drawn.tooltip ? { tooltip: drawn.tooltip } : {}),
    summary,
    title: `${data.region.name} · ${m.map.caption(f.label)}`,
    mode,
    clusters: f.clusters,
    units: f.units,
    scale: { caption: f.scale.caption, steps: f.scale.steps },
    industries: f.industries,
    schematic: drawn.schematic,
    places: f.places,
    enterprisePoints: drawn.enterprisePoints,
    table: {
      caption: m.map.caption(f.label),
      columns: [m.map.cluster, m.map.industry, m.map.units(f.places), m.map.enterprises, m.map.partyOrganizations, f.label],
      rows: f.clusters.map((c) => {
        const texts = clusterTexts(c, lang);
        return [c.name, c.industry, c.units.map((u) => u.name).join(m.text.listSeparator), texts.enterprises, texts.organizations, texts.figure];
      }),
    },
  };
}

/** A document without clusters yet (`"clusters": []`, a clerk's new document): an empty state, not an error. */
function emptyModel(data: RegionBrandData, mode: ClusterMapMode, f: Figures, ctx: RenderContext<'map'>): ClusterMapModel {
  const m = ctx.messages;
  const text = m.map.noClusters;
  return {
    noData: text,
    drawing: 'chart',
    option: {},
    summary: text,
    title: `${data.region.name} · ${m.map.caption(f.label)}`,
    mode,
    clusters: [],
    units: [],
    scale: { caption: f.scale.caption, steps: f.scale.steps },
    industries: [],
    schematic: false,
    places: f.places,
    enterprisePoints: 0,
    table: { caption: m.map.caption(f.label), columns: [m.map.cluster, m.map.industry, m.map.units(f.places), m.map.enterprises, m.map.partyOrganizations, f.label], rows: [] },
  };
}

/** The map shows every cluster, unit and boundary; brands are read for the clusters' references. */
export const clusterMapScope: ValidationScope<ClusterMapConfig> = {
  sections: { clusters: CLUSTERS, units: UNITS, brands: BRANDS, geo: GEO },
  shows: () => ['/clusters', '/units', '/geo'],
};
