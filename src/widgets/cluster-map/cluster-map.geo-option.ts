/**
 * The map layout of `rb-cluster-map`: towns shaded by the summed metric of their clusters,
 * cluster markers sized by it, town names, and optionally thousands of enterprise points. Pure:
 * the geometry arrives resolved and registered under its map name.
 */
import { rollup } from 'd3-array';
import type { ChartItem, RenderContext } from '../../core/contract.js';
import { baseChartOption, chartTextSize, metricName, plainRichText } from '../../core/echarts-text.js';
import { isNarrow, layoutWidth, legendHeight } from '../../core/chart-layout.js';
import { formatQuantity } from '../../core/format.js';
import { pointer } from '../../core/errors.js';
import type { RbSelectDetail } from '../../core/events.js';
import type { AreaCollection, RegionBrandData } from '../../core/schema.js';
import { clusterTooltip, legend, mix, sqrtSize, unitTooltip, type Figures, type UnitFigures, type UnitRef } from './cluster-map.figures.js';
import {
  KEY_PROPERTY,
  collectionBounds,
  collectionCentroid,
  describeFeatures,
  matchUnits,
  type FeatureInfo,
  type Position,
} from './cluster-map.geometry.js';

/** Resolved geometry handed to {@link buildModel}: the collection and its registered map name. */
export interface ResolvedGeometry {
  readonly mapName: string;
  readonly collection: AreaCollection;
  /** Geometry types of the features left out as no boundary (points, lines), in their order. */
  readonly leftOut?: readonly string[];
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
function enterpriseSeries(data: RegionBrandData, f: Figures, ctx: RenderContext<'map'>) {
  const { theme, messages: m } = ctx;
  const party: object[] = [];
  const other: object[] = [];
  const names = f.clusters.map((c) => c.name);
  f.clusters.forEach((c, ci) => {
    data.clusters[c.index]!.enterprises?.forEach((e, ei) => {
      if (!e.location) return;
      const item = {
        name: plainRichText(e.name),
        value: [e.location[0], e.location[1], ci, ei],
        select: { kind: 'enterprise', id: e.id ?? pointer('clusters', c.index, 'enterprises', ei) } satisfies RbSelectDetail,
      };
      (e.partyOrganization ? party : other).push(item);
    });
  });
  // Written when the pointer is over a point, not for each of thousands of points up front.
  const tooltip = (item: ChartItem): string | undefined => {
    const withParty = item.seriesId === PARTY_ENTERPRISES;
    if (!withParty && item.seriesId !== OTHER_ENTERPRISES) return undefined;
    const d = item.data as { name: string; value: number[] } | undefined;
    if (!d) return undefined;
    const cluster = names[d.value[2]!] ?? '';
    // The enterprise's own figures (`enterprises[].metrics`: output, revenue, tax, employees …).
    const enterprise = data.clusters[f.clusters[d.value[2]!]?.index ?? -1]?.enterprises?.[d.value[3]!];
    const figures = Object.entries(enterprise?.metrics ?? {}).map(([key, q]) =>
      m.text.field(metricName(key, m.map.metrics), formatQuantity(q.value, q.unit, ctx.lang)),
    );
    return [d.name, cluster, m.text.field(m.map.partyOrganizations, withParty ? m.map.yes : m.map.no), ...figures].join('\n');
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

/** The option of the map layout, with the count of enterprise points and their hover tooltip. */
export function geoOption(
  data: RegionBrandData,
  showEnterprises: boolean,
  ctx: RenderContext<'map'>,
  f: Figures,
  geo: ResolvedGeometry,
  summary: string,
) {
  const { theme, messages: m } = ctx;
  const features = describeFeatures(geo.collection);
  const allUnits = [...data.units, { id: data.region.id, name: data.region.name }];
  const matched = matchUnits(allUnits, features);
  const whole = collectionCentroid(geo.collection);
  const bounds = collectionBounds(geo.collection);
  const midLat = bounds ? (bounds[1] + bounds[3]) / 2 : 0;

  // Areas: a region entry (colour) per matched unit, and a map data item (click, tooltip).
  const labelOf = new Map<string, string>(features.map((ft) => [ft.key, plainRichText(ft.name ?? '')]));
  const unitByKey = new Map<string, UnitFigures>();
  const regions: object[] = [];
  for (const u of data.units) {
    const ft = matched.get(u.id);
    if (!ft) continue;
    labelOf.set(ft.key, plainRichText(u.name));
    const shown = f.units.find((x) => x.id === u.id);
    if (shown) unitByKey.set(ft.key, shown);
  }
  const unitOfKey = new Set([...matched.values()].map((ft) => ft.key));
  const areaItems = features.map((ft) => {
    const u = unitByKey.get(ft.key);
    const unitId = u?.id ?? [...matched].find(([, x]) => x === ft)?.[0];
    if (u) regions.push({ name: ft.key, itemStyle: u.focused ? { areaColor: u.color, borderColor: theme.text, borderWidth: 3 } : { areaColor: u.color } });
    return {
      name: ft.key,
      value: u?.value ?? 0,
      ...(unitId ? { select: { kind: 'unit', id: unitId } satisfies RbSelectDetail } : {}),
      tip: u ? unitTooltip(u, f, ctx) : plainRichText(labelOf.get(ft.key) ?? ''),
    };
  });

  // Cluster markers: one per cluster and unit, spread when several share a unit.
  const perUnit = rollup(
    f.clusters.flatMap((c) => c.units.map((u) => ({ unit: u.id, cluster: c.id }))),
    (marks) => marks.map((m) => m.cluster),
    (m) => m.unit,
  );
  const largest = Math.max(0, ...f.clusters.map((c) => c.value));
  const markerSeries = f.industries.map((ind) => ({
    type: 'scatter',
    name: plainRichText(ind.name),
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
              name: plainRichText(c.name),
              value: [at[0], at[1], c.value],
              symbolSize: sqrtSize(c.value, largest, 10, 40),
              symbolOffset: ringOffsets(sharing.length)[sharing.indexOf(c.id)] ?? [0, 0],
              select: { kind: 'cluster', id: c.id } satisfies RbSelectDetail,
              tip: clusterTooltip(c, f.label, f.places, ctx),
              ...(c.focused ? { itemStyle: { borderColor: theme.text, borderWidth: 3, opacity: 1 } } : {}),
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
    return [{ name: plainRichText(u.name), value: [at[0], at[1]], label: { distance: clearance + 2 } }];
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
      fontSize: chartTextSize(theme),
      textBorderColor: theme.background,
      textBorderWidth: 2,
    },
    labelLayout: { hideOverlap: true },
    data: labelItems,
  };
  const enterprises = showEnterprises ? enterpriseSeries(data, f, ctx) : { series: [], count: 0, tooltip: undefined };
  const legendNames = [...f.industries.map((i) => i.name), ...(showEnterprises ? [m.map.partyEnterprises, m.map.otherEnterprises] : [])];
  const option = {
    ...baseChartOption(ctx, summary),
    legend: legend(legendNames, ctx),
    geo: {
      map: geo.mapName,
      nameProperty: KEY_PROPERTY,
      // On a phone a finger drag scrolls the page, not the map.
      roam: !isNarrow(ctx),
      // Degrees of longitude shrink with latitude: keep shapes true.
      aspectScale: Math.max(0.2, Math.cos((midLat * Math.PI) / 180)),
      top: 8,
      bottom: legendHeight(legendNames, layoutWidth(ctx), chartTextSize(theme)) + 8,
      left: 8,
      right: 8,
      selectedMode: false,
      // Names of features without a unit; units are labelled by the label series.
      label: { show: true, color: theme.muted, fontSize: chartTextSize(theme), formatter: (p: { name?: string }) => (unitOfKey.has(p.name ?? '') ? '' : (labelOf.get(p.name ?? '') ?? '')) },
      itemStyle: { areaColor: theme.surface, borderColor: theme.border, borderWidth: 1 },
      emphasis: {
        label: { color: theme.text },
        itemStyle: { areaColor: mix(theme.surface, theme.accent, 0.25), borderColor: theme.text },
      },
      regions,
    },
    series: [
      { type: 'map', geoIndex: 0, name: m.map.units(f.places), data: areaItems },
      ...markerSeries,
      ...enterprises.series,
      labelSeries,
    ],
  };
  return { option, enterprisePoints: enterprises.count, schematic: features.some((ft) => ft.schematic), tooltip: enterprises.tooltip };
}
