import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderWidget, sample, stateStories, widgetArgTypes, type WidgetArgs } from './support.js';
import '../src/widgets/dashboard/index.js';

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
