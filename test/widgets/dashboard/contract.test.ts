// rb-dashboard specs written from dashboard.md alone, as a portal developer writes them: a mistake in
// one widget's entry (its config, type or area) names its place and breaks only that widget, the
// others drawn (it used to turn the whole dashboard into one error panel); a spec period the document
// does not hold is said by the period control (it said "latest"), and play steps on the dashboard's clock.
import { expect } from '@esm-bundle/chai';
import '../../../src/widgets/dashboard/index.js';
import type { RbDashboard } from '../../../src/widgets/dashboard/index.js';
import type { RbPeriod } from '../../../src/widgets/period/index.js';
import { manualTimeSource, type ManualTimeSource } from '../../../src/core/clock.js';
import type { RbErrorDetail } from '../../../src/core/events.js';
import { cleanup, create, nextEvent, recordEvents, sample, settle, until } from '../../support/helpers.js';

type Widget = HTMLElement & { state: string; lastError: { path: string } | null };
const root = (el: RbDashboard) => el.shadowRoot!;
/** The widget elements placed (a broken widget's place shows its mistake instead). */
const widgets = (el: RbDashboard) => [...root(el).querySelectorAll('[part=cell] > *')].filter((w) => w.localName.startsWith('rb-')) as Widget[];
const text = (el: Element) => el.shadowRoot?.textContent ?? '';
const pageTitle = (el: RbDashboard) => root(el).querySelector('[part=page-title]')?.textContent?.trim();
const card = (indicator: string, area?: number[]) => ({ type: 'growth-indicator', config: { indicator }, ...(area ? { area } : {}) });

/** A dashboard on the Kaiping document (manual clock), with every `rb-error` it fires. */
async function dashboard(config: unknown, options: { source?: ManualTimeSource; id?: string; lang?: string } = {}) {
  const el = create<RbDashboard>('rb-dashboard', { clockSource: options.source ?? manualTimeSource(), config: config as never, ...(options.id ? { id: options.id } : {}), ...(options.lang ? { lang: options.lang } : {}) });
  el.style.height = '600px';
  const errors = recordEvents(el, 'rb-error') as CustomEvent<RbErrorDetail>[];
  el.data = (await sample('kaiping')) as never;
  await until(() => el.state !== 'loading' && el.state !== 'idle', 8000, 'the dashboard built');
  await settle(el);
  return { el, errors };
}

/** Waits until every widget shown is ready or shows its error. */
async function drawn(el: RbDashboard): Promise<Widget[]> {
  return until(() => (widgets(el).length && widgets(el).every((w) => w.state === 'ready' || w.state === 'error') ? widgets(el) : null), 8000, 'the widgets drawn');
}

const stage = { width: 1920, height: 1080 };

describe('rb-dashboard contract: a mistake breaks only its widget', () => {
  afterEach(cleanup);

  it('a widget config error names /pages/1/widgets/0/config/style and leaves the other widgets drawn', async () => {
    const source = manualTimeSource();
    const { el, errors } = await dashboard(
      {
        stage,
        pages: [
          { title: '指标', widgets: [card('jobs', [1, 1, 12, 12]), card('magang-sales', [13, 1, 12, 12])] },
          { title: '覆盖', widgets: [{ type: 'coverage-gauge', config: { coverage: 'enterprise-party', style: 'pie' }, area: [1, 1, 12, 12] }, { type: 'coverage-gauge', config: { coverage: 'enterprise-party' }, area: [13, 1, 12, 12] }] },
        ],
      },
      { source },
    );
    expect(el.state, 'the dashboard stays').to.equal('ready');
    await until(() => errors.length, 5000, 'rb-error');
    expect(errors.map((e) => [e.detail.code, e.detail.path])).to.deep.equal([['invalid-config', '/pages/1/widgets/0/config/style']]);
    const first = await drawn(el);
    expect(first.map((w) => w.state)).to.deep.equal(['ready', 'ready']);
    root(el).querySelector<HTMLButtonElement>('.controls .next')!.click();
    await settle(el);
    expect(pageTitle(el)).to.equal('覆盖');
    const [good] = await drawn(el);
    const bad = root(el).querySelector('[part=cell].broken [part=error]')!;
    expect(bad.textContent).to.contain('/pages/1/widgets/0/config/style').and.contain('pie');
    expect(good!.state).to.equal('ready');
    const cells = [...root(el).querySelectorAll('[part=cell]')];
    expect(cells.indexOf(bad.parentElement!), 'in its own place').to.equal(0);
    await until(() => text(good!).includes('25 / 84'), 5000, 'the other gauge drawn');
  });

  it('an unknown widget type names /widgets/1/type; the widgets beside it are drawn', async () => {
    const { el, errors } = await dashboard({ stage, widgets: [card('jobs', [1, 1, 12, 12]), { type: 'pie-chart', area: [13, 1, 12, 12] }] });
    await until(() => errors.length, 5000, 'rb-error');
    expect(errors[0]!.detail).to.include({ code: 'invalid-config', path: '/widgets/1/type' });
    expect(el.state).to.equal('ready');
    const [jobs] = await drawn(el);
    await until(() => text(jobs!).includes('3500'), 5000, 'the card beside it');
    // The clerk sees the mistake where the widget would be.
    await until(() => root(el).querySelector('[part=error]')?.textContent?.includes('/widgets/1/type'), 5000, 'the mistake shown in place');
  });

  const areaCases: [string, Record<string, unknown>, string, string[]][] = [
    ['an area beyond the grid', { stage, pages: [{ widgets: [card('jobs', [1, 1, 6, 6])] }, { widgets: [card('jobs', [20, 1, 6, 4]), card('magang-sales', [1, 1, 6, 6])] }] }, '/pages/1/widgets/0/area', ['24']],
    ['an area beyond custom columns × rows', { stage, columns: 12, rows: 6, widgets: [card('jobs', [1, 1, 6, 6]), card('magang-sales', [7, 4, 6, 4])] }, '/widgets/1/area', ['12', '6']],
    ['overlapping areas (the later names the earlier)', { stage, widgets: [card('jobs', [1, 1, 6, 6]), card('magang-sales', [4, 4, 6, 6])] }, '/widgets/1/area', ['/widgets/0/area']],
    ['a zero span', { stage, widgets: [card('jobs', [1, 1, 6, 6]), card('magang-sales', [7, 1, 0, 6])] }, '/widgets/1/area', []],
    ['a negative span', { stage, widgets: [card('jobs', [1, 1, 6, 6]), card('magang-sales', [7, 1, 6, -2])] }, '/widgets/1/area', []],
    ['a missing area on a stage', { stage, widgets: [card('jobs', [1, 1, 6, 6]), card('magang-sales')] }, '/widgets/1/area', []],
    ['an area without a stage', { widgets: [card('jobs'), card('magang-sales', [1, 1, 4, 4])] }, '/widgets/1/area', []],
  ];
  for (const [name, spec, path, said] of areaCases) {
    it(`${name}: named at ${path}, the other widget drawn`, async () => {
      const { el, errors } = await dashboard(spec);
      await until(() => errors.length, 5000, 'rb-error');
      expect(errors[0]!.detail.code).to.equal('invalid-config');
      expect(errors[0]!.detail.path === path || errors[0]!.detail.path.startsWith(`${path}/`), errors[0]!.detail.path).to.equal(true);
      for (const s of said) expect(errors[0]!.detail.message).to.contain(s);
      expect(el.state, 'the dashboard stays').to.equal('ready');
      const [jobs] = await drawn(el);
      await until(() => text(jobs!).includes('3500'), 5000, 'the good widget');
    });
  }

  it('custom columns × rows place areas on that grid', async () => {
    const { el } = await dashboard({ stage, columns: 12, rows: 6, widgets: [card('jobs', [1, 1, 6, 6]), card('magang-sales', [7, 4, 6, 3])] });
    const cells = [...root(el).querySelectorAll<HTMLElement>('[part=cell]')];
    await until(() => cells[0]!.getBoundingClientRect().width > 0, 5000, 'laid out');
    const grid = root(el).querySelector('[part=grid]')!.getBoundingClientRect();
    const [a, b] = cells.map((c) => c.getBoundingClientRect());
    expect(a!.width / grid.width).to.be.closeTo(0.5, 0.03);
    expect(a!.height / grid.height).to.be.closeTo(1, 0.03);
    expect(b!.height / grid.height).to.be.closeTo(0.5, 0.03);
    expect(b!.top - grid.top).to.be.closeTo(grid.height / 2, grid.height * 0.03);
  });
});

describe('rb-dashboard contract: periods', () => {
  afterEach(cleanup);

  it('a spec period the document does not hold: every widget says "no data for P", no error; the control shows P', async () => {
    const { el, errors } = await dashboard({
      period: '2019',
      columns: 12,
      widgets: [card('magang-sales'), { type: 'coverage-gauge', config: { coverage: 'enterprise-party' } }, { type: 'brand-matrix', span: 12 }],
    });
    const shown = await drawn(el);
    for (const w of shown) await until(() => text(w).includes('2019年 无数据'), 5000, `${w.localName} says no data for 2019`);
    expect(shown.map((w) => w.state)).to.deep.equal(['ready', 'ready', 'ready']);
    expect(errors).to.deep.equal([]);
    const control = root(el).querySelector<RbPeriod>('rb-period')!;
    await settle(control);
    const select = control.shadowRoot!.querySelector('select')!;
    expect(select.selectedOptions[0]?.textContent?.trim(), 'the control says the period shown').to.equal('2019年');
  });

  it('the period control shows only when the document holds more than one period; play steps on the dashboard clock', async () => {
    const single = create<RbDashboard>('rb-dashboard', { clockSource: manualTimeSource(), config: { widgets: [{ type: 'coverage-gauge' }] } });
    const doc = await sample('taiping');
    single.data = { ...doc, indicators: [] } as never;
    await nextEvent(single, 'rb-load');
    await settle(single);
    const none = root(single).querySelector<RbPeriod>('rb-period')!;
    await settle(none);
    expect(getComputedStyle(none).display, 'one period: no control').to.equal('none');

    const source = manualTimeSource();
    const { el } = await dashboard({ columns: 12, widgets: [card('magang-sales')] }, { source });
    const control = root(el).querySelector<RbPeriod>('rb-period')!;
    await until(() => control.shadowRoot!.querySelector('select'), 5000, 'the control');
    expect(getComputedStyle(control).display).to.not.equal('none');
    const play = control.shadowRoot!.querySelector<HTMLButtonElement>('[part=play]')!;
    play.click();
    await settle(control);
    expect(control.playing).to.equal(true);
    const first = control.period;
    source.advance(2_000);
    await settle(control);
    expect(control.period, 'stepped on the dashboard clock').to.not.equal(first);
    expect(control.playing, 'more periods to go').to.equal(true);
    control.shadowRoot!.querySelector<HTMLButtonElement>('[part=play]')!.click();
    const at = control.period;
    source.advance(60_000);
    await settle(control);
    expect(control.period, 'paused').to.equal(at);
  });
});
