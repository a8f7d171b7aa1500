import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderWidget, sample, widgetArgTypes, type WidgetArgs } from './support.js';
import '../src/widgets/dashboard/index.js';
import '../src/widgets/period/index.js';

/**
 * Linked widgets and periods (issue 18): one click or one period drives the whole page. Choose a
 * town, brand or cluster in any widget (click, or Enter on a card, row or cluster button): the
 * others focus on it; Escape or the same item again clears it. The period control lists every
 * period the document holds; play steps through them. The choice is kept in the URL hash.
 */
const meta: Meta<WidgetArgs> = {
  title: 'Guides/Linked widgets and periods',
  component: 'rb-dashboard',
  args: {
    src: sample('kaiping'),
    config: {
      link: true,
      columns: 12,
      widgets: [
        { type: 'cluster-map', config: { mode: 'graph' }, span: 12 },
        { type: 'brand-matrix', config: {}, span: 12 },
        { type: 'coverage-gauge', config: { coverage: 'enterprise-party', breakdown: true, style: 'bar' }, span: 6 },
        { type: 'growth-indicator', config: { indicator: 'brand-sales' }, span: 6 },
      ],
    },
  },
  argTypes: widgetArgTypes,
  render: renderWidget('rb-dashboard', '1200px'),
};
export default meta;
type Story = StoryObj<WidgetArgs>;

/** `link: true`: choose 马冈镇 in the map or the gauge; the matrix, the gauge row and the KPI card follow. */
export const LinkedDashboard: Story = {};

/** `period: "2023"`: every widget opens on 2023; an item without a 2023 figure says “2023年 无数据”. */
export const DashboardPeriod: Story = {
  args: {
    config: {
      period: '2023',
      columns: 12,
      widgets: [
        { type: 'coverage-gauge', config: { coverage: 'enterprise-party' }, span: 4 },
        { type: 'growth-indicator', config: { indicator: 'magang-sales' }, span: 4 },
        { type: 'growth-indicator', config: { indicator: 'brand-sales' }, span: 4 },
        { type: 'brand-matrix', config: {}, span: 12 },
      ],
    },
  },
};

/** A plain page: widgets with the same `group` attribute and an `<rb-period group>` control. */
export const PlainPageGroup: Story = {
  render: () => html`<div style="display:grid;gap:12px;max-width:1100px">
    <rb-period group="story-county" interval="1.5"></rb-period>
    <rb-coverage-gauge group="story-county" src="data/kaiping.json" .config=${{ coverage: 'enterprise-party', breakdown: true, style: 'bar' }}></rb-coverage-gauge>
    <rb-growth-indicator group="story-county" src="data/kaiping.json" .config=${{ indicator: 'magang-sales' }}></rb-growth-indicator>
    <rb-brand-matrix group="story-county" src="data/kaiping.json"></rb-brand-matrix>
  </div>`,
};

/** English: the control, the “no data” text and the announcements follow the language. */
export const English: Story = { args: { lang: 'en', config: { period: '2022', link: true, columns: 12, widgets: [
  { type: 'coverage-gauge', config: { coverage: 'enterprise-party' }, span: 6 },
  { type: 'growth-indicator', config: { indicator: 'magang-sales' }, span: 6 },
] } } };
