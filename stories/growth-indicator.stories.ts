import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { optionStories, renderWidget, sample, sampleDocument, stateStories, widgetArgTypes, type WidgetArgs } from './support.js';
import '../src/widgets/growth-indicator/index.js';

type Args = WidgetArgs;

/** A document whose reported growth (+25%) disagrees with its series (+20%): fires rb-warning. */
const disagreeing = sampleDocument(
  {
    indicators: [
      {
        id: 'output',
        name: '工业产值',
        unit: '元',
        series: [
          { period: '2021-Q1', value: 1000000000 },
          { period: '2021-Q4', value: 1100000000 },
          { period: '2022-Q1', value: 1200000000 },
        ],
        reported: { period: '2022-Q1', value: 1200000000, yoy: 0.25 },
      },
    ],
  },
  '2022-04-30',
);

/** Edge cases: lower is better, a zero base, a huge value. */
const edges = sampleDocument({
  indicators: [
    {
      id: 'energy',
      name: '单位产值能耗',
      unit: '吨',
      better: 'lower',
      series: [
        { period: '2022', value: 1.32 },
        { period: '2023', value: 1.25 },
        { period: '2024', value: 1.16 },
      ],
    },
    {
      id: 'new-business',
      name: '新业务收入',
      unit: '元',
      series: [
        { period: '2023', value: 0 },
        { period: '2024', value: 5000000 },
      ],
    },
    { id: 'huge', name: '社会融资规模存量', unit: '元', reported: { period: '2024', value: 1.2e15, yoy: 0.081 } },
  ],
});

const meta: Meta<Args> = {
  title: 'Widgets/Growth indicator',
  component: 'rb-growth-indicator',
  args: { src: sample('taiping'), config: { indicator: 'industrial-output' } },
  argTypes: widgetArgTypes,
  render: renderWidget('rb-growth-indicator', '320px'),
};
export default meta;
type Story = StoryObj<Args>;

/** Value and reported growth, with the two-point series as a sparkline: 37.83亿元, 同比 +21.85%. */
export const Normal: Story = {};
/** A value published alone: 6791件. */
export const ReportedValueOnly: Story = { args: { config: { indicator: 'service-cases' } } };
/** A growth published alone: 固定资产投资 +181.8%. */
export const GrowthOnly: Story = { args: { config: { indicator: 'fixed-asset-investment' } } };
/** A series: growth computed, sparkline, progress to the 2025 target, 同比 and 环比. */
export const SeriesWithTarget: Story = {
  args: { src: sample('kaiping'), config: { indicator: 'magang-sales', target: true, compare: 'both' } },
};
/** Reported +25% vs computed +20%: the reported figure is shown and rb-warning fires (see the console). */
export const Warning: Story = { args: { src: undefined, data: disagreeing, config: { compare: 'both' } } };
/** Lower is better: a falling figure takes the colour of an improvement. */
export const LowerIsBetter: Story = { args: { src: undefined, data: edges, config: { indicator: 'energy' } } };
/** A zero base: growth is "—", never Infinity. */
export const ZeroBase: Story = { args: { src: undefined, data: edges, config: { indicator: 'new-business' } } };
/** 1.2e15 元 scales to 1200万亿元. */
export const HugeValue: Story = { args: { src: undefined, data: edges, config: { indicator: 'huge' } } };
/** Many cards at once: plain HTML, no chart library. */
export const Dashboard: Story = {
  render: (a) => html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px">
    ${['industrial-output', 'above-scale-output', 'fixed-asset-investment', 'tax', 'service-cases'].map(
      (id) => html`<rb-growth-indicator src=${sample('taiping')} .config=${{ indicator: id }} lang=${a.lang ?? 'zh-CN'} theme=${a.theme ?? 'light'}></rb-growth-indicator>`,
    )}
  </div>`,
};

const states = stateStories({
  key: 'growth',
  sample: 'taiping',
  // A quarter that does not exist in the indicator the story shows: `/indicators/0/series/1/period` is at fault.
  invalidData: {
    indicators: [{ id: 'industrial-output', name: '工业产值', unit: '元', series: [{ period: '2022-Q1', value: 1 }, { period: '2022-Q5', value: 2 }] }],
  },
  invalidConfig: { indicator: 'gdp' },
});
export const Loading: Story = states.Loading;
export const Timeout: Story = states.Timeout;
export const NotFound: Story = states.NotFound;
export const Offline: Story = states.Offline;
export const InvalidJson: Story = states.InvalidJson;
export const InvalidData: Story = states.InvalidData;
export const UnsupportedVersion: Story = states.UnsupportedVersion;
/** An unknown indicator id: the error lists the ids that exist. */
export const InvalidConfig: Story = states.InvalidConfig;
export const Empty: Story = states.Empty;
export const NoData: Story = states.NoData;
export const Stale: Story = states.Stale;
export const English: Story = { ...states.English, args: { lang: 'en', config: { indicator: 'above-scale-output' } } };
export const Dark: Story = { ...states.Dark, args: { theme: 'dark', src: sample('kaiping'), config: { indicator: 'magang-sales', target: true } } };
export const Red: Story = states.Red;

const options = optionStories({ indicator: 'industrial-output' });
export const Toolbar: Story = options.Toolbar;
export const Patterns: Story = options.Patterns;
export const TitlesAndSources: Story = options.TitlesAndSources;
export const NoAnimation: Story = options.NoAnimation;
