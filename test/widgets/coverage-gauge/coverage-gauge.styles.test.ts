// rb-coverage-gauge in the browser: the three styles, full/ratio-only/zero states, breakdown.
import { expect } from '@esm-bundle/chai';
import '../../../src/widgets/coverage-gauge/index.js';
import type { RbCoverageGauge } from '../../../src/widgets/coverage-gauge/index.js';
import type { RbSelectDetail } from '../../../src/core/events.js';
import { cleanup, create, nextEvent, recordEvents, sample, settle, shadow, until } from '../../support/helpers.js';
import { DEFAULT_THEME } from '../../../src/core/theme.js';
import { linkGroup } from '../../../src/core/link-group.js';

async function gauge(
  props: Record<string, unknown>,
  attrs: Record<string, string> = {},
  el = document.createElement('rb-coverage-gauge') as RbCoverageGauge,
): Promise<RbCoverageGauge> {
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.style.width = '360px';
  const load = nextEvent(el, 'rb-load');
  Object.assign(el, props);
  document.body.append(el);
  extra.push(el);
  await load;
  await settle(el);
  return el;
}
const extra: HTMLElement[] = [];

const q = <T extends Element = HTMLElement>(el: Element, sel: string) => shadow(el).querySelector<T>(sel);
const bg = (node: Element) => getComputedStyle(node).backgroundColor;
const fillOf = (node: Element) => getComputedStyle(node).fill;
/** A `#rrggbb` token as getComputedStyle reports it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const GOOD = rgb(DEFAULT_THEME.good);
const WARN = rgb(DEFAULT_THEME.warn);
const BAD = rgb(DEFAULT_THEME.bad);

describe('rb-coverage-gauge styles and states', () => {
  afterEach(() => {
    cleanup();
    while (extra.length) extra.pop()!.remove();
  });

  it('style bar draws an HTML meter, no canvas and no ECharts instance', async () => {
    const el = await gauge({ src: '/demo/data/kaiping.json', config: { coverage: 'enterprise-party', style: 'bar' } });
    await new Promise((r) => setTimeout(r, 100));
    expect(el.chart).to.equal(undefined);
    expect(el.chartOption()).to.equal(null);
    expect(q(el, 'canvas')).to.equal(null);
    expect(q(el, '.chart')).to.equal(null);
    const bar = q(el, '[part=bar]')!;
    expect(bar.getAttribute('role')).to.equal('meter');
    expect(bar.getAttribute('aria-valuenow')).to.equal('29.8');
    expect(bar.getAttribute('aria-label')).to.contain('集群企业党组织覆盖').and.contain('25 / 84家');
    const fill = bar.querySelector('.fill')!;
    expect(fill.getBoundingClientRect().width / bar.getBoundingClientRect().width).to.be.closeTo(25 / 84, 0.01);
    expect(fillOf(fill)).to.equal(BAD);
    expect(shadow(el).textContent).to.contain('29.76%').and.contain('25 / 84家');
    expect(q(el, 'table[part=table]')!.textContent).to.contain('29.76%');
  });

  it('style bar of a share not judged (thresholds []) is filled with the neutral series colour', async () => {
    const el = await gauge({ src: '/demo/data/kaiping.json', config: { coverage: 'enterprise-party', style: 'bar', thresholds: [] } });
    const fill = q(el, '[part=bar] .fill')!;
    expect(fill.classList.contains('tone-neutral')).to.equal(true);
    expect(fillOf(fill)).to.equal(rgb(DEFAULT_THEME.palette[1]!));
    expect([GOOD, WARN, BAD]).to.not.include(fillOf(fill));
  });

  it('switches between bar and gauge at run time, creating and disposing the chart', async () => {
    const el = await gauge({ src: '/demo/data/pingyuan.json', config: { style: 'bar' } });
    el.config = { style: 'ring' };
    const chart = await until(() => el.chart, 3000, 'chart after switching to ring');
    expect(q(el, 'canvas')).to.not.equal(null);
    el.config = { style: 'bar' };
    await settle(el);
    expect(chart.isDisposed()).to.equal(true);
    expect(el.chart).to.equal(undefined);
    expect(q(el, '[part=bar]')).to.not.equal(null);
  });

  it('style ring draws a full circle on canvas with the figures as text', async () => {
    const el = await gauge({ src: '/demo/data/pingyuan.json', config: { coverage: 'key-villages', style: 'ring' } });
    const chart = await until(() => el.chart, 3000, 'chart');
    const series = (chart.getOption() as any).series[0];
    expect(series.startAngle - series.endAngle).to.equal(360);
    expect(q(el, '[part=figures]')!.textContent).to.contain('100%').and.contain('197 / 197');
  });

  it('shows a full-coverage badge for 424/424 in every style and language', async () => {
    for (const style of ['gauge', 'ring', 'bar']) {
      const el = await gauge({ src: '/demo/data/pingyuan.json', config: { coverage: 'villages', style } });
      expect(q(el, '[part=badge]')!.textContent).to.equal('全覆盖');
      expect(bg(q(el, '[part=badge]')!)).to.equal(GOOD);
    }
    const en = await gauge({ src: '/demo/data/pingyuan.json', config: { coverage: 'villages' } }, { lang: 'en' });
    expect(q(en, '[part=badge]')!.textContent).to.equal('Full coverage');
    const partial = await gauge({ src: '/demo/data/kaiping.json', config: { coverage: 'enterprise-party' } });
    expect(q(partial, '[part=badge]')).to.equal(null);
  });

  it('shows a ratio-only entry (74.85%) without counts', async () => {
    const el = await gauge({ src: '/demo/data/pingyuan.json', config: { coverage: 'fund-participation', style: 'bar' } });
    expect(q(el, '.percent')!.textContent).to.equal('74.85%');
    expect(q(el, '.counts')!.textContent).to.equal('2022年');
    expect(shadow(el).textContent).to.not.contain(' / ');
    expect(fillOf(q(el, '.bar .fill')!)).to.equal(WARN);
  });

  it('draws a share with thresholds [] in the neutral series colour, not as "bad"', async () => {
    const judged = await gauge({ src: '/demo/data/taiping.json', config: { coverage: 'district-share' } });
    const judgedChart = await until(() => judged.chart, 3000, 'chart');
    expect((judgedChart.getOption() as any).series[0].progress.itemStyle.color).to.equal(DEFAULT_THEME.bad);
    const share = await gauge({ src: '/demo/data/taiping.json', config: { coverage: 'district-share', thresholds: [] } });
    const chart = await until(() => share.chart, 3000, 'chart');
    expect((chart.getOption() as any).series[0].progress.itemStyle.color).to.equal(DEFAULT_THEME.palette[1]);
    expect(q(share, '[part=figures]')!.textContent).to.contain('35.61%');
    // The neutral colour is the --rb-color-series-2 token, which a page may override.
    const el = document.createElement('rb-coverage-gauge') as RbCoverageGauge;
    el.style.setProperty('--rb-color-series-2', '#123456');
    const themed = await gauge({ src: '/demo/data/taiping.json', config: { coverage: 'district-share', thresholds: [] } }, {}, el);
    const themedChart = await until(() => themed.chart, 3000, 'chart');
    expect((themedChart.getOption() as any).series[0].progress.itemStyle.color).to.equal('#123456');
  });

  it('shows zero coverage as 0% with an empty bar', async () => {
    const data = await sample('pingyuan');
    data['coverage'] = [{ id: 'none', name: '尚未覆盖', covered: 0, total: 30, unit: '个' }];
    const el = await gauge({ data, config: { style: 'bar' } });
    expect(q(el, '.percent')!.textContent).to.equal('0%');
    expect(q(el, '.counts')!.textContent).to.contain('0 / 30');
    expect(q(el, '.bar .fill')!.getBoundingClientRect().width).to.equal(0);
    const arc = await gauge({ data });
    expect(shadow(arc).textContent).to.contain('0%');
  });

  it('shows per-unit bars with names, counts and percents, sorted, coloured, selectable', async () => {
    const el = await gauge({ src: '/demo/data/kaiping.json', config: { coverage: 'enterprise-party', breakdown: true, thresholds: [0.3, 0.4] } });
    const rows = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=unit]')];
    expect(rows.map((r) => r.querySelector('.unit-name')!.textContent)).to.deep.equal([
      '赤水镇',
      '马冈镇',
      '翠山湖高新区',
      '蚬冈镇',
      '金鸡镇',
      '大沙镇',
      '塘口镇',
    ]);
    expect(rows[0]!.querySelector('.unit-figures')!.textContent).to.equal('4 / 9家 · 44.4%');
    expect(fillOf(rows[0]!.querySelector('.fill')!)).to.equal(GOOD);
    expect(fillOf(rows[2]!.querySelector('.fill')!)).to.equal(WARN);
    expect(fillOf(rows[6]!.querySelector('.fill')!)).to.equal(BAD);
    const w = (r: Element) => r.querySelector('.fill')!.getBoundingClientRect().width / r.querySelector('.unit-bar')!.getBoundingClientRect().width;
    expect(w(rows[0]!)).to.be.closeTo(4 / 9, 0.01);
    // The accessible name is the visible text (axe: label-content-name-mismatch).
    expect(rows[0]!.getAttribute('aria-label')).to.equal(null);
    expect(rows[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('赤水镇4 / 9家 · 44.4%');
    const events = recordEvents(el, 'rb-select');
    rows[1]!.click();
    rows[6]!.focus();
    expect(shadow(el).activeElement).to.equal(rows[6]);
    // a button: Enter activates it (synthesised click), as the browser does
    rows[6]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    rows[6]!.click();
    expect((events[0]!.detail as RbSelectDetail)).to.deep.equal({ kind: 'unit', id: 'magang' });
    expect((events[1]!.detail as RbSelectDetail)).to.deep.equal({ kind: 'unit', id: 'tangkou' });
    // the chart stays alongside
    await until(() => el.chart, 3000, 'chart');
  });

  it('renders the breakdown under the bar too, and nothing when the entry has none', async () => {
    const el = await gauge({ src: '/demo/data/kaiping.json', config: { coverage: 'enterprise-party', style: 'bar', breakdown: true } });
    expect(shadow(el).querySelectorAll('[part=unit]')).to.have.length(7);
    expect(q(el, '[part=breakdown] h3')!.textContent).to.equal('分单位覆盖情况');
    expect(q(el, '[part=more]'), 'a flowing page shows every row, and no "N more units"').to.equal(null);
    const none = await gauge({ src: '/demo/data/kaiping.json', config: { coverage: 'brand-committees', breakdown: true } });
    expect(q(none, '[part=breakdown]')).to.equal(null);
  });

  // Heights that leave room for a few rows under the bar, or under the 240 px drawing.
  for (const [style, height] of [['bar', 320], ['gauge', 460]] as const) {
    it(`in a box of fixed height (style ${style}), shows the breakdown rows that fit then "另有 N 个单位", not a scrolling list; all rows again when the box grows`, async () => {
      const box = document.createElement('div');
      box.style.cssText = `width:360px;height:${height}px`;
      document.body.append(box);
      extra.push(box);
      const el = document.createElement('rb-coverage-gauge') as RbCoverageGauge;
      el.style.height = '100%';
      const load = nextEvent(el, 'rb-load');
      Object.assign(el, { src: '/demo/data/kaiping.json', config: { coverage: 'enterprise-party', style, breakdown: true } });
      box.append(el);
      await load;
      await settle(el);
      const rows = () => shadow(el).querySelectorAll('[part=breakdown] li').length;
      const more = () => q(el, '[part=more]')?.textContent?.trim() ?? null;
      const shown = await until(() => (more() ? rows() : null), 5000, 'the "N more units" line');
      // Before: all 7 rows in a list that scrolls, and nothing said that more were there.
      expect(shown, 'the rows that fit').to.be.within(1, 6);
      expect(more()).to.equal(`另有 ${7 - shown} 个单位`);
      const list = q(el, '[part=breakdown]')!;
      expect(list.scrollHeight, 'nothing to scroll to').to.be.at.most(list.clientHeight + 1);
      const bottom = box.getBoundingClientRect().bottom;
      for (const node of [...shadow(el).querySelectorAll('[part=breakdown] li'), q(el, '[part=more]')!]) expect(node.getBoundingClientRect().bottom, node.textContent!.trim()).to.be.at.most(bottom + 0.5);
      expect(shadow(el).querySelectorAll('table tbody tr').length, 'the figures table keeps every unit').to.equal(1 + 7);
      const csv = el.toCSV();
      for (const unit of el.model!.breakdown!) expect(csv, 'CSV keeps every unit').to.include(unit.name);

      // A unit chosen in the widget's link group that is left out takes the last shown place.
      const names = () => [...shadow(el).querySelectorAll<HTMLElement>('[part=breakdown] [part=unit]')].map((b) => b.dataset['unit']);
      const leftOut = el.model!.breakdown!.at(-1)!.unit;
      expect(names(), 'the last unit is left out').to.not.include(leftOut);
      el.setAttribute('group', `gauge-fit-${style}`);
      await settle(el);
      linkGroup(`gauge-fit-${style}`).select({ kind: 'unit', id: leftOut });
      await until(() => names().at(-1) === leftOut, 5000, 'the selected unit in the last place');
      expect(names(), 'as many rows').to.have.length(shown);
      expect(q(el, `[data-unit="${leftOut}"]`)!.getAttribute('aria-pressed')).to.equal('true');
      expect(more(), 'the rest counted').to.equal(`另有 ${7 - shown} 个单位`);
      linkGroup(`gauge-fit-${style}`).clear();
      await until(() => !names().includes(leftOut), 5000, 'the leading rows again');

      box.style.height = '1400px';
      await until(() => rows() === 7 && more() === null, 5000, 'every row back in the taller box');
      box.style.height = `${height}px`;
      await until(() => more() !== null, 5000, 'the line back in the short box');
      expect(rows()).to.equal(shown);
    });
  }

  it('follows the dark theme tokens in HTML bars', async () => {
    const el = await gauge({ src: '/demo/data/pingyuan.json', config: { style: 'bar' } }, { theme: 'dark' });
    expect(fillOf(q(el, '.bar .fill')!)).to.equal('rgb(115, 209, 61)');
  });

  it('writes no style attributes (bar widths are SVG attributes)', async () => {
    const el = await gauge({ src: '/demo/data/kaiping.json', config: { coverage: 'enterprise-party', style: 'bar', breakdown: true } });
    expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
    expect(q(el, '.bar .fill')!.getAttribute('width')).to.equal('29.8%');
  });

  it('keeps the gauge style when set by attribute and reports bad style values', async () => {
    const el = create<RbCoverageGauge>('rb-coverage-gauge');
    const error = nextEvent(el, 'rb-error');
    // @ts-expect-error 'pie' is not a style: this test checks the run-time error a page without types gets
    el.config = { style: 'pie' };
    el.src = '/demo/data/pingyuan.json';
    expect(((await error) as CustomEvent).detail.path).to.equal('/style');
  });
});
