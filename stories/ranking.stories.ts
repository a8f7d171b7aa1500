import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { optionStories, renderWidget, sample, sampleDocument, stateStories, widgetArgTypes, type WidgetArgs } from './support.js';
import '../src/widgets/ranking/index.js';

type Args = WidgetArgs;

const meta: Meta<Args> = {
  title: 'Widgets/Ranking',
  component: 'rb-ranking',
  args: { src: sample('kaiping'), config: { of: 'brands', metric: 'sales', top: 8 } },
  argTypes: widgetArgTypes,
  render: renderWidget('rb-ranking', '420px'),
};
export default meta;
type Story = StoryObj<Args>;

/** The brands of 开平优品 by sales, top 8 (the county brand leads): rank badges, bars as shares of the leader. Click or Enter a row for rb-select. */
export const Normal: Story = {};
/** `level: "town"`: the eight town brands only, without the county brand 开平优品 above them; the default title says 镇级品牌. */
export const TownBrands: Story = { args: { config: { of: 'brands', level: 'town', metric: 'sales', top: 8 } } };
/** Clusters by output (产值). */
export const Clusters: Story = { args: { config: { of: 'clusters', metric: 'output' } } };
/** Towns by a count the library derives: clusters placed in each town (`metric: "clusters"`). */
export const TownsByClusters: Story = { args: { config: { of: 'units', metric: 'clusters' } } };
/** Enterprises by their own metrics (here `output`); each row names its cluster. */
export const Enterprises: Story = { args: { config: { of: 'enterprises', metric: 'output' } } };
/** Equal figures share a rank (1, 2, 2, 4). */
export const Ties: Story = {
  args: {
    src: undefined,
    data: sampleDocument({
      brands: [
        { id: 'a', name: '甲品牌', kind: 'region', metrics: { sales: { value: 90000000, unit: '元' } } },
        { id: 'b', name: '乙品牌', kind: 'region', metrics: { sales: { value: 50000000, unit: '元' } } },
        { id: 'c', name: '丙品牌', kind: 'region', metrics: { sales: { value: 50000000, unit: '元' } } },
        { id: 'd', name: '丁品牌', kind: 'region', metrics: { sales: { value: 20000000, unit: '元' } } },
        { id: 'e', name: '戊品牌', kind: 'region' },
      ],
    }),
    config: { metric: 'sales' },
  },
};
/** A scrolling board: 4 s per step in a 200 px box; it pauses under the pointer or focus, and stays still under reduced motion. */
export const Scrolling: Story = {
  args: { config: { of: 'brands', metric: 'sales', scroll: 4 } },
  render: (a) => html`<div class="ranking-box">${renderWidget('rb-ranking', '420px')(a)}</div>
    <style>
      .ranking-box rb-ranking { height: 220px; }
    </style>`,
};
/** The dark big-screen theme (`theme="screen"`): larger type, high contrast. */
export const Screen: Story = { args: { theme: 'screen', config: { of: 'clusters', metric: 'output', top: 6 } } };

const states = stateStories({
  key: 'ranking',
  sample: 'kaiping',
  // A brand whose sales is text: `/brands/0/metrics/sales/value` is at fault.
  invalidData: { brands: [{ id: 'x', name: '示例品牌', kind: 'region', metrics: { sales: { value: '五千万', unit: '元' } } }] },
  invalidConfig: { of: 'brands', metric: 'no-such-metric' },
  config: { of: 'brands', metric: 'sales', top: 8 },
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
export const Dark: Story = states.Dark;
export const Red: Story = states.Red;

const options = optionStories({ of: 'brands', metric: 'sales', top: 8 });
export const Toolbar: Story = options.Toolbar;
export const Patterns: Story = options.Patterns;
export const TitlesAndSources: Story = options.TitlesAndSources;
export const NoAnimation: Story = options.NoAnimation;
