/**
 * Pure conversion of the flat `brands[]` list into the brand hierarchy (county brand over town
 * brands over village brands …). Every layout of `rb-brand-matrix` (cards, tree, treemap,
 * sunburst) reads this one structure.
 */
import { group, sum } from 'd3-array';
import { quantityAt } from '../../core/period-figures.js';
import type { Brand, Quantity, RegionBrandData } from '../../core/schema.js';

/** One brand in the hierarchy. */
export interface BrandNode {
  readonly id: string;
  readonly brand: Brand;
  /** 0 for a root. */
  readonly depth: number;
  /** Id of the parent brand shown above it (undefined for the roots shown). */
  readonly parentId: string | undefined;
  /** The chosen metric of this brand, when it has one. */
  readonly metric: Quantity | undefined;
  /**
   * Area for treemap and sunburst: the brand's metric (or a small minimum when it has none, so
   * it stays visible), and for a parent at least the sum of its children.
   */
  readonly size: number;
  readonly children: readonly BrandNode[];
  /** Number of brands below this one, at any depth. */
  readonly descendants: number;
}

/** Share of the largest metric value given to brands without the metric. */
export const MIN_SIZE_SHARE = 0.04;

/** Ids of the brands without parent (or whose parent is missing), in document order. */
export function rootIdsOf(brands: readonly Brand[]): string[] {
  const ids = new Set(brands.map((b) => b.id));
  return brands.filter((b) => b.parent === undefined || !ids.has(b.parent)).map((b) => b.id);
}

/**
 * The metric to size and label by: the requested key, else `sales` when a brand has it, else the
 * first metric key found, else none.
 */
export function defaultMetric(brands: readonly Brand[], requested?: string): string | undefined {
  if (requested !== undefined) return requested;
  const keys = metricKeys(brands);
  return keys.includes('sales') ? 'sales' : keys[0];
}

/** Every metric key of the brands, in order of first appearance. */
export function metricKeys(brands: readonly Brand[]): string[] {
  const keys = new Set<string>();
  for (const b of brands) for (const k of Object.keys(b.metrics ?? {})) keys.add(k);
  return [...keys];
}

/**
 * The brand's quantity for a metric key, if it has one with a finite value; for a `period`, its
 * figure of that period (from its `series`), else none.
 */
export function metricOf(brand: Brand, metric: string | undefined, period?: string): Quantity | undefined {
  if (metric === undefined || !brand.metrics || !Object.prototype.hasOwnProperty.call(brand.metrics, metric)) return undefined;
  const q = quantityAt(brand.metrics[metric], period);
  if (!q || !Number.isFinite(q.value)) return undefined;
  return { value: q.value, unit: q.unit, ...(q.period !== undefined ? { period: q.period } : {}) };
}

/** Children of every brand id, in document order. */
function childrenIndex(brands: readonly Brand[]): Map<string, Brand[]> {
  return group(
    brands.filter((b) => b.parent !== undefined),
    (b) => b.parent!,
  );
}

/**
 * Builds the hierarchy below the given roots (document order). Brands reachable twice (a cycle,
 * which validated data never has) are shown once.
 */
export function toHierarchy(
  data: Pick<RegionBrandData, 'brands'>,
  rootIds: readonly string[],
  metric: string | undefined,
  period?: string,
): BrandNode[] {
  const byId = new Map(data.brands.map((b) => [b.id, b] as const));
  const children = childrenIndex(data.brands);
  let largest = 0;
  for (const b of data.brands) {
    const q = metricOf(b, metric, period);
    if (q && q.value > largest) largest = q.value;
  }
  const minSize = largest > 0 ? largest * MIN_SIZE_SHARE : 1;
  const seen = new Set<string>();

  const build = (brand: Brand, depth: number, parentId: string | undefined): BrandNode => {
    seen.add(brand.id);
    const kids = (children.get(brand.id) ?? []).filter((c) => !seen.has(c.id)).map((c) => build(c, depth + 1, brand.id));
    const q = metricOf(brand, metric, period);
    const own = q && q.value > 0 ? q.value : minSize;
    const childSum = sum(kids, (k) => k.size);
    const size = kids.length ? Math.max(q && q.value > 0 ? own : 0, childSum) : own;
    return {
      id: brand.id,
      brand,
      depth,
      parentId,
      metric: q,
      size,
      children: kids,
      descendants: sum(kids, (k) => 1 + k.descendants),
    };
  };

  const out: BrandNode[] = [];
  for (const id of rootIds) {
    const brand = byId.get(id);
    if (brand && !seen.has(id)) out.push(build(brand, 0, undefined));
  }
  return out;
}

/** The nodes depth first (parent before children), in display order. */
export function flatten(nodes: readonly BrandNode[]): BrandNode[] {
  const out: BrandNode[] = [];
  const visit = (n: BrandNode) => {
    out.push(n);
    n.children.forEach(visit);
  };
  nodes.forEach(visit);
  return out;
}
