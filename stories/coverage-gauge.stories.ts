import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/coverage-gauge/index.js';

interface Args {
  src?: string;
  data?: unknown;
  config: Record<string, unknown>;
  lang?: string;
  theme?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Coverage gauge',
  component: 'rb-coverage-gauge',
  args: { src: '/data/pingyuan.json', config: { coverage: 'villages' } },
  argTypes: { config: { control: 'object' }, lang: { control: 'inline-radio', options: ['zh-CN', 'en'] }, theme: { control: 'inline-radio', options: ['light', 'dark', 'red'] } },
  render: (a) =>
    html`<rb-coverage-gauge style="max-width:360px" src=${a.src ?? ''} .data=${a.data} .config=${a.config} lang=${a.lang ?? 'zh-CN'} theme=${a.theme ?? 'light'}></rb-coverage-gauge>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Normal: Story = { args: { src: '/data/kaiping.json', config: { coverage: 'enterprise-party' } } };
export const FullCoverage: Story = {};
export const RatioOnly: Story = { args: { config: { coverage: 'fund-participation' } } };
export const English: Story = { args: { lang: 'en' } };
export const Error: Story = { args: { config: { coverage: 'no-such-entry' } } };
