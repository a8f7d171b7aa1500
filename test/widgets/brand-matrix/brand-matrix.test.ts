import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/widgets/brand-matrix/index.js';
import type { RbBrandMatrix } from '../../../src/widgets/brand-matrix/index.js';
import type { RbErrorDetail, RbSelectDetail } from '../../../src/core/events.js';
import { cleanup, create, mount, nextEvent, recordEvents, sample, settle, shadow, until } from '../../support/helpers.js';
import { hoverItem } from '../../support/chart.js';
import { XSS_NAME, bigDocument, smallDocument } from './fixtures.js';
import { TREE_TOP } from '../../../src/widgets/brand-matrix/brand-matrix.options.js';
import { loadAxe } from '../../support/axe.js';
import type { RegionBrandDataInput } from '../../../src/core/schema.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T & Element>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T & Element>(selector)];
const cardOf = (el: Element, id: string) => $(el, `.card[data-id="${id}"]`)!;

async function matrix(props: Record<string, unknown>, style = 'width:900px'): Promise<RbBrandMatrix> {
  const el = create<RbBrandMatrix>('rb-brand-matrix', props);
  el.setAttribute('style', style);
  await settle(el);
  return el;
}

describe('rb-brand-matrix', () => {
  afterEach(() => {
    cleanup();
    delete (window as { __xss?: unknown }).__xss;
  });

  it('shows a localised empty state for a document without brands yet ("brands": []), not an error, and fires rb-load', async () => {
    const doc = await sample('kaiping');
    for (const [layout, lang, text] of [['grid', 'zh-CN', '还没有品牌'], ['treemap', 'en', 'No brands yet'], ['sunburst', 'zh-TW', '還沒有品牌']] as const) {
      const el = create<RbBrandMatrix>('rb-brand-matrix', { lang, config: { layout, metric: 'sales' } });
      const events = recordEvents(el, 'rb-load', 'rb-error');
      const loaded = nextEvent(el, 'rb-load', 15000);
      el.data = { ...doc, brands: [] } as unknown as RegionBrandDataInput;
      await loaded;
      await settle(el);
      expect(events.map((e) => e.type), layout).to.deep.equal(['rb-load']);
      expect($(el, '[part="no-data"]')?.textContent, layout).to.contain(text);
      expect($$(el, '.card'), layout).to.have.length(0);
      expect($(el, '[part="error"]'), layout).to.equal(null);
    }
  });

  it('renders the Kaiping 1+8 card matrix from src: the county card over eight town cards', async () => {
    const el = mount<RbBrandMatrix>(`<rb-brand-matrix src="/demo/data/kaiping.json" style="width:900px"></rb-brand-matrix>`);
    await nextEvent(el, 'rb-load');
    await settle(el);
    expect($$(el, '.card')).to.have.length(9);
    expect($(el, '.tree > .card .name')!.textContent!.trim()).to.equal('开平优品');
    expect($$(el, '.tree > .level > .node')).to.have.length(8);
    expect($(el, '.forest')!.getAttribute('aria-label')).to.equal('开平优品：1个县级品牌、8个镇级品牌');
    expect($(el, 'h2')!.textContent).to.equal('开平市品牌矩阵');
    const magang = cardOf(el, 'magang-youpin');
    const text = magang.textContent!.replace(/\s+/g, ' ');
    for (const part of ['马冈优品', '区域品牌', '镇级', '马冈镇', '2023年3月28日发布', '5000万元', '销售额', '马冈鹅', '凉粉', '产业集群：马冈鹅产业集群、食品加工产业集群']) {
      expect(text).to.contain(part);
    }
    const goose = [...magang.querySelectorAll('.chip')].find((c) => c.textContent!.includes('马冈鹅'))!;
    expect(goose.querySelector('.cert')).to.not.equal(null);
    expect(goose.getAttribute('title')).to.contain('国家农产品地理标志');
    // Town cards sit side by side in columns (CSS grid auto-fill).
    const tops = $$(el, '.tree > .level > .node').map((n) => Math.round(n.getBoundingClientRect().top));
    expect(new Set(tops).size).to.be.lessThan(tops.length);
    // HTML only: no chart for the grid layout, and every brand is in the data table.
    expect(el.chart).to.equal(undefined);
    expect($(el, 'canvas')).to.equal(null);
    expect($$(el, 'table tbody tr')).to.have.length(9);
  });

  it('fires rb-select for a click on a card and for Enter and Space on its name', async () => {
    const el = await matrix({ data: await sample('kaiping') });
    const seen: RbSelectDetail[] = [];
    el.addEventListener('rb-select', (e) => seen.push(e.detail));
    (cardOf(el, 'dasha-youpin').querySelector('.meta') as HTMLElement).click();
    expect(seen).to.deep.equal([{ kind: 'brand', id: 'dasha-youpin' }]);
    const name = cardOf(el, 'magang-youpin').querySelector<HTMLButtonElement>('.name')!;
    name.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(seen.slice(1)).to.deep.equal([
      { kind: 'brand', id: 'magang-youpin' },
      { kind: 'brand', id: 'magang-youpin' },
    ]);
  });

  it('moves focus between cards with the arrow keys', async () => {
    const el = await matrix({ data: await sample('kaiping') });
    const focused = () => (shadow(el).activeElement as HTMLElement | null)?.closest('.card')?.getAttribute('data-id');
    cardOf(el, 'magang-youpin').querySelector<HTMLElement>('.name')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal('dasha-youpin');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused()).to.equal('magang-youpin');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal('kaiping-youpin');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.be.oneOf(['magang-youpin', 'dasha-youpin', 'tangkou-youpin', 'xiangang-youpin']);
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal('baihe-youpin');
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal('kaiping-youpin');
  });

  it('expands and collapses deeper levels with a button carrying aria-expanded', async () => {
    const el = await matrix({ data: smallDocument() });
    expect($(el, '.card[data-id="a1"]')).to.equal(null);
    const toggle = $<HTMLButtonElement>(el, '.toggle[data-id="a"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent!.trim()).to.equal('展开2个下级品牌');
    expect($(el, '.toggle[data-id="b"]')).to.equal(null); // no children, no toggle
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('收起下级品牌');
    expect(cardOf(el, 'a1').textContent).to.contain('一村优品');
    expect(cardOf(el, 'a1').textContent).to.contain('村级');
    toggle.click();
    await settle(el);
    expect($(el, '.card[data-id="a1"]')).to.equal(null);
  });

  it('shows several roots side by side, and a subtree for `root`', async () => {
    const el = await matrix({ data: smallDocument() });
    const trees = $$(el, '.tree');
    expect(trees).to.have.length(2);
    expect(trees.map((t) => t.getAttribute('aria-label'))).to.deep.equal(['某县优品：1个县级品牌、2个镇级品牌、2个村级品牌', '红色先锋：1个县级品牌']);
    expect(Math.round(trees[0]!.getBoundingClientRect().top)).to.equal(Math.round(trees[1]!.getBoundingClientRect().top));
    el.config = { root: 'a' };
    await settle(el);
    expect($$(el, '.tree')).to.have.length(1);
    expect($(el, '.tree > .card')!.getAttribute('data-id')).to.equal('a');
    expect($$(el, '.card').map((c) => c.getAttribute('data-id'))).to.deep.equal(['a', 'a1', 'a2']);
    expect($(el, 'h2')!.textContent).to.equal('甲镇优品品牌矩阵');
  });

  it('shows an invalid-config error listing the brand ids when root does not exist', async () => {
    const el = create<RbBrandMatrix>('rb-brand-matrix', { config: { root: 'nope' } });
    const error = nextEvent<RbErrorDetail>(el, 'rb-error');
    el.data = smallDocument() as RegionBrandDataInput;
    const e = await error;
    expect(e.detail.code).to.equal('invalid-config');
    expect(e.detail.path).to.equal('/root');
    expect(e.detail.message).to.contain('root、a、b、a1、a2、party');
    await settle(el);
    expect($(el, '[role="alert"]')!.textContent).to.contain('图表配置有误');
    expect($(el, '.card')).to.equal(null);
  });

  it('marks party brands with badge text and the accent colour, region brands with another colour', async () => {
    const party = await matrix({ data: await sample('pingyuan') });
    const badge = $(party, '.card[data-id="pingyuan-hong"] .badge')!;
    expect(badge.textContent).to.equal('党建品牌');
    expect(getComputedStyle(badge).color).to.equal('rgb(200, 22, 29)');
    expect($$(party, '.card')).to.have.length(3);
    expect($(party, '.forest')!.getAttribute('aria-label')).to.equal('平原红：1个县级品牌、1个镇级品牌、1个街道级品牌');
    const region = await matrix({ data: await sample('kaiping') });
    const regionBadge = $(region, '.card[data-id="kaiping-youpin"] .badge')!;
    expect(regionBadge.textContent).to.equal('区域品牌');
    expect(getComputedStyle(regionBadge).color).to.not.equal(getComputedStyle(badge).color);
  });

  it('speaks English with lang="en" and follows the dark theme', async () => {
    const el = await matrix({ data: await sample('kaiping'), lang: 'en', theme: 'dark' });
    expect($(el, '.forest')!.getAttribute('aria-label')).to.equal('开平优品: 1 county brand, 8 town brands');
    const card = cardOf(el, 'magang-youpin');
    const text = card.textContent!.replace(/\s+/g, ' ');
    for (const part of ['Region brand', 'town', 'Launched Mar 28, 2023', '50M yuan', 'Sales', 'Clusters:']) expect(text).to.contain(part);
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(38, 42, 49)');
  });

  it('truncates long names with an ellipsis and keeps the full name as text and title (wider than a phone)', async () => {
    const doc = smallDocument();
    const long = '一个非常非常非常非常非常非常非常非常非常非常非常长的镇级区域公用品牌名称';
    (doc['brands'] as { name: string }[])[2]!.name = long;
    // Up to 480 px (a phone) names wrap instead: test/widgets/phones.
    const el = await matrix({ data: doc }, 'width:560px');
    const name = cardOf(el, 'b').querySelector<HTMLElement>('.name')!;
    expect(name.textContent).to.equal(long);
    expect(name.getAttribute('title')).to.equal(long);
    expect(getComputedStyle(name).textOverflow).to.equal('ellipsis');
    expect(name.scrollWidth).to.be.greaterThan(name.clientWidth);
  });

  it('shows names as text, never HTML, in cards, table and charts', async () => {
    const doc = smallDocument();
    (doc['brands'] as { name: string }[])[1]!.name = XSS_NAME;
    const el = await matrix({ data: doc });
    expect(cardOf(el, 'a').querySelector('.name')!.textContent).to.equal(XSS_NAME);
    expect($(el, 'img')).to.equal(null);
    expect($(el, 'table')!.textContent).to.contain(XSS_NAME);
    for (const layout of ['tree', 'treemap', 'sunburst'] as const) {
      el.config = { layout, animation: false };
      await settle(el);
      await until(() => el.chart, 3000, 'chart');
      expect($(el, 'img')).to.equal(null);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
  });

  for (const layout of ['tree', 'treemap', 'sunburst'] as const) {
    it(`draws the ${layout} layout with ECharts, with a legend of kinds and the table`, async () => {
      const el = await matrix({ data: await sample('kaiping'), config: { layout, animation: false } });
      const chart = await until(() => el.chart, 3000, 'chart');
      expect($(el, 'canvas')).to.not.equal(null);
      const option = chart.getOption() as { series: { type: string }[] };
      expect(option.series[0]!.type).to.equal(layout);
      // Pointing at a brand shows its tooltip as text.
      const tip = await hoverItem(el, 0, 1);
      expect(tip.hidden).to.equal(false);
      expect(tip.textContent).to.match(/^\S+优品\n区域品牌 · (县级|镇级)/);
      expect($(el, '.chart')!.getAttribute('aria-label')).to.equal('开平优品：1个县级品牌、8个镇级品牌');
      expect($(el, '.legend')!.textContent).to.contain('区域品牌');
      expect($$(el, 'table tbody tr')).to.have.length(9);
      expect($(el, '.card')).to.equal(null);
    });
  }

  it('fires rb-select when a brand is clicked in the sunburst and the tree', async () => {
    const el = await matrix({ data: await sample('kaiping'), config: { layout: 'sunburst', animation: false } });
    await until(() => el.chart, 3000, 'chart');
    await new Promise((r) => setTimeout(r, 100));
    const seen: RbSelectDetail[] = [];
    el.addEventListener('rb-select', (e) => seen.push(e.detail));
    const box = $(el, '.chart')!.getBoundingClientRect();
    // The root is the centre of the sunburst.
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await until(() => seen.length, 2000, 'rb-select');
    expect(seen[0]).to.deep.equal({ kind: 'brand', id: 'kaiping-youpin' });

    el.config = { layout: 'tree', animation: false };
    await settle(el);
    await until(() => el.chart, 3000, 'chart');
    await new Promise((r) => setTimeout(r, 100));
    const tree = $(el, '.chart')!.getBoundingClientRect();
    // A top-down tree: the root node is centred at the top edge of the series box.
    await sendMouse({ type: 'click', position: [Math.round(tree.left + tree.width / 2), Math.round(tree.top + TREE_TOP)] });
    await until(() => seen.length > 1, 2000, 'rb-select from the tree');
    expect(seen[1]).to.deep.equal({ kind: 'brand', id: 'kaiping-youpin' });
  });

  it('draws the two lines of a treemap tile (name, figure) a line apart in every theme, whatever the fonts measure', async () => {
    // ECharts takes a line's height from one CJK glyph: 9 px for 15 px text where the machine has no CJK font.
    for (const theme of ['light', 'screen']) {
      const el = await matrix({ theme, data: await sample('kaiping'), config: { layout: 'treemap', animation: false } });
      const chart = await until(() => el.chart, 3000, 'chart');
      await until(() => chart.getZr().storage.getDisplayList(true).some((e) => e.type === 'tspan'), 3000, 'labels');
      const lines = new Map<unknown, { y: number; size: number }[]>();
      chart.getZr().storage.getDisplayList(true).forEach((e) => {
        const style = e.style as { y: number; font?: string; text?: string };
        if (e.type !== 'tspan' || !style.text) return;
        const size = Number(/(\d+(?:\.\d+)?)px/.exec(style.font ?? '')?.[1] ?? 12);
        lines.set(e.parent, [...(lines.get(e.parent) ?? []), { y: style.y, size }]);
      });
      const tiles = [...lines.values()].filter((l) => l.length === 2);
      expect(tiles.length, theme).to.be.above(3);
      for (const [first, second] of tiles) expect(Math.abs(second!.y - first!.y), theme).to.be.at.least(first!.size);
      cleanup();
    }
  });

  it('disposes the chart when switching back to the grid', async () => {
    const el = await matrix({ data: await sample('kaiping'), config: { layout: 'treemap', animation: false } });
    const chart = await until(() => el.chart, 3000, 'chart');
    el.config = { layout: 'grid' };
    await settle(el);
    expect(chart.isDisposed()).to.equal(true);
    expect(el.chart).to.equal(undefined);
    expect($$(el, '.card')).to.have.length(9);
  });

  it('passes axe accessibility checks in the grid (expanded) and the chart layouts', async () => {
    const axe = await loadAxe();
    const el = await matrix({ data: smallDocument() });
    el.toggleBrand('a', true);
    await settle(el);
    for (const layout of ['grid', 'treemap'] as const) {
      el.config = { layout, animation: false };
      await settle(el);
      const result = await axe.run(el, { resultTypes: ['violations'] });
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), layout).to.deep.equal([]);
    }
  });

  it('renders 400 brands in four levels, collapsed and fully expanded', async () => {
    const doc = bigDocument(400);
    const el = await matrix({ data: doc });
    expect($$(el, '.card')).to.have.length(10); // county + 9 towns; deeper levels behind toggles
    expect($(el, '.forest')!.getAttribute('aria-label')).to.equal('大县优品：1个县级品牌、9个镇级品牌、45个村级品牌、345个其他品牌');
    const ids = (doc['brands'] as { id: string }[]).map((b) => b.id);
    ids.forEach((id) => el.toggleBrand(id, true));
    await settle(el);
    expect($$(el, '.card')).to.have.length(400);
    expect($$(el, 'table tbody tr')).to.have.length(400);
    el.config = { layout: 'treemap', animation: false };
    await settle(el);
    await until(() => el.chart, 3000, 'treemap of 400 brands');
    expect($(el, 'canvas')).to.not.equal(null);
  });
});
