/**
 * ECharts lifecycle, once for every chart widget: tree-shaken `echarts/core`, loaded on demand
 * (`echarts-on-demand.ts`: the element shows a chart model once it is at hand); the chart starts
 * when its container is first visible and has a size, or when the page is printed; a
 * ResizeObserver keeps it sized; it is disposed exactly once when the element leaves the page
 * (moving the element in the DOM keeps it). Clicks on data items that carry a `select` field fire `rb-select`.
 *
 * Under CSS `zoom` (a big-screen stage of `rb-dashboard`, or a page that zooms itself) ECharts 6
 * would draw its canvas at the unzoomed size and map the pointer in zoomed pixels (ECharts issue
 * 15103). The controller draws at `devicePixelRatio × zoom` (re-created when that changes: a
 * stage refitted, browser zoom, another monitor) and gives zrender the pointer position in the
 * chart's own pixels, so the canvas is sharp and the mark under the pointer is the one that answers.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import type { RbSelectDetail } from './events.js';
import { attachTooltip, hideTooltip, type TooltipHost } from './chart-tooltip.js';
import { echartsFor, type EChartsModules } from './echarts-on-demand.js';
import { mediaQuery } from './media-query.js';

export type { EChartsCoreOption };
export type { EChartsModule, EChartsModules } from './echarts-on-demand.js';

/** What the chart controller needs from its element. */
export interface ChartHost extends ReactiveControllerHost, HTMLElement, TooltipHost {
  /** The element the chart draws into, or null while none is rendered. */
  chartContainer(): HTMLElement | null;
  /** The option to draw, or null for none. */
  chartOption(): EChartsCoreOption | null;
  /** A data item with a `select` field was clicked. */
  chartSelect(detail: RbSelectDetail): void;
  /** ECharts chart types and components this widget draws with (registered on its first chart). */
  readonly echartsModules: EChartsModules;
}

/** Items of a series may carry `select: { kind, id }`; a click on them fires `rb-select`. */
export interface Selectable {
  readonly select?: RbSelectDetail;
}

/** The CSS zoom in effect on an element (1 without any). */
export function effectiveZoom(el: Element): number {
  const z = (el as Element & { currentCSSZoom?: number }).currentCSSZoom;
  return typeof z === 'number' && z > 0 ? z : 1;
}

/** Pixels of canvas per chart pixel: the device's, times the CSS zoom around the chart. */
const pixelRatio = (el: Element): number => (globalThis.devicePixelRatio || 1) * effectiveZoom(el);

/** Pointer events zrender reads; under zoom they get the position in the chart's own pixels. */
const POINTER_EVENTS = ['pointerdown', 'pointermove', 'pointerup', 'pointerout', 'mousedown', 'mousemove', 'mouseup', 'mouseout', 'click', 'dblclick', 'contextmenu', 'wheel'];

/** Sets zrender's `zrX`/`zrY` (which it uses as given) from the client position when the chart is zoomed. */
function unzoomPointer(this: HTMLElement, e: Event): void {
  const zoom = effectiveZoom(this);
  if (zoom === 1 || !('clientX' in e)) return;
  const box = this.getBoundingClientRect();
  const ev = e as MouseEvent & { zrX?: number; zrY?: number };
  ev.zrX = (ev.clientX - box.left) / zoom;
  ev.zrY = (ev.clientY - box.top) / zoom;
}

/** How far outside the viewport a chart still starts (px). */
const MARGIN = 200;

/**
 * True when an element is within MARGIN of the viewport. Checked when a chart would start, so
 * a widget that was visible while loading but was pushed off screen by its neighbours waits
 * for the IntersectionObserver instead of starting a chart nobody sees; the first chart on
 * screen starts without waiting a frame for the observer.
 */
function nearViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const w = window.innerWidth || document.documentElement.clientWidth;
  const h = window.innerHeight || document.documentElement.clientHeight;
  return r.bottom >= -MARGIN && r.right >= -MARGIN && r.top <= h + MARGIN && r.left <= w + MARGIN;
}

export class ChartController implements ReactiveController {
  private chart: ECharts | undefined;
  private container: HTMLElement | null = null;
  private appliedOption: EChartsCoreOption | null = null;
  /** True once this controller has drawn an option (a tooltip may be showing since). */
  private drawnBefore = false;
  /** The pixel ratio the chart was created with. */
  private ratio = 1;
  private visible = false;
  private readonly resizeObserver: ResizeObserver | undefined;
  private readonly intersectionObserver: IntersectionObserver | undefined;
  private disposeQueued = false;
  private detachTooltip: (() => void) | undefined;
  /** Printing starts every chart, on screen or not, so a printed page shows each one. */
  private readonly printMedia = mediaQuery('print');
  private readonly onBeforePrint = (): void => this.sync(false, true);
  private readonly onPrintMedia = (e: MediaQueryListEvent): void => {
    if (e.matches) this.sync(false, true);
  };
  /** Matches while the device pixel ratio is the one the chart was drawn for (browser zoom, another monitor). */
  private ratioMedia: MediaQueryList | undefined;
  private readonly onRatioChange = (): void => {
    this.watchRatio();
    this.sync(true);
  };

  constructor(private readonly host: ChartHost) {
    host.addController(this);
    if (typeof ResizeObserver === 'function') this.resizeObserver = new ResizeObserver(() => this.sync(true));
    if (typeof IntersectionObserver === 'function') {
      this.intersectionObserver = new IntersectionObserver(
        (entries) => {
          this.visible = entries.some((e) => e.isIntersecting);
          // Only starts a chart: a live one follows its host's updates and its container's size.
          if (this.visible && !this.chart) this.sync(false);
        },
        { rootMargin: `${MARGIN}px` },
      );
      // Until the observer first reports, the controller asks the layout itself (see nearViewport).
      this.visible = true;
    } else this.visible = true;
  }

  /** The live ECharts instance, if the chart has started. */
  get instance(): ECharts | undefined {
    return this.chart;
  }

  hostConnected(): void {
    this.disposeQueued = false;
    this.intersectionObserver?.observe(this.host);
    window.addEventListener('beforeprint', this.onBeforePrint);
    this.printMedia?.addEventListener('change', this.onPrintMedia);
  }

  hostUpdated(): void {
    this.sync(false);
  }

  hostDisconnected(): void {
    this.intersectionObserver?.unobserve(this.host);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    this.printMedia?.removeEventListener('change', this.onPrintMedia);
    // Moving an element disconnects and reconnects it in one task: dispose only if it stays out.
    this.disposeQueued = true;
    queueMicrotask(() => {
      if (this.disposeQueued && !this.host.isConnected) this.dispose();
    });
  }

  /** Starts, updates or resizes the chart to match the host. */
  private sync(resized: boolean, printing = false): void {
    const container = this.host.isConnected ? this.host.chartContainer() : null;
    if (container !== this.container) {
      if (this.container) {
        this.resizeObserver?.unobserve(this.container);
        for (const type of POINTER_EVENTS) this.container.removeEventListener(type, unzoomPointer, true);
      }
      if (this.chart) this.dispose();
      this.container = container;
      if (container) {
        // Device pixels change with the size and with the zoom or pixel ratio around the chart.
        try {
          this.resizeObserver?.observe(container, { box: 'device-pixel-content-box' });
        } catch {
          this.resizeObserver?.observe(container);
        }
        for (const type of POINTER_EVENTS) container.addEventListener(type, unzoomPointer, true);
      }
    }
    // Drawn for another pixel ratio (zoom or monitor changed): start again at the new one.
    if (this.chart && resized && pixelRatio(container ?? this.host) !== this.ratio) this.dispose();
    const option = this.host.chartOption();
    if (!container || !option) return;
    if (!this.chart) {
      if (container.clientWidth === 0 || container.clientHeight === 0) return;
      printing ||= this.printMedia?.matches === true;
      // The host, as the IntersectionObserver sees it: a chart below the host's top edge must not
      // wait for an observer report that never comes while the host stays intersecting.
      if (!printing && (!this.visible || !nearViewport(this.host))) return;
      // Not loaded yet: the element shows a chart model only once it is (RbChartElement.modelReady).
      const echarts = echartsFor(this.host.echartsModules);
      if (!echarts) return;
      this.ratio = pixelRatio(container);
      this.watchRatio();
      this.chart = echarts.init(container, null, { renderer: 'canvas', devicePixelRatio: this.ratio });
      this.chart.on('click', (params: { data?: unknown }) => {
        const select = (params.data as Selectable | undefined)?.select;
        if (select) this.host.chartSelect(select);
      });
      this.detachTooltip = attachTooltip(this.chart, this.host);
      this.appliedOption = null;
    }
    if (option !== this.appliedOption) {
      // Only a chart drawn before can have shown a tooltip (the first chart skips the look-up).
      if (this.drawnBefore) hideTooltip(this.host);
      this.drawnBefore = true;
      // A chart started for print is drawn at once, not at the first frame of its animation.
      this.chart.setOption(printing ? { ...option, animation: false } : option, { notMerge: true });
      this.appliedOption = option;
    } else if (resized && (container.clientWidth !== this.chart.getWidth() || container.clientHeight !== this.chart.getHeight())) {
      // ECharts' resize() redraws everything even at the same size, and the ResizeObserver's
      // first report (after the chart started) is no change at all.
      this.chart.resize();
    }
  }

  /** Listens for the next change of the device pixel ratio. */
  private watchRatio(): void {
    this.ratioMedia?.removeEventListener('change', this.onRatioChange);
    this.ratioMedia = mediaQuery(`(resolution: ${globalThis.devicePixelRatio || 1}dppx)`);
    this.ratioMedia?.addEventListener('change', this.onRatioChange);
  }

  /** Disposes the chart (idempotent). */
  dispose(): void {
    this.disposeQueued = false;
    this.detachTooltip?.();
    this.detachTooltip = undefined;
    this.ratioMedia?.removeEventListener('change', this.onRatioChange);
    this.ratioMedia = undefined;
    if (!this.chart) return;
    if (!this.chart.isDisposed()) {
      this.chart.dispose();
    }
    this.chart = undefined;
    this.appliedOption = null;
  }
}
