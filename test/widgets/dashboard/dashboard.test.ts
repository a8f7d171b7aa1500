import { expect } from '@esm-bundle/chai';
import '../../../src/widgets/dashboard/index.js';
import type { RbErrorDetail } from '../../../src/core/events.js';
import { cleanup, create, hits, nextEvent, sample, serve, settle, uniqueKey, until } from '../../support/helpers.js';

const spec = {
  columns: 12,
  widgets: [
    { type: 'coverage-gauge', config: { coverage: 'enterprise-party' }, span: 4 },
    { type: 'growth-indicator', config: { indicator: 'magang-sales' }, span: 4 },
    { type: 'brand-matrix', config: {}, span: 12 },
  ],
};

describe('rb-dashboard', () => {
  afterEach(cleanup);

  it('lays out every widget of the spec on one shared document, fetched once', async () => {
    const key = uniqueKey();
    const url = await serve(key, { body: await sample('kaiping') });
    const el = create<HTMLElement>('rb-dashboard', { config: { ...spec, src: url } });
    await nextEvent(el, 'rb-load');
    await settle(el);
    const cells = [...el.shadowRoot!.querySelectorAll('[part=cell]')] as HTMLElement[];
    expect(cells.map((c) => c.firstElementChild!.localName)).to.deep.equal(['rb-coverage-gauge', 'rb-growth-indicator', 'rb-brand-matrix']);
    expect(cells[0]!.style.gridColumn).to.equal('span 4');
    expect(cells[0]!.getAttribute('style')).to.not.equal(null); // set through the CSSOM
    const gauge = cells[0]!.firstElementChild as HTMLElement;
    await until(() => gauge.shadowRoot?.textContent?.includes('25 / 84'), 5000, 'gauge figures');
    const card = cells[1]!.firstElementChild as HTMLElement;
    await until(() => card.shadowRoot?.textContent?.includes('马冈优品年销售额'), 5000, 'card');
    expect(await hits(key)).to.equal(1);
  });

  it('names the path of a wrong widget type and of a wrong widget option', async () => {
    const doc = await sample('kaiping');
    const bad = create<HTMLElement>('rb-dashboard', { config: { widgets: [{ type: 'pie-chart' }] } });
    const e1 = nextEvent<RbErrorDetail>(bad, 'rb-error');
    (bad as any).data = doc;
    expect((await e1).detail).to.include({ code: 'invalid-config', path: '/widgets/0/type' });

    const badOption = create<HTMLElement>('rb-dashboard', {
      config: { widgets: [{ type: 'coverage-gauge' }, { type: 'coverage-gauge', config: { style: 'pie' } }] },
    });
    const e2 = nextEvent<RbErrorDetail>(badOption, 'rb-error');
    (badOption as any).data = doc;
    expect((await e2).detail).to.include({ code: 'invalid-config', path: '/widgets/1/config/style' });
  });

  it('warns about a span wider than the flowing grid, naming it, and lets that widget take the whole row', async () => {
    const el = create<HTMLElement>('rb-dashboard', {
      lang: 'en',
      config: { columns: 6, widgets: [{ type: 'growth-indicator', config: { indicator: 'magang-sales' }, span: 9 }, { type: 'coverage-gauge', span: 6 }] },
    });
    const warned = nextEvent<{ path: string; message: string }>(el, 'rb-warning');
    const loaded = nextEvent(el, 'rb-load');
    (el as any).data = await sample('kaiping');
    const { detail } = await warned;
    expect(detail.path).to.equal('/widgets/0/span');
    expect(detail.message).to.contain("span 9 is wider than the grid's 6 columns").and.contain('from 1 to 6');
    await loaded;
    await settle(el);
    expect((el as any).model.pages[0].items.map((i: { span: number }) => i.span)).to.deep.equal([6, 6]);
  });

  it('names the widgets\' wrong options in the same round as a wrong spec shape', async () => {
    const el = create<HTMLElement>('rb-dashboard', {
      config: { columns: 0, widgets: [{ type: 'growth-indicator', spn: 4 }, { type: 'coverage-gauge', config: { style: 'pie' } }] },
    });
    const error = nextEvent<RbErrorDetail>(el, 'rb-error');
    (el as any).data = await sample('kaiping');
    expect((await error).detail).to.include({ code: 'invalid-config', path: '/columns' });
    const issues = (el as any).lastError.issues as { path: string; key: string; params: string[] }[];
    expect(issues.map((i) => i.path)).to.deep.equal(['/columns', '/widgets/0/spn', '/widgets/1/config/style']);
    expect(issues[1]!.params[1]).to.deep.equal(['type', 'config', 'span', 'area']);
    // A number out of its range says the bound in words a clerk can act on, not ">=1".
    expect((await error).detail.message).to.contain('0 太小：请填写不小于 1 的数');
    const en = create<HTMLElement>('rb-dashboard', { lang: 'en', config: { columns: 49, widgets: [{ type: 'growth-indicator' }] } });
    const tooMany = nextEvent<RbErrorDetail>(en, 'rb-error');
    (en as any).data = await sample('kaiping');
    expect((await tooMany).detail).to.include({ path: '/columns' });
    expect((await tooMany).detail.message).to.contain('49 is too large: write a number of at most 48');
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('[part=problems] li').length).to.equal(3);
  });

  it('keeps other widgets working when one names an id the data lacks', async () => {
    const el = create<HTMLElement>('rb-dashboard', {
      config: { widgets: [{ type: 'coverage-gauge', config: { coverage: 'nope' } }, { type: 'growth-indicator', config: { indicator: 'jobs' } }] },
    });
    (el as any).data = await sample('kaiping');
    await nextEvent(el, 'rb-load');
    await settle(el);
    const [gauge, card] = [...el.shadowRoot!.querySelectorAll('[part=cell] > *')] as HTMLElement[];
    await until(() => gauge!.shadowRoot?.querySelector('[part=error]'), 5000, 'gauge error');
    await until(() => card!.shadowRoot?.textContent?.includes('3500'), 5000, 'card value');
  });
});
