import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderWidget, widgetArgTypes, type WidgetArgs } from './support.js';
import '../src/widgets/dashboard/index.js';

type Args = WidgetArgs;

const meta: Meta<Args> = {
  title: 'Widgets/Dashboard',
  component: 'rb-dashboard',
  args: {
    src: '/data/kaiping.json',
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

export const Kaiping: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const SpecError: Story = { args: { config: { widgets: [{ type: 'coverage-gauge', config: { style: 'pie' } }] } } };
