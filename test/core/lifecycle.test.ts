// The lifecycle matrix of the widget core: the order in which `src`, `config` and `refresh` are set
// (before or after the element joins the page) × what happens while the document loads × refresh
// on or off. Every cell asserts the end state, the events (exactly one rb-load per load), and that
// no request and no timer outlive the element's stay on the page.
import { expect } from '@esm-bundle/chai';
import '../../src/widgets/coverage-gauge/index.js';
import type { RbCoverageGauge } from '../../src/widgets/coverage-gauge/index.js';
import { clearDocumentCache } from '../../src/core/data-source.js';
import { recordEvents, sample, serve, uniqueKey, until } from '../support/helpers.js';
import type { RegionBrandDataInput } from '../../src/core/schema.js';
import type { Timer } from '../../src/core/clock.js';
import { pageWideClock } from '../../src/core/page-clock.js';

/** Requests made through `fetch` and intervals started, tracked for the current test. */
const live = {
  requests: [] as { url: string; signal: AbortSignal | null | undefined; settled: boolean }[],
  intervals: new Map<number, number>(),
  /** Timers started on the page-wide clock (where a widget outside a dashboard runs its refresh). */
  timers: [] as { ms: number; timer: Timer }[],
};
const clock = pageWideClock();
const originalEvery = clock.every;
const original = { fetch: window.fetch, setInterval: window.setInterval, clearInterval: window.clearInterval };

function track(): void {
  live.requests = [];
  live.intervals.clear();
  live.timers = [];
  (clock as { every: typeof clock.every }).every = (ms, fn) => {
    const timer = originalEvery(ms, fn);
    live.timers.push({ ms, timer });
    return timer;
  };
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const entry = { url: String(input), signal: init?.signal, settled: false };
    if (String(input).includes('/__rb/store/')) live.requests.push(entry);
    const settle = () => void (entry.settled = true);
    const p = original.fetch.call(window, input, init);
    p.then(settle, settle);
    return p;
  }) as typeof fetch;
  window.setInterval = ((handler: () => void, ms?: number) => {
    const id = original.setInterval.call(window, handler, ms) as unknown as number;
    live.intervals.set(id, ms ?? 0);
    return id;
  }) as unknown as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.intervals.delete(id);
    original.clearInterval.call(window, id);
  }) as typeof clearInterval;
}

function untrack(): void {
  Object.assign(window, original);
  (clock as { every: typeof clock.every }).every = originalEvery;
}

/** Requests still under way whose caller has not given up. */
const openRequests = () => live.requests.filter((r) => !r.settled && !r.signal?.aborted);
/** Refresh clocks running (intervals, or timers on the page clock, of a second or more). */
const refreshClocks = () => [
  ...[...live.intervals.values()].filter((ms) => ms >= 1000),
  ...live.timers.filter((t) => t.timer.active && t.ms >= 1000).map((t) => t.ms),
];

const nextTask = () => new Promise((r) => setTimeout(r, 0));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Gauge = RbCoverageGauge;
type Setup = (el: Gauge, props: { src: string; refresh: number | undefined }, host: HTMLElement) => Promise<void>;

const CONFIG = { coverage: 'villages' };

/** How the attributes and properties reach the element. */
const orders: Record<string, Setup> = {
  'all set before connecting': async (el, { src, refresh }, host) => {
    el.setAttribute('src', src);
    el.setAttribute('config', JSON.stringify(CONFIG));
    if (refresh) el.setAttribute('refresh', String(refresh));
    host.append(el);
  },
  'connected first, then config, src and refresh in the same task (React, Vue)': async (el, { src, refresh }, host) => {
    host.append(el);
    el.config = CONFIG;
    el.src = src;
    if (refresh) el.refresh = refresh;
  },
  'connected, then refresh, then src a task later, then config': async (el, { src, refresh }, host) => {
    host.append(el);
    if (refresh) el.refresh = refresh;
    await nextTask();
    el.src = src;
    await nextTask();
    el.config = CONFIG;
  },
  'src before connecting, refresh and config after': async (el, { src, refresh }, host) => {
    el.src = src;
    host.append(el);
    await nextTask();
    if (refresh) el.refresh = refresh;
    el.config = CONFIG;
  },
};

interface Expect {
  /** State at the end. */
  readonly state: 'ready' | 'loading';
  /** What the widget shows (a text of its figures), if ready. */
  readonly shows?: string;
  /** rb-load events, and their source. */
  readonly loads: number;
  readonly source?: 'inline' | 'second' | 'first';
  /** Still on the page at the end. */
  readonly connected: boolean;
}

/** What happens while the first document is still loading. */
const whileLoading: Record<string, { run: (el: Gauge, urls: { second: string }, hosts: HTMLElement[]) => Promise<void>; expect: Expect }> = {
  nothing: { run: async () => {}, expect: { state: 'ready', shows: '424 / 424', loads: 1, source: 'first', connected: true } },
  'moved to another container': {
    run: async (el, _u, [, other]) => other!.append(el),
    expect: { state: 'ready', shows: '424 / 424', loads: 1, source: 'first', connected: true },
  },
  removed: {
    run: async (el) => el.remove(),
    expect: { state: 'loading', loads: 0, connected: false },
  },
  'removed and added again later': {
    run: async (el, _u, [host]) => {
      el.remove();
      await pause(40);
      host!.append(el);
    },
    expect: { state: 'ready', shows: '424 / 424', loads: 1, source: 'first', connected: true },
  },
  'src changed': {
    run: async (el, { second }) => void (el.src = second),
    expect: { state: 'ready', shows: '12 / 12', loads: 1, source: 'second', connected: true },
  },
  'data set': {
    run: async (el) => void (el.data = secondDocument as RegionBrandDataInput),
    expect: { state: 'ready', shows: '12 / 12', loads: 1, source: 'inline', connected: true },
  },
};

let secondDocument: Record<string, any>;

describe('widget lifecycle matrix', function () {
  this.timeout(40000);
  const hosts: HTMLElement[] = [];

  before(async () => {
    secondDocument = await sample('pingyuan');
    secondDocument['coverage'][0] = { id: 'villages', name: '第二份文档', covered: 12, total: 12, unit: '个' };
  });

  beforeEach(() => {
    track();
    for (let i = 0; i < 2; i++) hosts.push(document.body.appendChild(document.createElement('div')));
  });

  afterEach(() => {
    untrack();
    while (hosts.length) hosts.pop()!.remove();
    clearDocumentCache();
  });

  for (const [orderName, setup] of Object.entries(orders)) {
    for (const [actionName, action] of Object.entries(whileLoading)) {
      for (const refresh of [undefined, 1]) {
        it(`${orderName} × ${actionName} × refresh ${refresh ? 'on' : 'off'}`, async () => {
          const first = await serve(uniqueKey('first'), { body: await sample('pingyuan'), delayMs: 150 });
          const second = await serve(uniqueKey('second'), { body: secondDocument, delayMs: 30 });
          const el = document.createElement('rb-coverage-gauge') as Gauge;
          const events = recordEvents(el, 'rb-load', 'rb-error');
          await setup(el, { src: first, refresh }, hosts[0]!);
          await until(() => live.requests.length > 0 || el.state === 'ready', 2000, 'the first request');
          await action.run(el, { second }, hosts);
          const want = action.expect;
          if (want.state === 'ready') await until(() => el.state === 'ready', 3000, `${orderName} × ${actionName}: ready`);
          else await pause(300);
          await pause(40);

          expect(el.state, 'state').to.equal(want.state);
          expect(el.isConnected, 'connected').to.equal(want.connected);
          expect(events.filter((e) => e.type === 'rb-error').map((e) => e.detail), 'no rb-error').to.deep.equal([]);
          const loads = events.filter((e) => e.type === 'rb-load');
          expect(loads.length, 'exactly one rb-load per load').to.equal(want.loads);
          if (want.source) {
            const source = loads[0]!.detail.source as string;
            if (want.source === 'inline') expect(source).to.equal('inline');
            else expect(source).to.contain(want.source === 'second' ? second : first);
          }
          if (want.shows) expect(el.shadowRoot!.textContent).to.contain(want.shows);

          const src = want.source === 'inline' ? undefined : el.src;
          const clocks = refreshClocks();
          if (want.connected && refresh && src) expect(clocks, 'a refresh clock runs while connected').to.deep.equal([1000]);
          else expect(clocks, 'no refresh clock').to.deep.equal([]);

          el.remove();
          await nextTask();
          expect(openRequests().map((r) => r.url), 'no request left after leaving the page').to.deep.equal([]);
          expect(refreshClocks(), 'no timer left after leaving the page').to.deep.equal([]);
        });
      }
    }
  }

  it('refreshes on its clock with src set after connecting and refresh before it (one rb-load per load)', async () => {
    const key = uniqueKey('clock');
    const url = await serve(key, { body: await sample('pingyuan') });
    const el = document.createElement('rb-coverage-gauge') as Gauge;
    const loads = recordEvents(el, 'rb-load');
    hosts[0]!.append(el);
    el.refresh = 1;
    await nextTask();
    el.src = url;
    await until(() => loads.length === 2, 3000, 'a refresh after one second');
    expect(loads.map((e) => e.detail.source)).to.have.length(2);
    el.remove();
    await pause(1200);
    expect(loads, 'no refresh after leaving the page').to.have.length(2);
  });

  it('follows config.theme and the rise colour of config.lang', async () => {
    const el = document.createElement('rb-coverage-gauge') as Gauge;
    el.data = await sample('pingyuan');
    hosts[0]!.append(el);
    await until(() => el.state === 'ready', 3000, 'ready');
    const token = (name: string) => getComputedStyle(el).getPropertyValue(name).trim();
    const light = token('--rb-color-background');
    const riseZh = token('--rb-color-rise');
    el.config = { theme: 'dark', lang: 'en' };
    await el.updateComplete;
    expect(token('--rb-color-background'), 'dark background from config.theme').to.not.equal(light);
    expect(token('--rb-color-rise'), 'rise colour of English from config.lang').to.not.equal(riseZh);
    expect(token('--rb-color-rise')).to.equal(token('--rb-color-good'));
    el.config = {};
    await el.updateComplete;
    expect(token('--rb-color-background')).to.equal(light);
    expect(token('--rb-color-rise')).to.equal(riseZh);
  });
});
