/**
 * Pure model of `rb-brand-matrix`: the brand list and the config → the card matrix (for the
 * `grid` layout, drawn as HTML) or an ECharts tree / treemap / sunburst option, plus the same
 * figures as text (summary and table). All layouts read one hierarchy (`toHierarchy`).
 */
import { sum } from 'd3-array';
import * as v from 'valibot';
import { type ValidationScope } from '../../core/scoped-validation.js';
import { BRANDS, CLUSTERS, UNITS } from '../../core/sections.js';
import type { RenderContext } from '../../core/contract.js';
import type { ChartModel, DataTable, HtmlModel } from '../../core/contract.js';
import { periodOption, pickById, widgetConfigSchema } from '../../core/config.js';
import { RbError, pointer } from '../../core/errors.js';
import { baseChartOption, chartLineHeight, chartTextSize, metricName, plainRichText } from '../../core/echarts-text.js';
import { layoutWidth, textWidth } from '../../core/chart-layout.js';
import { focusedBrands } from '../../core/focus.js';
import { formatPlain, formatQuantity } from '../../core/format.js';
import { periodLabel } from '../../core/periods.js';
import type { Brand, RegionBrandData } from '../../core/schema.js';
import type { ThemeColors } from '../../core/theme.js';
import type { RbSelectDetail } from '../../core/events.js';
import { defaultMetric, flatten, metricKeys, rootIdsOf, toHierarchy, type BrandNode } from './brand-matrix.hierarchy.js';
import { widgetMessages, type MessagesWith } from '../../core/i18n/registry.js';
import { matrix } from '../../core/i18n/zh-CN/matrix.js';

/**
 * The brand matrix's strings in any language. Importing this module provides its zh-CN section (`matrix`)
 * to the built-in zh-CN, so the element, which reads them through this, never lacks them.
 */
export const brandMatrixMessages = widgetMessages({ matrix });

export const LAYOUTS = ['grid', 'tree', 'treemap', 'sunburst'] as const;
export type BrandMatrixLayout = (typeof LAYOUTS)[number];

export const brandMatrixConfigSchema = widgetConfigSchema({
  /** Brand id (or ids) shown at the top; default every brand without parent. */
  root: v.optional(v.union([v.string('string'), v.array(v.string('string'), 'array')], 'string')),
  /** `grid` (default: the "1+8" card matrix), `tree`, `treemap` or `sunburst`. */
  layout: v.optional(v.picklist(LAYOUTS, 'picklist'), 'grid'),
  /** Key in `brands[].metrics` for sizes and labels; default `sales` when present, else the first found. */
  metric: v.optional(v.string('string')),
  /** The period of the figures shown (from the metrics' `series`); a link group's period wins. */
  period: periodOption,
});

export type BrandMatrixConfig = v.InferOutput<typeof brandMatrixConfigSchema>;

/** The config as a page writes it (the `config` property): every key optional, defaults applied later. */
export type BrandMatrixConfigInput = v.InferInput<typeof brandMatrixConfigSchema>;

/** A product chip of a card. */
export interface ProductChip {
  readonly name: string;
  readonly certifications: readonly string[];
}

/** Everything a brand card shows, as text. */
export interface BrandCard {
  readonly id: string;
  readonly name: string;
  readonly kind: 'region' | 'party';
  readonly kindLabel: string;
  /** Absent for a brand without `level`. */
  readonly levelLabel?: string;
  readonly unitName?: string;
  readonly launchedText?: string;
  readonly products: readonly ProductChip[];
  readonly clusterNames: readonly string[];
  /** The metric scaled (`5000万元`), with its period label. */
  readonly metricText?: string;
  readonly metricPeriod?: string;
  readonly depth: number;
  readonly descendants: number;
  /** Label of the toggle showing the children (cards below the second level). */
  readonly expandText: string;
  /** True when a period is asked and the brand has no figure for it (`metricText` says so). */
  readonly noData: boolean;
  /** True for the brand selected in the link group (or of the selected unit or cluster). */
  readonly focused: boolean;
  readonly children: readonly BrandCard[];
}

/** What every layout of the matrix shows. */
interface BrandMatrixFigures {
  readonly summary: string;
  readonly title: string;
  readonly table: DataTable;
  /** The metric key used, and its label. */
  readonly metric?: string;
  readonly metricLabel?: string;
  readonly roots: readonly BrandCard[];
  /** One summary sentence per root (`开平优品：1个县级品牌、8个镇级品牌`). */
  readonly rootSummaries: readonly string[];
  /** Kinds present, with their badge labels (the legend of chart layouts). */
  readonly kinds: readonly { readonly kind: 'region' | 'party'; readonly label: string }[];
  readonly collapseText: string;
  /** Number of brands shown. */
  readonly count: number;
}

/**
 * The matrix as the element draws it: the `grid` layout is HTML cards; `tree`, `treemap` and
 * `sunburst` are ECharts drawings.
 */
export type BrandMatrixModel =
  | (BrandMatrixFigures & HtmlModel & { readonly layout: 'grid' })
  | (BrandMatrixFigures & ChartModel & { readonly layout: Exclude<BrandMatrixLayout, 'grid'> });

/** Chart data item shared by tree, treemap and sunburst. */
export interface BrandChartItem {
  readonly name: string;
  readonly value: number;
  readonly select: RbSelectDetail;
  readonly itemStyle: { readonly color: string; readonly borderColor?: string; readonly borderWidth?: number };
  readonly children?: readonly BrandChartItem[];
  /** The treemap box of the part of the brand's figure its sub-brands do not cover ({@link withOwnShare}). */
  readonly ownShare?: true;
}

/** The root ids a config asks for (checked against the data). */
export function resolveRoots(data: RegionBrandData, root: BrandMatrixConfig['root']): string[] {
  // Without brands yet (a new document), no root: the empty state (`buildModel`).
  if (root === undefined) return rootIdsOf(data.brands);
  const ids = typeof root === 'string' ? [root] : root;
  if (!ids.length) return rootIdsOf(data.brands);
  return ids.map((id) => pickById(data.brands, id, 'root', 'brand')!.id);
}

/** The metric a config asks for; an unknown key is an error listing the keys that exist. */
export function resolveMetric(data: RegionBrandData, metric: string | undefined): string | undefined {
  const keys = metricKeys(data.brands);
  // Without brands yet, a metric cannot be checked: the empty state shows.
  if (metric !== undefined && data.brands.length && !keys.includes(metric)) {
    throw new RbError('invalid-config', [keys.length ? { path: pointer('metric'), key: 'unknownId', params: ['metric', metric, keys] } : { path: pointer('metric'), key: 'noMetrics', params: ['brands'] }]);
  }
  return defaultMetric(data.brands, metric);
}

const levelKey = (b: Brand): string => b.level ?? 'other';
const levelName = (level: string, m: MessagesWith<'matrix'>): string => m.matrix.level[level] ?? level;

/** `1个县级品牌、8个镇级品牌` for a root and its subtree (levels in order of appearance). */
export function levelCounts(root: BrandNode, m: MessagesWith<'matrix'>, lang: string): string {
  const counts = new Map<string, number>();
  for (const n of flatten([root])) counts.set(levelKey(n.brand), (counts.get(levelKey(n.brand)) ?? 0) + 1);
  return [...counts]
    .map(([level, n]) => m.matrix.levelCount(n, formatPlain(n, lang), levelName(level, m)))
    .join(m.text.listSeparator);
}

/** Everything a name lookup needs, built once per model. */
interface Lookup {
  readonly data: RegionBrandData;
  readonly units: ReadonlyMap<string, string>;
  readonly clusters: ReadonlyMap<string, string>;
  readonly names: ReadonlyMap<string, string>;
  readonly ctx: RenderContext<'matrix'>;
  /** The metric shown, if any. */
  readonly metric: string | undefined;
  /** Brands the link group's selection points at. */
  readonly focused: ReadonlySet<string>;
}

function lookupOf(data: RegionBrandData, ctx: RenderContext<'matrix'>, metric?: string): Lookup {
  return {
    data,
    ctx,
    metric,
    focused: focusedBrands(data, ctx.focus),
    units: new Map([[data.region.id, data.region.name], ...data.units.map((u) => [u.id, u.name] as const)]),
    clusters: new Map(data.clusters.map((c) => [c.id, c.name] as const)),
    names: new Map(data.brands.map((b) => [b.id, b.name] as const)),
  };
}

/** The card of a brand node and its children. */
export function toCard(node: BrandNode, look: Lookup): BrandCard {
  const { lang, messages: m } = look.ctx;
  const b = node.brand;
  const unitName = b.unit !== undefined ? (look.units.get(b.unit) ?? b.unit) : undefined;
  const noData = noDataText(node, look);
  return {
    id: b.id,
    name: b.name,
    kind: b.kind,
    kindLabel: m.matrix.kind[b.kind],
    ...(b.level !== undefined ? { levelLabel: levelName(b.level, m) } : {}),
    ...(unitName !== undefined ? { unitName } : {}),
    ...(b.launched ? { launchedText: m.matrix.launched(periodLabel(b.launched, lang)) } : {}),
    products: (b.products ?? []).map((p) => ({ name: p.name, certifications: p.certifications ?? [] })),
    clusterNames: (b.clusters ?? []).map((id) => look.clusters.get(id) ?? id),
    ...(node.metric ? { metricText: formatQuantity(node.metric.value, node.metric.unit, lang) } : {}),
    ...(node.metric?.period ? { metricPeriod: periodLabel(node.metric.period, lang) } : {}),
    ...(noData !== undefined ? { metricText: noData } : {}),
    noData: noData !== undefined,
    focused: look.focused.has(b.id),
    depth: node.depth,
    descendants: node.descendants,
    expandText: m.matrix.expand(node.children.length, formatPlain(node.children.length, lang)),
    children: node.children.map((c) => toCard(c, look)),
  };
}

/** The colour of a brand: party brands in the accent (party red), region brands by branch. */
export function brandColor(kind: 'region' | 'party', branch: number, theme: ThemeColors): string {
  if (kind === 'party') return theme.accent;
  const palette = theme.palette.slice(1);
  return palette.length ? palette[branch % palette.length]! : theme.text;
}

/** The chart items of the hierarchy: one conversion for tree, treemap and sunburst. */
export function toChartItems(nodes: readonly BrandNode[], theme: ThemeColors, focused: ReadonlySet<string> = new Set()): BrandChartItem[] {
  const item = (n: BrandNode, branch: number): BrandChartItem => ({
    name: plainRichText(n.brand.name),
    value: n.size,
    select: { kind: 'brand', id: n.id },
    itemStyle: focused.has(n.id)
      ? { color: brandColor(n.brand.kind, branch, theme), borderColor: theme.text, borderWidth: 4 }
      : { color: brandColor(n.brand.kind, branch, theme) },
    ...(n.children.length ? { children: n.children.map((c, i) => item(c, n.depth === 0 ? i : branch)) } : {}),
  });
  return nodes.map((n, i) => item(n, nodes.length > 1 ? i : 0));
}

/**
 * Treemap items whose children cover only part of their parent's figure: ECharts stretches
 * children over the whole parent (a 250万 village brand drawn as large as its 5000万 town brand),
 * so the rest is a box of the parent itself and every area stays proportional to its figure.
 */
export function withOwnShare(items: readonly BrandChartItem[]): BrandChartItem[] {
  return items.map((item) => {
    if (!item.children?.length) return item;
    const children = withOwnShare(item.children);
    const rest = item.value - sum(children, (c) => c.value);
    if (!(rest > item.value * 1e-6)) return { ...item, children };
    const { children: _, ...own } = item;
    return { ...item, children: [...children, { ...own, value: rest, ownShare: true }] };
  });
}

/** An item of an ECharts event or formatter call. */
interface FormatterParams {
  readonly data?: unknown;
}

/** What a chart item selects (the `select` field of its data). */
const selectOf = (p: FormatterParams) => (p.data as { select?: RbSelectDetail } | undefined)?.select;

/** Tooltip lines of a brand (name, kind and level, metric), as text. */
function tooltipText(node: BrandNode, look: Lookup, metricLabel: string | undefined): string {
  const { lang, messages: m } = look.ctx;
  const b = node.brand;
  const lines = [b.name, [m.matrix.kind[b.kind], ...(b.level !== undefined ? [levelName(b.level, m)] : [])].join(' · ')];
  if (node.metric && metricLabel) {
    const period = node.metric.period ? ` · ${periodLabel(node.metric.period, lang)}` : '';
    lines.push(m.text.field(metricLabel, `${formatQuantity(node.metric.value, node.metric.unit, lang)}${period}`));
  } else {
    const noData = noDataText(node, look);
    if (metricLabel && noData !== undefined) lines.push(m.text.field(metricLabel, noData));
  }
  return lines.join('\n');
}

/**
 * `2023年 无数据` for a brand without a figure for the period asked (data-format.md: "no data for
 * P", never its latest), as its card, its box and its tooltip say; else undefined.
 */
function noDataText(node: BrandNode, look: Lookup): string | undefined {
  const { period, lang, messages: m } = look.ctx;
  return period !== undefined && look.metric !== undefined && !node.metric ? m.ui.noDataFor(periodLabel(period, lang)) : undefined;
}

/** The brand nodes of a hierarchy by id. */
const nodesById = (nodes: readonly BrandNode[]) => new Map(flatten(nodes).map((n) => [n.id, n] as const));

/** The tooltip of the chart layouts: the brand an item selects, described by tooltipText. */
export function brandTooltip(nodes: readonly BrandNode[], look: Lookup, metricLabel: string | undefined) {
  const byId = nodesById(nodes);
  return (item: FormatterParams): string | undefined => {
    const n = byId.get(selectOf(item)?.id ?? '');
    return n ? tooltipText(n, look, metricLabel) : undefined;
  };
}


/** The ECharts option of a chart layout. */
export function chartOption(
  layout: Exclude<BrandMatrixLayout, 'grid'>,
  nodes: readonly BrandNode[],
  look: Lookup,
  metricLabel: string | undefined,
  summary: string,
  title: string,
): Record<string, unknown> {
  const { theme } = look.ctx;
  const byId = nodesById(nodes);
  const items = toChartItems(nodes, theme, look.focused);
  const labelOf = (p: FormatterParams): string => {
    const n = byId.get(selectOf(p)?.id ?? '');
    return n ? plainRichText(n.brand.name) : '';
  };
  const sizedLabel = (p: FormatterParams): string => {
    const n = byId.get(selectOf(p)?.id ?? '');
    if (!n) return '';
    // The box of a brand's own share shows that share, not the brand's whole figure: its figure
    // less its sub-brands' figures (a sub-brand without one is drawn at a minimum size, which is
    // no figure of anybody's and so is not taken off).
    const own = (p.data as BrandChartItem).ownShare === true;
    const value = own ? n.metric && n.metric.value - sum(n.children, (c) => c.metric?.value ?? 0) : n.metric?.value;
    const figure = n.metric && value !== undefined ? formatQuantity(value, n.metric.unit, look.ctx.lang) : noDataText(n, look);
    return plainRichText(`${own ? look.ctx.messages.matrix.ownShare(n.brand.name) : n.brand.name}${figure === undefined ? '' : `\n${figure}`}`);
  };
  const base = baseChartOption(look.ctx, summary);
  const total = byId.size;
  if (layout === 'tree') return { ...base, series: treeSeries(nodes, items, look, labelOf, total) };
  if (layout === 'treemap') {
    return {
      ...base,
      series: [
        {
          type: 'treemap',
          name: title,
          data: withOwnShare(items),
          top: 8,
          left: 4,
          right: 4,
          bottom: chartTextSize(theme, 32),
          roam: false,
          // ECharts' treemap reads `animation` from the series alone and otherwise animates every
          // update for 900 ms: without animation (config, reduced motion) a change is drawn at once.
          animation: look.ctx.animation,
          nodeClick: 'zoomToNode',
          ...(total > 60 ? { leafDepth: 2 } : {}),
          visibleMin: 0,
          label: { show: true, color: theme.background, formatter: sizedLabel, overflow: 'truncate', lineHeight: chartLineHeight(chartTextSize(theme)) },
          upperLabel: { show: true, height: chartTextSize(theme, 20), color: theme.background, formatter: labelOf },
          itemStyle: { borderColor: theme.background, gapWidth: 2, borderWidth: 1 },
          // levels[0] is ECharts' virtual root (the breadcrumb's first item); levels[1] the roots.
          levels: [
            {},
            { itemStyle: { borderColor: theme.track, borderWidth: 2, gapWidth: 2 }, upperLabel: { color: theme.text } },
            { itemStyle: { borderColor: theme.background, borderWidth: 2, gapWidth: 1 } },
            { colorSaturation: [0.35, 0.6], itemStyle: { borderColorSaturation: 0.7, gapWidth: 1, borderWidth: 1 } },
          ],
          breadcrumb: {
            show: true,
            bottom: 4,
            height: chartTextSize(theme, 22),
            itemStyle: { color: theme.surface, borderColor: theme.border, textStyle: { color: theme.text, fontSize: chartTextSize(theme) } },
          },
        },
      ],
    };
  }
  return {
    ...base,
    series: [
      {
        type: 'sunburst',
        name: title,
        data: items,
        radius: [0, '92%'],
        sort: undefined,
        nodeClick: 'rootToNode',
        emphasis: { focus: 'ancestor' },
        itemStyle: { borderColor: theme.background, borderWidth: 1 },
        label: { rotate: 'radial', minAngle: 6, color: theme.background, formatter: labelOf, overflow: 'truncate' },
        // levels[0] is the virtual centre used to zoom back out; levels[1] the roots.
        levels: [{}, { label: { rotate: 0 } }],
      },
    ],
  };
}

/** Space above a top-down tree, for the root's label. */
export const TREE_TOP = 40;

/**
 * One tree series per root, side by side; top-down for small trees whose leaf labels fit side by
 * side in the drawing's width (`ctx.width`), left-right for wide ones, with margins as wide as
 * the root and leaf labels so none is cut at an edge.
 */
function treeSeries(
  nodes: readonly BrandNode[],
  items: readonly BrandChartItem[],
  look: Lookup,
  labelOf: (p: FormatterParams) => string,
  total: number,
): Record<string, unknown>[] {
  const { theme } = look.ctx;
  const labelSize = chartTextSize(theme);
  const count = nodes.length || 1;
  const widest = Math.max(0, ...nodes.map((n) => flatten([n]).filter((d) => !d.children.length).length));
  const perTree = layoutWidth(look.ctx) / count;
  const names = (list: readonly BrandNode[]) => list.map((d) => textWidth(d.brand.name, labelSize));
  const leafLabel = Math.max(0, ...names(flatten(nodes).filter((d) => !d.children.length)));
  const topDown = widest <= 12 && (look.ctx.width === undefined || widest * (leafLabel + 8) <= perTree);
  // Left-right in a known width: the root's label left of it, the leaves' right of them, each
  // margin as wide as its labels up to 30% of the tree's width (longer labels wrap).
  const side = !topDown && look.ctx.width !== undefined;
  const rootRoom = Math.min(Math.max(0, ...names(nodes)), Math.floor(perTree * 0.3));
  const leafRoom = Math.min(leafLabel, Math.floor(perTree * 0.3));
  const wrap = (room: number) => (side ? { width: room, overflow: 'break', lineHeight: chartLineHeight(labelSize) } : {});
  const metricById = new Map(flatten(nodes).map((n) => [n.id, n.metric?.value] as const));
  const largest = [...metricById.values()].reduce<number>((max, value) => Math.max(max, value ?? 0), 0);
  return nodes.map((n, i) => ({
    type: 'tree',
    data: [items[i]],
    orient: topDown ? 'TB' : 'LR',
    left: side ? i * perTree + rootRoom + 18 : `${(i * 100) / count + 2}%`,
    width: side ? Math.max(24, perTree - rootRoom - leafRoom - 36) : `${100 / count - 4}%`,
    top: topDown ? TREE_TOP : 12,
    bottom: topDown ? 48 : 12,
    initialTreeDepth: total > 60 ? 2 : -1,
    expandAndCollapse: true,
    roam: false,
    symbol: 'circle',
    symbolSize: (_v: unknown, p: FormatterParams) => {
      const value = metricById.get(selectOf(p)?.id ?? '');
      return value !== undefined && largest > 0 ? 6 + 14 * Math.sqrt(Math.max(value, 0) / largest) : 8;
    },
    lineStyle: { color: theme.border, width: 1.5 },
    label: {
      color: theme.text,
      fontSize: labelSize,
      formatter: labelOf,
      position: topDown ? 'top' : 'left',
      ...(topDown ? { rotate: 0, distance: 6 } : { align: 'right', verticalAlign: 'middle', ...wrap(rootRoom) }),
    },
    leaves: { label: topDown ? { position: 'bottom' } : { position: 'right', align: 'left', ...wrap(leafRoom) } },
  }));
}

/** The table: one row per brand (name, level, kind, parent, area, metric). */
function toTable(nodes: readonly BrandNode[], look: Lookup, metricLabel: string | undefined, caption: string): DataTable {
  const { lang, messages: m } = look.ctx;
  const columns = [m.ui.name, m.matrix.levelColumn, m.matrix.kindColumn, m.matrix.parent, m.matrix.unit, ...(metricLabel ? [metricLabel] : [])];
  const rows = flatten(nodes).map((n) => {
    const b = n.brand;
    const unit = b.unit !== undefined ? (look.units.get(b.unit) ?? b.unit) : '—';
    const parent = b.parent !== undefined ? (look.names.get(b.parent) ?? b.parent) : '—';
    const metric = n.metric ? formatQuantity(n.metric.value, n.metric.unit, lang) : '—';
    return [b.name, b.level !== undefined ? levelName(b.level, m) : '—', m.matrix.kind[b.kind], parent, unit, ...(metricLabel ? [metric] : [])];
  });
  return { caption, columns, rows };
}

/** Data + config → what `rb-brand-matrix` shows. */
export function buildModel(data: RegionBrandData, config: BrandMatrixConfig, ctx: RenderContext<'matrix'>): BrandMatrixModel {
  const m = ctx.messages;
  const rootIds = resolveRoots(data, config.root);
  const metric = resolveMetric(data, config.metric);
  const nodes = toHierarchy(data, rootIds, metric, ctx.period ?? config.period);
  const look = lookupOf(data, { ...ctx, period: ctx.period ?? config.period }, metric);
  const metricLabel = metric !== undefined ? metricName(metric, m.matrix.metricNames) : undefined;
  const rootSummaries = nodes.map((n) => m.matrix.summary(n.brand.name, levelCounts(n, m, ctx.lang)));
  const summary = rootSummaries.join(m.text.groupSeparator) || m.matrix.noBrands;
  const title = m.matrix.title(config.root !== undefined && nodes.length === 1 ? nodes[0]!.brand.name : data.region.name);
  const all = flatten(nodes);
  const kinds = (['region', 'party'] as const).filter((k) => all.some((n) => n.brand.kind === k)).map((kind) => ({ kind, label: m.matrix.kind[kind] }));
  const layout = config.layout;
  const figures: BrandMatrixFigures = {
    ...(metric !== undefined ? { metric } : {}),
    ...(metricLabel !== undefined ? { metricLabel } : {}),
    summary,
    title,
    table: toTable(nodes, look, metricLabel, title),
    roots: nodes.map((n) => toCard(n, look)),
    rootSummaries,
    kinds,
    collapseText: m.matrix.collapse,
    count: all.length,
  };
  // A document without brands yet (`"brands": []`, a clerk's new document): an empty state, not an error.
  const empty = nodes.length ? {} : { noData: m.matrix.noBrands };
  if (layout === 'grid') return { ...figures, ...empty, layout, drawing: 'html' };
  if (!nodes.length) return { ...figures, ...empty, layout, drawing: 'chart', option: {} };
  const option = chartOption(layout, nodes, look, metricLabel, summary, title);
  return { ...figures, layout, drawing: 'chart', option, tooltip: brandTooltip(nodes, look, metricLabel) };
}

/** The matrix shows every brand with its unit; clusters are read for the brands' references. */
export const brandMatrixScope: ValidationScope<BrandMatrixConfig> = {
  sections: { brands: BRANDS, units: UNITS, clusters: CLUSTERS },
  shows: () => ['/brands', '/units'],
};
