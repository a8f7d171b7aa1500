/**
 * Chart tooltips as HTML text. The item under the pointer is described by the `tip` string of
 * its data item, else by the model's `tooltip(item)`; the box is a `part="tooltip"` element laid
 * over the canvas. Its text is set with `textContent` (a data string is never parsed as HTML or
 * as ECharts rich-text markup) and it is placed through the CSSOM, so it works under a strict
 * `style-src` policy. This replaces ECharts' tooltip component, which brings its axis pointer
 * along (about 21 KB gzip in the single file).
 */
import type { ECharts } from 'echarts/core';
import type { ChartItem } from './contract.js';


interface PointerParams extends ChartItem {
  /** zrender's event: offsets are relative to the chart container. */
  readonly event?: { readonly offsetX?: number; readonly offsetY?: number };
}

/** What the tooltip needs from its chart element. */
export interface TooltipHost {
  /** The text for an item, or undefined for none. */
  chartTooltip(item: ChartItem): string | undefined;
  /** The box the text goes into (a positioned sibling of the chart container). */
  tooltipBox(): HTMLElement | null;
}

/** Pixels between the pointer and the box. */
const GAP = 12;

/** The `tip` string of a data item, if it has one. */
export function itemTip(item: ChartItem): string | undefined {
  const tip = (item.data as { tip?: unknown } | null | undefined)?.tip;
  return typeof tip === 'string' ? tip : undefined;
}

/** Puts the box beside the point (x, y), inside its positioned parent where it fits. */
export function placeTooltip(box: HTMLElement, x: number, y: number): void {
  const frame = box.offsetParent as HTMLElement | null;
  const width = frame?.clientWidth ?? Number.POSITIVE_INFINITY;
  const height = frame?.clientHeight ?? Number.POSITIVE_INFINITY;
  const w = box.offsetWidth;
  const h = box.offsetHeight;
  const left = x + GAP + w <= width ? x + GAP : Math.max(0, Math.min(x - GAP - w, width - w));
  const top = y + GAP + h <= height ? y + GAP : Math.max(0, Math.min(y - GAP - h, height - h));
  box.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
}

/** Shows `text` at (x, y), or hides the box when there is no text. */
export function showTooltip(host: TooltipHost, text: string | undefined, x: number, y: number): void {
  const box = host.tooltipBox();
  if (!box) return;
  if (!text) {
    box.hidden = true;
    return;
  }
  if (box.textContent !== text) box.textContent = text;
  box.hidden = false;
  placeTooltip(box, x, y);
}

export function hideTooltip(host: TooltipHost): void {
  const box = host.tooltipBox();
  if (box) box.hidden = true;
}

/**
 * Follows the pointer over the chart's items; hides when it leaves them or the chart. A tap on
 * an item shows its box (zrender turns a touch into a pointer move and a click); a tap on the
 * chart beside the items hides it, and so does a tap anywhere else on the page, since a finger
 * leaves no `mouseout` behind. Returns the function that detaches the page listener.
 */
export function attachTooltip(chart: ECharts, host: TooltipHost): () => void {
  const follow = (params: PointerParams) => {
    const { offsetX, offsetY } = params.event ?? {};
    if (offsetX === undefined || offsetY === undefined) return;
    showTooltip(host, host.chartTooltip(params), offsetX, offsetY);
  };
  const hide = () => hideTooltip(host);
  chart.on('mouseover', follow);
  chart.on('mousemove', follow);
  chart.on('mouseout', hide);
  chart.on('globalout', hide);
  const dom = chart.getDom();
  const outside = (e: Event) => {
    if (!e.composedPath().includes(dom)) hide();
  };
  document.addEventListener('pointerdown', outside, true);
  return () => document.removeEventListener('pointerdown', outside, true);
}
