// rb-ranking in Chromium: rows as an accessible list, bars through CSS custom properties (no
// style attributes), selection by click and keyboard, hostile strings as text, errors, export,
// axe, and the scrolling board (steps, pause on hover and focus, still under reduced motion).
import { expect } from '@esm-bundle/chai';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/widgets/ranking/index.js';
import type { RbRanking } from '../../../src/widgets/ranking/index.js';
import { createClock, manualTimeSource, type ManualTimeSource } from '../../../src/core/clock.js';
import { provideClock } from '../../../src/core/clock-context.js';
import { loadAxe } from '../../support/axe.js';
import { cleanup, create, nextEvent, sample, settle, shadow, strictStylePolicy, until } from '../../support/helpers.js';

const doc = (sections: Record<string, unknown>) => ({
  format: 'region-brand-data',
  version: 1,
  region: { id: 'r', name: '某县', level: 'county' },
  asOf: '2025-06-30',
  ...sections,
});

const brands = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `b${i}`,
    name: `品牌${i}`,
    kind: 'region',
    metrics: { sales: { value: (n - i) * 1_000_000, unit: '元' } },
  }));

async function shown(props: Record<string, unknown>, width = '420px'): Promise<RbRanking> {
  const el = create<RbRanking>('rb-ranking');
  el.style.width = width;
  const loaded = nextEvent(el, 'rb-load');
  Object.assign(el, props);
  await loaded;
  await settle(el);
  return el;
}

const rows = (el: RbRanking) => [...shadow(el).querySelectorAll<HTMLElement>('[part=row]')];

describe('rb-ranking', function () {
  this.timeout(30000);
  let violations: string[] = [];
  before(() => {
    violations = strictStylePolicy();
  });
  afterEach(async () => {
    cleanup();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
  after(() => expect(violations).to.deep.equal([]));

  it('lists the Kaiping brands by sales from src, as an ordered list with accessible names', async () => {
    const el = create<RbRanking>('rb-ranking', { src: '/demo/data/kaiping.json', config: { of: 'brands', metric: 'sales', top: 5 } });
    await nextEvent(el, 'rb-load');
    await settle(el);
    const list = shadow(el).querySelector('ol[part=list]')!;
    expect(list.getAttribute('aria-label')).to.contain('销售额');
    expect(rows(el)).to.have.length(5);
    const buttons = shadow(el).querySelectorAll('button[part=item]');
    expect(buttons[0]!.textContent!.replace(/\s+/g, " ").trim()).to.match(/^排名 1 /);
    expect(shadow(el).querySelector('canvas')).to.equal(null);
    // The figures table (hidden until toggled) holds the same rows.
    expect(shadow(el).querySelectorAll('[part=table] tbody tr')).to.have.length(5);
  });

  it('draws each bar as its share of the leader, through CSS custom properties, without style attributes', async () => {
    const el = await shown({ data: doc({ brands: brands(4) }), config: { metric: 'sales', animation: false } });
    const widths = rows(el).map((r) => {
      const bar = r.querySelector<HTMLElement>('.bar')!;
      return r.querySelector<HTMLElement>('.fill')!.getBoundingClientRect().width / bar.getBoundingClientRect().width;
    });
    expect(widths[0]).to.be.closeTo(1, 0.01);
    expect(widths[1]).to.be.closeTo(0.75, 0.01);
    expect(widths[3]).to.be.closeTo(0.25, 0.01);
    expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
    expect(el.hasAttribute('style') ? el.getAttribute('style') : '').to.not.contain('--rb-ranking-share');
  });

  it('fires rb-select with kind and id on click, Enter and Space', async () => {
    const el = await shown({ src: '/demo/data/kaiping.json', config: { of: 'clusters', metric: 'output' } });
    const first = shadow(el).querySelector<HTMLButtonElement>('button[part=item]')!;
    const id = first.dataset['id'];
    let event = nextEvent<{ kind: string; id: string }>(el, 'rb-select');
    first.click();
    expect((await event).detail).to.deep.equal({ kind: 'cluster', id });
    const second = shadow(el).querySelectorAll<HTMLButtonElement>('button[part=item]')[1]!;
    second.focus();
    event = nextEvent(el, 'rb-select');
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.id).to.equal(second.dataset['id']);
  });

  it('shows names from the data as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__rbPwned=1"><b>粗</b>';
    const data = doc({ brands: [{ id: 'h', name: hostile, kind: 'region', metrics: { sales: { value: 5, unit: '元' } } }] });
    const el = await shown({ data, config: { metric: 'sales' } });
    expect(shadow(el).querySelector('img, b')).to.equal(null);
    expect(shadow(el).querySelector('.name')!.textContent).to.contain(hostile);
    expect((window as { __rbPwned?: number }).__rbPwned).to.equal(undefined);
  });

  it('an unknown metric shows invalid-config at /metric with the metrics that exist, in the widget language', async () => {
    const el = create<RbRanking>('rb-ranking', { lang: 'en', config: { of: 'brands', metric: 'revenu' } });
    const error = nextEvent<{ code: string; path: string; message: string }>(el, 'rb-error');
    el.data = (await sample('kaiping')) as never;
    const { detail } = await error;
    expect(detail.code).to.equal('invalid-config');
    expect(detail.path).to.equal('/metric');
    expect(detail.message).to.contain('revenu').and.contain('sales');
    await settle(el);
    expect(shadow(el).querySelector('[part=error]')!.textContent).to.contain('/metric');
  });

  it('level town lists only the town brands, under a title that says so', async () => {
    const kaiping = (await sample('kaiping')) as { brands: { name: string; level?: string }[] };
    const el = await shown({ data: kaiping, config: { of: 'brands', level: 'town', metric: 'sales', top: 20 } });
    const names = rows(el).map((r) => r.querySelector('.name')!.textContent!);
    expect(names).to.have.length(kaiping.brands.filter((b) => b.level === 'town').length);
    const county = kaiping.brands.find((b) => b.level === 'county')!.name;
    names.forEach((n) => expect(n).to.not.contain(county));
    expect(shadow(el).querySelector('ol[part=list]')!.getAttribute('aria-label')).to.contain('镇级品牌销售额排行');
  });

  it('level with clusters shows invalid-config at /level in the widget language', async () => {
    const el = create<RbRanking>('rb-ranking', { lang: 'en', config: { of: 'clusters', level: 'town' } });
    const error = nextEvent<{ code: string; path: string; message: string }>(el, 'rb-error');
    el.data = (await sample('kaiping')) as never;
    const { detail } = await error;
    expect(detail).to.include({ code: 'invalid-config', path: '/level' });
    expect(detail.message).to.contain('brands').and.contain('units');
  });

  it('exports CSV (rank, name, figure) and a PNG of the figures', async () => {
    const el = await shown({ data: doc({ brands: brands(3) }), config: { metric: 'sales', toolbar: true } });
    const csv = el.toCSV();
    expect(csv.split(/\r?\n/).filter(Boolean)).to.have.length(4);
    expect(csv).to.contain('品牌0');
    expect(el.toPNG()).to.match(/^data:image\/png;base64,/);
    expect(shadow(el).querySelector('[part=toolbar]')).to.not.equal(null);
  });

  it('has no serious axe violation in every theme', async () => {
    const axe = await loadAxe();
    for (const theme of ['light', 'dark', 'red', 'screen']) {
      const el = await shown({ theme, src: '/demo/data/kaiping.json', config: { of: 'units', toolbar: true } });
      const { violations: found } = await axe.run(el, { resultTypes: ['violations'] });
      const bad = found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${theme}: ${v.id}`);
      expect(bad).to.deep.equal([]);
      el.remove();
    }
  });

  describe('scrolling board on a dashboard clock', () => {
    let source: ManualTimeSource;
    let clock: ReturnType<typeof createClock>;
    let box: HTMLDivElement;
    let stopProviding: () => void;

    /** A ranking of 12 brands in a 200 px box, inside a container that provides a manual clock. */
    async function board(config: Record<string, unknown>): Promise<RbRanking> {
      source = manualTimeSource();
      clock = createClock(source);
      box = create<HTMLDivElement>('div');
      stopProviding = provideClock(box, () => clock);
      const el = document.createElement('rb-ranking') as RbRanking;
      el.style.height = '200px';
      el.style.width = '360px';
      const loaded = nextEvent(el, 'rb-load');
      Object.assign(el, { data: doc({ brands: brands(12) }), config: { metric: 'sales', top: 12, animation: false, ...config } });
      box.append(el);
      await loaded;
      await settle(el);
      return el;
    }
    afterEach(() => stopProviding?.());

    const list = (el: RbRanking) => shadow(el).querySelector<HTMLElement>('[part=list]')!;
    const rowTop = (el: RbRanking, i: number) => rows(el)[i]!.offsetTop - rows(el)[0]!.offsetTop;

    it('moves up one row per step and back to the top after the last', async () => {
      const el = await board({ scroll: 3 });
      expect(list(el).scrollHeight).to.be.greaterThan(list(el).clientHeight);
      expect(el.scrolling).to.equal(true);
      source.advance(2900);
      expect(el.position).to.equal(0);
      source.advance(100);
      expect(el.position).to.equal(1);
      expect(list(el).scrollTop).to.be.closeTo(rowTop(el, 1), 1);
      source.advance(3000);
      expect(el.position).to.equal(2);
      expect(list(el).scrollTop).to.be.closeTo(rowTop(el, 2), 1);
      // Until the last row is in view, then back to the first.
      const positions: number[] = [];
      for (let i = 0; i < 20; i++) {
        source.advance(3000);
        positions.push(el.position);
      }
      expect(positions).to.include(0);
      const wrap = positions.indexOf(0);
      expect(positions[wrap - 1]).to.be.greaterThan(2);
      expect(list(el).scrollTop + list(el).clientHeight).to.be.at.most(list(el).scrollHeight);
    });

    it('pauses under the pointer and while focus is inside, and goes on after', async () => {
      const el = await board({ scroll: 2 });
      el.dispatchEvent(new PointerEvent('pointerenter'));
      source.advance(10000);
      expect(el.position).to.equal(0);
      el.dispatchEvent(new PointerEvent('pointerleave'));
      source.advance(2000);
      expect(el.position).to.equal(1);
      shadow(el).querySelector<HTMLButtonElement>('button[part=item]')!.focus();
      await Promise.resolve();
      await settle(el);
      source.advance(10000);
      expect(el.position).to.equal(1);
      (document.activeElement as HTMLElement | null)?.blur();
      await Promise.resolve();
      await settle(el);
      source.advance(2000);
      expect(el.position).to.equal(2);
    });

    it('stays still under prefers-reduced-motion (the list scrolls by hand)', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await board({ scroll: 2 });
      expect(el.scrolling).to.equal(false);
      source.advance(20000);
      expect(el.position).to.equal(0);
      expect(list(el).scrollTop).to.equal(0);
      expect(getComputedStyle(list(el)).overflowY).to.equal('auto');
    });

    it('does not step when every row fits, or without scroll', async () => {
      const fits = await board({ scroll: 2, top: 2 });
      expect(fits.scrolling).to.equal(false);
      fits.remove();
      const off = await board({});
      expect(off.scrolling).to.equal(false);
      source.advance(20000);
      expect(off.position).to.equal(0);
    });

    it('leaves nothing on the clock when it leaves the page', async () => {
      const el = await board({ scroll: 2 });
      expect(el.scrolling).to.equal(true);
      expect(clock.size).to.equal(1);
      el.remove();
      expect(el.scrolling).to.equal(false);
      expect(clock.size).to.equal(0);
    });
  });
});

describe('rb-ranking inside rb-dashboard', function () {
  this.timeout(30000);
  afterEach(cleanup);

  it('is a widget type of the spec: ranked from the shared document, linked to the other widgets', async () => {
    const kaiping = await sample<{ brands: { id: string; name: string; metrics?: Record<string, { value: number }> }[] }>('kaiping');
    await import('../../../src/widgets/dashboard/index.js');
    const dashboard = create<HTMLElement>('rb-dashboard', {
      config: {
        link: true,
        widgets: [
          { type: 'ranking', config: { of: 'brands', metric: 'sales', top: 3, animation: false }, span: 6 },
          { type: 'ranking', config: { of: 'brands', metric: 'sales', animation: false }, span: 6 },
        ],
      },
    });
    (dashboard as any).data = kaiping;
    await nextEvent(dashboard, 'rb-load');
    const [top3, all] = [...dashboard.shadowRoot!.querySelectorAll('[part=cell] > *')] as RbRanking[];
    expect([top3!.localName, all!.localName]).to.deep.equal(['rb-ranking', 'rb-ranking']);
    await until(() => rows(top3!).length && rows(all!).length, 5000, 'ranked rows');
    await settle(top3!);
    const bySales = kaiping.brands
      .filter((b) => b.metrics?.sales)
      .sort((a, b) => b.metrics!.sales!.value - a.metrics!.sales!.value)
      .map((b) => b.name);
    const names = (el: RbRanking) => rows(el).map((r) => r.querySelector('[part=item]')!.textContent!);
    expect(names(top3!)).to.have.length(3);
    names(top3!).forEach((text, i) => expect(text).to.contain(bySales[i]));

    // Choosing the second brand in one ranking marks it in the other (the dashboard's link group).
    rows(top3!)[1]!.querySelector<HTMLElement>('[part=item]')!.click();
    const marked = await until(() => shadow(all!).querySelector('[aria-current=true]'), 5000, 'the chosen brand marked in the other ranking');
    expect(marked.closest('[part=row]')!.textContent).to.contain(bySales[1]);
  });

  it('a town chosen with a real click in a linked dashboard marks its brand and its clusters in rankings of brands and clusters; Escape clears', async () => {
    await import('../../../src/widgets/dashboard/index.js');
    const dashboard = create<HTMLElement>('rb-dashboard', {
      id: 'ranking-ties',
      config: {
        link: true,
        columns: 12,
        widgets: [
          { type: 'coverage-gauge', config: { coverage: 'enterprise-party', breakdown: true, style: 'bar', animation: false }, span: 12 },
          { type: 'ranking', config: { of: 'brands', metric: 'sales', animation: false }, span: 6 },
          { type: 'ranking', config: { of: 'clusters', metric: 'output', animation: false }, span: 6 },
        ],
      },
    });
    dashboard.style.display = 'block';
    dashboard.style.width = '1000px';
    (dashboard as any).data = await sample('kaiping');
    await nextEvent(dashboard, 'rb-load');
    const [gauge, brandsEl, clustersEl] = [...dashboard.shadowRoot!.querySelectorAll('[part=cell] > *')] as RbRanking[];
    const marked = (el: RbRanking) => [...shadow(el).querySelectorAll<HTMLElement>('[part=item][aria-current=true]')].map((b) => b.dataset['id']).sort();
    await until(() => rows(brandsEl!).length && rows(clustersEl!).length, 5000, 'ranked rows');
    const town = await until(() => shadow(gauge!).querySelector<HTMLElement>('[part=unit][data-unit=magang]'), 5000, 'the breakdown row of 马冈镇');
    town.scrollIntoView();
    const box = town.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await until(() => marked(brandsEl!).length && marked(clustersEl!).length, 5000, 'the rankings marked');
    expect(marked(brandsEl!)).to.deep.equal(['magang-youpin']);
    expect(marked(clustersEl!)).to.deep.equal(['food', 'goose']);
    expect(shadow(brandsEl!).querySelector('.row.focused [part=item]')!.getAttribute('data-id')).to.equal('magang-youpin');
    town.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => !marked(brandsEl!).length && !marked(clustersEl!).length, 5000, 'cleared');
    history.replaceState(null, '', location.pathname + location.search);
    await resetMouse();
  });

  it('a wrong ranking option in the spec is an error at its path', async () => {
    await import('../../../src/widgets/dashboard/index.js');
    const dashboard = create<HTMLElement>('rb-dashboard', { config: { widgets: [{ type: 'ranking', config: { of: 'cities' } }] } });
    const error = nextEvent<{ code: string; path: string }>(dashboard, 'rb-error');
    (dashboard as any).data = await sample('kaiping');
    expect((await error).detail).to.include({ code: 'invalid-config', path: '/widgets/0/config/of' });
  });
});
