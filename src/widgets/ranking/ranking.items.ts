/**
 * The items `rb-ranking` ranks and their figures, pure: units, clusters, brands or the enterprises
 * of every cluster, each with the Quantities of its `metrics` plus the counts the library derives.
 *
 * Derived counts (a key of an item's own `metrics` always wins over a derived count of that name):
 *
 * | `of`       | key                  | counts                                                                                   |
 * |------------|----------------------|------------------------------------------------------------------------------------------|
 * | `units`    | `enterprises`        | enterprises in the unit: the published count (`metrics.enterprises`) of a cluster placed in it alone, as the cluster map and a ranking of clusters count that cluster (`enterpriseCount`); else listed enterprises whose `unit` is it (without a `unit`, of a cluster placed in it alone) |
 * | `units`    | `partyOrganizations` | listed enterprises in the unit with a party organisation (`partyOrganization: true`)     |
 * | `units`    | `aboveScale`         | listed above-scale enterprises (`aboveScale: true`) in the unit                            |
 * | `units`    | `clusters`           | clusters placed in the unit (`clusters[].units`)                                         |
 * | `units`    | `brands`             | brands of the unit (`brands[].unit`)                                                     |
 * | `clusters` | `enterprises`        | `metrics.enterprises` (the published count), else listed enterprises (`enterpriseCount`) |
 * | `clusters` | `partyOrganizations` | `partyCommittee.organizations`, else listed enterprises with a party organisation        |
 * | `clusters` | `aboveScale`         | listed above-scale enterprises                                                           |
 * | `clusters` | `units`              | units the cluster spans                                                                  |
 *
 * Brands and enterprises are ranked by their own `metrics` only.
 *
 * A unit's level is its `level`; a brand's is its own `level`, else the level of its `unit`.
 * Clusters and enterprises have none.
 */
import { enterpriseCount, publishedEnterprises } from '../../core/cluster-counts.js';
import { clusterFocused, focusedBrands, type Focus } from '../../core/focus.js';
import type { Brand, Cluster, Enterprise, Level, Quantity, RegionBrandData } from '../../core/schema.js';

/** What a ranking lists. */
export const RANKED = ['units', 'clusters', 'brands', 'enterprises'] as const;
export type Ranked = (typeof RANKED)[number];

/** The counts the library derives, by what is ranked. */
export const DERIVED_COUNTS: Readonly<Record<Ranked, readonly string[]>> = {
  units: ['enterprises', 'partyOrganizations', 'aboveScale', 'clusters', 'brands'],
  clusters: ['enterprises', 'partyOrganizations', 'aboveScale', 'units'],
  brands: [],
  enterprises: [],
};

/** The unit a derived count is written in (`家` enterprises, `个` the rest). */
const DERIVED_UNITS: Readonly<Record<string, string>> = {
  enterprises: '家',
  partyOrganizations: '个',
  aboveScale: '家',
  clusters: '个',
  brands: '个',
  units: '个',
};

/** The select event's kind of an item. */
export type RankedKind = 'unit' | 'cluster' | 'brand' | 'enterprise';

/** One item that can be ranked, with every figure it has. */
export interface RankedItem {
  readonly kind: RankedKind;
  /** Its id; an enterprise without one is named by its JSON Pointer (`/clusters/0/enterprises/12`). */
  readonly id: string;
  readonly name: string;
  /** What tells it apart from a namesake (an enterprise's cluster), if anything. */
  readonly note?: string;
  /** Its own metrics. */
  readonly metrics: Readonly<Record<string, Quantity>>;
  /** The counts derived for it. */
  readonly counts: Readonly<Record<string, number>>;
  /** Its level (a unit's; a brand's own, else its unit's), if it has one. */
  readonly level?: Level;
}

/** What a ranking lists that has levels (config `level`). */
export const LEVELLED: readonly Ranked[] = ['units', 'brands'];

/** A figure of an item: a value in a display unit, with its period when the Quantity has one. */
export interface RankedFigure {
  readonly value: number;
  readonly unit: string;
  readonly period?: string;
}

const own = (o: object | undefined, key: string): boolean => o !== undefined && Object.prototype.hasOwnProperty.call(o, key);

/**
 * An item's figure for a metric: its own Quantity (for `period`, the point of its `series` with
 * that period, or the Quantity itself when it is of that period), else a derived count, else
 * undefined (no figure).
 */
export function figureOf(item: RankedItem, metric: string, period?: string): RankedFigure | undefined {
  if (own(item.metrics, metric)) {
    const q = item.metrics[metric]!;
    if (period === undefined || q.period === period) {
      return Number.isFinite(q.value) ? { value: q.value, unit: q.unit, ...(q.period ? { period: q.period } : {}) } : undefined;
    }
    const point = q.series?.find((p) => p.period === period);
    return point && Number.isFinite(point.value) ? { value: point.value, unit: q.unit, period } : undefined;
  }
  if (own(item.counts, metric)) return { value: item.counts[metric]!, unit: DERIVED_UNITS[metric] ?? '' };
  return undefined;
}

/** Every metric key the items have (their own first, in order of appearance), then the derived counts. */
export function metricKeysOf(items: readonly RankedItem[], of: Ranked): string[] {
  const keys = new Set<string>();
  for (const item of items) for (const k of Object.keys(item.metrics)) keys.add(k);
  if (items.length) for (const k of DERIVED_COUNTS[of]) keys.add(k);
  return [...keys];
}

function count<T>(list: readonly T[] | undefined, test: (t: T) => boolean): number {
  let n = 0;
  for (const t of list ?? []) if (test(t)) n++;
  return n;
}

/** The unit a listed enterprise is in: its own `unit`, else its cluster's only unit. */
function enterpriseUnit(e: Enterprise, cluster: Cluster): string | undefined {
  return e.unit ?? (cluster.units.length === 1 ? cluster.units[0] : undefined);
}

function unitItems(data: RegionBrandData): RankedItem[] {
  const tally = new Map<string, { enterprises: number; partyOrganizations: number; aboveScale: number; clusters: number; brands: number }>();
  for (const u of data.units) tally.set(u.id, { enterprises: 0, partyOrganizations: 0, aboveScale: 0, clusters: 0, brands: 0 });
  for (const c of data.clusters) {
    const places = new Set(c.units);
    for (const id of places) {
      const t = tally.get(id);
      if (t) t.clusters++;
    }
    // A cluster in one unit alone with a published count brings that count there, as the cluster
    // map and a ranking of clusters say (its list may name only some); else its listed enterprises count by their unit.
    const published = places.size === 1 ? publishedEnterprises(c) : undefined;
    const alone = published === undefined ? undefined : tally.get(c.units[0]!);
    if (alone) alone.enterprises += published!;
    for (const e of c.enterprises ?? []) {
      const t = tally.get(enterpriseUnit(e, c) ?? '');
      if (!t) continue;
      if (published === undefined) t.enterprises++;
      if (e.partyOrganization) t.partyOrganizations++;
      if (e.aboveScale) t.aboveScale++;
    }
  }
  for (const b of data.brands) {
    const t = tally.get(b.unit ?? '');
    if (t) t.brands++;
  }
  return data.units.map((u) => ({ kind: 'unit', id: u.id, name: u.name, metrics: {}, counts: { ...tally.get(u.id)! }, level: u.level }));
}

function clusterItem(c: Cluster): RankedItem {
  const listed = c.enterprises;
  const counts: Record<string, number> = { units: new Set(c.units).size };
  const enterprises = enterpriseCount(c);
  if (enterprises !== undefined) counts['enterprises'] = enterprises;
  if (listed) counts['aboveScale'] = count(listed, (e) => e.aboveScale === true);
  const organizations = c.partyCommittee?.organizations;
  if (organizations !== undefined) counts['partyOrganizations'] = organizations;
  else if (listed) counts['partyOrganizations'] = count(listed, (e) => e.partyOrganization === true);
  return { kind: 'cluster', id: c.id, name: c.name, metrics: c.metrics ?? {}, counts };
}

function brandItems(data: RegionBrandData): RankedItem[] {
  const unitLevel = new Map(data.units.map((u) => [u.id, u.level]));
  return data.brands.map((b: Brand): RankedItem => {
    const level = b.level ?? unitLevel.get(b.unit ?? '');
    return { kind: 'brand', id: b.id, name: b.name, metrics: b.metrics ?? {}, counts: {}, ...(level ? { level } : {}) };
  });
}

function enterpriseItems(data: RegionBrandData): RankedItem[] {
  return data.clusters.flatMap((c, ci) =>
    (c.enterprises ?? []).map((e, ei): RankedItem => ({
      kind: 'enterprise',
      id: e.id ?? `/clusters/${ci}/enterprises/${ei}`,
      name: e.name,
      note: c.name,
      metrics: e.metrics ?? {},
      counts: {},
    })),
  );
}

/** The items of a list, in document order. */
export function rankedItems(data: RegionBrandData, of: Ranked): RankedItem[] {
  switch (of) {
    case 'units':
      return unitItems(data);
    case 'clusters':
      return data.clusters.map(clusterItem);
    case 'brands':
      return brandItems(data);
    case 'enterprises':
      return enterpriseItems(data);
  }
}

/**
 * The ids of the items of a list that a link group's selection marks: the item itself, or those
 * tied to it, as the matrix and the map mark them (a town's brands, clusters and enterprises; a
 * brand's unit, clusters and their enterprises; a cluster's units, brand and enterprises).
 */
export function focusedIds(data: RegionBrandData, of: Ranked, focus: Focus): Set<string> {
  if (!focus) return new Set();
  const { kind, id } = focus;
  // The clusters the selection marks (a town's, a brand's, or the cluster itself).
  const clusters = data.clusters.filter((c) => clusterFocused(data, c, focus));
  switch (of) {
    case 'units': {
      const brandUnit = kind === 'brand' ? data.brands.find((b) => b.id === id)?.unit : undefined;
      return new Set(kind === 'unit' ? [id] : kind === 'brand' ? (brandUnit !== undefined ? [brandUnit] : []) : clusters.flatMap((c) => c.units));
    }
    case 'clusters':
      return new Set(clusters.map((c) => c.id));
    case 'brands':
      return focusedBrands(data, focus);
    case 'enterprises': {
      // A town marks the enterprises in it (their own unit, else their cluster's only one); a brand or cluster those of its clusters.
      const marked = new Set<string>();
      data.clusters.forEach((c, ci) =>
        (c.enterprises ?? []).forEach((e, ei) => {
          if (kind === 'unit' ? enterpriseUnit(e, c) === id : clusters.includes(c)) marked.add(e.id ?? `/clusters/${ci}/enterprises/${ei}`);
        }),
      );
      return marked;
    }
  }
}
