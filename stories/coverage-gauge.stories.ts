import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderWidget, widgetArgTypes, type WidgetArgs } from './support.js';
import '../src/widgets/coverage-gauge/index.js';

type Args = WidgetArgs;

/** Zero coverage (0 of 30). */
const zero = {
  format: 'region-brand-data',
  version: 1,
  region: { id: 'demo', name: '示例县', level: 'county' },
  asOf: '2025-06-30',
  coverage: [{ id: 'none', name: '新就业群体党组织覆盖', covered: 0, total: 30, unit: '个', period: '2025' }],
};

const meta: Meta<Args> = {
  title: 'Widgets/Coverage gauge',
  component: 'rb-coverage-gauge',
  args: { src: '/data/pingyuan.json', config: { coverage: 'villages' } },
  argTypes: widgetArgTypes,
  render: renderWidget('rb-coverage-gauge', '360px'),
};
export default meta;
type Story = StoryObj<Args>;

/** 25 of 84 enterprises (29.76%), below the first threshold. */
export const Normal: Story = { args: { src: '/data/kaiping.json', config: { coverage: 'enterprise-party' } } };
/** 424/424: 100% with the 全覆盖 badge. */
export const FullCoverage: Story = {};
export const Ring: Story = { args: { config: { coverage: 'key-villages', style: 'ring' } } };
/** An HTML bar: no ECharts instance, no canvas. */
export const Bar: Story = { args: { src: '/data/kaiping.json', config: { coverage: 'enterprise-party', style: 'bar' } } };
/** Per-unit bars sorted by ratio, coloured by thresholds; click or Enter a row for rb-select. */
export const Breakdown: Story = {
  args: { src: '/data/kaiping.json', config: { coverage: 'enterprise-party', breakdown: true, thresholds: [0.3, 0.4] } },
};
export const BarWithBreakdown: Story = {
  args: { src: '/data/kaiping.json', config: { coverage: 'enterprise-party', style: 'bar', breakdown: true } },
};
/** A published ratio alone (74.85%), no counts. */
export const RatioOnly: Story = { args: { config: { coverage: 'fund-participation' } } };
export const ZeroCoverage: Story = { args: { src: undefined, data: zero, config: { style: 'bar' } } };
/** Custom thresholds: below 50% bad, from 70% good. */
export const Thresholds: Story = { args: { config: { coverage: 'fund-participation', style: 'ring', thresholds: [0.5, 0.7] } } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark', src: '/data/kaiping.json', config: { coverage: 'enterprise-party', style: 'bar', breakdown: true } } };
export const Error: Story = { args: { config: { coverage: 'no-such-entry' } } };
