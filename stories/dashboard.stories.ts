import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderWidget, sample, stateStories, widgetArgTypes, type WidgetArgs } from './support.js';
import { html } from 'lit';
import '../src/widgets/dashboard/index.js';

/** A stage story: the dashboard in a box of a given size (a window, an LED wall …). */
const inBox = (width: string, height: string) => (a: Args) =>
  html`<rb-dashboard style="width:${width};height:${height}" src=${a.src ?? ''} .config=${a.config} lang=${a.lang ?? 'zh-CN'}></rb-dashboard>`;

type Args = WidgetArgs;

const meta: Meta<Args> = {
  title: 'Widgets/Dashboard',
  component: 'rb-dashboard',
  args: {
    src: sample('kaiping'),
    config: {
      columns: 12,
      widgets: [
        { type: 'growth-indicator', config: { indicator: 'brand-value' }, span: 4 },
        { type: 'growth-indicator', config: { indicator: 'brand-sales' }, span: 4 },
        { type: 'coverage-gauge', config: { coverage: 'enterprise-party' }, span: 4 },
        { type: 'brand-matrix', config: {}, span: 12 },
        { type: 'cluster-map', config: { mode: 'graph' }, span: 12 },
      ],
    },
  },
  argTypes: widgetArgTypes,
  render: renderWidget('rb-dashboard', '1200px'),
};
export default meta;
type Story = StoryObj<Args>;

/** The 开平优品 page from one spec: five widgets sharing one document. */
export const Kaiping: Story = {};

const states = stateStories({
  key: 'dashboard',
  sample: 'kaiping',
  // A brand whose parent does not exist: `/brands/0/parent` is at fault.
  invalidData: { brands: [{ id: 'a', name: '甲品牌', kind: 'region', parent: 'no-such-brand' }] },
  // A style the gauge does not have: the error names `/widgets/0/config/style`.
  invalidConfig: { widgets: [{ type: 'coverage-gauge', config: { style: 'pie' } }] },
});
export const Loading: Story = states.Loading;
export const Timeout: Story = states.Timeout;
export const NotFound: Story = states.NotFound;
export const Offline: Story = states.Offline;
export const InvalidJson: Story = states.InvalidJson;
export const InvalidData: Story = states.InvalidData;
export const UnsupportedVersion: Story = states.UnsupportedVersion;
/** A spec error names its place in the spec. */
export const InvalidConfig: Story = states.InvalidConfig;
/** The spec is valid, the document has nothing for it: each widget says what the data lacks. */
export const Empty: Story = states.Empty;
export const NoData: Story = states.NoData;
export const Stale: Story = states.Stale;
export const English: Story = states.English;
export const Dark: Story = states.Dark;
export const Red: Story = states.Red;

/**
 * A 1920×1080 big screen (大屏) with three rotating pages (20 s each, held while the pointer or
 * focus is inside), theme `screen`, fitted into a 960×540 box: everything scaled, nothing blurred.
 */
export const BigScreen: Story = {
  args: {
    config: {
      title: '开平优品 · 行政区品牌数据大屏',
      theme: 'screen',
      stage: { width: 1920, height: 1080, fit: 'contain' },
      rotate: 20,
      pages: [
        {
          title: '品牌矩阵',
          widgets: [
            { type: 'brand-matrix', config: { layout: 'treemap', metric: 'sales' }, area: [1, 1, 14, 12] },
            { type: 'ranking', config: { of: 'brands', metric: 'sales', top: 9 }, area: [15, 1, 10, 12] },
          ],
        },
        { title: '产业集群', widgets: [{ type: 'cluster-map', config: { metric: 'output' }, area: [1, 1, 24, 12] }] },
        {
          title: '党建覆盖',
          widgets: [
            { type: 'coverage-gauge', config: { coverage: 'enterprise-party' }, area: [1, 1, 12, 12] },
            { type: 'growth-indicator', config: { indicator: 'jobs' }, area: [13, 1, 12, 6] },
            { type: 'growth-indicator', config: { indicator: 'brand-sales' }, area: [13, 7, 12, 6] },
          ],
        },
      ],
    } as never,
  },
  render: inBox('960px', '540px'),
};

/** `fit: "stretch"` into a wide LED-wall box (3:1): the grid stretches, the text does not. */
export const Stretch: Story = {
  args: {
    config: {
      theme: 'screen',
      stage: { width: 1920, height: 1080, fit: 'stretch' },
      widgets: [
        { type: 'brand-matrix', config: { layout: 'treemap' }, area: [1, 1, 12, 12] },
        { type: 'growth-indicator', config: { indicator: 'brand-value' }, area: [13, 1, 12, 6] },
        { type: 'coverage-gauge', config: { coverage: 'enterprise-party' }, area: [13, 7, 12, 6] },
      ],
    } as never,
  },
  render: inBox('1200px', '400px'),
};

/** Layout errors name their place: `/pages/0/widgets/1/area` overlaps `/pages/0/widgets/0/area`. */
export const OverlappingAreas: Story = {
  args: {
    config: {
      stage: { width: 1920, height: 1080 },
      pages: [{ title: '品牌', widgets: [{ type: 'brand-matrix', area: [1, 1, 12, 12] }, { type: 'ranking', area: [10, 1, 8, 6] }] }],
    } as never,
  },
  render: inBox('960px', '540px'),
};
