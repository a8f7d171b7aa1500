/**
 * The figures of `rb-cluster-map`, as both layouts draw them: the clusters shown with their
 * industry colours, the units they sit in with the summed metric and its colour scale, and the
 * tooltip text of clusters and units. Pure.
 */
import { sum } from 'd3-array';
import { color as zrColor } from 'echarts/core';
import type { RenderContext } from '../../core/contract.js';
import { metricName, plainRichText } from '../../core/echarts-text.js';
import { pointer, rbError } from '../../core/errors.js';
import { enterpriseCount } from '../../core/cluster-counts.js';
import { clusterFocused } from '../../core/focus.js';
import { formatQuantity } from '../../core/format.js';
import { quantityAt } from '../../core/period-figures.js';
import { periodLabel } from '../../core/periods.js';
import { LEVELS } from '../../core/schema.js';
import type { AdminUnit, Cluster, Level, Quantity, RegionBrandData } from '../../core/schema.js';
import type { Position } from './cluster-map.geometry.js';

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
  /** "No data for P": a period is asked and the cluster has no figure for it. */
  readonly noData?: string;
  /** True when the link group's selection is this cluster, its brand or one of its units. */
  readonly focused: boolean;
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
  /** True when the link group's selection is this unit. */
  readonly focused: boolean;
}

/** One class of the unit colour scale. */
export interface ScaleStep {
  readonly color: string;
  readonly label: string;
}

/** What the figures are computed for: a metric key and, optionally, the ids of the clusters shown. */
export interface FigureChoice {
  readonly metric: string;
  readonly clusters?: readonly string[] | undefined;
  /** The period of the figures (a link group's period wins). */
  readonly period?: string | undefined;
}

/** `value` on a square-root scale between `min` and `max` pixels (area ∝ value). */
export function sqrtSize(value: number, largest: number, min: number, max: number): number {
  if (!(largest > 0) || !(value > 0)) return min;
  return min + (max - min) * Math.sqrt(Math.min(value, largest) / largest);
}

/**
 * The clusters the config names (all by default; none in a document without clusters yet, whose
 * map shows an empty state); an unknown id lists the ids that exist.
 */
export function selectClusters(data: RegionBrandData, ids: readonly string[] | undefined): { cluster: Cluster; index: number }[] {
  const all = data.clusters.map((cluster, index) => ({ cluster, index }));
  // An empty list names none: all, as the workbench writes it (not "the data has no clusters").
  if (!ids?.length) return all;
  return ids.map((id, i) => {
    const found = all.find((c) => c.cluster.id === id);
    if (!found) {
      throw rbError('invalid-config', pointer('clusters', i), 'unknownId', 'cluster', id, data.clusters.map((c) => c.id));
    }
    return found;
  });
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

/**
 * The levels of the units shown (`units[].level`; the region's own when a cluster names it), the
 * most numerous first, ties in the order of the format's levels: what the legend calls them.
 */
export function unitLevels(data: RegionBrandData, ids: readonly string[]): Level[] {
  const counts = new Map<Level, number>();
  for (const id of ids) {
    const level = data.units.find((u) => u.id === id)?.level ?? (id === data.region.id ? data.region.level : undefined);
    if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || LEVELS.indexOf(a) - LEVELS.indexOf(b));
}

/** Equal-interval classes of (0, largest]; 0 gets the "none" colour. */
function unitScale(largest: number, unit: string | undefined, ctx: RenderContext<'map'>, label: string, places: string) {
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
  return { caption: m.map.scale(label, places), steps, colorOf };
}

/** The metric a config without `metric` sizes by. */
export const DEFAULT_METRIC = 'output';

/** Everything both layouts need: figures, colours, texts. */
export function clusterFigures(data: RegionBrandData, config: FigureChoice, ctx: RenderContext<'map'>) {
  const { theme, messages: m } = ctx;
  const chosen = selectClusters(data, config.clusters);
  // A metric no cluster of the document carries is a config mistake; the default (`output`) is
  // not: clusters without metrics are valid data, drawn unsized (and a subset without the metric
  // shows "—" like any cluster lacking it).
  const metricKnown = config.metric === DEFAULT_METRIC || !data.clusters.length || data.clusters.some((cluster) => cluster.metrics?.[config.metric] !== undefined);
  if (!metricKnown) {
    const keys = [...new Set(data.clusters.flatMap((cluster) => Object.keys(cluster.metrics ?? {})))];
    throw keys.length ? rbError('invalid-config', '/metric', 'unknownId', 'metric', config.metric, keys) : rbError('invalid-config', '/metric', 'noMetrics', 'clusters');
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
  const period = ctx.period ?? config.period;
  const periodText = period !== undefined ? periodLabel(period, ctx.lang) : '';
  const clusters: ClusterFigures[] = chosen.map(({ cluster, index }) => {
    // For a period, its figure (from the metric's series), else "no data for P", never the latest.
    const at = quantityAt(cluster.metrics?.[config.metric], period);
    const metric = at ? { value: at.value, unit: at.unit, ...(at.period !== undefined ? { period: at.period } : {}) } : undefined;
    const industry = cluster.industry || m.map.otherIndustry;
    const party = partyFigures(cluster);
    const enterprises = enterpriseCount(cluster);
    return {
      index,
      id: cluster.id,
      name: cluster.name,
      industry,
      // A unit listed twice (a warning, `listedTwice`) is one place of the cluster: one marker, one link.
      units: [...new Set(cluster.units)].map((u) => unitRef(data, u)),
      ...(enterprises !== undefined ? { enterprises } : {}),
      ...(party.organizations !== undefined ? { partyOrganizations: party.organizations } : {}),
      ...(party.enterprises !== undefined ? { partyEnterprises: party.enterprises } : {}),
      ...(metric ? { metric } : {}),
      value: metric?.value ?? 0,
      color: industryColor(industry),
      ...(period !== undefined && !metric ? { noData: m.ui.noDataFor(periodText) } : {}),
      focused: clusterFocused(data, cluster, ctx.focus),
    };
  });
  const quantityUnit = clusters.find((c) => c.metric)?.metric?.unit;
  const label = metricName(config.metric, m.map.metrics);

  // Units in document order (the region itself last, if a cluster names it).
  const order = [...data.units.map((u) => u.id), data.region.id];
  const unitIds = [...new Set(clusters.flatMap((c) => c.units.map((u) => u.id)))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const sums = unitIds.map((id) => clusters.filter((c) => c.units.some((u) => u.id === id)));
  const values = sums.map((list) => sum(list, (c) => c.value));
  // What the units are called: `镇（园区）`, `村` … from their levels.
  const places = m.map.places(unitLevels(data, unitIds), unitIds.length);
  const scale = unitScale(Math.max(0, ...values), quantityUnit, ctx, label, places);
  const units: UnitFigures[] = unitIds.map((id, i) => ({
    ...unitRef(data, id),
    clusters: sums[i]!,
    value: values[i]!,
    color: scale.colorOf(values[i]!),
    focused: ctx.focus?.kind === 'unit' && ctx.focus.id === id,
  }));
  return { clusters, units, industries, label, quantityUnit, scale, places };
}

/** The figures of one model. */
export type Figures = ReturnType<typeof clusterFigures>;

/** A figure with its unit, `—` when it is missing. */
export function quantityText(value: number | undefined, unit: string | undefined, lang: string): string {
  return value === undefined ? '—' : formatQuantity(value, unit, lang);
}

/** A cluster's figures as text: its enterprises, party organisations and metric (`figure`, or why it has none). */
export interface ClusterTexts {
  readonly enterprises: string;
  readonly organizations: string;
  readonly figure: string;
}

const textsOf = new WeakMap<ClusterFigures, ClusterTexts>();

/**
 * The figures of a cluster as text, formatted once per cluster of a model: its tooltip and its
 * row of the data table show the same ones (a cluster's figures are built for one language).
 */
export function clusterTexts(c: ClusterFigures, lang: string): ClusterTexts {
  let texts = textsOf.get(c);
  if (!texts) {
    texts = {
      enterprises: quantityText(c.enterprises, '家', lang),
      organizations: quantityText(c.partyOrganizations, '个', lang),
      figure: c.noData ?? quantityText(c.metric?.value, c.metric?.unit, lang),
    };
    textsOf.set(c, texts);
  }
  return texts;
}

/** Tooltip of a cluster (text). */
export function clusterTooltip(c: ClusterFigures, label: string, places: string, ctx: RenderContext<'map'>): string {
  const { lang, messages: m } = ctx;
  const { field, listSeparator, withNote } = m.text;
  const { enterprises, organizations, figure } = clusterTexts(c, lang);
  const withParty = c.partyEnterprises !== undefined && c.partyOrganizations !== c.partyEnterprises;
  return [
    c.name,
    field(m.map.industry, c.industry),
    field(m.map.units(places), c.units.map((u) => u.name).join(listSeparator)),
    field(m.map.enterprises, enterprises),
    field(
      m.map.partyOrganizations,
      withParty ? withNote(organizations, `${m.map.partyEnterprises} ${quantityText(c.partyEnterprises, '家', lang)}`) : organizations,
    ),
    field(label, figure),
  ].join('\n');
}

/** Tooltip of a unit (text). */
export function unitTooltip(u: UnitFigures, f: Pick<Figures, 'label' | 'quantityUnit'>, ctx: RenderContext<'map'>): string {
  const { lang, messages: m } = ctx;
  const names = u.clusters.map((c) => c.name).join(m.text.listSeparator) || m.map.none;
  return [u.name, m.text.field(m.map.cluster, names), m.text.field(m.map.total(f.label), formatQuantity(u.value, f.quantityUnit, lang))].join('\n');
}

/** The legend both layouts put under the chart. */
export function legend(names: readonly string[], ctx: RenderContext<'map'>) {
  return {
    type: 'plain',
    bottom: 0,
    left: 'center',
    itemWidth: 12,
    itemHeight: 12,
    textStyle: { color: ctx.theme.text },
    data: names.map((name) => plainRichText(name)),
  };
}
