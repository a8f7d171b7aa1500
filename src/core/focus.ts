/**
 * What a link group's selection marks, the same in every widget (the matrix, the map, the
 * ranking): a brand marks itself, its clusters and its town; a town its brands and the clusters
 * placed in it; a cluster itself, its brand and the brands listing it. Pure.
 */
import type { RenderContext } from './contract.js';
import type { Cluster, RegionBrandData } from './schema.js';

/** A link group's selection (`RenderContext.focus`). */
export type Focus = RenderContext['focus'];

/**
 * The brands a selection points at: the brand itself; a unit's brands (their `unit`); a
 * cluster's brand (its `brand`, and brands listing the cluster).
 */
export function focusedBrands(data: RegionBrandData, focus: Focus): Set<string> {
  if (!focus) return new Set();
  if (focus.kind === 'brand') return new Set([focus.id]);
  if (focus.kind === 'unit') return new Set(data.brands.filter((b) => b.unit === focus.id).map((b) => b.id));
  const cluster = data.clusters.find((c) => c.id === focus.id);
  return new Set([...(cluster?.brand !== undefined ? [cluster.brand] : []), ...data.brands.filter((b) => b.clusters?.includes(focus.id)).map((b) => b.id)]);
}

/** True when the selection points at a cluster: itself, its brand (or a brand listing it), one of its units. */
export function clusterFocused(data: RegionBrandData, cluster: Cluster, focus: Focus): boolean {
  if (!focus) return false;
  if (focus.kind === 'cluster') return focus.id === cluster.id;
  if (focus.kind === 'unit') return cluster.units.includes(focus.id);
  return cluster.brand === focus.id || Boolean(data.brands.find((b) => b.id === focus.id)?.clusters?.includes(cluster.id));
}
