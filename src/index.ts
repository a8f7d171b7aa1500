/**
 * region-brand-widgets: web components for regional-brand and party-building dashboards.
 * Importing this module registers every `rb-*` element.
 */
export * from './core/index.js';
export * from './widgets/coverage-gauge/index.js';
export * from './widgets/growth-indicator/index.js';
export * from './widgets/brand-matrix/index.js';
export * from './widgets/cluster-map/index.js';
export * from './widgets/ranking/index.js';
export * from './widgets/dashboard/index.js';
export * from './widgets/period/index.js';
