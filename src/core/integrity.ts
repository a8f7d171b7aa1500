/**
 * The rules of data-format.md that a shape cannot express, one set per section: unique ids,
 * references, cycles of units and of brands, coverage bounds, earlier figures against the latest,
 * ids listed twice in one list of references (a warning), and figures that are valid but almost
 * certainly not what the editor meant (money in 万元/亿元 where the format stores 元: an error; a
 * growth rate written as a percentage, `21.85` for +21.85 %: a warning naming 0.2185). A widget
 * runs the rules of the sections it reads (`sections.ts`), so its bundle carries only those. The
 * document already has the right shape.
 */
import { pointer, type IssueKey, type IssueParam, type ValidationIssue } from './errors.js';
import { comparePeriods } from './periods.js';
import { isArea, type FeatureCollection, type Quantity, type RegionBrandData } from './schema.js';

/** What the rules of one section see: the document, the ids of the lists, and where to report. */
export interface RuleContext {
  readonly data: RegionBrandData;
  /** Ids of the places an item may name: the units and the region itself. */
  readonly places: ReadonlySet<string>;
  readonly brands: ReadonlySet<string>;
  readonly clusters: ReadonlySet<string>;
  error(path: string, key: IssueKey, ...params: IssueParam[]): void;
  warn(path: string, key: IssueKey, ...params: IssueParam[]): void;
  /** An error unless `id` is absent or one of `ids` (`list` names that list for the message). */
  ref(id: string | undefined, ids: ReadonlySet<string>, list: string, ...path: (string | number)[]): void;
  /** Errors and warnings so far (rules may push whole lists). */
  readonly errors: ValidationIssue[];
}

/** The rules of one section. */
export type SectionRules = (ctx: RuleContext) => void;

/** Issues for periods repeated within one list (`series`, `history`): each after its first. */
export function duplicatePeriods(list: readonly unknown[] | undefined, ...path: (string | number)[]): ValidationIssue[] {
  const first = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  list?.forEach((entry, i) => {
    const period = (entry as { period?: unknown } | null)?.period;
    if (typeof period !== 'string') return;
    const seen = first.get(period);
    if (seen === undefined) first.set(period, i);
    else issues.push({ path: pointer(...path, i, 'period'), key: 'duplicatePeriod', params: [period, pointer(...path, seen, 'period')] });
  });
  return issues;
}

/** Growth rates at or above this magnitude (1000 %) are taken for percentages. */
export const PERCENT_LIKE_GROWTH = 10;

const MONEY: Readonly<Record<string, number>> = { 万元: 1e4, 亿元: 1e8 };

/** Rounds away binary noise of scaling (`37.83 × 1e8`). */
const clean = (value: number) => Number.parseFloat(value.toPrecision(15));

/** Money in 万元/亿元: an error showing the figure in 元. */
function money(ctx: RuleContext, unit: string | undefined, value: number | undefined, ...path: (string | number)[]): void {
  const factor = unit === undefined ? undefined : MONEY[unit];
  if (factor === undefined) return;
  const shown = value ?? 1;
  ctx.error(pointer(...path), 'moneyUnit', String(shown), unit!, String(clean(shown * factor)));
}

/** A figure in `%` of 10 (1000 %) or more: the percentage written out, where the format keeps a ratio (65.3 for 0.653). */
function percentFigure(ctx: RuleContext, unit: string | undefined, value: number | undefined, ...path: (string | number)[]): void {
  if (unit === '%' && value !== undefined && Math.abs(value) >= PERCENT_LIKE_GROWTH) ctx.warn(pointer(...path), 'percentFigure', String(value), String(clean(value / 100)));
}

/**
 * Earlier figures beside a latest figure without its period: each still shows for its own period
 * and the latest when no period is asked for, but the latest cannot be shown for any period.
 */
function undated(ctx: RuleContext, earlier: readonly unknown[] | undefined, period: string | undefined, ...path: (string | number)[]): void {
  if (earlier?.length && period === undefined) ctx.warn(pointer(...path, 'period'), 'latestUndated');
}

/** `metrics` of a brand, cluster or enterprise: money units, and each `series` against its latest figure. */
function metrics(ctx: RuleContext, of: Readonly<Record<string, Quantity>> | undefined, ...at: (string | number)[]): void {
  for (const [key, q] of Object.entries(of ?? {})) {
    money(ctx, q.unit, q.value, ...at, 'metrics', key, 'unit');
    percentFigure(ctx, q.unit, q.value, ...at, 'metrics', key, 'value');
    undated(ctx, q.series, q.period, ...at, 'metrics', key);
    ctx.errors.push(...duplicatePeriods(q.series, ...at, 'metrics', key, 'series'));
    q.series?.forEach((point, j) => {
      const path = pointer(...at, 'metrics', key, 'series', j);
      if (q.period === undefined) return;
      if (point.period === q.period && point.value !== q.value) ctx.error(`${path}/value`, 'latestDiffers', point.period, point.value, q.value);
      else if (comparePeriods(point.period, q.period) > 0) ctx.error(`${path}/period`, 'notEarlier', point.period, q.period);
    });
  }
}

/** `metrics.enterprises` of a cluster is its count of enterprises: each figure a non-negative integer. */
function enterpriseCount(ctx: RuleContext, q: Quantity | undefined, ...at: (string | number)[]): void {
  if (!q) return;
  const figures: [number, string][] = [[q.value, pointer(...at, 'value')], ...(q.series ?? []).map((p, j): [number, string] => [p.value, pointer(...at, 'series', j, 'value')])];
  for (const [value, path] of figures) {
    if (!Number.isInteger(value)) ctx.error(path, 'integer');
    else if (value < 0) ctx.error(path, 'nonNegative');
  }
}

/**
 * Cycles of a hierarchy by `parent` (units, brands), each reported once, at the `parent` of its
 * first item in the list, naming its ids (`a → b → a`; an item its own parent is `a → a`): from
 * each item, parents are followed while they come later in the list; one that leads back to the
 * item closes a cycle that has no earlier item.
 */
function parentCycles(ctx: RuleContext, list: readonly { readonly id: string; readonly parent?: string | undefined }[], section: 'units' | 'brands', key: IssueKey): void {
  const index = new Map(list.map((item, i) => [item.id, i]));
  list.forEach((item, i) => {
    const ring = [item.id];
    let at = index.get(item.parent!);
    // The bound stops at a cycle of later items that does not lead back here.
    while (at !== undefined && at > i && ring.length <= list.length) {
      ring.push(list[at]!.id);
      at = index.get(list[at]!.parent!);
    }
    if (at === i) ctx.error(pointer(section, i, 'parent'), key, [...ring, item.id].join(' → '));
  });
}

/**
 * Warns about an id listed twice in one list of references (a brand's `clusters`, a cluster's
 * `units`, a breakdown's units): each repeat, at `at(j)`, naming the pointer of the first.
 */
function repeats(ctx: RuleContext, key: IssueKey, ids: readonly string[] | undefined, at: (j: number) => string): void {
  ids?.forEach((id, j) => {
    const first = ids.indexOf(id);
    if (first < j) ctx.warn(at(j), key, id, at(first));
  });
}

export const unitRules: SectionRules = (ctx) => {
  ctx.data.units.forEach((u, i) => ctx.ref(u.parent, ctx.places, '/units', 'units', i, 'parent'));
  parentCycles(ctx, ctx.data.units, 'units', 'unitCycle');
};

export const brandRules: SectionRules = (ctx) => {
  const brands = ctx.data.brands;
  brands.forEach((b, i) => {
    ctx.ref(b.parent, ctx.brands, '/brands', 'brands', i, 'parent');
    ctx.ref(b.unit, ctx.places, '/units', 'brands', i, 'unit');
    b.clusters?.forEach((c, j) => ctx.ref(c, ctx.clusters, '/clusters', 'brands', i, 'clusters', j));
    repeats(ctx, 'listedTwice', b.clusters, (j) => pointer('brands', i, 'clusters', j));
    metrics(ctx, b.metrics, 'brands', i);
  });
  parentCycles(ctx, brands, 'brands', 'cycle');
};

export const clusterRules: SectionRules = (ctx) => {
  ctx.data.clusters.forEach((c, i) => {
    c.units.forEach((u, j) => ctx.ref(u, ctx.places, '/units', 'clusters', i, 'units', j));
    repeats(ctx, 'listedTwice', c.units, (j) => pointer('clusters', i, 'units', j));
    ctx.ref(c.brand, ctx.brands, '/brands', 'clusters', i, 'brand');
    metrics(ctx, c.metrics, 'clusters', i);
    enterpriseCount(ctx, c.metrics?.['enterprises'], 'clusters', i, 'metrics', 'enterprises');
    if (!c.enterprises) return;
    uniqueIds(ctx.error, c.enterprises, 'clusters', i, 'enterprises');
    c.enterprises.forEach((e, j) => {
      ctx.ref(e.unit, ctx.places, '/units', 'clusters', i, 'enterprises', j, 'unit');
      metrics(ctx, e.metrics, 'clusters', i, 'enterprises', j);
    });
  });
};

export const indicatorRules: SectionRules = (ctx) => {
  ctx.data.indicators.forEach((ind, i) => {
    ctx.ref(ind.scope, ctx.places, '/units', 'indicators', i, 'scope');
    ctx.errors.push(...duplicatePeriods(ind.series, 'indicators', i, 'series'));
    money(ctx, ind.unit, ind.reported?.value ?? ind.series?.[0]?.value ?? ind.target?.value, 'indicators', i, 'unit');
    percentFigure(ctx, ind.unit, ind.reported?.value ?? ind.series?.at(-1)?.value ?? ind.target?.value, 'indicators', i, 'unit');
    // A figure needs its unit (the workbook's 单位 column); a published growth alone has none.
    const figured = Boolean(ind.series?.length) || ind.reported?.value !== undefined || ind.target !== undefined;
    if (ind.unit === undefined && figured) ctx.error(pointer('indicators', i, 'unit'), 'unitNeeded');
    for (const kind of ['yoy', 'pop'] as const) {
      const rate = ind.reported?.[kind];
      if (rate !== undefined && Math.abs(rate) >= PERCENT_LIKE_GROWTH) {
        ctx.warn(pointer('indicators', i, 'reported', kind), 'growthPercent', kind, String(rate), String(clean(rate / 100)));
      }
    }
  });
};

/**
 * A ratio beside counts may repeat them as published (25 of 84 and 0.2976, or 0.3 for "30%"); one
 * further off than a rounded whole percentage says something else, and which to show is the editor's call.
 */
export const RATIO_AGREES = 0.005;

/** Coverage rules of one figure (an entry or an entry of its history): counts, or a ratio alone. */
function coverageFigure(ctx: RuleContext, c: { readonly covered?: number | undefined; readonly total?: number | undefined; readonly ratio?: number | undefined }, ...path: (string | number)[]): void {
  const hasCounts = c.covered !== undefined && c.total !== undefined;
  if (!hasCounts && (c.covered !== undefined || c.total !== undefined || c.ratio === undefined)) {
    ctx.error(pointer(...path, c.covered === undefined ? 'covered' : 'total'), 'coverageNeedsCounts');
  }
  if (hasCounts) counts(ctx, c.covered!, c.total!, ...path);
  if (hasCounts && c.ratio !== undefined && c.total! > 0 && Math.abs(c.ratio - c.covered! / c.total!) > RATIO_AGREES) {
    const percent = `${clean((c.covered! / c.total!) * 100).toFixed(2).replace(/\.?0+$/, '')}%`;
    ctx.error(pointer(...path, 'ratio'), 'ratioDisagrees', String(c.ratio), c.covered!, c.total!, percent);
  }
}

function counts(ctx: RuleContext, covered: number, total: number, ...path: (string | number)[]): void {
  if (total <= 0) ctx.error(pointer(...path, 'total'), 'totalZero');
  else if (covered > total) ctx.error(pointer(...path, 'covered'), 'coveredAboveTotal', covered, total);
}

export const coverageRules: SectionRules = (ctx) => {
  ctx.data.coverage.forEach((c, i) => {
    coverageFigure(ctx, c, 'coverage', i);
    undated(ctx, c.history, c.period, 'coverage', i);
    ctx.errors.push(...duplicatePeriods(c.history, 'coverage', i, 'history'));
    c.history?.forEach((h, j) => {
      coverageFigure(ctx, h, 'coverage', i, 'history', j);
      if (c.period !== undefined && comparePeriods(h.period, c.period) >= 0) {
        const same = h.period === c.period;
        ctx.error(pointer('coverage', i, 'history', j, 'period'), same ? 'duplicatePeriod' : 'notEarlier', h.period, same ? pointer('coverage', i, 'period') : c.period);
      }
    });
    c.breakdown?.forEach((b, j) => {
      ctx.ref(b.unit, ctx.places, '/units', 'coverage', i, 'breakdown', j, 'unit');
      counts(ctx, b.covered, b.total, 'coverage', i, 'breakdown', j);
    });
    repeats(ctx, 'breakdownTwice', c.breakdown?.map((b) => b.unit), (j) => pointer('coverage', i, 'breakdown', j, 'unit'));
  });
};

/** Features of inline `geo` that are points or lines: valid GeoJSON, but no boundary, so the map leaves them out (a warning). */
export const geoRules: SectionRules = (ctx) => {
  const features = (ctx.data.geo as Partial<FeatureCollection> | undefined)?.features;
  if (!Array.isArray(features)) return;
  features.forEach((f, i) => {
    const geometry = f?.geometry;
    if (geometry && !isArea(geometry)) ctx.warn(pointer('geo', 'features', i, 'geometry', 'type'), 'notArea', String(geometry.type));
  });
};

/** How many of the ids a reference may name its message lists (then how many more there are). */
const KNOWN_IDS_LISTED = 8;

/** Reports repeated ids of a list (each after its first); returns the ids. */
function uniqueIds(error: RuleContext['error'], list: readonly { readonly id?: string | undefined }[], ...at: (string | number)[]): Set<string> {
  const first = new Map<string, number>();
  list.forEach((item, i) => {
    if (item.id === undefined) return;
    const seen = first.get(item.id);
    if (seen !== undefined) error(pointer(...at, i, 'id'), 'duplicateId', item.id, pointer(...at, seen, 'id'));
    else first.set(item.id, i);
  });
  return new Set(first.keys());
}

/**
 * Runs the rules of some sections over a document of the right shape: ids are checked unique in
 * every list first (lists a widget does not read are empty), then each section's rules.
 */
export function runRules(data: RegionBrandData, rules: readonly SectionRules[]): { errors: ValidationIssue[]; warnings: ValidationIssue[] } {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const issue = (to: ValidationIssue[]) => (path: string, key: IssueKey, ...params: IssueParam[]) => void to.push({ path, key, params });
  const error = issue(errors);
  const units = uniqueIds(error, data.units, 'units');
  // The region counts as a unit wherever one is named: a unit with its id would make such a name two places.
  const regionId = data.units.findIndex((u) => u.id === data.region.id);
  if (regionId >= 0) error(pointer('units', regionId, 'id'), 'regionIdTaken', data.region.id);
  const ctx: RuleContext = {
    data,
    errors,
    error,
    warn: issue(warnings),
    places: new Set([...units, data.region.id]),
    brands: uniqueIds(error, data.brands, 'brands'),
    clusters: uniqueIds(error, data.clusters, 'clusters'),
    ref: (id, ids, list, ...path) => {
      if (id !== undefined && !ids.has(id)) error(pointer(...path), 'unknownRef', id, list, [...ids].slice(0, KNOWN_IDS_LISTED), Math.max(0, ids.size - KNOWN_IDS_LISTED));
    },
  };
  uniqueIds(error, data.indicators, 'indicators');
  uniqueIds(error, data.coverage, 'coverage');
  for (const rule of rules) rule(ctx);
  return { errors, warnings };
}

/** The rules of every section (the whole document). */
export const ALL_RULES: readonly SectionRules[] = [unitRules, brandRules, clusterRules, indicatorRules, coverageRules, geoRules];
