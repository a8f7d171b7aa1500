/**
 * Pure model of `rb-dashboard`: a JSON spec (columns, widgets with type, config and span) checked
 * against each widget's own config schema, so an editor's mistake names its place in the spec
 * (`/widgets/2/config/style`) before anything is drawn.
 */
import * as v from 'valibot';
import type { HtmlModel, RenderContext } from '../../core/contract.js';
import { parseConfig, periodOption, widgetConfigSchema } from '../../core/config.js';
import { RbError } from '../../core/errors.js';
import type { RegionBrandData } from '../../core/schema.js';
import { brandMatrixConfigSchema } from '../brand-matrix/brand-matrix.options.js';
import { clusterMapConfigSchema } from '../cluster-map/cluster-map.options.js';
import { coverageGaugeConfigSchema } from '../coverage-gauge/coverage-gauge.options.js';
import { growthIndicatorConfigSchema } from '../growth-indicator/growth-indicator.options.js';
import { rankingConfigSchema } from '../ranking/ranking.options.js';

/** Widget types a dashboard places, and the config schema of each. */
export const DASHBOARD_WIDGETS = {
  'coverage-gauge': coverageGaugeConfigSchema,
  'growth-indicator': growthIndicatorConfigSchema,
  'brand-matrix': brandMatrixConfigSchema,
  'cluster-map': clusterMapConfigSchema,
  ranking: rankingConfigSchema,
} as const;

export type DashboardWidgetType = keyof typeof DASHBOARD_WIDGETS;

const span = v.pipe(v.number('number'), v.integer('integer'), v.minValue(1, 'value'), v.maxValue(24, 'value'));

export const dashboardWidgetSchema = v.strictObject(
  {
    type: v.picklist(Object.keys(DASHBOARD_WIDGETS) as DashboardWidgetType[], 'picklist'),
    /** The widget's own config (validated against that widget's schema). */
    config: v.optional(v.record(v.string('string'), v.unknown(), 'object'), {}),
    /** Columns the widget spans (default: a third of the grid). */
    span: v.optional(span),
  },
  'object',
);

export const dashboardConfigSchema = widgetConfigSchema({
  /** URL of the shared data document, used when the element has no `src`. */
  src: v.optional(v.string('string')),
  /** Grid columns (default 12). */
  columns: v.optional(span, 12),
  widgets: v.array(dashboardWidgetSchema, 'array'),
  /** Link the widgets: choosing a unit, brand or cluster in one focuses the others on it. */
  link: v.optional(v.boolean('boolean'), false),
  /** The period every widget shows (a period control appears when the document holds more than one). */
  period: periodOption,
});

export type DashboardConfig = v.InferOutput<typeof dashboardConfigSchema>;

/** One widget of a spec as a page writes it: its `config` typed by its `type`. */
export type DashboardWidgetInput = {
  [T in DashboardWidgetType]: { type: T; config?: v.InferInput<(typeof DASHBOARD_WIDGETS)[T]>; span?: number };
}[DashboardWidgetType];

/** The spec as a page writes it (the `config` property): `widgets` required, every other key optional. */
export type DashboardConfigInput = Omit<v.InferInput<typeof dashboardConfigSchema>, 'widgets'> & {
  widgets: DashboardWidgetInput[];
};

export interface DashboardItem {
  readonly type: DashboardWidgetType;
  readonly tag: `rb-${DashboardWidgetType}`;
  readonly config: Record<string, unknown>;
  readonly span: number;
}

/** The page of widgets, drawn in HTML: each widget shows its own figures. */
export interface DashboardModel extends HtmlModel {
  readonly columns: number;
  readonly items: readonly DashboardItem[];
}

/** Checks every widget's config against its schema; errors carry their path in the spec. */
export function buildModel(_data: RegionBrandData, config: DashboardConfig, _ctx: RenderContext): DashboardModel {
  const items = config.widgets.map((w, i): DashboardItem => {
    try {
      parseConfig(DASHBOARD_WIDGETS[w.type], w.config);
    } catch (e) {
      if (e instanceof RbError) {
        throw new RbError(e.code, e.issues.map((issue) => ({ ...issue, path: `/widgets/${i}/config${issue.path}` })));
      }
      throw e;
    }
    return { type: w.type, tag: `rb-${w.type}`, config: w.config, span: Math.min(w.span ?? Math.ceil(config.columns / 3), config.columns) };
  });
  return { drawing: 'html', summary: '', table: null, columns: config.columns, items };
}
