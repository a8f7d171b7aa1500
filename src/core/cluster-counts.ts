/**
 * A cluster's count of enterprises, one rule for every widget that shows or ranks it (the cluster
 * map's tooltip and table, `rb-ranking` of clusters and of units): `metrics.enterprises`, the
 * published count, when given (data-format.md: a cluster may list some of its enterprises, or none,
 * beside it), else its listed enterprises.
 */
import type { Cluster } from './schema.js';

/** The cluster's `metrics.enterprises`, the published count, if it has one. */
export function publishedEnterprises(cluster: Cluster): number | undefined {
  const published = cluster.metrics?.['enterprises']?.value;
  return published !== undefined && Number.isFinite(published) ? published : undefined;
}

/** The cluster's `metrics.enterprises` (the published count), else how many enterprises it lists; undefined with neither. */
export function enterpriseCount(cluster: Cluster): number | undefined {
  return publishedEnterprises(cluster) ?? cluster.enterprises?.length;
}
