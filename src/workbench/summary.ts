/** The figures of a loaded document at a glance: how many of each thing it holds. */
import type { RegionBrandData } from '../core/schema.js';

export interface DataSummary {
  readonly units: number;
  readonly brands: number;
  readonly clusters: number;
  readonly enterprises: number;
  readonly indicators: number;
  readonly coverage: number;
}

/** Enterprises are counted from the lists, or from `metrics.enterprises` where a cluster gives only a count. */
export function summarise(doc: RegionBrandData): DataSummary {
  const enterprises = (doc.clusters ?? []).reduce(
    (sum, c) => sum + (c.enterprises ? c.enterprises.length : (c.metrics?.['enterprises']?.value ?? 0)),
    0,
  );
  return {
    units: doc.units?.length ?? 0,
    brands: doc.brands?.length ?? 0,
    clusters: doc.clusters?.length ?? 0,
    enterprises,
    indicators: doc.indicators?.length ?? 0,
    coverage: doc.coverage?.length ?? 0,
  };
}
