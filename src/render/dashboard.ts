/**
 * A whole `rb-dashboard` spec in one picture: the spec checked as the element checks it (errors
 * name their place, `/widgets/2/config/style`), each widget through its own pipeline (one bad
 * widget shows its error panel, the others their figures), laid out as the page lays them out.
 */
import { parseConfig } from '../core/config.js';
import { RbError, type ValidationIssue } from '../core/errors.js';
import { validateScoped } from '../core/scoped-validation.js';
import { buildModel, dashboardConfigSchema, type DashboardConfig, type DashboardItem } from '../widgets/dashboard/dashboard.options.js';
import { drawError, drawFrame } from './frame.js';
import type { Drawn, Look } from './look.js';
import { group } from './svg.js';
import { lookOfConfig, prepareWidget, type PreparedWidget } from './widgets.js';

/** One widget of the page, with where it is in the spec. */
export interface PlacedWidget {
  readonly pointer: string;
  readonly item: DashboardItem;
  readonly widget: PreparedWidget;
}

export interface PreparedDashboard {
  readonly look: Look;
  readonly error: RbError | null;
  readonly widgets: readonly PlacedWidget[];
  readonly warnings: readonly ValidationIssue[];
  /** The page's natural width when it has one (a stage's design width). */
  readonly width: number | undefined;
  readonly height: number | undefined;
  readonly draw: (width: number, height?: number) => Drawn;
}

/** `--rb-dashboard-gap`. */
const GAP = 16;

export async function prepareDashboard(spec: unknown, document: unknown, lang: string, theme: string, baseUrl: string): Promise<PreparedDashboard> {
  const look = lookOfConfig(spec, lang, theme);
  const raw = (spec && typeof spec === 'object' ? spec : {}) as Record<string, unknown>;
  const frame = { title: raw['title'] as string | undefined, subtitle: raw['subtitle'] as string | undefined };
  const failed = (error: RbError): PreparedDashboard => ({
    look,
    error,
    widgets: [],
    warnings: [],
    width: undefined,
    height: undefined,
    draw: (w, h) => drawFrame({ ...frame, body: (iw) => drawError(error, iw, look) }, w, look, h),
  });
  let config: DashboardConfig;
  try {
    config = parseConfig(dashboardConfigSchema, spec);
    const top = validateScoped(document, { sections: {}, shows: () => [] }, config);
    if (!top.ok) throw top.error;
    const model = buildModel(top.data, config, { lang: look.lang, messages: look.messages, theme: look.colors, animation: false, baseUrl, warn: () => {} });
    const widgets = await Promise.all(
      model.items.map(async (item, i) => ({
        pointer: `/widgets/${i}`,
        item,
        widget: await prepareWidget({ type: item.type, config: item.config, document, lang: look.lang, theme: look.theme, baseUrl }),
      })),
    );
    return {
      look,
      error: null,
      widgets,
      warnings: [],
      width: undefined,
      height: undefined,
      draw: (w, h) => drawFrame({ ...frame, body: (iw) => flowingGrid(widgets, model.columns, iw) }, w, look, h),
    };
  } catch (e) {
    if (e instanceof RbError) return failed(e);
    throw e;
  }
}

/**
 * The flowing grid: `columns` equal tracks, each widget spanning its `span`, placed in order (a
 * widget that does not fit in what is left of a row starts the next, as CSS grid auto-placement
 * does); a row is as tall as its tallest widget. Under 640 px (the element's container query) one
 * widget per row.
 */
function flowingGrid(widgets: readonly PlacedWidget[], columns: number, w: number): Drawn {
  const cols = w <= 640 ? 1 : columns;
  const track = (w - (cols - 1) * GAP) / cols;
  let svg = '';
  let y = 0;
  let col = 0;
  let rowHeight = 0;
  for (const { item, widget } of widgets) {
    const span = cols === 1 ? 1 : Math.min(item.span, cols);
    if (col + span > cols) {
      y += rowHeight + GAP;
      col = 0;
      rowHeight = 0;
    }
    const drawn = widget.draw(span * track + (span - 1) * GAP);
    svg += group(col * (track + GAP), y, drawn.svg);
    rowHeight = Math.max(rowHeight, drawn.height);
    col += span;
  }
  return { svg, height: widgets.length ? y + rowHeight : 0 };
}
