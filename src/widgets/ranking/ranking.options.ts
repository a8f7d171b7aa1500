/**
 * Pure model of `rb-ranking`: units, clusters, brands or enterprises (`of`) ranked by a metric
 * (a key of their `metrics`, or a count the library derives: see `ranking.items.ts`), the first
 * `top` of them as rows with a bar share of the leader's figure, the same figures as a table, and
 * the seconds per scrolling step. `level` keeps only the brands or units of those levels. Drawn in HTML by the element (`drawing: 'html'`, no canvas).
 */
import * as v from 'valibot';
import type { ValidationScope } from '../../core/scoped-validation.js';
import { BRANDS, CLUSTERS, UNITS } from '../../core/sections.js';
import type { DataTable, HtmlModel, RenderContext } from '../../core/contract.js';
import { periodOption, widgetConfigSchema } from '../../core/config.js';
import { metricName } from '../../core/echarts-text.js';
import { RbError, pointer } from '../../core/errors.js';
import { formatQuantity } from '../../core/format.js';
import { periodLabel } from '../../core/periods.js';
import { LEVELS, type RegionBrandData } from '../../core/schema.js';
import { LEVELLED, RANKED, figureOf, focusedIds, metricKeysOf, rankedItems, type Ranked, type RankedItem, type RankedKind } from './ranking.items.js';
import { widgetMessages, type MessagesWith } from '../../core/i18n/registry.js';
import { ranking } from '../../core/i18n/zh-CN/ranking.js';
import { matrix } from '../../core/i18n/zh-CN/matrix.js';
import { map } from '../../core/i18n/zh-CN/map.js';

/**
 * The ranking (it names metrics as the matrix and the map do)'s strings in any language. Importing this module provides its zh-CN sections (`ranking, matrix, map`)
 * to the built-in zh-CN, so the element, which reads them through this, never lacks them.
 */
export const rankingMessages = widgetMessages({ ranking, matrix, map });

export { DERIVED_COUNTS, LEVELLED, RANKED, type Ranked, type RankedKind } from './ranking.items.js';

/** Rows shown when `top` is not given. */
export const DEFAULT_TOP = 10;

export const rankingConfigSchema = widgetConfigSchema({
  /** What to rank: `units`, `clusters`, `brands` (default) or `enterprises`. */
  of: v.optional(v.picklist(RANKED, 'picklist'), 'brands'),
  /**
   * Key of the items' `metrics`, or a count the library derives (units: `enterprises`,
   * `partyOrganizations`, `aboveScale`, `clusters`, `brands`; clusters: `enterprises`,
   * `partyOrganizations`, `aboveScale`, `units`). Default: `sales` for brands, `output` for
   * clusters and enterprises (when they have it), `enterprises` for units, else the first key found.
   */
  metric: v.optional(v.pipe(v.string('string'), v.minLength(1, 'required'))),
  /**
   * Rank only the brands or units of this level, or of these levels: `town`, or
   * `["town", "street"]` (`province`, `city`, `county`, `district`, `town`, `street`, `village`,
   * `park`). A brand without its own `level` has the level of its `unit`; one with neither is
   * left out. The default title names the levels (`镇级品牌销售额排行`). Clusters and enterprises
   * have no level: with `of: clusters` or `enterprises` it is an `invalid-config` error at
   * `/level`, as is a level no item has. Default: every item, of any level or none.
   */
  level: v.optional(
    v.union(
      [v.picklist(LEVELS, 'picklist'), v.pipe(v.array(v.picklist(LEVELS, 'picklist'), 'array'), v.minLength(1, 'tooShort'))],
      'picklist',
    ),
  ),
  /** The period to rank (a Quantity's `series` point, or the Quantity itself of that period); a link group's period wins. */
  period: periodOption,
  /** How many rows to show (default 10). */
  top: v.optional(
    v.pipe(v.number('number'), v.integer('integer'), v.minValue(1, 'value'), v.maxValue(1000, 'value')),
    DEFAULT_TOP,
  ),
  /**
   * Seconds per scrolling step when the rows are more than the box shows (one row per step,
   * back to the top after the last). Paused while the pointer or keyboard focus is inside; off
   * under `prefers-reduced-motion` (the list then scrolls by hand). Default: no scrolling.
   */
  scroll: v.optional(v.pipe(v.number('number'), v.finite('finite'), v.minValue(0.5, 'value'))),
});

export type RankingConfig = v.InferOutput<typeof rankingConfigSchema>;

/** A level the ranking can keep (`level`). */
export type RankingLevel = (typeof LEVELS)[number];

/** The config as a page writes it (the `config` property): every key optional, defaults applied later. */
export type RankingConfigInput = v.InferInput<typeof rankingConfigSchema>;

/** One row of the ranking. */
export interface RankingRow {
  /** 1-based; equal figures share a rank (1, 2, 2, 4). */
  readonly rank: number;
  readonly kind: RankedKind;
  readonly id: string;
  readonly name: string;
  /** What tells it apart from a namesake (an enterprise's cluster), or empty. */
  readonly note: string;
  readonly value: number;
  /** `5000万元`. */
  readonly valueText: string;
  /** Bar length: the figure as a share of the largest shown, 0…1 (0 for a figure ≤ 0). */
  readonly share: number;
  /** Accessible text of the row: rank, name and figure. */
  readonly label: string;
  /** The item selected in the widget's link group. */
  readonly focused: boolean;
}

export interface RankingModel extends HtmlModel {
  readonly of: Ranked;
  readonly metric: string;
  readonly metricLabel: string;
  readonly title: string;
  readonly rows: readonly RankingRow[];
  /** The word before a rank for screen readers (`排名` / `Rank`). */
  readonly rankWord: string;
  /** Items with a figure for the metric (ranked), shown or not. */
  readonly ranked: number;
  /** Items without a figure for the metric (left out). */
  readonly missing: number;
  /** Note under the list (items left out), or empty. */
  readonly note: string;
  /** Seconds per scrolling step, or null for none. */
  readonly scroll: number | null;
  readonly summary: string;
  readonly table: DataTable;
}

/** The metric preferred for each list when config names none. */
const PREFERRED: Readonly<Record<Ranked, string>> = { units: 'enterprises', clusters: 'output', brands: 'sales', enterprises: 'output' };

/** The name of a metric key: a derived count's name, else a known metric's, else the key. */
export function metricLabelOf(metric: string, m: MessagesWith<'ranking' | 'matrix' | 'map'>): string {
  const names = { ...m.matrix.metricNames, ...m.map.metrics, ...m.ranking.derived };
  return metricName(metric, names);
}

/**
 * A document that lists none of what is ranked yet (`"brands": []`, a clerk's new document; no
 * cluster lists enterprises): an empty state saying so, not an error, as every widget's.
 */
function emptyModel(config: RankingConfig, ctx: RenderContext<'ranking' | 'matrix' | 'map'>): RankingModel {
  const m = ctx.messages;
  const of = config.of;
  const metric = config.metric ?? PREFERRED[of];
  const metricLabel = metricLabelOf(metric, m);
  const title = m.ranking.title(m.ranking.of[of], metricLabel);
  const text = m.ranking.nothing(m.ranking.of[of], of === 'enterprises' ? 'clusters[].enterprises' : of);
  const table = { caption: title, columns: [m.ranking.rank, m.ui.name, metricLabel], rows: [] };
  return { drawing: 'html', title, of, metric, metricLabel, rows: [], rankWord: m.ranking.rank, ranked: 0, missing: 0, note: '', scroll: null, summary: text, noData: text, table };
}

/**
 * Data + config → the ranking. `period` (optional) ranks the figures of that period (a
 * Quantity's `series` point, or the Quantity itself when it is of that period); items without one
 * are left out and counted as missing.
 */
export function buildModel(data: RegionBrandData, config: RankingConfig, ctx: RenderContext<'ranking' | 'matrix' | 'map'>): RankingModel {
  const { lang, messages: m } = ctx;
  const period = ctx.period ?? config.period;
  const of = config.of;
  const all = rankedItems(data, of);
  const levels = levelsOf(config);
  // Levels asked of clusters or enterprises are the config's mistake, whatever the data holds.
  if (levels && !LEVELLED.includes(of)) ofLevels(all, of, levels);
  if (!all.length) return emptyModel(config, ctx);
  const items = levels ? ofLevels(all, of, levels) : all;
  const keys = metricKeysOf(items, of);
  const metric = config.metric ?? (keys.includes(PREFERRED[of]) ? PREFERRED[of] : keys[0]);
  if (!keys.length) throw new RbError('invalid-config', [{ path: pointer('metric'), key: 'noMetrics', params: [of] }]);
  if (metric === undefined || !keys.includes(metric)) {
    throw new RbError('invalid-config', [{ path: pointer('metric'), key: 'unknownId', params: ['metric', metric ?? '', keys] }]);
  }
  const figures = items.flatMap((item) => {
    const f = figureOf(item, metric, period);
    return f ? [{ item, f }] : [];
  });
  // A stable sort: equal figures keep document order.
  figures.sort((a, b) => b.f.value - a.f.value);
  const shown = figures.slice(0, config.top);
  const max = Math.max(0, ...shown.map((s) => s.f.value));
  const metricLabel = metricLabelOf(metric, m);
  const focused = focusedIds(data, of, ctx.focus);
  let rank = 0;
  const ranked = shown.map(({ item, f }, i): RankingRow => {
    // Equal figures share the rank of the first of them (1, 2, 2, 4).
    if (i === 0 || shown[i - 1]!.f.value !== f.value) rank = i + 1;
    const valueText = formatQuantity(f.value, f.unit, lang);
    const note = item.note ?? '';
    return {
      rank,
      kind: item.kind,
      id: item.id,
      name: item.name,
      note,
      value: f.value,
      valueText,
      share: max > 0 && f.value > 0 ? f.value / max : 0,
      label: m.ranking.row(rank, note ? m.text.withNote(item.name, note) : item.name, valueText),
      focused: focused.has(item.id),
    };
  });
  const what = levels ? m.ranking.leveled(levels.map((l) => m.matrix.level[l]), m.ranking.of[of]) : m.ranking.of[of];
  const title = m.ranking.title(what, metricLabel);
  const periods = [...new Set(shown.map((s) => s.f.period).filter((p): p is string => Boolean(p)))];
  const caption = periods.length === 1 ? m.text.withNote(title, periodLabel(periods[0]!, lang)) : title;
  const missing = items.length - figures.length;
  const first = ranked[0];
  const summary = first
    ? m.ranking.summary(caption, ranked.length, figures.length, first.name, first.valueText)
    : m.text.field(caption, m.ui.empty);
  return {
    drawing: 'html',
    title: caption,
    of,
    metric,
    metricLabel,
    rows: ranked,
    rankWord: m.ranking.rank,
    ranked: figures.length,
    missing,
    note: missing > 0 ? m.ranking.missing(missing) : '',
    scroll: config.scroll ?? null,
    summary,
    table: {
      caption,
      columns: [m.ranking.rank, m.ui.name, metricLabel],
      rows: ranked.map((r) => [String(r.rank), r.note ? m.text.withNote(r.name, r.note) : r.name, r.valueText]),
    },
  };
}

/** The config's levels as a list without repeats, or undefined for every level. */
function levelsOf(config: RankingConfig): readonly RankingLevel[] | undefined {
  const { level } = config;
  return level === undefined ? undefined : [...new Set(typeof level === 'string' ? [level] : level)];
}

/**
 * The items of those levels. Levels with `of` clusters or enterprises (which have none), or levels
 * no item has, are an `invalid-config` error at `/level` (the second lists the levels there are).
 */
function ofLevels(items: readonly RankedItem[], of: Ranked, levels: readonly RankingLevel[]): RankedItem[] {
  if (!LEVELLED.includes(of)) throw new RbError('invalid-config', [{ path: pointer('level'), key: 'levelNotRanked', params: [of] }]);
  const kept = items.filter((item) => item.level !== undefined && levels.includes(item.level));
  if (kept.length) return kept;
  const known = LEVELS.filter((l) => items.some((item) => item.level === l));
  throw new RbError('invalid-config', [{ path: pointer('level'), key: 'noneOfLevel', params: [of, levels, known] }]);
}

/** The ranking reads the lists it ranks and those their counts come from; problems in the ranked list are errors. */
export const rankingScope: ValidationScope<RankingConfig> = {
  sections: { units: UNITS, brands: BRANDS, clusters: CLUSTERS },
  shows: (_doc, config) => {
    const of = config.of === 'enterprises' ? 'clusters' : config.of;
    return of === 'units' ? ['/units', '/clusters', '/brands'] : [`/${of}`];
  },
};
