/** What every widget story shares: args, controls, and one render function per element. */
import { html, unsafeStatic } from 'lit/static-html.js';

export interface WidgetArgs {
  src?: string;
  data?: unknown;
  config: Record<string, unknown>;
  lang?: string;
  theme?: string;
  /** Maximum width of the element in the story. */
  width?: string;
}

export const widgetArgTypes = {
  config: { control: 'object' },
  lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'red'] },
} as const;

const log = (e: Event) => console.info(e.type, (e as CustomEvent).detail);

/** Renders `tag` with the story's args; its events are logged to the console. */
export function renderWidget(tag: string, defaultWidth: string) {
  const name = unsafeStatic(tag);
  return (a: WidgetArgs) =>
    html`<${name}
      style="max-width:${a.width ?? defaultWidth}"
      src=${a.src ?? ''}
      .data=${a.data}
      .config=${a.config}
      lang=${a.lang ?? 'zh-CN'}
      theme=${a.theme ?? 'light'}
      @rb-select=${log}
      @rb-warning=${log}
      @rb-error=${log}
    ></${name}>`;
}
