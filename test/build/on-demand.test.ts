// Code a widget on its own does not need loads on demand from the built files: the link groups
// and the link controller (shared selection and period, URL hash) load the first time an element
// names a group; the clock (timers of refresh and count-up) the first time an element starts a timer.
import { expect } from '@esm-bundle/chai';
import { builtText, staticClosure } from '../support/built-files.js';
import { serve, uniqueKey, until } from '../support/helpers.js';

/** Code of clock.ts (its real-time source caps setTimeout delays at 2^31 - 1 ms). */
const CLOCK_CODE = '2147483647';
/** Code of link-controller.ts (it listens to its element's own choices). */
const LINK_CONTROLLER_CODE = /addEventListener\(\s*["'`]rb-select["'`]/;

describe('link groups on demand (dist/)', () => {
  it('a KPI card entry does not carry the link groups; the dashboard entry does', async () => {
    expect(await staticClosure('/dist/growth-indicator.js')).to.not.include('hashchange');
    expect(await staticClosure('/dist/dashboard.js')).to.include('hashchange');
  });

  it('the first load of a KPI card or a chart carries neither the clock nor the link controller; both are chunks it imports on demand', async () => {
    for (const entry of ['growth-indicator', 'coverage-gauge']) {
      const first = await staticClosure(`/dist/${entry}.js`);
      expect(first, `${entry}: no clock`).to.not.include(CLOCK_CODE);
      expect(first, `${entry}: no link controller`).to.not.match(LINK_CONTROLLER_CODE);
      const onDemand = [...first.matchAll(/import\(\s*"\.{1,2}\/(?:chunks\/)?([^"]+\.js)"\s*\)/g)].map((m) => m[1]!);
      const texts = await Promise.all(onDemand.map((name) => builtText(`/dist/chunks/${name.replace(/^chunks\//, '')}`)));
      expect(texts.some((t) => t.includes(CLOCK_CODE)), `${entry}: the clock on demand`).to.equal(true);
      expect(texts.some((t) => LINK_CONTROLLER_CODE.test(t)), `${entry}: the link controller on demand`).to.equal(true);
    }
    // Elements that always run timers carry the clock (the markers above are real code).
    expect(await staticClosure('/dist/dashboard.js')).to.include(CLOCK_CODE);
  });

  it('a KPI card from dist/ that names a group builds once, in the period the group was given', async () => {
    await import('/dist/growth-indicator.js' as string);
    const data = await (await fetch('/demo/data/kaiping.json')).json();
    const indicator = data.indicators.find((i: { series?: unknown[] }) => (i.series?.length ?? 0) >= 2);
    const periods: string[] = indicator.series.map((p: { period: string }) => p.period).sort();
    const earlier = periods[0]!;
    location.hash = `rb.ondemand.period=${encodeURIComponent(earlier)}`;
    const el = document.createElement('rb-growth-indicator') as HTMLElement & { state: string; data: unknown; config: unknown; model: { period: string | null } | null };
    el.setAttribute('group', 'ondemand');
    el.config = { indicator: indicator.id };
    let loads = 0;
    const loaded = new Promise<void>((resolve) => el.addEventListener('rb-load', () => (loads++, resolve())));
    el.data = data;
    document.body.append(el);
    await loaded;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.state).to.equal('ready');
    expect(loads).to.equal(1);
    expect(earlier).to.not.equal(periods.at(-1));
    expect(el.model?.period).to.equal(earlier);
    el.remove();
    location.hash = '';
  });

  it('a KPI card from dist/ with a refresh loads the clock and re-fetches about a second after its first load', async () => {
    await import('/dist/growth-indicator.js' as string);
    const key = uniqueKey('dist-refresh');
    const el = document.createElement('rb-growth-indicator');
    el.setAttribute('src', await serve(key, { body: await (await fetch('/demo/data/taiping.json')).json() }));
    el.setAttribute('refresh', '1');
    const loads: number[] = [];
    el.addEventListener('rb-load', () => loads.push(performance.now()));
    document.body.append(el);
    await until(() => loads.length >= 2, 4000, 'a refresh');
    expect(loads[1]! - loads[0]!).to.be.within(900, 2500);
    el.remove();
  });
});
