// What a page writes compiles; typos and wrong values do not (each `@ts-expect-error` line must
// be an error, or tsc fails). Imports go through the package's own exports, as a user's do.
import type { RegionBrandDataInput } from 'region-brand-widgets';
import type { CoverageGaugeConfigInput, RbCoverageGauge } from 'region-brand-widgets/coverage-gauge.js';
import type { GrowthIndicatorConfigInput } from 'region-brand-widgets/growth-indicator.js';
import type { BrandMatrixConfigInput } from 'region-brand-widgets/brand-matrix.js';
import type { ClusterMapConfigInput } from 'region-brand-widgets/cluster-map.js';
import type { DashboardConfigInput } from 'region-brand-widgets/dashboard.js';

// Every key is optional: what a page writes, before defaults.
export const gauge: CoverageGaugeConfigInput = { coverage: 'villages' };
export const empty: CoverageGaugeConfigInput = {};
export const growth: GrowthIndicatorConfigInput = { indicator: 'industrial-output', compare: 'both' };
export const matrix: BrandMatrixConfigInput = { layout: 'treemap', title: '开平优品' };
export const map: ClusterMapConfigInput = { mode: 'graph', showEnterprises: true };
export const dashboard: DashboardConfigInput = {
  columns: 12,
  widgets: [{ type: 'coverage-gauge', config: { style: 'ring' }, span: 4 }, { type: 'brand-matrix' }],
};

// @ts-expect-error a typo of an option
export const typo: CoverageGaugeConfigInput = { coverge: 'villages' };
// @ts-expect-error a style that does not exist
export const badStyle: CoverageGaugeConfigInput = { style: 'pie' };
// @ts-expect-error thresholds are numbers
export const badThresholds: CoverageGaugeConfigInput = { thresholds: ['0.6'] };
// @ts-expect-error an option of another widget
export const otherWidget: GrowthIndicatorConfigInput = { layout: 'grid' };
// @ts-expect-error a dashboard widget's config is checked against its type
export const badDashboard: DashboardConfigInput = { widgets: [{ type: 'coverage-gauge', config: { layout: 'grid' } }] };
// @ts-expect-error a dashboard needs its widgets
export const noWidgets: DashboardConfigInput = { columns: 12 };

// A document: the lists may be left out; the header is required.
export const minimal: RegionBrandDataInput = {
  format: 'region-brand-data',
  version: 1,
  region: { id: 'pingyuan', name: '平原县', level: 'county' },
  asOf: '2022-12-31',
  coverage: [{ id: 'villages', name: '党建联合体覆盖行政村', covered: 424, total: 424, unit: '个' }],
};
// @ts-expect-error version 2 is not this format
export const wrongVersion: RegionBrandDataInput = { ...minimal, version: 2 };
// @ts-expect-error a level that does not exist
export const wrongLevel: RegionBrandDataInput = { ...minimal, region: { id: 'x', name: 'x', level: 'country' } };
// @ts-expect-error asOf is required
export const noDate: RegionBrandDataInput = { format: 'region-brand-data', version: 1, region: minimal.region };
// @ts-expect-error brand kinds are region or party
export const wrongKind: RegionBrandDataInput = { ...minimal, brands: [{ id: 'a', name: 'A', kind: 'city' }] };

// The element properties take these types.
declare const el: RbCoverageGauge;
el.config = { coverage: 'villages', style: 'bar', breakdown: true };
el.data = minimal;
// @ts-expect-error a typo on the element's property
el.config = { coverge: 'villages' };
// @ts-expect-error data is a document, not a string of one
el.data = 'pingyuan.json';
const tagged = document.createElement('rb-coverage-gauge');
// @ts-expect-error the tag map gives the typed element
tagged.config = { breakdwon: true };
