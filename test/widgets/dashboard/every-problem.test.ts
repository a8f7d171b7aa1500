// A widget entry of a spec with several mistakes: its one rb-error carries every problem (paths in
// the spec, messages in the dashboard's language), and its panel lists them all, as a widget's own does.
import { expect } from '@esm-bundle/chai';
import '../../../src/widgets/dashboard/index.js';
import type { RbDashboard } from '../../../src/widgets/dashboard/index.js';
import '../../../src/widgets/growth-indicator/index.js';
import { manualTimeSource } from '../../../src/core/clock.js';
import type { RbErrorDetail } from '../../../src/core/events.js';
import { cleanup, create, recordEvents, sample, settle, until } from '../../support/helpers.js';

type Widget = HTMLElement & { state: string };
const root = (el: RbDashboard) => el.shadowRoot!;

async function dashboard(config: unknown, lang = 'zh-CN') {
  const el = create<RbDashboard>('rb-dashboard', { clockSource: manualTimeSource(), config: config as never, lang });
  const errors = recordEvents(el, 'rb-error') as CustomEvent<RbErrorDetail>[];
  el.data = (await sample('kaiping')) as never;
  await until(() => el.state === 'ready' || el.state === 'error', 15_000, 'the dashboard built');
  await until(() => root(el).querySelector('.cell.broken [part=problems]'), 15_000, 'the broken widget shown');
  await settle(el);
  return { el, errors };
}

describe('rb-dashboard: a widget entry with several mistakes', function () {
  this.timeout(60_000);
  afterEach(cleanup);

  for (const stage of [false, true]) {
    it(`${stage ? 'on a stage' : 'flowing'}: one rb-error whose detail has every problem; the panel lists and shows them all`, async () => {
      const entry = { type: 'ranking', config: { of: 'brands', metric: 'sales', top: 'eight', style: 'bars' }, ...(stage ? { area: [1, 1, 6, 3] } : {}) };
      const spec = { ...(stage ? { stage: { width: 1920, height: 1080 } } : {}), widgets: [entry, { type: 'growth-indicator', config: { indicator: 'jobs' }, ...(stage ? { area: [7, 1, 6, 6] } : {}) }] };
      const { el, errors } = await dashboard(spec);
      expect(errors).to.have.length(1);
      const { detail } = errors[0]!;
      expect(detail.message).to.contain('另有 1 处问题');
      expect(detail.issues.map((i) => i.path)).to.deep.equal(['/widgets/0/config/top', '/widgets/0/config/style']);
      expect(detail.issues[0]!.message).to.contain('“top”应为数值');
      expect(detail.issues[1]!.message).to.contain('style');
      // The panel: a disclosure listing both, each with its pointer, readable once opened.
      const details = root(el).querySelector<HTMLDetailsElement>('.cell.broken [part=problems]')!;
      const items = [...details.querySelectorAll('li')];
      expect(items.map((li) => li.querySelector('code')!.textContent)).to.deep.equal(['/widgets/0/config/top', '/widgets/0/config/style']);
      details.querySelector('summary')!.click();
      await until(() => details.open, 5000, 'the list opened');
      const panel = details.closest<HTMLElement>('[part=error]')!;
      for (const li of items) {
        li.scrollIntoView({ block: 'nearest' });
        const box = li.getBoundingClientRect();
        const frame = panel.getBoundingClientRect();
        expect(box.height, li.textContent!).to.be.above(0);
        expect(box.top, `${li.textContent} inside its panel`).to.be.at.least(frame.top - 1);
        expect(box.bottom, `${li.textContent} inside its panel`).to.be.at.most(frame.bottom + 1);
      }
      // The other widget is drawn.
      const card = root(el).querySelector('rb-growth-indicator') as Widget;
      await until(() => card.state === 'ready', 15_000, 'the card drawn');
    });
  }

  it("a widget's own error (an id the data lacks) carries every problem with its place in the spec", async () => {
    const el = create<RbDashboard>('rb-dashboard', { clockSource: manualTimeSource(), config: { widgets: [{ type: 'growth-indicator', config: { indicator: 'nope' } }] } as never });
    const errors = recordEvents(el, 'rb-error') as CustomEvent<RbErrorDetail>[];
    el.data = (await sample('kaiping')) as never;
    await until(() => errors.length, 15_000, 'the rb-error');
    expect(errors[0]!.detail.path).to.equal('/widgets/0/config/indicator');
    expect(errors[0]!.detail.issues.map((i) => i.path)).to.deep.equal(['/widgets/0/config/indicator']);
    expect(errors[0]!.detail.issues[0]!.message).to.contain('nope');
  });
});
