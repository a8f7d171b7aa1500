/**
 * The widget types the workbench configures, their tags for Lit's static templates, and their
 * modules, imported only when a preview first needs one (the workbench entry carries no chart code).
 */
import { literal, type StaticValue } from 'lit/static-html.js';

export const WIDGET_TYPES = ['coverage-gauge', 'growth-indicator', 'brand-matrix', 'cluster-map', 'ranking'] as const;
export type WidgetType = (typeof WIDGET_TYPES)[number];

export const WIDGET_TAGS: Readonly<Record<WidgetType | 'dashboard', StaticValue>> = {
  'coverage-gauge': literal`rb-coverage-gauge`,
  'growth-indicator': literal`rb-growth-indicator`,
  'brand-matrix': literal`rb-brand-matrix`,
  'cluster-map': literal`rb-cluster-map`,
  ranking: literal`rb-ranking`,
  dashboard: literal`rb-dashboard`,
};

const MODULES: Readonly<Record<WidgetType | 'dashboard', () => Promise<unknown>>> = {
  'coverage-gauge': () => import('../widgets/coverage-gauge/index.js'),
  'growth-indicator': () => import('../widgets/growth-indicator/index.js'),
  'brand-matrix': () => import('../widgets/brand-matrix/index.js'),
  'cluster-map': () => import('../widgets/cluster-map/index.js'),
  ranking: () => import('../widgets/ranking/index.js'),
  dashboard: () => import('../widgets/dashboard/index.js'),
};

/** Registers a widget's element (once; later calls return the same promise). */
const loaded = new Map<string, Promise<unknown>>();
export function loadWidget(type: WidgetType | 'dashboard'): Promise<unknown> {
  if (!loaded.has(type)) loaded.set(type, MODULES[type]());
  return loaded.get(type)!;
}

export const isWidgetType = (type: unknown): type is WidgetType => WIDGET_TYPES.includes(type as WidgetType);

/** Built-in themes, offered for the `theme` option. */
export { THEMES } from '../core/theme.js';
