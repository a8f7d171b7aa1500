import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { optionStories, renderWidget, sample, sampleDocument, stateStories, widgetArgTypes, type WidgetArgs } from './support.js';
import '../src/widgets/coverage-gauge/index.js';

type Args = WidgetArgs;

const meta: Meta<Args> = {
  title: 'Widgets/Coverage gauge',
  component: 'rb-coverage-gauge',
  args: { src: sample('pingyuan'), config: { coverage: 'villages' } },
  argTypes: widgetArgTypes,
  render: renderWidget('rb-coverage-gauge', '360px'),
};
export default meta;
type Story = StoryObj<Args>;

/** 25 of 84 enterprises (29.76%), below the first threshold. */
export const Normal: Story = { args: { src: sample('kaiping'), config: { coverage: 'enterprise-party' } } };
/** 424/424: 100% with the 全覆盖 badge. */
export const FullCoverage: Story = {};
export const Ring: Story = { args: { config: { coverage: 'key-villages', style: 'ring' } } };
/** An HTML bar: no ECharts instance, no canvas. */
export const Bar: Story = { args: { src: sample('kaiping'), config: { coverage: 'enterprise-party', style: 'bar' } } };
/** Per-unit bars sorted by ratio, coloured by thresholds; click or Enter a row for rb-select. */
export const Breakdown: Story = {
  args: { src: sample('kaiping'), config: { coverage: 'enterprise-party', breakdown: true, thresholds: [0.3, 0.4] } },
};
export const BarWithBreakdown: Story = {
  args: { src: sample('kaiping'), config: { coverage: 'enterprise-party', style: 'bar', breakdown: true } },
};
/** A published ratio alone (74.85%), no counts. */
export const RatioOnly: Story = { args: { config: { coverage: 'fund-participation' } } };
/** Zero coverage (0 of 30). */
export const ZeroCoverage: Story = {
  args: {
    src: undefined,
    data: sampleDocument({ coverage: [{ id: 'none', name: '新就业群体党组织覆盖', covered: 0, total: 30, unit: '个', period: '2025' }] }),
    config: { style: 'bar' },
  },
};
/** Custom thresholds: below 50% bad, from 70% good. */
export const Thresholds: Story = { args: { config: { coverage: 'fund-participation', style: 'ring', thresholds: [0.5, 0.7] } } };
/** A share, not a target (规上产值占全区 35.61%): `thresholds: []` judges nothing and draws it in a neutral colour. */
export const Share: Story = { args: { src: sample('taiping'), config: { coverage: 'district-share', thresholds: [] } } };

const states = stateStories({
  key: 'gauge',
  sample: 'pingyuan',
  // 31 covered of 30 in the entry the story shows (`villages`): `/coverage/0/covered` is at fault.
  invalidData: { coverage: [{ id: 'villages', name: '示例覆盖', covered: 31, total: 30, unit: '个' }] },
  invalidConfig: { coverage: 'no-such-entry' },
});
export const Loading: Story = states.Loading;
export const Timeout: Story = states.Timeout;
export const NotFound: Story = states.NotFound;
export const Offline: Story = states.Offline;
export const InvalidJson: Story = states.InvalidJson;
export const InvalidData: Story = states.InvalidData;
export const UnsupportedVersion: Story = states.UnsupportedVersion;
export const InvalidConfig: Story = states.InvalidConfig;
export const Empty: Story = states.Empty;
export const NoData: Story = states.NoData;
export const Stale: Story = states.Stale;
export const English: Story = states.English;
export const Dark: Story = {
  ...states.Dark,
  args: { theme: 'dark', src: sample('kaiping'), config: { coverage: 'enterprise-party', style: 'bar', breakdown: true } },
};
export const Red: Story = states.Red;

const options = optionStories({ coverage: 'villages' });
export const Toolbar: Story = options.Toolbar;
export const Patterns: Story = options.Patterns;
export const TitlesAndSources: Story = options.TitlesAndSources;
export const NoAnimation: Story = options.NoAnimation;
