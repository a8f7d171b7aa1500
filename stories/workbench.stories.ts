import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/workbench/index.js';
import { sample } from './support.js';

interface Args {
  src: string;
  lang: string;
  dataUrl: string;
  scriptUrl: string;
}

const STORAGE_KEY = 'storybook:rb-workbench';

const meta: Meta<Args> = {
  title: 'Tools/Workbench',
  component: 'rb-workbench',
  args: { src: sample('kaiping'), lang: 'zh-CN', dataUrl: 'data/region-brand-data.json', scriptUrl: 'region-brand-widgets.iife.js' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-Hant', 'en'] },
    src: { control: 'text' },
  },
  // Each story opens on its sample: the work in progress of an earlier visit is cleared first.
  render: ({ src, lang, dataUrl, scriptUrl }) => {
    localStorage.removeItem(STORAGE_KEY);
    return html`<rb-workbench storage-key=${STORAGE_KEY} src=${src} lang=${lang} data-url=${dataUrl} script-url=${scriptUrl}></rb-workbench>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

// Export names differ from the widgets' state stories (stories/states.ts), which the build test opens by name.

/** The workbench opened on the Kaiping sample: figures summarised; go on to configure a widget. */
export const OnTheSample: Story = {};
export const InEnglish: Story = { args: { lang: 'en' } };
export const InTraditionalChinese: Story = { args: { lang: 'zh-Hant' } };
