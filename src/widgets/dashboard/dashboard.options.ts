/**
 * Pure model of `rb-dashboard`: a JSON spec checked against each widget's own config schema and
 * the layout rules, so an editor's mistake names its place in the spec (`/widgets/2/config/style`,
 * `/pages/1/widgets/0/area`) before anything is drawn. Two layouts: a flowing grid (`columns`,
 * `widgets` with `span`) inside the portal's page, or a big-screen stage (`stage`, `columns` ×
 * `rows`, `area`); either with `pages` shown one at a time, `rotate` seconds each.
 */
import * as v from 'valibot';
import type { HtmlModel, RenderContext } from '../../core/contract.js';
import { parseConfig, periodOption, widgetConfigSchema } from '../../core/config.js';
import { objectValue } from '../../core/json-attribute.js';
import { notArray } from '../../core/object-schema.js';
import { RbError, type ValidationIssue } from '../../core/errors.js';
import { movedIssue } from '../../core/mistakes-on-demand.js';
import { areaIssues, layoutIssues, type Area } from './dashboard.layout.js';
import { STAGE_FITS, type StageFit } from './dashboard.stage.js';
import type { RegionBrandData } from '../../core/schema.js';
import { brandMatrixConfigSchema } from '../brand-matrix/brand-matrix.options.js';
import { clusterMapConfigSchema } from '../cluster-map/cluster-map.options.js';
import { coverageGaugeConfigSchema } from '../coverage-gauge/coverage-gauge.options.js';
import { growthIndicatorConfigSchema } from '../growth-indicator/growth-indicator.options.js';
import { rankingConfigSchema } from '../ranking/ranking.options.js';
import { widgetMessages } from '../../core/i18n/registry.js';
import { screen } from '../../core/i18n/zh-CN/screen.js';

/**
 * The dashboard's strings in any language. Importing this module provides its zh-CN section (`screen`)
 * to the built-in zh-CN, so the element, which reads them through this, never lacks them.
 */
export const dashboardMessages = widgetMessages({ screen });

/** Widget types a dashboard places, and the config schema of each. */
export const DASHBOARD_WIDGETS = {
  'coverage-gauge': coverageGaugeConfigSchema,
  'growth-indicator': growthIndicatorConfigSchema,
  'brand-matrix': brandMatrixConfigSchema,
  'cluster-map': clusterMapConfigSchema,
  ranking: rankingConfigSchema,
} as const;

export type DashboardWidgetType = keyof typeof DASHBOARD_WIDGETS;

const gridSize = v.pipe(v.number('number'), v.integer('integer'), v.minValue(1, 'value'), v.maxValue(48, 'value'));
/** Up to the widest grid (`columns` 48): a widget may span the whole of any grid. */
const span = gridSize;
const cell = v.pipe(v.number('number'), v.integer('integer'), v.minValue(1, 'value'));
const pixels = v.pipe(v.number('number'), v.integer('integer'), v.minValue(100, 'value'), v.maxValue(16384, 'value'));


export const dashboardWidgetSchema = v.strictObject(
  {
    type: v.picklist(Object.keys(DASHBOARD_WIDGETS) as DashboardWidgetType[], 'picklist'),
    /** The widget's own config (validated against that widget's schema). */
    config: v.optional(notArray(v.record(v.string('string'), v.unknown(), 'object')), {}),
    /** Columns the widget spans on a flowing grid (default: a third of the grid). */
    span: v.optional(span),
    /** On a stage: `[column, row, columnSpan, rowSpan]`, 1-based, inside the `columns` × `rows` grid. */
    area: v.optional(v.strictTuple([cell, cell, cell, cell], 'array')),
  },
  'object',
);

/** A big-screen stage: the design size in CSS pixels and how it fits the window. */
export const stageSchema = v.strictObject(
  {
    width: pixels,
    height: pixels,
    /** `contain` (default: all visible, letterboxed), `width`, `height`, `cover`, `stretch`, `none`. */
    fit: v.optional(v.picklist(STAGE_FITS, 'picklist'), 'contain'),
  },
  'object',
);

export const dashboardPageSchema = v.strictObject(
  {
    /** Shown above the page and announced when it shows (default: `第 n 页`). */
    title: v.optional(v.string('string')),
    widgets: v.array(dashboardWidgetSchema, 'array'),
  },
  'object',
);

export const dashboardConfigSchema = widgetConfigSchema({
  /** URL of the shared data document, used when the element has no `src`. */
  src: v.optional(v.string('string')),
  /** Grid columns (default 12; 24 on a stage). */
  columns: v.optional(gridSize),
  /** Grid rows of a stage (default 12). */
  rows: v.optional(gridSize),
  /** Big screen: design size and fit; widgets then take `area`. */
  stage: v.optional(stageSchema),
  /** The widgets of a one-page dashboard. */
  widgets: v.optional(v.array(dashboardWidgetSchema, 'array')),
  /** Pages shown one at a time (instead of `widgets`). */
  pages: v.optional(v.pipe(v.array(dashboardPageSchema, 'array'), v.minLength(1, 'tooShort'))),
  /** Seconds each page shows before the next (0 or absent: no rotation). */
  rotate: v.optional(v.pipe(v.number('number'), v.minValue(0, 'nonNegative'))),
  /** Link the widgets: choosing a unit, brand or cluster in one focuses the others on it. */
  link: v.optional(v.boolean('boolean'), false),
  /** The period every widget shows (a period control appears when the document holds more than one). */
  period: periodOption,
});

export type DashboardConfig = v.InferOutput<typeof dashboardConfigSchema> & {
  /** The problems of each widget entry that breaks only its widget, by its pointer (`/pages/1/widgets/0`). */
  readonly broken?: ReadonlyMap<string, readonly ValidationIssue[]>;
};

/** One widget of a spec as a page writes it: its `config` typed by its `type`. */
export type DashboardWidgetInput = {
  [T in DashboardWidgetType]: { type: T; config?: v.InferInput<(typeof DASHBOARD_WIDGETS)[T]>; span?: number; area?: [number, number, number, number] };
}[DashboardWidgetType];

/** The spec as a page writes it (the `config` property): `widgets` or `pages`, not both. */
export type DashboardConfigInput = Omit<v.InferInput<typeof dashboardConfigSchema>, 'widgets' | 'pages'> &
  (
    | { widgets: DashboardWidgetInput[]; pages?: never }
    | { pages: { title?: string; widgets: DashboardWidgetInput[] }[]; widgets?: never }
  );

export interface DashboardItem {
  readonly type: DashboardWidgetType;
  readonly tag: `rb-${DashboardWidgetType}`;
  readonly config: Record<string, unknown>;
  /** Columns spanned on a flowing grid. */
  readonly span: number;
  /** Place on a stage (null for a broken widget whose area is wrong). */
  readonly area: Area | null;
  /** What breaks this widget (its entry's problems, each with its pointer in the spec), or null. */
  readonly error: RbError | null;
}

export interface DashboardPage {
  /** The page's title, or null (a one-page dashboard without pages). */
  readonly title: string | null;
  readonly items: readonly DashboardItem[];
}

/** The page of widgets, drawn in HTML: each widget shows its own figures. */
export interface DashboardModel extends HtmlModel {
  readonly columns: number;
  /** Rows of a stage's grid (0 on a flowing grid). */
  readonly rows: number;
  readonly stage: { readonly width: number; readonly height: number; readonly fit: StageFit } | null;
  /** One page (`widgets`) or several (`pages`). */
  readonly pages: readonly DashboardPage[];
  /** True when the spec has `pages` (page controls are shown). */
  readonly paged: boolean;
  /** Seconds per page (0: no rotation). */
  readonly rotate: number;
  /** The widgets of the first page. */
  readonly items: readonly DashboardItem[];
}

/**
 * Each widget's `config` checked against its type's schema, with its path in the spec
 * (`/pages/1/widgets/0/config/style`). Reads the spec loosely: an entry whose `type` is unknown or
 * whose `config` is not an object is skipped (the spec's own check names it).
 */
export function widgetConfigIssues(spec: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const top = objectValue(spec);
  const lists: [string, unknown][] = [['/widgets', top?.['widgets']]];
  if (Array.isArray(top?.['pages'])) top['pages'].forEach((p, i) => lists.push([`/pages/${i}/widgets`, objectValue(p)?.['widgets']]));
  for (const [at, list] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      const type = objectValue(entry)?.['type'];
      const config = objectValue(entry)?.['config'] ?? {};
      if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(DASHBOARD_WIDGETS, type) || !objectValue(config)) return;
      try {
        parseConfig(DASHBOARD_WIDGETS[type as DashboardWidgetType], config);
      } catch (e) {
        if (!(e instanceof RbError)) throw e;
        issues.push(...e.issues.map((issue) => movedIssue(issue, `${at}/${i}/config${issue.path}`)));
      }
    });
  }
  return issues;
}

/** `/widgets/3` or `/pages/1/widgets/0`: the widget entry a path of the spec lies in, or null (the spec's own). */
export function entryOf(path: string): string | null {
  return /^((?:\/pages\/\d+)?\/widgets\/\d+)(?:\/|$)/.exec(path)?.[1] ?? null;
}

/** Issues by the widget entry they lie in (see {@link entryOf}). */
function byEntry(issues: readonly ValidationIssue[], into = new Map<string, readonly ValidationIssue[]>()): Map<string, readonly ValidationIssue[]> {
  for (const issue of issues) {
    const at = entryOf(issue.path)!;
    into.set(at, [...(into.get(at) ?? []), issue]);
  }
  return into;
}

/**
 * The spec with each broken entry replaced by a blank widget that keeps its `area` and `span`
 * when those are right (so it still holds its place, and its error shows there).
 */
function withoutBroken(spec: unknown, broken: ReadonlyMap<string, readonly ValidationIssue[]>): unknown {
  const top = { ...objectValue(spec) };
  const copied = new Set<unknown[]>();
  const list = (owner: Record<string, unknown>, key: string): unknown[] => {
    const value = owner[key] as unknown[];
    if (copied.has(value)) return value;
    const copy = [...value];
    copied.add(copy);
    owner[key] = copy;
    return copy;
  };
  for (const [at, issues] of broken) {
    const [, page, index] = /^(?:\/pages\/(\d+))?\/widgets\/(\d+)$/.exec(at)!;
    let owner: Record<string, unknown> = top;
    if (page !== undefined) {
      const pages = list(top, 'pages');
      owner = pages[Number(page)] = { ...objectValue(pages[Number(page)]) };
    }
    const widgets = list(owner, 'widgets');
    const entry = objectValue(widgets[Number(index)]);
    const kept = (key: string) => (entry && key in entry && !issues.some((i) => i.path.startsWith(`${at}/${key}`)) ? { [key]: entry[key] } : {});
    widgets[Number(index)] = { type: 'growth-indicator', ...kept('area'), ...kept('span') };
  }
  return top;
}

/**
 * The spec checked as a whole. A mistake inside one widget's entry (its `type`, `area`, `span` or
 * its own `config`) breaks only that widget: the rest of the spec is returned with it, and the
 * entry's problems in `broken`. A mistake of the spec itself is an error, naming the mistakes in
 * the widgets' own configs with it, so an editor fixes them all in one round.
 */
export function parseDashboardConfig(spec: unknown): DashboardConfig {
  let issues: ValidationIssue[] = [];
  let config: DashboardConfig | null = null;
  try {
    config = parseConfig(dashboardConfigSchema, spec);
  } catch (e) {
    if (!(e instanceof RbError)) throw e;
    issues = [...e.issues];
  }
  issues = areaIssues(spec, issues);
  const named = issues.map((issue) => issue.path);
  issues.push(...widgetConfigIssues(spec).filter((issue) => !named.some((p) => issue.path === p || issue.path.startsWith(`${p}/`))));
  if (!issues.length) return config!;
  if (issues.some((issue) => entryOf(issue.path) === null)) throw new RbError('invalid-config', issues);
  const broken = byEntry(issues);
  return { ...parseConfig(dashboardConfigSchema, withoutBroken(spec, broken)), broken };
}

/**
 * Checks the layout (every widget's config was checked with the spec). A mistake of one widget's
 * entry breaks only that widget (its `error`, with the entry's pointer); one of the spec throws.
 */
export function buildModel(_data: RegionBrandData, config: DashboardConfig, ctx: RenderContext<'screen'>): DashboardModel {
  const issues: ValidationIssue[] = [];
  if (config.widgets && config.pages) issues.push({ path: '/pages', key: 'widgetsAndPages', params: [] });
  if (!config.widgets && !config.pages) issues.push({ path: '/widgets', key: 'required', params: [] });
  const stage = config.stage ?? null;
  const columns = config.columns ?? (stage ? 24 : 12);
  const rows = stage ? (config.rows ?? 12) : 0;
  const pages = config.pages
    ? config.pages.map((p, i) => ({ title: p.title ?? ctx.messages.screen.page(i + 1), widgets: p.widgets, at: `/pages/${i}/widgets` }))
    : [{ title: null, widgets: config.widgets ?? [], at: '/widgets' }];
  // An entry whose area is itself wrong (`[0, 1, 2, 2]`, three numbers) is named there already, not again as lacking one.
  const wrongArea = (issue: ValidationIssue) => config.broken?.get(entryOf(issue.path)!)?.some((i) => i.path === issue.path || i.path.startsWith(`${issue.path}/`)) === true;
  const broken = byEntry(layoutIssues(pages, stage !== null, columns, rows).filter((issue) => !wrongArea(issue)), new Map(config.broken));
  const built = pages.map((page): DashboardPage => ({
    title: page.title,
    items: page.widgets.map((w, i): DashboardItem => {
      const at = `${page.at}/${i}`;
      const wrong = broken.get(at);
      const area = w.area && !wrong?.some((issue) => issue.path.startsWith(`${at}/area`)) ? w.area : null;
      return { type: w.type, tag: `rb-${w.type}`, config: w.config, span: Math.min(w.span ?? Math.ceil(columns / 3), columns), area, error: wrong ? new RbError('invalid-config', wrong) : null };
    }),
  }));
  if (issues.length) throw new RbError('invalid-config', issues);
  // Options that do nothing here: a warning, so an editor knows why the screen ignores them.
  if (config.rows !== undefined && !stage) ctx.warn({ path: '/rows', key: 'noEffect', params: ['rows', 'stage'] });
  if (config.rotate && !config.pages) ctx.warn({ path: '/rotate', key: 'noEffect', params: ['rotate', 'pages'] });
  else if (config.rotate && built.length < 2) ctx.warn({ path: '/rotate', key: 'rotateOnePage', params: [] });
  if (!stage) pages.forEach((page) => page.widgets.forEach((w, i) => {
    if (w.span !== undefined && w.span > columns) ctx.warn({ path: `${page.at}/${i}/span`, key: 'spanWider', params: [w.span, columns] });
  }));
  return {
    drawing: 'html',
    summary: '',
    table: null,
    columns,
    rows,
    stage,
    pages: built,
    paged: config.pages !== undefined,
    rotate: config.pages && built.length > 1 ? (config.rotate ?? 0) : 0,
    items: built[0]?.items ?? [],
  };
}
