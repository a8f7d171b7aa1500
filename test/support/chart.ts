// Pointing at items of a live ECharts chart as a user would: the item's drawn position is found
// from the chart's own layout, then a mouse move is dispatched on the canvas layer, so zrender's
// real hit testing and ECharts' real mouse events run.

interface ChartElement extends HTMLElement {
  chart?: any;
}

/** Where item `dataIndex` of series `seriesIndex` is drawn, in px from the chart's top left. */
export function itemPoint(chart: any, seriesIndex: number, dataIndex: number): [number, number] {
  const data = chart.getModel().getSeriesByIndex(seriesIndex).getData();
  const el = data.getItemGraphicEl(dataIndex);
  if (el) {
    const rect = el.getBoundingRect().clone();
    const transform = el.getComputedTransform();
    if (transform) rect.applyTransform(transform);
    return [rect.x + rect.width / 2, rect.y + rect.height / 2];
  }
  // Large mode draws all points as one path: convert the item's coordinates instead.
  const item = chart.getOption().series[seriesIndex].data[dataIndex];
  const point = chart.convertToPixel({ seriesIndex }, item.value.slice(0, 2));
  if (!Array.isArray(point)) throw new Error(`item ${seriesIndex}/${dataIndex} is not drawn`);
  return [point[0], point[1]];
}

/** Scrolls the element into view and waits until its chart has started (charts start near the viewport). */
export async function chartOf(el: ChartElement): Promise<any> {
  el.scrollIntoView({ block: 'nearest' });
  for (let i = 0; i < 60 && !el.chart; i++) await new Promise((r) => setTimeout(r, 50));
  if (!el.chart) throw new Error(`${el.localName}: the chart did not start`);
  return el.chart;
}

/** Moves the mouse to (x, y) of the chart (chart coordinates). */
export function pointAt(chart: any, x: number, y: number): void {
  const layer: HTMLElement = chart.getZr().painter.getViewportRoot();
  const box = chart.getDom().getBoundingClientRect();
  layer.dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + x, clientY: box.top + y, bubbles: true }));
}

/** Points at an item and returns the tooltip box of the element (hidden or not). */
export async function hoverItem(el: ChartElement, seriesIndex: number, dataIndex: number): Promise<HTMLElement> {
  const chart = await chartOf(el);
  const [x, y] = itemPoint(chart, seriesIndex, dataIndex);
  pointAt(chart, x, y);
  return el.shadowRoot!.querySelector<HTMLElement>('[part=tooltip]')!;
}
