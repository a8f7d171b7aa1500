import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { optionStories, renderWidget, sample, stateStories, widgetArgTypes, type WidgetArgs } from './support.js';
import '../src/widgets/cluster-map/index.js';

type Args = WidgetArgs;

const meta: Meta<Args> = {
  title: 'Widgets/Cluster map',
  component: 'rb-cluster-map',
  args: { src: sample('kaiping'), config: {} },
  argTypes: widgetArgTypes,
  render: renderWidget('rb-cluster-map', '720px'),
};
export default meta;
type Story = StoryObj<Args>;

/** Kaiping's clusters over its (schematic) town cells, from `geo.url` in the document. */
export const Geo: Story = { args: { config: { showSource: true } } };

/** Sized and shaded by investment instead of output. */
export const ByInvestment: Story = { args: { config: { metric: 'investment' } } };

/** A few clusters only. */
export const SomeClusters: Story = { args: { config: { clusters: ['goose', 'tea', 'food'] } } };

/** The layout without geometry: clusters linked to their towns. */
export const Graph: Story = { args: { config: { mode: 'graph' } } };

async function kaiping(): Promise<Record<string, any>> {
  const doc = (await (await fetch(sample('kaiping'))).json()) as Record<string, any>;
  // Inline data resolves relative URLs against the page (the Storybook's iframe), not data/.
  doc['geo'] = { url: 'data/kaiping-towns.geojson' };
  return doc;
}

/** A deterministic pseudo-random sequence, so the story looks the same on every load. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

/** 10,000 generated enterprises scattered around the towns of their clusters (one in eight with a party organisation). */
async function withEnterprises(count = 10_000): Promise<Record<string, any>> {
  const doc = await kaiping();
  const next = random(42);
  const centre = new Map<string, number[]>(doc['units'].map((u: any) => [u.id, u.center]));
  const clusters: any[] = doc['clusters'];
  clusters.forEach((c) => (c.enterprises = []));
  for (let i = 0; i < count; i++) {
    const c = clusters[i % clusters.length];
    const unit = c.units[Math.floor(next() * c.units.length)];
    const [lon, lat] = centre.get(unit)!;
    const r = 0.045 * Math.sqrt(next());
    const a = 2 * Math.PI * next();
    c.enterprises.push({
      name: `示例企业 ${i + 1}`,
      unit,
      location: [lon! + r * Math.cos(a), lat! + r * Math.sin(a)],
      partyOrganization: next() < 0.125,
    });
  }
  return doc;
}

/** 10,000 enterprise points (generated), party-organisation enterprises as red diamonds. */
export const Enterprises: Story = {
  args: { src: undefined, config: { showEnterprises: true } },
  loaders: [async () => ({ data: await withEnterprises() })],
  render: (a, { loaded }) =>
    html`<rb-cluster-map style="max-width:720px" .data=${loaded['data']} .config=${a.config} lang=${a.lang ?? 'zh-CN'} theme=${a.theme ?? 'light'}></rb-cluster-map>`,
};

export const GraphEnglish: Story = { args: { lang: 'en', config: { mode: 'graph' } } };

/** Geometry that cannot be loaded: the error points at `/geo/url`. */
export const GeometryError: Story = {
  args: { src: undefined, config: {} },
  loaders: [
    async () => {
      const doc = await kaiping();
      doc['geo'] = { url: 'data/no-such-towns.geojson' };
      return { data: doc };
    },
  ],
  render: (a, { loaded }) => html`<rb-cluster-map style="max-width:720px" .data=${loaded['data']} .config=${a.config}></rb-cluster-map>`,
};

const states = stateStories({
  key: 'map',
  sample: 'kaiping',
  // A cluster placed in a town the document does not list: `/clusters/0/units/0` is at fault.
  invalidData: {
    units: [{ id: 'magang', name: '马冈镇', level: 'town' }],
    clusters: [{ id: 'goose', name: '马冈鹅产业集群', units: ['no-such-town'] }],
  },
  invalidConfig: { clusters: ['goose', 'durian'] },
});
export const Loading: Story = states.Loading;
export const Timeout: Story = states.Timeout;
export const NotFound: Story = states.NotFound;
export const Offline: Story = states.Offline;
export const InvalidJson: Story = states.InvalidJson;
export const InvalidData: Story = states.InvalidData;
export const UnsupportedVersion: Story = states.UnsupportedVersion;
/** A config naming a cluster the data lacks: the error lists the ids that exist. */
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
