/**
 * The contract between the elements and the pure model builders. A widget's builder is a pure
 * function `buildModel(data, config, ctx, prepared)` in its `<widget>.options.ts`: it imports this
 * module (types only), never an element, so tests, the command line and a Node renderer call it
 * without a browser.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { ValidationIssue } from './errors.js';
import type { MessagesWith, WidgetSection } from './i18n/messages.js';
import type { RegionBrandData } from './schema.js';
import type { ThemeColors } from './theme.js';

export type { EChartsCoreOption };

/**
 * What the pure model builders receive besides data and config. `S`: the widget sections of
 * `Messages` the builder reads (every one by default); a widget's element gets them from its
 * `strings` (`widgetMessages` in `i18n/registry.ts`).
 */
export interface RenderContext<S extends WidgetSection = WidgetSection> {
  /** Effective language (`zh-CN`, `zh-Hant`, `en` …). */
  readonly lang: string;
  /** The strings of `lang`: the shared ones and the sections `S`. */
  readonly messages: MessagesWith<S>;
  /** Resolved `--rb-*` colours. */
  readonly theme: ThemeColors;
  /** False when config or `prefers-reduced-motion` turns animation off. */
  readonly animation: boolean;
  /** URL the document came from (relative `geo.url` resolves against it). */
  readonly baseUrl: string;
  /** Collects a warning; the element fires it as `rb-warning`. */
  readonly warn: (issue: ValidationIssue, values?: Record<string, number>) => void;
  /**
   * CSS pixels of width the drawing gets (a phone: about 300), when known; builders fit label
   * margins and legend rows to it. Undefined (a renderer without a page): a desktop box.
   */
  readonly width?: number | undefined;
  /**
   * The period every widget of a link group shows (`link-group.ts`); absent: each item's latest
   * figure. An item without a figure for it shows "no data for P", never its latest.
   */
  readonly period?: string | undefined;
  /** The unit, brand or cluster selected in the widget's link group, if any. */
  readonly focus?: Focus | undefined;
}

/** A selection in a link group: what widgets focus on. */
export interface Focus {
  readonly kind: 'unit' | 'brand' | 'cluster';
  readonly id: string;
}

/** A widget's figures as a table: for screen readers, the data-table toggle and CSV export. */
export interface DataTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The item of a chart an event is about, as ECharts reports it (tooltips, clicks). */
export interface ChartItem {
  readonly componentType?: string;
  readonly seriesIndex?: number;
  readonly seriesId?: string;
  readonly seriesType?: string;
  readonly dataIndex?: number;
  readonly name?: string;
  readonly data?: unknown;
}

/** What every model carries, however it is drawn. */
interface ModelBase {
  /** One sentence with the key figures: the accessible name of the drawing. */
  readonly summary: string;
  /** The figures shown, as a table; null for a widget that shows none of its own. */
  readonly table: DataTable | null;
  /** Default title (a `title` in config wins). */
  readonly title?: string;
  /**
   * Set when the widget has nothing to show for the period (or selection) asked, such as
   * `2023年 无数据`: the frame shows this sentence instead of the drawing. Not an error.
   */
  readonly noData?: string;
}

/** A model drawn on an ECharts canvas: the option plus the same figures as text. */
export interface ChartModel extends ModelBase {
  readonly drawing: 'chart';
  readonly option: EChartsCoreOption;
  readonly table: DataTable;
  /**
   * Height in CSS px the drawing needs in `ctx.width` (a graph of many rows on a phone);
   * absent: the element's `--rb-chart-height`.
   */
  readonly height?: number;
  /**
   * The tooltip text of an item the pointer is over, for items without a `tip` string of their
   * own (plain text: it is shown as text, never as HTML).
   */
  readonly tooltip?: (item: ChartItem) => string | undefined;
}

/** A model drawn in HTML/SVG by its element: no ECharts instance is created for it. */
export interface HtmlModel extends ModelBase {
  readonly drawing: 'html';
}

/** Any widget's model. */
export type WidgetModel = ChartModel | HtmlModel;

/** What an asynchronous prepare step receives (the cluster map loads `geo.url` there). */
export interface PrepareContext {
  /** Aborted when a newer build supersedes this one or the element leaves the page. */
  readonly signal: AbortSignal;
  /** True for a refresh: bypass caches. */
  readonly refresh: boolean;
  /** URL the document came from. */
  readonly baseUrl: string;
  /** The element's `timeout`, in milliseconds, if set. */
  readonly timeoutMs?: number;
}

/** The pure builder every widget exports as `buildModel`. */
export type ModelBuilder<C, M extends WidgetModel, P = undefined, S extends WidgetSection = WidgetSection> = (
  data: RegionBrandData,
  config: C,
  ctx: RenderContext<S>,
  prepared: P,
) => M;

/**
 * The state of a widget, one name for what it shows:
 * - `idle`: no `src` and no `data`;
 * - `loading`: the first document (or the model of a new one) is on its way;
 * - `ready`: a model is shown (`stale` tells whether a refresh failed since);
 * - `error`: the error panel is shown (`lastError` says why).
 */
export type WidgetState = 'idle' | 'loading' | 'ready' | 'error';
