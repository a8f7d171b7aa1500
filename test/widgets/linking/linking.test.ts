// Linked widgets and periods in real Chromium: a click on a town focuses the other widgets, the
// keyboard alone does the same, the URL hash round trip, the period control and its playback, a
// group of plain-page widgets, and "no data" instead of an error.
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/widgets/dashboard/index.js';
import '../../../src/widgets/period/index.js';
import type { RbPeriod } from '../../../src/widgets/period/index.js';
import { linkGroup } from '../../../src/core/link-group.js';
import { cleanup, create, nextEvent, recordEvents, sample, settle, until } from '../../support/helpers.js';

const inner = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: Element) => el.shadowRoot?.textContent ?? '';

/** A Kaiping document with its town boundaries inline (the map draws towns to click). */
async function kaipingWithTowns(): Promise<Record<string, any>> {
  const d = await sample('kaiping');
  d['geo'] = await (await fetch('/demo/data/kaiping-towns.geojson')).json();
  return d;
}

/** The widgets of a dashboard by tag. */
function widgets(dashboard: HTMLElement): Record<string, HTMLElement[]> {
  const out: Record<string, HTMLElement[]> = {};
  for (const el of dashboard.shadowRoot!.querySelectorAll<HTMLElement>('[part=cell] > *')) (out[el.localName] ??= []).push(el);
  return out;
}

async function dashboard(spec: Record<string, unknown>, data: unknown, id: string): Promise<HTMLElement> {
  const el = create<HTMLElement>('rb-dashboard', { id, config: spec });
  el.setAttribute('style', 'display:block;width:1100px');
  const loaded = nextEvent(el, 'rb-load');
  (el as any).data = data;
  await loaded;
  await settle(el);
  return el;
}

const linkedSpec = {
  link: true,
  columns: 12,
  widgets: [
    { type: 'cluster-map', config: { animation: false }, span: 12 },
    { type: 'brand-matrix', config: {}, span: 12 },
    { type: 'coverage-gauge', config: { coverage: 'enterprise-party', breakdown: true, style: 'bar' }, span: 6 },
    { type: 'growth-indicator', config: { indicator: 'brand-sales' }, span: 6 },
  ],
};

function clearHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('linked widgets', () => {
  beforeEach(clearHash);
  afterEach(async () => {
    cleanup();
    clearHash();
    await resetMouse();
  });

  it('a click on a town in the map focuses the matrix, the gauge breakdown and the KPI card; a second click clears', async () => {
    const el = await dashboard(linkedSpec, await kaipingWithTowns(), 'click');
    const w = widgets(el);
    const [mapEl, matrixEl, gaugeEl, cardEl] = [w['rb-cluster-map']![0]!, w['rb-brand-matrix']![0]!, w['rb-coverage-gauge']![0]!, w['rb-growth-indicator']![0]!] as any[];
    mapEl.scrollIntoView();
    const chart = await until(() => mapEl.chart, 5000, 'map chart');
    await until(() => text(cardEl).includes('品牌营运公司销售额'), 5000, 'card');
    const selects = recordEvents(mapEl, 'rb-select');
    // A point of 马冈镇 away from its cluster markers: between its centre and its farthest vertex.
    const geo = (await kaipingWithTowns())['geo'];
    const centre = [112.58, 22.33];
    const ring: number[][] = geo.features.find((f: any) => f.properties.id === 'magang').geometry.coordinates[0];
    const far = ring.reduce((a, b) => (Math.hypot(b[0]! - centre[0]!, b[1]! - centre[1]!) > Math.hypot(a[0]! - centre[0]!, a[1]! - centre[1]!) ? b : a));
    const inside = [centre[0]! + (far[0]! - centre[0]!) * 0.6, centre[1]! + (far[1]! - centre[1]!) * 0.6];
    const click = async () => {
      const [x, y] = chart.convertToPixel({ geoIndex: 0 }, inside) as number[];
      const rect = chart.getDom().getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(rect.left + x!), Math.round(rect.top + y!)] });
    };
    await click();
    await until(() => selects.length, 3000, 'rb-select from the map');
    expect(selects[0]!.detail).to.deep.equal({ kind: 'unit', id: 'magang' });
    // The matrix marks 马冈优品, the gauge marks 马冈镇's row, the card shows 马冈's indicator.
    await until(() => inner(matrixEl, '[part=card][data-id=magang-youpin]')?.getAttribute('aria-current') === 'true', 3000, 'matrix focus');
    expect([...matrixEl.shadowRoot.querySelectorAll('[part=card][aria-current=true]')].map((c: Element) => c.getAttribute('data-id'))).to.deep.equal(['magang-youpin']);
    await until(() => inner(gaugeEl, '[part=unit][data-unit=magang]')?.getAttribute('aria-pressed') === 'true', 3000, 'gauge row');
    await until(() => text(cardEl).includes('马冈优品年销售额'), 3000, 'card switched');
    // The map itself marks the town; the hash names the selection; one announcement.
    await until(() => JSON.stringify(mapEl.chart.getOption()).includes('"borderWidth":3'), 3000, 'map highlight');
    expect(decodeURIComponent(location.hash)).to.contain('rb.dashboard-click=unit:magang');
    const regions = document.querySelectorAll('[data-rb-link-group="dashboard-click"]');
    expect(regions.length).to.equal(1);
    await until(() => regions[0]!.textContent, 2000, 'announcement');
    expect(regions[0]!.textContent).to.contain('马冈镇');
    expect(regions[0]!.getAttribute('aria-live')).to.equal('polite');

    await click();
    await until(() => !inner(matrixEl, '[part=card][aria-current=true]'), 3000, 'cleared');
    await until(() => text(cardEl).includes('品牌营运公司销售额'), 3000, 'card back');
    expect(location.hash).to.not.contain('magang');
    expect(selects.length).to.equal(2); // rb-select still fires on each click
  });

  it('works by keyboard alone: Enter on a breakdown row focuses the group, Escape clears', async () => {
    const doc = await sample('kaiping');
    delete doc['geo'];
    const el = await dashboard(linkedSpec, doc, 'keys');
    const w = widgets(el);
    const [matrixEl, gaugeEl, cardEl] = [w['rb-brand-matrix']![0]!, w['rb-coverage-gauge']![0]!, w['rb-growth-indicator']![0]!] as any[];
    const row = await until(() => inner(gaugeEl, '[part=unit][data-unit=dasha]'), 5000, 'breakdown row');
    row.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => inner(matrixEl, '[part=card][data-id=dasha-youpin]')?.getAttribute('aria-current') === 'true', 3000, 'matrix focus');
    // 大沙镇 has no indicators: the KPI card keeps its own.
    expect(text(cardEl)).to.contain('品牌营运公司销售额');
    await until(() => inner(gaugeEl, '[part=unit][data-unit=dasha]')?.getAttribute('aria-pressed') === 'true', 3000, 'row pressed');
    // A cluster chosen from the map's keyboard list focuses its brand.
    const mapEl = w['rb-cluster-map']![0]! as any;
    const goose = await until(() => [...mapEl.shadowRoot.querySelectorAll('[part=clusters] button')].find((b: Element) => b.textContent!.includes('马冈鹅')) as HTMLElement, 5000, 'cluster button');
    goose.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => inner(matrixEl, '[part=card][data-id=magang-youpin]')?.getAttribute('aria-current') === 'true', 3000, 'brand of the cluster');
    expect(goose.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await until(() => !inner(matrixEl, '[part=card][aria-current=true]'), 3000, 'cleared by Escape');
  });

  it('restores the selection and the period from the URL hash, and writes changes back', async () => {
    history.replaceState(null, '', `${location.pathname}#other=1&rb.shared=unit:magang&rb.shared.period=2023`);
    const doc = await sample('kaiping');
    const gauge = create<HTMLElement>('rb-coverage-gauge', { config: { coverage: 'enterprise-party', breakdown: true, style: 'bar' } });
    gauge.setAttribute('group', 'shared');
    const matrix = create<HTMLElement>('rb-brand-matrix', {});
    matrix.setAttribute('group', 'shared');
    (gauge as any).data = doc;
    (matrix as any).data = doc;
    await until(() => text(gauge).includes('14 / 76'), 5000, 'gauge at 2023');
    await until(() => inner(matrix, '[part=card][data-id=magang-youpin]')?.getAttribute('aria-current') === 'true', 5000, 'matrix focus from hash');
    expect(text(matrix)).to.contain('3600万元');
    linkGroup('shared').setPeriod('2024');
    await until(() => text(gauge).includes('20 / 81'), 3000, 'gauge at 2024');
    const hash = decodeURIComponent(location.hash);
    expect(hash).to.contain('other=1');
    expect(hash).to.contain('rb.shared=unit:magang');
    expect(hash).to.contain('rb.shared.period=2024');
    // A link followed in the open page (the hash changes): the group follows it.
    location.hash = 'other=1&rb.shared=brand:dasha-youpin&rb.shared.period=2024';
    await until(() => inner(matrix, '[part=card][data-id=dasha-youpin]')?.getAttribute('aria-current') === 'true', 3000, 'focus from a followed link');
    linkGroup('shared').clear();
    linkGroup('shared').setPeriod(undefined);
    await until(() => !location.hash.includes('rb.shared'), 3000, 'hash cleaned');
    expect(location.hash).to.equal('#other=1');
  });

  it('a group of two plain-page widgets: a unit chosen in the gauge focuses the matrix', async () => {
    const doc = await sample('kaiping');
    const gauge = create<HTMLElement>('rb-coverage-gauge', { config: { coverage: 'enterprise-party', breakdown: true, style: 'bar' } });
    const matrix = create<HTMLElement>('rb-brand-matrix', {});
    const other = create<HTMLElement>('rb-brand-matrix', {});
    gauge.setAttribute('group', 'pair');
    matrix.setAttribute('group', 'pair');
    for (const el of [gauge, matrix, other]) (el as any).data = doc;
    const row = await until(() => inner(gauge, '[part=unit][data-unit=tangkou]'), 5000, 'row');
    row.click();
    await until(() => inner(matrix, '[part=card][data-id=tangkou-youpin]')?.getAttribute('aria-current') === 'true', 3000, 'matrix in the group');
    await settle(other);
    expect(inner(other, '[part=card][aria-current=true]')).to.equal(null); // not in the group
    row.click(); // the same item again clears
    await until(() => !inner(matrix, '[part=card][aria-current=true]'), 3000, 'cleared');
  });

  it('a widget without the selected unit or the period shows its "no data" state, not an error', async () => {
    const doc = await sample('kaiping');
    const errors: Event[] = [];
    const card = create<HTMLElement>('rb-growth-indicator', { config: { indicator: 'brand-sales' } });
    const gauge = create<HTMLElement>('rb-coverage-gauge', { config: { coverage: 'park-branches' } });
    for (const el of [card, gauge]) {
      el.setAttribute('group', 'nodata');
      el.addEventListener('rb-error', (e) => errors.push(e));
      (el as any).data = doc;
    }
    await until(() => text(card).includes('品牌营运公司销售额'), 5000, 'card');
    linkGroup('nodata').select({ kind: 'unit', id: 'no-such-town' });
    linkGroup('nodata').setPeriod('2022');
    await until(() => inner(card, '[part=no-data]'), 3000, 'card no data');
    await until(() => inner(gauge, '[part=no-data]'), 3000, 'gauge no data');
    expect(inner(card, '[part=no-data]')!.textContent).to.contain('2022年 无数据');
    expect(inner(gauge, '[part=no-data]')!.textContent).to.contain('2022年 无数据');
    expect((card as any).state).to.equal('ready');
    expect(inner(gauge, '[part=error]')).to.equal(null);
    expect(errors).to.have.length(0);
  });
});

describe('periods', () => {
  beforeEach(clearHash);
  afterEach(() => {
    cleanup();
    clearHash();
  });

  it('the dashboard opens on its spec period and offers a labelled period control; a change shows every widget at that period', async () => {
    const spec = { period: '2023', columns: 12, widgets: [
      { type: 'coverage-gauge', config: { coverage: 'enterprise-party', style: 'bar' } },
      { type: 'growth-indicator', config: { indicator: 'magang-sales' } },
      { type: 'brand-matrix', config: {}, span: 12 },
    ] };
    const el = await dashboard(spec, await sample('kaiping'), 'periods');
    const w = widgets(el);
    const [gaugeEl, cardEl, matrixEl] = [w['rb-coverage-gauge']![0]!, w['rb-growth-indicator']![0]!, w['rb-brand-matrix']![0]!];
    await until(() => text(gaugeEl).includes('14 / 76'), 5000, 'gauge at 2023');
    await until(() => text(cardEl).includes('3600万'), 5000, 'card at 2023');
    const control = el.shadowRoot!.querySelector<RbPeriod>('rb-period')!;
    await settle(control);
    const select = inner(control, 'select') as HTMLSelectElement;
    const label = inner(control, 'label') as HTMLLabelElement;
    expect(label.htmlFor).to.equal(select.id);
    expect(label.textContent).to.contain('期间');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', '2022', '2023', '2024', '2025', '2025-H1']);
    expect(select.value).to.equal('2023');
    select.value = '2022';
    select.dispatchEvent(new Event('change'));
    await until(() => text(cardEl).includes('2100万'), 3000, 'card at 2022');
    await until(() => text(gaugeEl).includes('无数据'), 3000, 'gauge has no 2022 figure');
    expect(text(matrixEl)).to.contain('2022年 无数据'); // the county brand has no 2022 sales
    // One announcement region for the group, saying the period.
    const regions = document.querySelectorAll('[data-rb-link-group="dashboard-periods"]');
    expect(regions.length).to.equal(1);
    await until(() => regions[0]!.textContent?.includes('2022年'), 2000, 'announced');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await until(() => text(gaugeEl).includes('25 / 84'), 3000, 'latest again');
  });

  it('a dashboard that gives its group the spec period builds its own model once', async () => {
    const el = create<HTMLElement>('rb-dashboard', { id: 'once', config: { period: '2023', columns: 12, widgets: [{ type: 'growth-indicator', config: { indicator: 'magang-sales' } }] } });
    const builds: unknown[] = [];
    const build = (el as any).buildModel.bind(el);
    (el as any).buildModel = (...args: unknown[]) => (builds.push(args[2]), build(...args));
    const loaded = nextEvent(el, 'rb-load');
    (el as any).data = await sample('kaiping');
    await loaded;
    await settle(el);
    expect(linkGroup('dashboard-once').state.period).to.equal('2023');
    expect(builds.length, 'builds').to.equal(1);
  });

  it('play steps through every period to the last and stops; pause stops it', async () => {
    const doc = await sample('kaiping');
    const card = create<HTMLElement>('rb-growth-indicator', { config: { indicator: 'magang-sales' } });
    card.setAttribute('group', 'play');
    (card as any).data = doc;
    const control = create<RbPeriod>('rb-period', { interval: 0.05 });
    control.setAttribute('group', 'play');
    await until(() => text(card).includes('马冈'), 5000, 'card');
    await settle(control);
    expect(control.periods).to.deep.equal(['2022', '2023', '2024', '2025', '2025-H1']);
    await until(() => inner(control, 'button'), 5000, 'control');
    const seen: string[] = [];
    linkGroup('play').subscribe((s) => s.period && seen[seen.length - 1] !== s.period && seen.push(s.period));
    const button = inner(control, 'button')!;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await until(() => !control.playing, 5000, 'playback ended');
    expect(seen).to.deep.equal(['2022', '2023', '2024', '2025', '2025-H1']);
    await until(() => text(card).includes('无数据'), 3000, 'card at the last period'); // magang-sales has no 2025-H1 figure
    // Play again from the last: starts over at the first; pause stops it there.
    button.click();
    await until(() => control.period === '2022', 2000, 'restart');
    inner(control, 'button')!.click();
    expect(control.playing).to.equal(false);
    const at = control.period;
    await new Promise((r) => setTimeout(r, 200));
    expect(control.period).to.equal(at);
  });

  it('the control is hidden while the documents hold one period or none', async () => {
    const doc = await sample('taiping');
    const gauge = create<HTMLElement>('rb-coverage-gauge', {});
    gauge.setAttribute('group', 'single');
    const control = create<RbPeriod>('rb-period', {});
    control.setAttribute('group', 'single');
    const single = { ...doc, indicators: [], brands: [], clusters: [], coverage: [{ id: 'c', name: '覆盖', covered: 1, total: 2, period: '2022' }] };
    (gauge as any).data = single;
    await until(() => text(gauge).includes('1 / 2'), 5000, 'gauge');
    await settle(control);
    expect(control.hasAttribute('data-rb-empty')).to.equal(true);
    expect(getComputedStyle(control).display).to.equal('none');
    expect(inner(control, 'select')).to.equal(null);
  });
});
