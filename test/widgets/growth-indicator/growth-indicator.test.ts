import { expect } from '@esm-bundle/chai';
import '../../../src/widgets/growth-indicator/index.js';
import type { RbGrowthIndicator } from '../../../src/widgets/growth-indicator/index.js';
import type { RbErrorDetail, RbSelectDetail, RbWarningDetail } from '../../../src/core/events.js';
import { cleanup, create, mount, nextEvent, recordEvents, sample, settle, shadow } from '../../support/helpers.js';
import type { RegionBrandDataInput } from '../../../src/core/schema.js';

const card = (el: Element) => shadow(el).querySelector<HTMLElement>('[part=card]')!;
const growthItems = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('.growth-item')];
const colorOf = (node: Element) => getComputedStyle(node).color;

/** A minimal valid document holding the given indicators. */
function doc(indicators: unknown[]) {
  return {
    format: 'region-brand-data',
    version: 1,
    region: { id: 'r', name: '某县', level: 'county' },
    asOf: '2025-06-30',
    indicators,
  };
}

const disagreeing = doc([
  {
    id: 'out',
    name: '工业产值',
    unit: '元',
    series: [
      { period: '2021-Q1', value: 1000000000 },
      { period: '2022-Q1', value: 1200000000 },
    ],
    reported: { period: '2022-Q1', value: 1200000000, yoy: 0.25 },
  },
]);

async function loaded(props: Record<string, unknown>, attrs: Record<string, string> = {}): Promise<RbGrowthIndicator> {
  const el = document.createElement('rb-growth-indicator') as RbGrowthIndicator;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const load = nextEvent(el, 'rb-load');
  Object.assign(el, props);
  document.body.append(el);
  cleanupLater.push(el);
  await load;
  await settle(el);
  return el;
}
const cleanupLater: HTMLElement[] = [];

describe('rb-growth-indicator', () => {
  afterEach(() => {
    cleanup();
    while (cleanupLater.length) cleanupLater.pop()!.remove();
  });

  it('renders 工业总产值 from src as HTML text: value, period, growth with sign and arrow', async () => {
    const el = mount<RbGrowthIndicator>(
      `<rb-growth-indicator src="/demo/data/taiping.json" config='{"indicator":"industrial-output"}'></rb-growth-indicator>`,
    );
    await nextEvent(el, 'rb-load');
    await settle(el);
    const root = shadow(el);
    expect(root.querySelector('[part=name]')!.textContent).to.equal('工业总产值');
    expect(root.querySelector('[part=value]')!.textContent).to.equal('37.83亿元');
    expect(root.querySelector('[part=period]')!.textContent).to.equal('2022年一季度');
    const [yoy] = growthItems(el);
    expect(yoy!.textContent!.replace(/\s+/g, '')).to.equal('同比▲+21.85%');
    expect(root.querySelector('canvas')).to.equal(null);
    // two points: a sparkline by default
    expect(root.querySelector('svg[part=sparkline] path')!.getAttribute('d')).to.match(/^M/);
  });

  it('is an accessible group whose name states name, value and growth', async () => {
    const el = await loaded({ src: '/demo/data/taiping.json', config: { indicator: 'above-scale-output' } });
    const c = card(el);
    expect(c.getAttribute('role')).to.equal('group');
    expect(c.getAttribute('aria-label')).to.equal('规上工业总产值：30.66亿元，2022年一季度，同比 +24.1%');
    expect(c.tabIndex).to.equal(0);
    expect(shadow(el).querySelector('.arrow')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('shows a value published alone (6791件) with no growth line', async () => {
    const el = await loaded({ src: '/demo/data/taiping.json', config: { indicator: 'service-cases' } });
    expect(shadow(el).querySelector('[part=value]')!.textContent).to.equal('6791件');
    expect(shadow(el).querySelector('[part=growth]')).to.equal(null);
    expect(shadow(el).querySelector('[part=sparkline]')).to.equal(null);
  });

  it('shows a growth published alone as the headline (固定资产投资 +181.8%)', async () => {
    const el = await loaded({ src: '/demo/data/taiping.json', config: { indicator: 'fixed-asset-investment' } });
    expect(shadow(el).querySelector('[part=value]')).to.equal(null);
    expect(card(el).classList.contains('growth-only')).to.equal(true);
    expect(shadow(el).querySelector('.rate')!.textContent).to.equal('+181.8%');
    expect(card(el).getAttribute('aria-label')).to.contain('固定资产投资').and.contain('+181.8%');
  });

  it('writes English with K/M/B and colours a rise green', async () => {
    const el = await loaded({ src: '/demo/data/taiping.json', config: { indicator: 'above-scale-output' } }, { lang: 'en' });
    expect(shadow(el).querySelector('[part=value]')!.textContent).to.equal('3.07B yuan');
    expect(shadow(el).querySelector('[part=period]')!.textContent).to.equal('Q1 2022');
    expect(colorOf(growthItems(el)[0]!)).to.equal('rgb(35, 120, 4)');
  });

  it('colours a rise red in zh-CN and swaps colours when lower is better', async () => {
    const data = doc([
      { id: 'up', name: '产值', unit: '元', reported: { value: 100, yoy: 0.1 } },
      { id: 'cost-up', name: '能耗', unit: '吨', better: 'lower', reported: { value: 100, yoy: 0.1 } },
      { id: 'cost-down', name: '能耗', unit: '吨', better: 'lower', reported: { value: 100, yoy: -0.1 } },
      { id: 'flat', name: '持平', unit: '吨', reported: { value: 100, yoy: 0 } },
    ]);
    const rise = 'rgb(212, 56, 13)';
    const fall = 'rgb(35, 120, 4)';
    const colours: Record<string, string> = {};
    for (const id of ['up', 'cost-up', 'cost-down', 'flat']) {
      const el = await loaded({ data, config: { indicator: id } });
      colours[id] = colorOf(growthItems(el)[0]!);
    }
    expect(colours['up']).to.equal(rise);
    expect(colours['cost-up']).to.equal(fall);
    expect(colours['cost-down']).to.equal(rise);
    expect(colours['flat']).to.equal('rgb(92, 99, 112)');
  });

  it('lets a page override the rise colour token, and follows the dark theme', async () => {
    const data = doc([{ id: 'up', name: '产值', reported: { yoy: 0.1 } }]);
    const custom = await loaded({ data });
    custom.style.setProperty('--rb-color-rise', 'rgb(1, 2, 3)');
    expect(colorOf(growthItems(custom)[0]!)).to.equal('rgb(1, 2, 3)');
    const dark = await loaded({ data }, { theme: 'dark' });
    expect(colorOf(growthItems(dark)[0]!)).to.equal('rgb(255, 122, 69)');
  });

  it('fires rb-warning naming both numbers when reported and computed growth disagree', async () => {
    const el = document.createElement('rb-growth-indicator') as RbGrowthIndicator;
    const events = recordEvents(el, 'rb-warning');
    const load = nextEvent(el, 'rb-load');
    el.data = disagreeing as RegionBrandDataInput;
    document.body.append(el);
    cleanupLater.push(el);
    await load;
    await settle(el);
    expect(events).to.have.length(1);
    const detail = events[0]!.detail as RbWarningDetail;
    expect(detail.message).to.contain('+25%').and.contain('+20%');
    // Where, in words a clerk finds, and what to do.
    expect(detail.message).to.match(/^第 1 个指标“工业产值”的“同比”（reported\.yoy）：/);
    expect(detail.message).to.contain('请核对');
    expect(detail.path).to.equal('/indicators/0/reported/yoy');
    expect(detail.values!['reported']).to.equal(0.25);
    expect(detail.values!['computed']).to.be.closeTo(0.2, 1e-12);
    const item = growthItems(el)[0]!;
    expect(item.querySelector('.rate')!.textContent).to.equal('+25%');
    expect(item.classList.contains('disagrees')).to.equal(true);
    expect(item.title).to.contain('+20%');
  });

  it('fires no warning for the Taiping figures (21.85% vs 21.84%)', async () => {
    const el = document.createElement('rb-growth-indicator') as RbGrowthIndicator;
    const events = recordEvents(el, 'rb-warning');
    const load = nextEvent(el, 'rb-load');
    el.data = await sample('taiping');
    document.body.append(el);
    cleanupLater.push(el);
    await load;
    await settle(el);
    expect(events).to.have.length(0);
  });

  it('fires rb-select on click, Enter and Space', async () => {
    const el = await loaded({ src: '/demo/data/taiping.json', config: { indicator: 'tax' } });
    const events = recordEvents(el, 'rb-select');
    card(el).click();
    card(el).focus();
    expect(shadow(el).activeElement).to.equal(card(el));
    card(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    card(el).dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    card(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(events.map((e) => e.detail as RbSelectDetail)).to.deep.equal([
      { kind: 'indicator', id: 'tax' },
      { kind: 'indicator', id: 'tax' },
      { kind: 'indicator', id: 'tax' },
    ]);
  });

  it('does not fire rb-select on a click that ends a text selection', async () => {
    const el = await loaded({ src: '/demo/data/taiping.json', config: { indicator: 'tax' } });
    const events = recordEvents(el, 'rb-select');
    const range = document.createRange();
    range.selectNodeContents(shadow(el).querySelector('.rate')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    card(el).click();
    document.getSelection()!.removeAllRanges();
    card(el).click();
    expect(events).to.have.length(1);
  });

  it('shows an invalid-config error listing the indicator ids', async () => {
    const el = document.createElement('rb-growth-indicator') as RbGrowthIndicator;
    const error = nextEvent<RbErrorDetail>(el, 'rb-error');
    el.src = '/demo/data/taiping.json';
    el.config = { indicator: 'gdp' };
    document.body.append(el);
    cleanupLater.push(el);
    const { detail } = await error;
    expect(detail.code).to.equal('invalid-config');
    expect(detail.path).to.equal('/indicator');
    await settle(el);
    const panel = shadow(el).querySelector('[part=error]')!;
    expect(panel.textContent).to.contain('industrial-output').and.contain('service-cases');
    expect(shadow(el).querySelector('[part=card]')).to.equal(null);
  });

  it('draws a sparkline and target progress for a series with a target', async () => {
    const el = await loaded({ src: '/demo/data/kaiping.json', config: { indicator: 'magang-sales', target: true } });
    const root = shadow(el);
    expect(root.querySelector('[part=value]')!.textContent).to.equal('5000万元');
    expect(root.querySelector('.rate')!.textContent).to.equal('+38.89%');
    const spark = root.querySelector('svg[part=sparkline]')!;
    expect(spark.getAttribute('role')).to.equal('img');
    expect(spark.getAttribute('aria-label')).to.contain('2024年 5000万元');
    expect(spark.querySelector('circle.marker')).to.not.equal(null);
    const bar = root.querySelector('[role=progressbar]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('77');
    const fill = root.querySelector('.target-fill')!;
    expect(fill.getBoundingClientRect().width / bar.getBoundingClientRect().width).to.be.closeTo(50 / 65, 0.02);
    expect(root.querySelector('[part=target]')!.textContent).to.contain('76.9%').and.contain('6500万元');
  });

  it('shows — for growth from a zero base', async () => {
    const data = doc([
      {
        id: 'z',
        name: '新业务收入',
        unit: '元',
        series: [
          { period: '2023', value: 0 },
          { period: '2024', value: 5000000 },
        ],
      },
    ]);
    const el = await loaded({ data });
    expect(shadow(el).querySelector('.rate')!.textContent).to.equal('—');
    expect(shadow(el).textContent).to.not.match(/Infinity|NaN/);
  });

  it('re-renders in the new language when lang changes', async () => {
    const el = await loaded({ src: '/demo/data/taiping.json', config: { indicator: 'industrial-output' } });
    el.lang = 'en';
    await settle(el);
    expect(shadow(el).querySelector('[part=value]')!.textContent).to.equal('3.78B yuan');
    expect(growthItems(el)[0]!.textContent).to.contain('YoY');
  });

  it('renders 60 cards and loads no chart library (their speed: `npm run bench`)', async () => {
    const data = await sample('taiping');
    const ids = ['industrial-output', 'above-scale-output', 'fixed-asset-investment', 'tax', 'service-cases'];
    const els: RbGrowthIndicator[] = [];
    for (let i = 0; i < 60; i++) els.push(create<RbGrowthIndicator>('rb-growth-indicator', { data, config: { indicator: ids[i % 5] } }));
    await Promise.all(els.map((e) => e.updateComplete));
    expect(els.every((e) => shadow(e).querySelector('[part=card]'))).to.equal(true);
    const scripts = performance.getEntriesByType('resource').map((r) => r.name);
    expect(scripts.some((n) => n.includes('/echarts/'))).to.equal(false);
    expect(scripts.some((n) => n.includes('/lit/'))).to.equal(true);
  });
});
