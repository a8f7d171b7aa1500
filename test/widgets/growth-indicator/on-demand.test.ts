// On a fresh page (nothing else imported), a KPI card loads the clock (`clock.ts`) only for a
// `refresh` or a count-up, the link controller only when it names a group, and the error panel
// (`error-panel.ts`) with its first mistake. Timers asked for
// while the clock loads start once it has loaded, unless the card left the page or dropped its
// `refresh` meanwhile. The tests run in order: the first ones need a page where nothing loaded yet.
import { expect } from '@esm-bundle/chai';
import '../../../src/widgets/growth-indicator/index.js';
import type { RbGrowthIndicator } from '../../../src/widgets/growth-indicator/index.js';
import { hits, nextEvent, recordEvents, sample, serve, shadow, uniqueKey, until } from '../../support/helpers.js';
import { oneIndicatorDocument } from '../../support/documents.js';

const doc = oneIndicatorDocument;

/** True once the page has fetched this module of src/ (a static or dynamic import). */
const fetched = (path: string) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === `/src/core/${path}`);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const counting = (el: RbGrowthIndicator) => shadow(el).querySelector('[part=value] .counting');

const cards: HTMLElement[] = [];
function card(attrs: Record<string, string>, props: Record<string, unknown> = {}): RbGrowthIndicator {
  const el = document.createElement('rb-growth-indicator') as RbGrowthIndicator;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  cards.push(el);
  return el;
}

/** The clock module as the widgets use it (imported by the test only once they have loaded it). */
const pageClock = () => import('../../../src/core/page-clock.js');

describe('rb-growth-indicator: clock, links and the error panel on demand', function () {
  this.timeout(30000);
  afterEach(() => {
    while (cards.length) cards.pop()!.remove();
    location.hash = '';
  });

  it('a card with no refresh, no count-up, no group and no mistake loads neither the clock, the link controller nor the error panel', async () => {
    const el = card({ src: await serve(uniqueKey('plain'), { body: doc(42) }) });
    const loaded = nextEvent(el, 'rb-load');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    await pause(100);
    expect(el.state).to.equal('ready');
    for (const module of ['clock.ts', 'page-clock.ts', 'link-controller.ts', 'link-group.ts', 'error-panel.ts']) expect(fetched(module), module).to.equal(false);
    expect(fetched('clock-context.ts'), 'the resource check sees the modules it does load').to.equal(true);
  });

  it('timers asked for while the clock loads: they start once it has, except for a card that left or dropped its refresh', async () => {
    const keys = { kept: uniqueKey('kept'), left: uniqueKey('left'), dropped: uniqueKey('dropped') };
    // Refresh set before connecting, on a page that has not loaded the clock.
    const kept = card({ src: await serve(keys.kept, { body: doc(1) }), refresh: '1' });
    const left = card({ src: await serve(keys.left, { body: doc(2) }), refresh: '1' });
    const dropped = card({ src: await serve(keys.dropped, { body: doc(3) }), refresh: '1' });
    const countLeft = card({ config: JSON.stringify({ countUp: true }) }, { data: doc(4) });
    const loads = recordEvents(kept, 'rb-load');
    const loadTimes: number[] = [];
    kept.addEventListener('rb-load', () => loadTimes.push(performance.now()));
    const appended = performance.now();
    document.body.append(kept, left, dropped, countLeft);
    await countLeft.updateComplete;
    expect(counting(countLeft), 'the count-up shows its first figure at once').to.not.equal(null);
    expect(fetched('clock.ts'), 'the clock is still loading (else this test proves nothing)').to.equal(false);
    left.remove();
    dropped.removeAttribute('refresh');
    countLeft.remove();
    await until(() => loads.length === 2, 5000, 'a refresh after one second');
    // The refresh clock runs from connecting (once the clock has loaded), not from the first load,
    // whose own time varies with the machine: the re-fetch is a second or more after connecting,
    // and not long after the first load.
    expect(loadTimes[1]! - appended, 'not before a second has passed').to.be.at.least(990);
    expect(loadTimes[1]! - loadTimes[0]!, 'and not long after the first load').to.be.below(3000);
    expect(fetched('clock.ts')).to.equal(true);
    const { pageWideClock } = await pageClock();
    expect(pageWideClock().size, 'one timer: the refresh of the card that kept it').to.equal(1);
    await pause(1200);
    expect(await hits(keys.left), 'no refresh of the card that left').to.be.at.most(1);
    expect(await hits(keys.dropped), 'no refresh of the card whose refresh was removed').to.equal(1);
    kept.remove();
    await pause(0);
    expect(pageWideClock().size, 'no timer left after the card left').to.equal(0);
  });

  it('once the clock has loaded, a count-up and a refresh start at once', async () => {
    const { pageWideClock } = await pageClock();
    const el = card({ config: JSON.stringify({ countUp: true }), src: await serve(uniqueKey('now'), { body: doc(3_066_000_000) }), refresh: '5' });
    const loaded = nextEvent(el, 'rb-load');
    document.body.append(el);
    expect(pageWideClock().size, 'the refresh timer, started on connecting').to.equal(1);
    await loaded;
    await el.updateComplete;
    expect(counting(el)).to.not.equal(null);
    expect(pageWideClock().size, 'the refresh timer and the count-up').to.equal(2);
    await until(() => counting(el) === null, 5000, 'the count-up to finish');
    expect(pageWideClock().size).to.equal(1);
    el.remove();
    await pause(0);
    expect(pageWideClock().size).to.equal(0);
  });

  it('a card that joins a group after connecting loads the links; updateComplete waits for them and the build has the group period', async () => {
    const data = await sample('kaiping');
    const indicator = data['indicators'].find((i: { series?: unknown[] }) => (i.series?.length ?? 0) >= 2);
    const periods: string[] = indicator.series.map((p: { period: string }) => p.period).sort();
    const earlier = periods[0]!;
    expect(earlier).to.not.equal(periods.at(-1));
    location.hash = `rb.joined.period=${encodeURIComponent(earlier)}`;
    const el = card({}, { config: { indicator: indicator.id }, data });
    const loaded = nextEvent(el, 'rb-load');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    expect(el.model?.period, 'on its own: the latest period').to.equal(periods.at(-1));
    expect(fetched('link-controller.ts')).to.equal(false);
    el.group = 'joined';
    await el.updateComplete;
    expect(fetched('link-controller.ts')).to.equal(true);
    expect(el.model?.period, 'in the group: its period, as soon as updateComplete resolves').to.equal(earlier);
    // A second card named in the group before connecting builds in the group's period at once.
    const other = card({ group: 'joined' }, { config: { indicator: indicator.id }, data });
    const otherLoaded = nextEvent(other, 'rb-load');
    document.body.append(other);
    await otherLoaded;
    expect(other.model?.period).to.equal(earlier);
  });

  it('the first mistake loads the error panel; updateComplete waits for it and the panel lists every problem', async () => {
    expect(fetched('error-panel.ts'), 'no mistake on this page yet').to.equal(false);
    // No name, and a period that fails both its checks (pattern and calendar): two problems.
    const broken = structuredClone(doc(42)) as { indicators: { name?: string; reported: { period: string } }[] };
    delete broken.indicators[0]!.name;
    broken.indicators[0]!.reported.period = '2024年';
    const el = card({}, { data: broken });
    const failed = nextEvent<{ message: string }>(el, 'rb-error');
    document.body.append(el);
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(fetched('error-panel.ts')).to.equal(true);
    const panel = shadow(el).querySelector('[part=error]')!;
    expect(panel.querySelector('p')!.textContent).to.equal((await failed).detail.message).and.match(/缺少“名称”（name）（另有 1 处问题）$/);
    expect([...panel.querySelectorAll('li code')].map((c) => c.textContent)).to.deep.equal(['/indicators/0/name', '/indicators/0/reported/period']);
  });
});
