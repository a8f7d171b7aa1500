/**
 * The graph layout of `rb-cluster-map`, for documents without geometry: clusters → the towns they
 * sit in. Pure.
 */
import type { RenderContext } from '../../core/contract.js';
import { baseChartOption, chartLineHeight, chartTextSize, plainRichText } from '../../core/echarts-text.js';
import { isNarrow, layoutWidth, legendHeight, textWidth } from '../../core/chart-layout.js';
import type { RbSelectDetail } from '../../core/events.js';
import { clusterTooltip, legend, mix, sqrtSize, unitTooltip, type Figures } from './cluster-map.figures.js';

/** Distance between two rows of the taller column, in layout units. */
const ROW = 40;
/** Least distance between the cluster column and the unit column, in layout units. */
const COLUMN_GAP = 360;
/** Font size of the node labels (px). */
/** Least drawn distance between the two columns of nodes (px). */
const MIN_SPAN = 72;
/** Distance between two rows in a narrow box, where labels may wrap onto two lines (px). */
const NARROW_PITCH = 34;
/** Space above the graph (px). */
const TOP = 16;

/** Rows of the taller column. */
const rowsOf = (f: Figures): number => Math.max(f.clusters.length, f.units.length, 1);

/** The legend's entries: the industries, then the towns' own entry. */
const legendNames = (ctx: RenderContext<'map'>, f: Figures): string[] => [...f.industries.map((i) => plainRichText(i.name)), ctx.messages.map.unitNodes(f.places)];

/**
 * The height the graph needs in a narrow box (a phone): every row a finger's width apart with
 * room for two lines of label, and the legend as it wraps; undefined in a wide box (the
 * `--rb-chart-height` of the element applies).
 */
export function graphHeight(ctx: RenderContext<'map'>, f: Figures): number | undefined {
  if (!isNarrow(ctx)) return undefined;
  return TOP + rowsOf(f) * NARROW_PITCH + legendHeight(legendNames(ctx, f), layoutWidth(ctx), chartTextSize(ctx.theme)) + 12;
}

/**
 * Graph layout without geometry: clusters in a column on the left (largest first), their units
 * in a column on the right, one link per cluster → unit. Deterministic and readable in any box:
 * ECharts scales the layout into the box alike in both directions (`preserveAspect`), so nodes
 * stay round and keep their pixel sizes however few rows there are (one cluster in one town is
 * one line across the middle, not two stretched bars), and a tall graph keeps its columns apart.
 *
 * The margins beside the columns are as wide as their labels in the drawing's width
 * (`ctx.width`), so no name is cut at the edge; in a narrow box the labels wrap onto more lines
 * instead, and the space below the graph is as tall as the legend wraps there.
 */
export function graphOption(ctx: RenderContext<'map'>, f: Figures, summary: string) {
  const { theme, messages: m } = ctx;
  const unitColor = mix(theme.track, theme.palette[1] ?? theme.accent, 0.6);
  const categories = [...f.industries.map((i) => ({ name: plainRichText(i.name), itemStyle: { color: i.color } })), { name: m.map.unitNodes(f.places), itemStyle: { color: unitColor } }];
  const unitCategory = categories.length - 1;
  const largestCluster = Math.max(0, ...f.clusters.map((c) => c.value));
  const largestUnit = Math.max(0, ...f.units.map((u) => u.value));
  const byValue = [...f.clusters].sort((a, b) => b.value - a.value);
  // Units ordered by their first (largest) cluster, so links cross as little as possible.
  const unitOrder = [...new Set(byValue.flatMap((c) => c.units.map((u) => u.id)))];
  const units = [...f.units].sort((a, b) => unitOrder.indexOf(a.id) - unitOrder.indexOf(b.id));
  const rows = rowsOf(f);
  const y = (i: number, count: number) => ((i + 0.5) * (rows * ROW)) / count;
  let unitX = Math.max(COLUMN_GAP, (rows - 1) * ROW * 1.2);
  const clusterNodes = byValue.map((c, i) => ({
    id: `cluster:${c.id}`,
    name: plainRichText(c.name),
    x: 0,
    y: y(i, byValue.length),
    category: f.industries.findIndex((ind) => ind.name === c.industry),
    symbol: 'circle',
    symbolSize: sqrtSize(c.value, largestCluster, 10, 34),
    itemStyle: c.focused ? { color: c.color, borderColor: theme.text, borderWidth: 3 } : { color: c.color, borderColor: theme.background, borderWidth: 1.5 },
    label: { position: 'left' },
    select: { kind: 'cluster', id: c.id } satisfies RbSelectDetail,
    tip: clusterTooltip(c, f.label, f.places, ctx),
  }));
  const unitNodes = units.map((u, i) => ({
    id: `unit:${u.id}`,
    name: plainRichText(u.name),
    x: unitX,
    y: y(i, units.length),
    category: unitCategory,
    symbol: 'roundRect',
    symbolSize: sqrtSize(u.value, largestUnit, 10, 28),
    itemStyle: u.focused ? { color: u.color, borderColor: theme.text, borderWidth: 3 } : { color: u.color, borderColor: theme.border, borderWidth: 1 },
    label: { position: 'right', color: theme.muted },
    select: { kind: 'unit', id: u.id } satisfies RbSelectDetail,
    tip: unitTooltip(u, f, ctx),
  }));
  const width = layoutWidth(ctx);
  const clusterSymbol = Math.max(0, ...clusterNodes.map((n) => n.symbolSize)) / 2;
  const unitSymbol = Math.max(0, ...unitNodes.map((n) => n.symbolSize)) / 2;
  const labelGap = 5 + 4; // ECharts' label distance, and a little air at the edge
  const labelSize = chartTextSize(theme);
  let clusterLabel = Math.max(labelSize, ...clusterNodes.map((n) => textWidth(n.name, labelSize)));
  let unitLabel = Math.max(labelSize, ...unitNodes.map((n) => textWidth(n.name, labelSize)));
  const room = width - MIN_SPAN - clusterSymbol - unitSymbol - 2 * labelGap;
  const wrap = clusterLabel + unitLabel > room;
  if (wrap) {
    // Share the room between the two columns of labels, each at least two characters wide.
    const share = Math.max(2 * labelSize, Math.floor((room * clusterLabel) / (clusterLabel + unitLabel)));
    unitLabel = Math.max(2 * labelSize, Math.min(unitLabel, room - share));
    clusterLabel = Math.max(2 * labelSize, room - unitLabel);
  }
  const labelWidth = (w: number) => (wrap ? { width: w, overflow: 'break', lineHeight: chartLineHeight(labelSize) } : {});
  for (const n of clusterNodes) Object.assign(n.label, labelWidth(clusterLabel));
  for (const n of unitNodes) Object.assign(n.label, labelWidth(unitLabel));
  const legendOption = legend(legendNames(ctx, f), ctx);
  const span = width - Math.ceil(clusterLabel + clusterSymbol + labelGap) - Math.ceil(unitLabel + unitSymbol + labelGap);
  // Narrow: as wide in layout units as the columns' distance at NARROW_PITCH per row, so the
  // graph fills the height graphHeight() asked for.
  if (isNarrow(ctx) && rows > 1) {
    unitX = (span * ROW) / NARROW_PITCH;
    for (const n of unitNodes) n.x = unitX;
  }
  const links = f.clusters.flatMap((c) =>
    c.units.map((u) => ({ source: `cluster:${c.id}`, target: `unit:${u.id}`, lineStyle: { color: c.color }, tip: `${c.name} → ${u.name}` })),
  );
  return {
    ...baseChartOption(ctx, summary),
    legend: legendOption,
    series: [
      {
        type: 'graph',
        layout: 'none',
        preserveAspect: 'contain',
        // On a phone a finger drag scrolls the page, not the graph.
        roam: !isNarrow(ctx),
        top: TOP,
        bottom: legendHeight(legendOption.data, width, labelSize) + 12,
        left: Math.ceil(clusterLabel + clusterSymbol + labelGap),
        right: Math.ceil(unitLabel + unitSymbol + labelGap),
        categories,
        data: [...clusterNodes, ...unitNodes],
        links,
        label: { show: true, color: theme.text, fontSize: labelSize },
        lineStyle: { width: 1.5, opacity: 0.55, curveness: 0 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 3, opacity: 0.9 } },
      },
    ],
  };
}
