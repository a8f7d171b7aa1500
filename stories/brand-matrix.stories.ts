import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { optionStories, renderWidget, sample, sampleDocument, stateStories, widgetArgTypes, type WidgetArgs } from './support.js';
import '../src/widgets/brand-matrix/index.js';

type Args = WidgetArgs;

/** A generated document with `count` brands in four levels (county, towns, villages, co-operatives). */
function generated(count: number): Record<string, unknown> {
  const brands: Record<string, unknown>[] = [
    { id: 'b0', name: '示例县优品', kind: 'region', level: 'county', unit: 'demo', metrics: { sales: { value: 9.6e8, unit: '元', period: '2024' } } },
  ];
  const villages: string[] = [];
  for (let t = 1; t <= 9; t++) {
    brands.push({ id: `t${t}`, name: `示例${t}镇优品`, kind: 'region', level: 'town', parent: 'b0', launched: `2023-0${t}-1${t % 9}`, metrics: { sales: { value: (t * 13 % 9 + 1) * 1e7, unit: '元', period: '2024' } } });
    for (let v = 1; v <= 5; v++) {
      villages.push(`v${t}-${v}`);
      brands.push({ id: `v${t}-${v}`, name: `示例${t}镇${v}村`, kind: v === 5 ? 'party' : 'region', level: 'village', parent: `t${t}`, metrics: { sales: { value: ((t + v) % 7 + 1) * 8e5, unit: '元', period: '2024' } } });
    }
  }
  for (let i = 0; brands.length < count; i++) {
    brands.push({ id: `c${i}`, name: `合作社品牌${i + 1}`, kind: 'region', parent: villages[i % villages.length], ...(i % 3 ? { metrics: { sales: { value: (i % 11 + 1) * 6e4, unit: '元' } } } : {}) });
  }
  return sampleDocument({ brands });
}

const meta: Meta<Args> = {
  title: 'Widgets/Brand matrix',
  component: 'rb-brand-matrix',
  args: { src: sample('kaiping'), config: {} },
  argTypes: widgetArgTypes,
  render: renderWidget('rb-brand-matrix', '960px'),
};
export default meta;
type Story = StoryObj<Args>;

/** The "1+8 matrix" of Kaiping: the county brand over eight town brands, as cards. */
export const Grid: Story = {};
export const Tree: Story = { args: { config: { layout: 'tree' } } };
/** Area by sales (`metric`); brands without sales keep a small area. */
export const Treemap: Story = { args: { config: { layout: 'treemap' } } };
export const Sunburst: Story = { args: { config: { layout: 'sunburst' } } };
/** Deeper levels expand with the toggle under a card. */
export const FourLevels: Story = { args: { src: undefined, data: generated(120), config: {} } };
/** A town opened: its village brands appear below it (the toggle carries `aria-expanded`). */
export const FourLevelsExpanded: Story = {
  args: { src: undefined, data: generated(120), config: {} },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('rb-brand-matrix')!;
    await el.updateComplete;
    el.toggleBrand('t2', true);
    el.toggleBrand('v2-1', true);
  },
};
/** `root` shows the subtree of one town brand. */
export const RootSubtree: Story = { args: { src: undefined, data: generated(120), config: { root: 't3' } } };
/** Party-building brands: 平原红 over its alliances. */
export const PartyBrands: Story = { args: { src: sample('pingyuan') } };
/** 400 brands in four levels. */
export const Large: Story = { args: { src: undefined, data: generated(400), config: { layout: 'treemap' } } };
export const DarkTreemap: Story = { args: { theme: 'dark', config: { layout: 'treemap' } } };

const states = stateStories({
  key: 'matrix',
  sample: 'kaiping',
  // Two brands that are each other's parent: a cycle in the hierarchy.
  invalidData: {
    brands: [
      { id: 'a', name: '甲品牌', kind: 'region', parent: 'b' },
      { id: 'b', name: '乙品牌', kind: 'region', parent: 'a' },
    ],
  },
  invalidConfig: { root: 'no-such-brand' },
});
export const Loading: Story = states.Loading;
export const Timeout: Story = states.Timeout;
export const NotFound: Story = states.NotFound;
export const Offline: Story = states.Offline;
export const InvalidJson: Story = states.InvalidJson;
export const InvalidData: Story = states.InvalidData;
export const UnsupportedVersion: Story = states.UnsupportedVersion;
/** A root id that does not exist: the error lists the ids that do. */
export const InvalidConfig: Story = states.InvalidConfig;
export const Empty: Story = states.Empty;
export const NoData: Story = states.NoData;
export const Stale: Story = states.Stale;
export const English: Story = states.English;
export const Dark: Story = states.Dark;
export const Red: Story = states.Red;

const options = optionStories({});
export const Toolbar: Story = options.Toolbar;
export const Patterns: Story = options.Patterns;
export const TitlesAndSources: Story = options.TitlesAndSources;
export const NoAnimation: Story = options.NoAnimation;
