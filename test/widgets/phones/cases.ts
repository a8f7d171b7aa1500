/** The widgets and layouts the phone tests mount, and how they are mounted. */
import { mount, nextEvent, until } from '../../support/helpers.js';

export interface Case {
  readonly name: string;
  readonly tag: string;
  readonly src: string;
  readonly config: Record<string, unknown>;
}

const K = '/demo/data/kaiping.json';
const P = '/demo/data/pingyuan.json';
const T = '/demo/data/taiping.json';

export const CASES: Case[] = [
  { name: 'brand matrix, grid', tag: 'rb-brand-matrix', src: K, config: { metric: 'sales', showSource: true, toolbar: true } },
  { name: 'brand matrix, tree', tag: 'rb-brand-matrix', src: K, config: { layout: 'tree' } },
  { name: 'brand matrix, treemap', tag: 'rb-brand-matrix', src: K, config: { layout: 'treemap', toolbar: true } },
  { name: 'brand matrix, sunburst', tag: 'rb-brand-matrix', src: K, config: { layout: 'sunburst' } },
  { name: 'cluster map, geo', tag: 'rb-cluster-map', src: K, config: { metric: 'output', title: '八大产业集群（示意边界）', toolbar: true } },
  { name: 'cluster map, graph', tag: 'rb-cluster-map', src: K, config: { mode: 'graph', title: '集群与镇街关系' } },
  { name: 'growth indicator', tag: 'rb-growth-indicator', src: K, config: { indicator: 'brand-value', compare: 'both', toolbar: true } },
  { name: 'growth indicator, target', tag: 'rb-growth-indicator', src: K, config: { indicator: 'magang-sales', target: true } },
  { name: 'growth indicator, industry', tag: 'rb-growth-indicator', src: T, config: { indicator: 'fixed-asset-investment' } },
  { name: 'coverage gauge', tag: 'rb-coverage-gauge', src: K, config: { coverage: 'enterprise-party', toolbar: true } },
  { name: 'coverage gauge, ring', tag: 'rb-coverage-gauge', src: P, config: { coverage: 'key-villages', style: 'ring' } },
  { name: 'coverage gauge, bar + breakdown', tag: 'rb-coverage-gauge', src: K, config: { coverage: 'enterprise-party', style: 'bar', breakdown: true, showSource: true } },
  { name: 'ranking, brands', tag: 'rb-ranking', src: K, config: { toolbar: true } },
  { name: 'ranking, clusters, screen theme', tag: 'rb-ranking', src: K, config: { of: 'clusters', theme: 'screen' } },
  { name: 'ranking, units', tag: 'rb-ranking', src: K, config: { of: 'units' } },
  {
    name: 'dashboard',
    tag: 'rb-dashboard',
    src: P,
    config: {
      title: '平原县“平原红”党建品牌',
      columns: 12,
      widgets: [
        { type: 'coverage-gauge', config: { coverage: 'villages' }, span: 4 },
        { type: 'coverage-gauge', config: { coverage: 'key-villages', style: 'ring' }, span: 4 },
        { type: 'growth-indicator', config: {}, span: 4 },
        { type: 'brand-matrix', config: {}, span: 12 },
      ],
    },
  },
];

/** Mounts a case full width and waits until it and its charts (nested ones too) are drawn. */
export async function mountCase(c: Case): Promise<HTMLElement & { chart?: any }> {
  const el = mount<HTMLElement & { chart?: any }>(`<${c.tag} src="${c.src}"></${c.tag}>`);
  (el as any).config = { animation: false, ...c.config };
  await nextEvent(el, 'rb-load', 8000);
  const widgets = () => [el, ...[...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((e) => e.localName.startsWith('rb-'))] as any[];
  await until(() => widgets().every((w) => typeof w.state !== 'string' || w.state === 'ready' || w.state === 'error'), 5000, `${c.name} ready: ${widgets().map((w) => `${w.localName} ${w.state}`).join(', ')}`);
  for (const w of widgets()) {
    if (!w.shadowRoot?.querySelector('[part=chart]')) continue;
    w.scrollIntoView();
    await until(() => w.chart, 4000, `${w.localName} chart`);
  }
  await new Promise((r) => setTimeout(r, 50));
  return el;
}

/** The charts of a widget and of the widgets inside it. */
export const charts = (el: Element): any[] =>
  [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])].map((e: any) => e.chart).filter(Boolean);

