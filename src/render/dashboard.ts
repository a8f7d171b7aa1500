/**
 * A whole `rb-dashboard` spec in one picture: the spec checked as the element checks it (errors
 * name their place, `/widgets/2/config/style`), each widget through its own pipeline (one bad
 * widget shows its error panel, the others their figures), laid out as the page lays them out.
 */
import { RbError, type ValidationIssue } from '../core/errors.js';
import { validateScoped } from '../core/scoped-validation.js';
import { buildModel, parseDashboardConfig, type DashboardConfig, type DashboardItem } from '../widgets/dashboard/dashboard.options.js';
import { drawError, drawFrame, frameTexts } from './frame.js';
import { flow, style, word, type Drawn, type Look } from './look.js';
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
  /** How many pages the spec has (1 without `pages`). */
  readonly pages: number;
  readonly draw: (width: number, height?: number) => Drawn;
}

/** `--rb-dashboard-gap`. */
const GAP = 16;

/**
 * The parts of the model a big-screen spec adds (`stage`, `rows`, `pages`, `area`), read loosely
 * so one renderer serves a spec with or without them.
 */
interface StageParts {
  readonly stage?: { readonly width: number; readonly height: number; readonly fit?: string } | null;
  readonly rows?: number;
  readonly pages?: readonly { readonly title: string | null; readonly items: readonly (DashboardItem & { readonly area?: readonly number[] | null })[] }[];
  readonly paged?: boolean;
}

export async function prepareDashboard(spec: unknown, document: unknown, lang: string, theme: string, baseUrl: string, pageIndex = 0, periodAsked?: string): Promise<PreparedDashboard> {
  const look = lookOfConfig(spec, lang, theme);
  const frame = frameTexts(spec);
  const failed = (error: RbError): PreparedDashboard => ({
    look,
    error,
    widgets: [],
    warnings: [],
    width: undefined,
    height: undefined,
    pages: 1,
    draw: (w, h) => drawFrame({ ...frame, body: (iw) => drawError(error, iw, look) }, w, look, h),
  });
  let config: DashboardConfig;
  try {
    config = parseDashboardConfig(spec);
    const top = validateScoped(document, { sections: {}, shows: () => [] }, config);
    if (!top.ok) throw top.error;
    const warnings: ValidationIssue[] = [];
    const model = buildModel(top.data, config, { lang: look.lang, messages: look.messages, theme: look.colors, animation: false, baseUrl, warn: (issue) => warnings.push(issue) });
    // A picture is drawn whole or not at all: the mistakes of broken widgets (which the element
    // shows in their place, the others drawn) are the picture's error, every page's at once.
    const broken = model.pages.flatMap((p) => p.items.flatMap((item) => item.error?.issues ?? []));
    if (broken.length) throw new RbError('invalid-config', broken);
    const parts = model as typeof model & StageParts;
    // The period every widget shows: the one asked for the picture, else the spec's.
    const period = periodAsked ?? (config as { period?: string }).period;
    const pages = parts.pages ?? [{ title: null, items: model.items }];
    const index = Math.min(Math.max(0, Math.floor(pageIndex)), pages.length - 1);
    const page = pages[index]!;
    const at = parts.pages && parts.paged ? `/pages/${index}/widgets` : '/widgets';
    const widgets = await Promise.all(
      page.items.map(async (item, i) => ({
        pointer: `${at}/${i}`,
        item,
        widget: await prepareWidget({ type: item.type, config: item.config, document, lang: look.lang, theme: look.theme, baseUrl, period }),
      })),
    );
    const stage = parts.stage ?? null;
    const pageTitle = parts.paged ? page.title ?? undefined : undefined;
    if (stage) {
      return {
        look,
        error: null,
        widgets,
        warnings,
        width: stage.width,
        height: stage.height,
        pages: pages.length,
        draw: () => drawStage({ ...frame, pageTitle }, widgets, stage, model.columns, parts.rows ?? 12, look),
      };
    }
    const title = [frame.title, pageTitle].filter(Boolean).join(' · ') || undefined;
    return {
      look,
      error: null,
      widgets,
      warnings,
      width: undefined,
      height: undefined,
      pages: pages.length,
      draw: (w, h) => drawFrame({ title, subtitle: frame.subtitle, body: (iw) => flowingGrid(widgets, model.columns, iw) }, w, look, h),
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

/**
 * A big-screen stage at its design size: the title bar (title, page title, subtitle), then the
 * `columns` × `rows` grid of equal tracks with the dashboard gap, each widget filling its `area`
 * (its chart takes the room its frame leaves, as `--rb-chart-height` does on the stage).
 */
function drawStage(
  header: { title?: string | undefined; subtitle?: string | undefined; pageTitle?: string | undefined },
  widgets: readonly PlacedWidget[],
  stage: { readonly width: number; readonly height: number },
  columns: number,
  rows: number,
  look: Look,
): Drawn {
  const c = look.colors;
  const inner = stage.width - 2 * GAP;
  const pieces = [
    header.title ? word(header.title, style(look, 1.6, c.text, { weight: 600 })) : null,
    header.pageTitle ? word(header.pageTitle, style(look, 1.2, c.muted, { weight: 600 })) : null,
    header.subtitle ? word(header.subtitle, style(look, 1, c.muted)) : null,
  ].filter((p): p is NonNullable<typeof p> => p !== null);
  const bar = flow(pieces, inner, look.fontSize, 0.5 * look.fontSize);
  const top = GAP + (bar.height ? bar.height + GAP : 0);
  const gridHeight = stage.height - top - GAP;
  const cw = (inner - (columns - 1) * GAP) / columns;
  const rh = (gridHeight - (rows - 1) * GAP) / rows;
  let svg = `<rect width="${stage.width}" height="${stage.height}" fill="${c.background}"/>` + group(GAP, GAP, bar.svg);
  for (const { item, widget } of widgets) {
    const area = (item as DashboardItem & { area?: readonly number[] | null }).area;
    if (!area) continue;
    const [col, row, colSpan, rowSpan] = area as [number, number, number, number];
    const w = colSpan * cw + (colSpan - 1) * GAP;
    const h = rowSpan * rh + (rowSpan - 1) * GAP;
    svg += group(GAP + (col - 1) * (cw + GAP), top + (row - 1) * (rh + GAP), widget.draw(w, h).svg);
  }
  return { svg, height: stage.height };
}
