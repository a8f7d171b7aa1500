/** Compose step, pure: the `rb-dashboard` spec being built, and the edits the composer makes to it. */
import { STAGE_FITS, type StageFit } from '../widgets/dashboard/dashboard.stage.js';

export { STAGE_FITS, type StageFit };

/** A place on a stage's grid: `[column, row, columnSpan, rowSpan]`, 1-based. */
export type Area = readonly [number, number, number, number];

export interface SpecWidget {
  readonly type: string;
  readonly config: Readonly<Record<string, unknown>>;
  /** Columns spanned on a flowing grid. */
  readonly span?: number;
  /** Place on a stage's grid. */
  readonly area?: Area;
}

/** A big-screen stage: design size in CSS pixels, how it fits the screen, rows of its grid. */
export interface StageSpec {
  readonly width: number;
  readonly height: number;
  readonly fit: StageFit;
  readonly rows: number;
}

export interface DashboardSpec {
  readonly title?: string;
  readonly columns: number;
  readonly widgets: readonly SpecWidget[];
  /** Present for a big screen (widgets then take an `area`), absent for a flowing page. */
  readonly stage?: StageSpec;
  /** Choosing a unit, brand or cluster in one widget focuses the others. */
  readonly link?: boolean;
  readonly theme?: string;
}

export const EMPTY_SPEC: DashboardSpec = { columns: 12, widgets: [] };

/** A widget spans a third of the grid unless told otherwise (as rb-dashboard does). */
export const spanOf = (spec: DashboardSpec, w: SpecWidget) => Math.min(w.span ?? Math.ceil(spec.columns / 3), spec.columns);

/** Adds a widget at the end; on a stage, in the first free place of a default size (else all are arranged again). */
export function addWidget(spec: DashboardSpec, w: SpecWidget): DashboardSpec {
  if (!spec.stage) return { ...spec, widgets: [...spec.widgets, w] };
  const area = freeArea(spec, Math.max(1, Math.floor(spec.columns / 3)), Math.max(1, Math.floor(spec.stage.rows / 2)));
  const added = { ...spec, widgets: [...spec.widgets, { ...w, area: area ?? [1, 1, 1, 1] }] };
  return area ? added : arrangeStage(added);
}

export const removeWidget = (spec: DashboardSpec, i: number): DashboardSpec => ({ ...spec, widgets: spec.widgets.filter((_, j) => j !== i) });

/** Moves widget `i` by `by` places (−1 up, +1 down), within the list. */
export function moveWidget(spec: DashboardSpec, i: number, by: number): DashboardSpec {
  const j = i + by;
  if (j < 0 || j >= spec.widgets.length) return spec;
  const widgets = [...spec.widgets];
  [widgets[i], widgets[j]] = [widgets[j]!, widgets[i]!];
  return { ...spec, widgets };
}

export const resizeWidget = (spec: DashboardSpec, i: number, span: number): DashboardSpec => ({
  ...spec,
  widgets: spec.widgets.map((w, j) => (j === i ? { ...w, span: Math.max(1, Math.min(spec.columns, Math.round(span))) } : w)),
});

export const setColumns = (spec: DashboardSpec, columns: number): DashboardSpec => {
  const next = { ...spec, columns: Math.max(1, Math.min(spec.stage ? 48 : 24, Math.round(columns))) };
  return next.stage ? { ...next, widgets: next.widgets.map((w) => ({ ...w, area: clampArea(next, w.area ?? [1, 1, 1, 1]) })) } : next;
};

/** The sizes big screens are designed at, most common first. */
export const STAGE_SIZES: readonly (readonly [number, number])[] = [[1920, 1080], [3840, 2160], [7680, 2160], [2560, 1440], [1366, 768]];

const whole = (n: number, min: number, max: number): number => Math.max(min, Math.min(max, Math.round(Number.isFinite(n) ? n : min)));

/**
 * Turns the big-screen stage on (1920×1080 fitted whole, a 24 × 12 grid, the widgets arranged on
 * it in their order) or off (a flowing grid of 12 columns; spans are kept).
 */
export function setStage(spec: DashboardSpec, on: boolean): DashboardSpec {
  if (!on) {
    const { stage: _stage, ...page } = spec;
    return { ...page, columns: 12, widgets: spec.widgets.map(({ area: _area, ...w }) => w) };
  }
  if (spec.stage) return spec;
  return arrangeStage({ ...spec, columns: 24, stage: { width: 1920, height: 1080, fit: 'contain', rows: 12 } });
}

/** Changes the stage's size, fit or rows (rows: areas are kept inside the grid). */
export function setStageField(spec: DashboardSpec, patch: Partial<StageSpec>): DashboardSpec {
  if (!spec.stage) return spec;
  const s = { ...spec.stage, ...patch };
  const stage: StageSpec = {
    width: whole(s.width, 100, 16384),
    height: whole(s.height, 100, 16384),
    fit: (STAGE_FITS as readonly string[]).includes(s.fit) ? s.fit : 'contain',
    rows: whole(s.rows, 1, 48),
  };
  const next = { ...spec, stage };
  return { ...next, widgets: next.widgets.map((w) => ({ ...w, area: clampArea(next, w.area ?? [1, 1, 1, 1]) })) };
}

/** Keeps an area on the grid: whole numbers, starting inside it and not running past its edge. */
function clampArea(spec: DashboardSpec, [c, r, cs, rs]: Area): Area {
  const columns = spec.columns;
  const rows = spec.stage?.rows ?? 1;
  const column = whole(c, 1, columns);
  const row = whole(r, 1, rows);
  return [column, row, whole(cs, 1, columns - column + 1), whole(rs, 1, rows - row + 1)];
}

/** Sets widget `i`'s place on the stage (kept on the grid). */
export const setArea = (spec: DashboardSpec, i: number, area: Area): DashboardSpec => ({
  ...spec,
  widgets: spec.widgets.map((w, j) => (j === i ? { ...w, area: clampArea(spec, area) } : w)),
});

/** Places every widget on the stage in order, in equal tiles filling the grid (rows of ⌈√n⌉). */
export function arrangeStage(spec: DashboardSpec): DashboardSpec {
  const stage = spec.stage;
  const n = spec.widgets.length;
  if (!stage || n === 0) return spec;
  const perRow = Math.min(spec.columns, Math.ceil(Math.sqrt(n)));
  const rowsOfTiles = Math.ceil(n / perRow);
  const w = Math.max(1, Math.floor(spec.columns / perRow));
  const h = Math.max(1, Math.floor(stage.rows / rowsOfTiles));
  return {
    ...spec,
    widgets: spec.widgets.map((widget, i) => ({ ...widget, area: clampArea(spec, [(i % perRow) * w + 1, Math.floor(i / perRow) * h + 1, w, h]) })),
  };
}

/** Areas of two widgets share a cell. */
export const overlaps = (a: Area, b: Area): boolean => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];

/** The first place of `w` × `h` cells (reading order) that no widget covers, or null. */
function freeArea(spec: DashboardSpec, w: number, h: number): Area | null {
  const rows = spec.stage?.rows ?? 0;
  const taken = spec.widgets.map((x) => x.area).filter((a): a is Area => a !== undefined);
  for (let r = 1; r + h - 1 <= rows; r++) {
    for (let c = 1; c + w - 1 <= spec.columns; c++) {
      const area: Area = [c, r, w, h];
      if (!taken.some((t) => overlaps(t, area))) return area;
    }
  }
  return null;
}

export const setLink = (spec: DashboardSpec, link: boolean): DashboardSpec => ({ ...spec, link });

export const setTheme = (spec: DashboardSpec, theme: string): DashboardSpec => ({ ...spec, theme });

/** The spec as `rb-dashboard` takes it, with the data's address. */
export function toDashboardConfig(spec: DashboardSpec, dataUrl?: string): Record<string, unknown> {
  return {
    ...(dataUrl && { src: dataUrl }),
    ...(spec.title && { title: spec.title }),
    ...(spec.theme && { theme: spec.theme }),
    ...(spec.link && { link: true }),
    ...(spec.stage && { stage: { width: spec.stage.width, height: spec.stage.height, fit: spec.stage.fit } }),
    columns: spec.columns,
    ...(spec.stage && { rows: spec.stage.rows }),
    widgets: spec.widgets.map((w) =>
      spec.stage
        ? { type: w.type, config: w.config, area: [...(w.area ?? [1, 1, 1, 1])] }
        : { type: w.type, config: w.config, ...(w.span && { span: w.span }) },
    ),
  };
}
