/**
 * The graph layout of `rb-cluster-map`, for documents without geometry: clusters → the towns they
 * sit in. Pure.
 */
import type { RenderContext } from '../../core/contract.js';
import { baseChartOption, plainRichText } from '../../core/echarts-text.js';
import type { RbSelectDetail } from '../../core/events.js';
import { clusterTooltip, legend, mix, sqrtSize, unitTooltip, type Figures } from './cluster-map.figures.js';

/** Distance between two rows of the taller column, in layout units. */
const ROW = 40;
/** Least distance between the cluster column and the unit column, in layout units. */
const COLUMN_GAP = 360;

/**
 * Graph layout without geometry: clusters in a column on the left (largest first), their units
 * in a column on the right, one link per cluster → unit. Deterministic and readable in any box:
 * ECharts scales the layout into the box alike in both directions (`preserveAspect`), so nodes
 * stay round and keep their pixel sizes however few rows there are (one cluster in one town is
 * one line across the middle, not two stretched bars), and a tall graph keeps its columns apart.
 */
export function graphOption(ctx: RenderContext, f: Figures, summary: string) {
  const { theme, messages: m } = ctx;
  const unitColor = mix(theme.track, theme.palette[1] ?? theme.accent, 0.6);
  const categories = [...f.industries.map((i) => ({ name: plainRichText(i.name), itemStyle: { color: i.color } })), { name: m.map.unitNodes, itemStyle: { color: unitColor } }];
  const unitCategory = categories.length - 1;
  const largestCluster = Math.max(0, ...f.clusters.map((c) => c.value));
  const largestUnit = Math.max(0, ...f.units.map((u) => u.value));
  const byValue = [...f.clusters].sort((a, b) => b.value - a.value);
  // Units ordered by their first (largest) cluster, so links cross as little as possible.
  const unitOrder = [...new Set(byValue.flatMap((c) => c.units.map((u) => u.id)))];
  const units = [...f.units].sort((a, b) => unitOrder.indexOf(a.id) - unitOrder.indexOf(b.id));
  const rows = Math.max(byValue.length, units.length, 1);
  const y = (i: number, count: number) => ((i + 0.5) * (rows * ROW)) / count;
  const unitX = Math.max(COLUMN_GAP, (rows - 1) * ROW * 1.2);
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
    tip: clusterTooltip(c, f.label, ctx),
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
  const links = f.clusters.flatMap((c) =>
    c.units.map((u) => ({ source: `cluster:${c.id}`, target: `unit:${u.id}`, lineStyle: { color: c.color }, tip: `${c.name} → ${u.name}` })),
  );
  return {
    ...baseChartOption(ctx, summary),
    legend: legend(categories.map((c) => c.name), ctx),
    series: [
      {
        type: 'graph',
        layout: 'none',
        preserveAspect: 'contain',
        roam: true,
        top: 16,
        bottom: 44,
        left: '24%',
        right: '18%',
        categories,
        data: [...clusterNodes, ...unitNodes],
        links,
        label: { show: true, color: theme.text, fontSize: 12 },
        lineStyle: { width: 1.5, opacity: 0.55, curveness: 0 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 3, opacity: 0.9 } },
      },
    ],
  };
}
