/** Compose step, pure: the `rb-dashboard` spec being built, and the edits the composer makes to it. */
export interface SpecWidget {
  readonly type: string;
  readonly config: Readonly<Record<string, unknown>>;
  readonly span?: number;
}

export interface DashboardSpec {
  readonly title?: string;
  readonly columns: number;
  readonly widgets: readonly SpecWidget[];
}

export const EMPTY_SPEC: DashboardSpec = { columns: 12, widgets: [] };

/** A widget spans a third of the grid unless told otherwise (as rb-dashboard does). */
export const spanOf = (spec: DashboardSpec, w: SpecWidget) => Math.min(w.span ?? Math.ceil(spec.columns / 3), spec.columns);

export const addWidget = (spec: DashboardSpec, w: SpecWidget): DashboardSpec => ({ ...spec, widgets: [...spec.widgets, w] });

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

export const setColumns = (spec: DashboardSpec, columns: number): DashboardSpec => ({ ...spec, columns: Math.max(1, Math.min(24, Math.round(columns))) });

/** The spec as `rb-dashboard` takes it, with the data's address. */
export function toDashboardConfig(spec: DashboardSpec, dataUrl?: string): Record<string, unknown> {
  return {
    ...(dataUrl && { src: dataUrl }),
    ...(spec.title && { title: spec.title }),
    columns: spec.columns,
    widgets: spec.widgets.map((w) => ({ type: w.type, config: w.config, ...(w.span && { span: w.span }) })),
  };
}
