// The selection in the URL hash on portals that use the hash themselves (a hash router's
// `#/news/list?id=3`, a hash-bang route, an anchor), and a hash written by hand or left from an
// older page (an id the document does not have, a period it does not hold): dashboard.md, "The
// selection is in the page URL's hash, so a shared link opens on it".
import { expect } from '@esm-bundle/chai';
import '../../../src/widgets/dashboard/index.js';
import type { RbDashboard } from '../../../src/widgets/dashboard/index.js';
import { manualTimeSource } from '../../../src/core/clock.js';
import { cleanup, create, sample, settle, until } from '../../support/helpers.js';

type Widget = HTMLElement & { state: string };
const root = (el: Element) => el.shadowRoot!;
const widgets = (el: RbDashboard) => [...root(el).querySelectorAll('[part=cell] > *')] as Widget[];
const marked = (w: Element) => [...root(w).querySelectorAll('[aria-current=true]')].map((c) => c.getAttribute('data-id') ?? c.getAttribute('data-unit'));
const hash = () => location.hash.replace(/^#/, '');
const setHash = (text: string) => history.replaceState(null, '', `${location.pathname}${location.search}${text ? `#${text}` : ''}`);

/** A linked dashboard with a ranking of towns (and, when asked, a KPI card), its document given after it joined the page (as a portal's script does). */
async function dashboard(id: string, more: unknown[] = []): Promise<RbDashboard> {
  const el = create<RbDashboard>('rb-dashboard', {
    id,
    clockSource: manualTimeSource(),
    config: { link: true, widgets: [{ type: 'ranking', config: { of: 'units', metric: 'enterprises' } }, ...more] },
  });
  await el.updateComplete;
  el.data = (await sample('kaiping')) as never;
  await until(() => el.state === 'ready' && widgets(el).length > 0 && widgets(el).every((w) => w.state === 'ready'), 8000, 'the dashboard drawn');
  await settle(el);
  return el;
}

async function choose(el: RbDashboard, unit: string): Promise<void> {
  root(widgets(el)[0]!).querySelector<HTMLButtonElement>(`[part=item][data-id=${unit}]`)!.click();
  await settle(el);
  await settle(widgets(el)[0]!);
}

describe('the selection in a hash the portal uses too', function () {
  this.timeout(60_000);
  afterEach(() => {
    cleanup();
    setHash('');
  });

  // What the portal had in its hash, and the hash with 马冈镇 chosen: the portal's text is kept byte
  // for byte, and a route without a query gets the pair as its query (`?`), so the router still
  // finds its route (`#/about&rb…` is a route nobody has).
  const cases: [string, string][] = [
    ['/news/list?id=3&tab=a%20b', '/news/list?id=3&tab=a%20b&rb.dashboard-route=unit:magang'],
    ['/about', '/about?rb.dashboard-route=unit:magang'],
    ['!/county/kaiping', '!/county/kaiping?rb.dashboard-route=unit:magang'],
    ['contacts', 'contacts&rb.dashboard-route=unit:magang'],
    ['', 'rb.dashboard-route=unit:magang'],
  ];
  for (const [portal, chosen] of cases) {
    it(`#${portal}: a choice adds its pair and keeps the portal's text; a second click gives the portal its hash back`, async () => {
      setHash(portal);
      const el = await dashboard('route');
      await choose(el, 'magang');
      expect(hash()).to.equal(chosen);
      await choose(el, 'dasha');
      expect(hash()).to.equal(chosen.replace('magang', 'dasha'));
      await choose(el, 'dasha');
      expect(hash()).to.equal(portal);
      expect(marked(widgets(el)[0]!)).to.deep.equal([]);
    });
  }

  it('a shared link whose pair follows a route opens on its selection; clearing it leaves the route and its other query pairs', async () => {
    setHash('/about?rb.dashboard-shared=unit:dasha&page=2');
    const el = await dashboard('shared');
    expect(marked(widgets(el)[0]!)).to.deep.equal(['dasha']);
    await choose(el, 'dasha');
    expect(hash()).to.equal('/about?page=2');
  });

  it('a hash naming an id the document lacks and a period it does not hold: every widget is drawn, nothing marked; the next choice replaces it', async () => {
    setHash('rb.dashboard-stale=unit:nowhere&rb.dashboard-stale.period=1999');
    const el = await dashboard('stale', [{ type: 'growth-indicator', config: { indicator: 'jobs' } }]);
    const [ranking, card] = widgets(el);
    expect(widgets(el).map((w) => w.state)).to.deep.equal(['ready', 'ready']);
    expect(marked(ranking!)).to.deep.equal([]);
    expect(root(card!).textContent).to.contain('1999年 无数据');
    await choose(el, 'magang');
    expect(hash()).to.equal('rb.dashboard-stale=unit:magang&rb.dashboard-stale.period=1999');
    expect(marked(ranking!)).to.deep.equal(['magang']);
  });

  it('a dashboard opened on a shared link updates once per change (no second update scheduled from its own update: Lit change-in-update)', async () => {
    // Lit warns once per message and page: forget an earlier one, then listen.
    const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
    for (const w of [...(issued ?? [])]) if (w.includes('after an update completed')) issued!.delete(w);
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
    try {
      setHash('rb.dashboard-once=unit:tangkou&rb.dashboard-once.period=2024');
      const el = await dashboard('once');
      expect(marked(widgets(el)[0]!)).to.deep.equal(['tangkou']);
    } finally {
      console.warn = warn;
    }
    expect(warned.filter((w) => w.includes('after an update completed'))).to.deep.equal([]);
  });
});
