/**
 * Pure model of `rb-cluster-map`: the clusters of a document over its towns, either on a map (the
 * document's GeoJSON, already resolved and registered by the element) or as a graph
 * (cluster → town links) when there is no geometry. Data + config + context + geometry →
 * an ECharts option plus the same figures as text.
 */
import * as v from 'valibot';
import { color as zrColor } from 'echarts/core';
import type { RenderContext } from '../../core/contract.js';
import type { ChartModel } from '../../core/contract.js';
import { widgetConfigSchema } from '../../core/config.js';
import { RbError, pointer, rbError } from '../../core/errors.js';
import { formatQuantity } from '../../core/format.js';
import type { Messages } from '../../core/i18n/index.js';
import type { AdminUnit, Cluster, FeatureCollection, Quantity, RegionBrandData } from '../../core/schema.js';
import type { RbSelectDetail } from '../../core/events.js';
import type { ChartItem } from '../../core/contract.js';
import {
  KEY_PROPERTY,
  collectionBounds,
  collectionCentroid,
  describeFeatures,
  matchUnits,
  type FeatureInfo,
  type Position,
} from './cluster-map.geometry.js';

export const clusterMapConfigSchema = widgetConfigSchema({
  /** Key in `clusters[].metrics` that sizes markers and shades towns; default `output`. */
  metric: v.optional(v.pipe(v.string('string'), v.minLength(1, 'required')), 'output'),
  /** `auto` (default: `geo` when the document has `geo`, else `graph`), `geo` or `graph`. */
  mode: v.optional(v.picklist(['auto', 'geo', 'graph'], 'picklist'), 'auto'),
  /** Ids of the clusters to show; default all. */
  clusters: v.optional(v.array(v.string('string'), 'array')),
  /** Draw enterprises that have a `location` (map mode). */
  showEnterprises: v.optional(v.boolean('boolean'), false),
});

export type ClusterMapConfig = v.InferOutput<typeof clusterMapConfigSchema>;

/** The config as a page writes it (the `config` property): every key optional, defaults applied later. */
export type ClusterMapConfigInput = v.InferInput<typeof clusterMapConfigSchema>;
export type ClusterMapMode = 'geo' | 'graph';

/** Resolved geometry handed to {@link buildModel}: the collection and its registered map name. */
export interface ResolvedGeometry {
  readonly mapName: string;
  readonly collection: FeatureCollection;
}

/** One cluster's figures, as the chart, the tooltip and the table show them. */
export interface ClusterFigures {
  /** Position in `data.clusters` (JSON Pointers of enterprises use it). */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly industry: string;
  readonly units: readonly UnitRef[];
  readonly enterprises?: number;
  readonly partyOrganizations?: number;
  /** Listed enterprises that have a party organisation (when enterprises are listed). */
  readonly partyEnterprises?: number;
  readonly metric?: Quantity;
  /** The metric value, 0 when the cluster lacks it. */
  readonly value: number;
  readonly color: string;
}

/** A unit a cluster names (the region itself counts as a unit). */
export interface UnitRef {
  readonly id: string;
  readonly name: string;
  readonly center?: Position;
}

/** A unit with the shown clusters it holds. */
export interface UnitFigures extends UnitRef {
  readonly clusters: readonly ClusterFigures[];
  /** Sum of the metric of its clusters. */
  readonly value: number;
  readonly color: string;
}

/** One class of the unit colour scale. */
export interface ScaleStep {
  readonly color: string;
  readonly label: string;
}

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
  /** Enterprise points drawn (map mode with `showEnterprises`). */
  readonly enterprisePoints: number;
}

/** `auto` → `geo` when the document carries geometry, else `graph`. */
export function resolveMode(mode: ClusterMapConfig['mode'], data: Pick<RegionBrandData, 'geo'>): ClusterMapMode {
  if (mode === 'auto') return data.geo ? 'geo' : 'graph';
  return mode;
}

/**
 * Rich-text markup in ECharts labels is `{style|text}`: a data string that
 * looks like it would be read as markup. Full-width braces keep it literal and readable.
 */
export function plainText(s: string): string {
  return s.replace(/[{}]/g, (c) => (c === '{' ? '｛' : '｝'));
}

/** `value` on a square-root scale between `min` and `max` pixels (area ∝ value). */
export function sqrtSize(value: number, largest: number, min: number, max: number): number {
  if (!(largest > 0) || !(value > 0)) return min;
  return min + (max - min) * Math.sqrt(Math.min(value, largest) / largest);
}

/** Label of a metric key: `output` → 产值 / Output; unknown keys are shown as they are. */
export function metricLabel(metric: string, m: Messages): string {
  return Object.prototype.hasOwnProperty.call(m.map.metrics, metric) ? m.map.metrics[metric]! : metric;
}

/** The clusters the config names (all by default); an unknown id lists the ids that exist. */
export function selectClusters(data: RegionBrandData, ids: readonly string[] | undefined): { cluster: Cluster; index: number }[] {
  if (!data.clusters.length) throw rbError('invalid-data', '/clusters', 'noEntries', 'cluster');
  const all = data.clusters.map((cluster, index) => ({ cluster, index }));
  if (!ids) return all;
  return ids.map((id, i) => {
    const found = all.find((c) => c.cluster.id === id);
    if (!found) {
      throw rbError('invalid-config', pointer('clusters', i), 'unknownId', 'cluster', id, data.clusters.map((c) => c.id).join(', '));
    }
    return found;
  });
}

/** Enterprise count: `metrics.enterprises` (the published count), else the listed enterprises. */
export function enterpriseCount(cluster: Cluster): number | undefined {
  return cluster.metrics?.['enterprises']?.value ?? cluster.enterprises?.length;
}

/** Party organisations: the committee's count, else the listed enterprises that have one. */
export function partyFigures(cluster: Cluster): { organizations?: number; enterprises?: number } {
  const enterprises = cluster.enterprises?.filter((e) => e.partyOrganization === true).length;
  const organizations = cluster.partyCommittee?.organizations ?? enterprises;
  return {
    ...(organizations !== undefined ? { organizations } : {}),
    ...(enterprises !== undefined ? { enterprises } : {}),
  };
}

function unitRef(data: RegionBrandData, id: string): UnitRef {
  const unit: AdminUnit | undefined = data.units.find((u) => u.id === id);
  if (unit) return { id, name: unit.name, ...(unit.center ? { center: unit.center } : {}) };
  return { id, name: id === data.region.id ? data.region.name : id };
}

/** Mixes two CSS colours (any CSS syntax) at `t` ∈ [0, 1]. */
export function mix(from: string, to: string, t: number): string {
  return zrColor.lerp(Math.max(0, Math.min(1, t)), [from, to]) ?? to;
}

const SCALE_CLASSES = 4;

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `raw` (class widths people can read). */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 2.5, 5, 10].find((k) => k * magnitude >= raw * (1 - 1e-9)) ?? 10;
  return factor * magnitude;
}

/** Equal-interval classes of (0, largest]; 0 gets the "none" colour. */
function unitScale(largest: number, unit: string | undefined, ctx: RenderContext, label: string) {
  const { theme, lang, messages: m } = ctx;
  const none = theme.surface;
  const high = theme.palette[1] ?? theme.accent;
  const low = mix(theme.track, high, 0.15);
  const colorAt = (i: number) => mix(low, high, i / (SCALE_CLASSES - 1));
  const step = niceStep(largest / SCALE_CLASSES);
  const bound = (i: number) => step * i;
  const steps: ScaleStep[] = [{ color: none, label: m.map.none }];
  if (largest > 0) {
    for (let i = 0; i < SCALE_CLASSES; i++) {
      const hi = formatQuantity(bound(i + 1), unit, lang);
      steps.push({ color: colorAt(i), label: i === 0 ? `≤ ${hi}` : `${formatQuantity(bound(i), unit, lang)} – ${hi}` });
    }
  }
  const colorOf = (value: number): string => {
    if (!(value > 0) || !(largest > 0)) return none;
    const i = Math.min(SCALE_CLASSES - 1, Math.ceil(value / step - 1e-9) - 1);
    return colorAt(Math.max(0, i));
  };
  return { caption: m.map.scale(label), steps, colorOf };
}

/** Everything both layouts need: figures, colours, texts. */
function figures(data: RegionBrandData, config: ClusterMapConfig, ctx: RenderContext) {
  const { theme, messages: m } = ctx;
  const chosen = selectClusters(data, config.clusters);
  const metricKnown = chosen.some(({ cluster }) => cluster.metrics?.[config.metric] !== undefined);
  if (!metricKnown) {
    const keys = [...new Set(chosen.flatMap(({ cluster }) => Object.keys(cluster.metrics ?? {})))];
    throw rbError('invalid-config', '/metric', 'unknownId', 'metric', config.metric, keys.join(', ') || '—');
  }
  const industries: { name: string; color: string }[] = [];
  const industryColor = (name: string): string => {
    let entry = industries.find((i) => i.name === name);
    if (!entry) {
      entry = { name, color: theme.palette[industries.length % theme.palette.length] ?? theme.accent };
      industries.push(entry);
    }
    return entry.color;
  };
  const clusters: ClusterFigures[] = chosen.map(({ cluster, index }) => {
    const metric = cluster.metrics?.[config.metric];
    const industry = cluster.industry || m.map.otherIndustry;
    const party = partyFigures(cluster);
    const enterprises = enterpriseCount(cluster);
    return {
      index,
      id: cluster.id,
      name: cluster.name,
      industry,
      units: cluster.units.map((u) => unitRef(data, u)),
      ...(enterprises !== undefined ? { enterprises } : {}),
      ...(party.organizations !== undefined ? { partyOrganizations: party.organizations } : {}),
      ...(party.enterprises !== undefined ? { partyEnterprises: party.enterprises } : {}),
      ...(metric ? { metric } : {}),
      value: metric?.value ?? 0,
      color: industryColor(industry),
    };
  });
  const quantityUnit = clusters.find((c) => c.metric)?.metric?.unit;
  const label = metricLabel(config.metric, m);

  // Units in document order (the region itself last, if a cluster names it).
  const order = [...data.units.map((u) => u.id), data.region.id];
  const unitIds = [...new Set(clusters.flatMap((c) => c.units.map((u) => u.id)))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const sums = unitIds.map((id) => clusters.filter((c) => c.units.some((u) => u.id === id)));
  const values = sums.map((list) => list.reduce((s, c) => s + c.value, 0));
  const scale = unitScale(Math.max(0, ...values), quantityUnit, ctx, label);
  const units: UnitFigures[] = unitIds.map((id, i) => ({
    ...unitRef(data, id),
    clusters: sums[i]!,
    value: values[i]!,
    color: scale.colorOf(values[i]!),
  }));
  return { clusters, units, industries, label, quantityUnit, scale };
}

type Figures = ReturnType<typeof figures>;

function quantityText(value: number | undefined, unit: string | undefined, lang: string): string {
  return value === undefined ? '—' : formatQuantity(value, unit, lang);
}

/** Tooltip of a cluster (text). */
export function clusterTooltip(c: ClusterFigures, label: string, ctx: RenderContext): string {
  const { lang, messages: m } = ctx;
  const sep = lang.toLowerCase().startsWith('en') ? ': ' : '：';
  const listSep = lang.toLowerCase().startsWith('en') ? ', ' : '、';
  const lines = [
    c.name,
    `${m.map.industry}${sep}${c.industry}`,
    `${m.map.units}${sep}${c.units.map((u) => u.name).join(listSep)}`,
    `${m.map.enterprises}${sep}${quantityText(c.enterprises, '家', lang)}`,
    `${m.map.partyOrganizations}${sep}${quantityText(c.partyOrganizations, '个', lang)}${
      c.partyEnterprises !== undefined && c.partyOrganizations !== c.partyEnterprises
        ? ` (${m.map.partyEnterprises} ${quantityText(c.partyEnterprises, '家', lang)})`
        : ''
    }`,
    `${label}${sep}${c.metric ? formatQuantity(c.metric.value, c.metric.unit, lang) : '—'}`,
  ];
  return lines.join('\n');
}

/** Tooltip of a unit (text). */
export function unitTooltip(u: UnitFigures, f: Pick<Figures, 'label' | 'quantityUnit'>, ctx: RenderContext): string {
  const { lang, messages: m } = ctx;
  const en = lang.toLowerCase().startsWith('en');
  const sep = en ? ': ' : '：';
  const names = u.clusters.map((c) => c.name).join(en ? ', ' : '、') || m.map.none;
  return [u.name, `${m.map.cluster}${sep}${names}`, `${m.map.total(f.label)}${sep}${formatQuantity(u.value, f.quantityUnit, lang)}`].join('\n');
}

function baseOption(ctx: RenderContext, summary: string) {
  const { theme } = ctx;
  return {
    animation: ctx.animation,
    aria: { enabled: true, label: { description: summary } },
    textStyle: { fontFamily: theme.fontFamily, color: theme.text },
  };
}

function legend(names: readonly string[], ctx: RenderContext) {
  return {
    type: 'plain',
    bottom: 0,
    left: 'center',
    itemWidth: 12,
    itemHeight: 12,
    textStyle: { color: ctx.theme.text },
    data: names.map((name) => plainText(name)),
  };
}

/** Series ids of the enterprise points (their tooltips are written on hover). */
const PARTY_ENTERPRISES = 'enterprises-party';
const OTHER_ENTERPRISES = 'enterprises-other';

/** Pixel offsets that spread `count` markers sharing a centre on a small ring. */
export function ringOffsets(count: number, radius = 12): [number, number][] {
  if (count <= 1) return [[0, 0]];
  return Array.from({ length: count }, (_, j) => {
    const a = (2 * Math.PI * j) / count - Math.PI / 2;
    return [Math.round(radius * Math.cos(a)), Math.round(radius * Math.sin(a))];
  });
}

/** Where a unit is drawn: its `center`, else its feature's centroid, else (the region) the map's. */
function unitPosition(u: UnitRef, matched: Map<string, FeatureInfo>, whole: Position | null, regionId: string): Position | null {
  if (u.center) return u.center;
  const f = matched.get(u.id);
  if (f?.centroid) return f.centroid;
  return u.id === regionId ? whole : null;
}

/** Points of the listed enterprises that have a location, split by party organisation. */
function enterpriseSeries(data: RegionBrandData, f: Figures, ctx: RenderContext) {
  const { theme, messages: m } = ctx;
  const party: object[] = [];
  const other: object[] = [];
  const names = f.clusters.map((c) => c.name);
  f.clusters.forEach((c, ci) => {
    data.clusters[c.index]!.enterprises?.forEach((e, ei) => {
      if (!e.location) return;
      const item = {
        name: plainText(e.name),
        value: [e.location[0], e.location[1], ci],
        select: { kind: 'enterprise', id: e.id ?? pointer('clusters', c.index, 'enterprises', ei) } satisfies RbSelectDetail,
      };
      (e.partyOrganization ? party : other).push(item);
    });
  });
  const en = ctx.lang.toLowerCase().startsWith('en');
  // Written when the pointer is over a point, not for each of thousands of points up front.
  const tooltip = (item: ChartItem): string | undefined => {
    const withParty = item.seriesId === PARTY_ENTERPRISES;
    if (!withParty && item.seriesId !== OTHER_ENTERPRISES) return undefined;
    const d = item.data as { name: string; value: number[] } | undefined;
    if (!d) return undefined;
    const cluster = names[d.value[2]!] ?? '';
    const sep = en ? ': ' : '：';
    return [d.name, cluster, `${m.map.partyOrganizations}${sep}${withParty ? m.map.yes : m.map.no}`].join('\n');
  };
  const common = {
    type: 'scatter',
    coordinateSystem: 'geo',
    geoIndex: 0,
    large: true,
    largeThreshold: 2000,
    progressive: 4000,
    progressiveThreshold: 2000,
    emphasis: { scale: false },
    // Own canvas layer: hovering repaints the markers above, not thousands of points.
    zlevel: 1,
    z: 3,
  };
  const series = [
    {
      ...common,
      id: OTHER_ENTERPRISES,
      name: m.map.otherEnterprises,
      symbol: 'circle',
      symbolSize: 4,
      itemStyle: { color: theme.muted, opacity: 0.7 },
      data: other,
    },
    {
      ...common,
      id: PARTY_ENTERPRISES,
      name: m.map.partyEnterprises,
      symbol: 'diamond',
      symbolSize: 8,
      itemStyle: { color: theme.accent, borderColor: theme.background, borderWidth: 0.5 },
      data: party,
      z: 4,
    },
  ];
  return { series, count: party.length + other.length, tooltip };
}

function geoOption(data: RegionBrandData, config: ClusterMapConfig, ctx: RenderContext, f: Figures, geo: ResolvedGeometry, summary: string) {
  const { theme, messages: m } = ctx;
  const features = describeFeatures(geo.collection);
  const allUnits = [...data.units, { id: data.region.id, name: data.region.name }];
  const matched = matchUnits(allUnits, features);
  const whole = collectionCentroid(geo.collection);
  const bounds = collectionBounds(geo.collection);
  const midLat = bounds ? (bounds[1] + bounds[3]) / 2 : 0;

  // Areas: a region entry (colour) per matched unit, and a map data item (click, tooltip).
  const labelOf = new Map<string, string>(features.map((ft) => [ft.key, plainText(ft.name ?? '')]));
  const unitByKey = new Map<string, UnitFigures>();
  const regions: object[] = [];
  for (const u of data.units) {
    const ft = matched.get(u.id);
    if (!ft) continue;
    labelOf.set(ft.key, plainText(u.name));
    const shown = f.units.find((x) => x.id === u.id);
    if (shown) unitByKey.set(ft.key, shown);
  }
  const unitOfKey = new Set([...matched.values()].map((ft) => ft.key));
  const areaItems = features.map((ft) => {
    const u = unitByKey.get(ft.key);
    const unitId = u?.id ?? [...matched].find(([, x]) => x === ft)?.[0];
    if (u) regions.push({ name: ft.key, itemStyle: { areaColor: u.color } });
    return {
      name: ft.key,
      value: u?.value ?? 0,
      ...(unitId ? { select: { kind: 'unit', id: unitId } satisfies RbSelectDetail } : {}),
      tip: u ? unitTooltip(u, f, ctx) : plainText(labelOf.get(ft.key) ?? ''),
    };
  });

  // Cluster markers: one per cluster and unit, spread when several share a unit.
  const perUnit = new Map<string, string[]>();
  for (const c of f.clusters) for (const u of c.units) perUnit.set(u.id, [...(perUnit.get(u.id) ?? []), c.id]);
  const largest = Math.max(0, ...f.clusters.map((c) => c.value));
  const markerSeries = f.industries.map((ind) => ({
    type: 'scatter',
    name: plainText(ind.name),
    coordinateSystem: 'geo',
    geoIndex: 0,
    z: 5,
    itemStyle: { color: ind.color, borderColor: theme.background, borderWidth: 1.5, opacity: 0.92 },
    emphasis: { scale: 1.15 },
    data: f.clusters
      .filter((c) => c.industry === ind.name)
      .flatMap((c) =>
        c.units.flatMap((u) => {
          const at = unitPosition(u, matched, whole, data.region.id);
          if (!at) return [];
          const sharing = perUnit.get(u.id) ?? [c.id];
          return [
            {
              name: plainText(c.name),
              value: [at[0], at[1], c.value],
              symbolSize: sqrtSize(c.value, largest, 10, 40),
              symbolOffset: ringOffsets(sharing.length)[sharing.indexOf(c.id)] ?? [0, 0],
              select: { kind: 'cluster', id: c.id } satisfies RbSelectDetail,
              tip: clusterTooltip(c, f.label, ctx),
            },
          ];
        }),
      ),
  }));

  // Town names above their markers (geo labels would sit under the markers).
  const labelItems = data.units.flatMap((u) => {
    const at = unitPosition(u, matched, whole, data.region.id);
    if (!at || !matched.has(u.id)) return [];
    const sharing = perUnit.get(u.id) ?? [];
    const offsets = ringOffsets(sharing.length);
    const clearance = sharing.reduce((top, id, j) => {
      const c = f.clusters.find((x) => x.id === id)!;
      return Math.max(top, sqrtSize(c.value, largest, 10, 40) / 2 - (offsets[j]?.[1] ?? 0));
    }, 0);
    return [{ name: plainText(u.name), value: [at[0], at[1]], label: { distance: clearance + 2 } }];
  });
  const labelSeries = {
    type: 'scatter',
    coordinateSystem: 'geo',
    geoIndex: 0,
    silent: true,
    symbolSize: 0,
    z: 6,
    label: {
      show: true,
      position: 'top',
      formatter: '{b}',
      color: theme.text,
      fontSize: 11,
      textBorderColor: theme.background,
      textBorderWidth: 2,
    },
    labelLayout: { hideOverlap: true },
    data: labelItems,
  };
  const enterprises = config.showEnterprises ? enterpriseSeries(data, f, ctx) : { series: [], count: 0, tooltip: undefined };
  const legendNames = [...f.industries.map((i) => i.name), ...(config.showEnterprises ? [m.map.partyEnterprises, m.map.otherEnterprises] : [])];
  const option = {
    ...baseOption(ctx, summary),
    legend: legend(legendNames, ctx),
    geo: {
      map: geo.mapName,
      nameProperty: KEY_PROPERTY,
      roam: true,
      // Degrees of longitude shrink with latitude: keep shapes true.
      aspectScale: Math.max(0.2, Math.cos((midLat * Math.PI) / 180)),
      top: 8,
      bottom: 36,
      left: 8,
      right: 8,
      selectedMode: false,
      // Names of features without a unit; units are labelled by the label series.
      label: { show: true, color: theme.muted, fontSize: 11, formatter: (p: { name?: string }) => (unitOfKey.has(p.name ?? '') ? '' : (labelOf.get(p.name ?? '') ?? '')) },
      itemStyle: { areaColor: theme.surface, borderColor: theme.border, borderWidth: 1 },
      emphasis: {
        label: { color: theme.text },
        itemStyle: { areaColor: mix(theme.surface, theme.accent, 0.25), borderColor: theme.text },
      },
      regions,
    },
    series: [
      { type: 'map', geoIndex: 0, name: m.map.units, data: areaItems },
      ...markerSeries,
      ...enterprises.series,
      labelSeries,
    ],
  };
  return { option, enterprisePoints: enterprises.count, schematic: features.some((ft) => ft.schematic), tooltip: enterprises.tooltip };
}

/**
 * Graph layout without geometry: clusters in a column on the left (largest first), their units
 * in a column on the right, one link per cluster → unit. Deterministic, fits any box, readable.
 */
function graphOption(ctx: RenderContext, f: Figures, summary: string) {
  const { theme, messages: m } = ctx;
  const unitColor = mix(theme.track, theme.palette[1] ?? theme.accent, 0.6);
  const categories = [...f.industries.map((i) => ({ name: plainText(i.name), itemStyle: { color: i.color } })), { name: m.map.unitNodes, itemStyle: { color: unitColor } }];
  const unitCategory = categories.length - 1;
  const largestCluster = Math.max(0, ...f.clusters.map((c) => c.value));
  const largestUnit = Math.max(0, ...f.units.map((u) => u.value));
  const byValue = [...f.clusters].sort((a, b) => b.value - a.value);
  // Units ordered by their first (largest) cluster, so links cross as little as possible.
  const unitOrder = [...new Set(byValue.flatMap((c) => c.units.map((u) => u.id)))];
  const units = [...f.units].sort((a, b) => unitOrder.indexOf(a.id) - unitOrder.indexOf(b.id));
  const rows = Math.max(byValue.length, units.length, 2);
  const y = (i: number, count: number) => ((i + 0.5) * (rows * 40)) / count;
  const clusterNodes = byValue.map((c, i) => ({
    id: `cluster:${c.id}`,
    name: plainText(c.name),
    x: 0,
    y: y(i, byValue.length),
    category: f.industries.findIndex((ind) => ind.name === c.industry),
    symbol: 'circle',
    symbolSize: sqrtSize(c.value, largestCluster, 10, 34),
    itemStyle: { color: c.color, borderColor: theme.background, borderWidth: 1.5 },
    label: { position: 'left' },
    select: { kind: 'cluster', id: c.id } satisfies RbSelectDetail,
    tip: clusterTooltip(c, f.label, ctx),
  }));
  const unitNodes = units.map((u, i) => ({
    id: `unit:${u.id}`,
    name: plainText(u.name),
    x: 360,
    y: y(i, units.length),
    category: unitCategory,
    symbol: 'roundRect',
    symbolSize: sqrtSize(u.value, largestUnit, 10, 28),
    itemStyle: { color: u.color, borderColor: theme.border, borderWidth: 1 },
    label: { position: 'right', color: theme.muted },
    select: { kind: 'unit', id: u.id } satisfies RbSelectDetail,
    tip: unitTooltip(u, f, ctx),
  }));
  const links = f.clusters.flatMap((c) =>
    c.units.map((u) => ({ source: `cluster:${c.id}`, target: `unit:${u.id}`, lineStyle: { color: c.color }, tip: `${c.name} → ${u.name}` })),
  );
  return {
    ...baseOption(ctx, summary),
    legend: legend(categories.map((c) => c.name), ctx),
    series: [
      {
        type: 'graph',
        layout: 'none',
        roam: true,
        top: 16,
        bottom: 44,
        left: '24%',
        right: '18%',
        categories,
        data: [...clusterNodes, ...unitNodes],
        links,
        label: { show: true, color: theme.text, fontSize: 12 },
        lineStyle: { width: 1.5, opacity: 0.55, curveness: 0 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 3, opacity: 0.9 } },
      },
    ],
  };
}

/**
 * The model of the widget. In `geo` mode, `geo` must be the document's resolved and registered
 * geometry (the element loads a `{ url }` and registers the map before calling this).
 */
export function buildModel(data: RegionBrandData, config: ClusterMapConfig, ctx: RenderContext, geo: ResolvedGeometry | null = null): ClusterMapModel {
  const mode = resolveMode(config.mode, data);
  if (mode === 'geo' && !geo) throw new RbError('invalid-data', [{ path: '/geo', key: 'required', params: [] }]);
  const f = figures(data, config, ctx);
  const { lang, messages: m } = ctx;
  const largest = f.clusters.reduce((best, c) => (c.value > best.value ? c : best), f.clusters[0]!);
  const summary = m.map.summary(f.clusters.length, f.units.length, f.label, largest.name, quantityText(largest.metric?.value, largest.metric?.unit, lang));
  const drawn = mode === 'geo' ? geoOption(data, config, ctx, f, geo!, summary) : { option: graphOption(ctx, f, summary), enterprisePoints: 0, schematic: false, tooltip: undefined };
  const en = lang.toLowerCase().startsWith('en');
  return {
    drawing: 'chart',
    option: drawn.option,
    ...(drawn.tooltip ? { tooltip: drawn.tooltip } : {}),
    summary,
    title: `${data.region.name} · ${m.map.caption(f.label)}`,
    mode,
    clusters: f.clusters,
    units: f.units,
    scale: { caption: f.scale.caption, steps: f.scale.steps },
    industries: f.industries,
    schematic: drawn.schematic,
    enterprisePoints: drawn.enterprisePoints,
    table: {
      caption: m.map.caption(f.label),
      columns: [m.map.cluster, m.map.industry, m.map.units, m.map.enterprises, m.map.partyOrganizations, f.label],
      rows: f.clusters.map((c) => [
        c.name,
        c.industry,
        c.units.map((u) => u.name).join(en ? ', ' : '、'),
        quantityText(c.enterprises, '家', lang),
        quantityText(c.partyOrganizations, '个', lang),
        c.metric ? formatQuantity(c.metric.value, c.metric.unit, lang) : '—',
      ]),
    },
  };
}
