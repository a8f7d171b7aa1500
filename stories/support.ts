/**
 * What every widget story shares: args, controls, one render function per element, sample
 * documents, and the state stories (loading, each error code, stale, empty, themes) that every
 * widget file exports. Expected outcomes live in states.ts (checked on the built Storybook).
 */
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { StoryObj } from '@storybook/web-components-vite';
import { neverUrl, onceUrl } from './network.js';
import type { StateName } from './states.js';

export interface WidgetArgs {
  src?: string;
  /** The document as an object (the `data` property). */
  data?: unknown;
  /** The document as text in the `data` attribute (how a CMS pastes it); wins over `data`. */
  dataText?: string;
  config: Record<string, unknown>;
  lang?: string;
  theme?: string;
  /** Seconds before a fetch of `src` gives up. */
  timeout?: number;
  /** Seconds between re-fetches of `src`. */
  refresh?: number;
  /** Calls `reload()` once after the first `rb-load` (the stale stories). */
  reloadAfterLoad?: boolean;
  /** Maximum width of the element in the story. */
  width?: string;
}

export const widgetArgTypes = {
  config: { control: 'object' },
  lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'red', 'screen'] },
  src: { control: 'text' },
  dataText: { control: 'text' },
  timeout: { control: 'number' },
  refresh: { control: 'number' },
  reloadAfterLoad: { table: { disable: true } },
  width: { table: { disable: true } },
} as const;

/** URL of a sample document (demo/data, served at data/ beside the Storybook). */
export const sample = (name: 'kaiping' | 'pingyuan' | 'taiping'): string => `data/${name}.json`;

/** A valid v1 document of a made-up county with only the given sections. */
export function sampleDocument(sections: Record<string, unknown> = {}, asOf = '2025-06-30'): Record<string, unknown> {
  return { format: 'region-brand-data', version: 1, region: { id: 'demo', name: '示例县', level: 'county' }, asOf, ...sections };
}

const log = (e: Event) => console.info(e.type, (e as CustomEvent).detail);

const reloaded = new WeakSet<EventTarget>();
/** First `rb-load` of an element: load its `src` again (the stale stories' server then fails). */
const reloadOnce = (e: Event) => {
  const el = e.currentTarget as (EventTarget & { reload(): Promise<void> }) | null;
  if (!el || reloaded.has(el)) return;
  reloaded.add(el);
  void el.reload();
};

/** Renders `tag` with the story's args; its events are logged to the console. */
export function renderWidget(tag: string, defaultWidth: string) {
  const name = unsafeStatic(tag);
  // `.data` comes before the `data` attribute: on first render the attribute (text) wins.
  return (a: WidgetArgs) =>
    html`<${name}
      style="max-width:${a.width ?? defaultWidth}"
      src=${a.src ?? ''}
      .data=${a.data}
      data=${a.dataText ?? nothing}
      .config=${a.config}
      lang=${a.lang ?? 'zh-CN'}
      theme=${a.theme ?? 'light'}
      timeout=${a.timeout ?? nothing}
      refresh=${a.refresh ?? nothing}
      @rb-select=${log}
      @rb-warning=${log}
      @rb-error=${log}
      @rb-load=${a.reloadAfterLoad ? reloadOnce : log}
    ></${name}>`;
}

export interface StateSpec {
  /** Short unique name of the widget (keeps pretend-server URLs apart). */
  readonly key: string;
  /** The sample the widget's normal story reads (for the stale story). */
  readonly sample: 'kaiping' | 'pingyuan' | 'taiping';
  /** Sections of a document that breaks a rule this widget depends on. */
  readonly invalidData: Record<string, unknown>;
  /** A config the data cannot satisfy (an id it lacks) or the schema rejects. */
  readonly invalidConfig: Record<string, unknown>;
  /** Config of the stale story (default: the file's default args). */
  readonly config?: Record<string, unknown>;
}

type Story = StoryObj<WidgetArgs>;
const noSource = { src: undefined, data: undefined, dataText: undefined } as const;

/**
 * The state stories of one widget. Export each under its own name (Storybook reads export names
 * statically): `export const Loading: Story = states.Loading;`.
 */
export function stateStories(spec: StateSpec): Record<StateName, Story> {
  const withConfig = spec.config ? { config: spec.config } : {};
  const stories: Record<StateName, Story> = {
    Loading: { args: { ...noSource, src: neverUrl(`${spec.key}-loading`), timeout: 3600 } },
    Timeout: { args: { ...noSource, src: neverUrl(`${spec.key}-timeout`), timeout: 1 } },
    NotFound: { args: { ...noSource, src: 'data/no-such-document.json' } },
    Offline: { args: { ...noSource, src: 'http://127.0.0.1:9/region-brand-data.json' } },
    InvalidJson: { args: { ...noSource, dataText: '{"format": "region-brand-data", "version": 1, "region": ' } },
    InvalidData: { args: { ...noSource, data: sampleDocument(spec.invalidData) } },
    UnsupportedVersion: { args: { ...noSource, data: { ...sampleDocument(), version: 2 } } },
    InvalidConfig: { args: { config: spec.invalidConfig } },
    Empty: { args: { ...noSource, data: sampleDocument() } },
    NoData: { args: { ...noSource } },
    Stale: { args: { ...noSource, src: onceUrl(spec.key, spec.sample), reloadAfterLoad: true, ...withConfig } },
    English: { args: { lang: 'en' } },
    Dark: { args: { theme: 'dark' } },
    Red: { args: { theme: 'red' } },
  };
  for (const [name, story] of Object.entries(stories) as [StateName, Story][]) {
    story.parameters = { docs: { description: { story: stateDocs[name] } } };
  }
  return stories;
}

/** Descriptions of the state stories, shown on the docs pages. */
export const stateDocs: Record<StateName, string> = {
  Loading: 'The document has not arrived yet (a URL that never answers): the loading status, `aria-busy="true"`.',
  Timeout: '`timeout="1"` on a URL that never answers: `fetch-failed` after one second.',
  NotFound: 'A URL that answers 404: `fetch-failed` with the status and URL.',
  Offline: 'A host that refuses the connection: `fetch-failed` (network).',
  InvalidJson: 'A `data` attribute that is not JSON: `invalid-json`.',
  InvalidData: 'A document that breaks a rule of the data format: `invalid-data` with the JSON Pointer at fault.',
  UnsupportedVersion: 'A document of format version 2: `unsupported-version`, never misread.',
  InvalidConfig: 'A config naming an id the data lacks (or an unknown option): `invalid-config`, listing what exists.',
  Empty: 'A valid document with nothing for this widget (a new document leaves its lists empty, `"brands": []`): a localised empty state and `rb-load`; a config asking for an id the empty list lacks is `invalid-data` naming it.',
  NoData: 'Neither `src` nor `data`: the empty placeholder.',
  Stale: 'Good data, then a refresh that fails (the server answers 503): the last good picture stays, marked stale with its time.',
  English: '`lang="en"`.',
  Dark: '`theme="dark"`.',
  Red: '`theme="red"`.',
};

/** Waits (up to 10 s) for a widget's toolbar to be drawn, then presses its data-table toggle. */
async function showDataTable(canvas: HTMLElement): Promise<void> {
  const el = [...canvas.querySelectorAll('*')].find((e) => e.localName.startsWith('rb-'));
  for (let i = 0; i < 200 && el; i++) {
    const toggle = el.shadowRoot?.querySelector<HTMLButtonElement>('[part=toolbar] button[aria-pressed]');
    if (toggle) {
      if (toggle.getAttribute('aria-pressed') !== 'true') toggle.click();
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The common options every widget takes, one story each (export each under its own name):
 * `toolbar` (export buttons; the story opens the data table), `patterns` (decal patterns over the
 * colours, for colour-blind readers and black-and-white print), `title`/`subtitle`/`showSource`,
 * and `animation: false`. `config` is the widget's default config, which each story extends.
 */
export function optionStories(config: Record<string, unknown>): Record<'Toolbar' | 'Patterns' | 'TitlesAndSources' | 'NoAnimation', StoryObj<WidgetArgs>> {
  const story = (extra: Record<string, unknown>, description: string): StoryObj<WidgetArgs> => ({
    args: { config: { ...config, ...extra } },
    parameters: { docs: { description: { story: description } } },
  });
  return {
    Toolbar: {
      ...story({ toolbar: true }, '`toolbar: true`: export buttons (PNG, CSV) and the data-table toggle, pressed here: the figures as a table.'),
      play: async ({ canvasElement }) => showDataTable(canvasElement),
    },
    Patterns: story({ patterns: true }, '`patterns: true`: decal patterns over the colours, for readers who cannot tell the colours apart and for black-and-white print.'),
    TitlesAndSources: story(
      { title: '标题（config.title）', subtitle: '副标题（config.subtitle）', showSource: true },
      '`title` and `subtitle` replace the default heading; `showSource: true` adds the sources footer from the document.',
    ),
    NoAnimation: story({ animation: false }, '`animation: false`: drawn at once (also the case when the reader prefers reduced motion).'),
  };
}
