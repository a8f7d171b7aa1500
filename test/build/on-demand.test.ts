// Code a widget on its own does not need loads on demand from the built files: the link groups
// and the link controller (shared selection and period, URL hash) load the first time an element
// names a group; the clock (timers of refresh and count-up) the first time an element starts a timer;
// what mistakes say and the error panel with the first mistake (the tests of mistakes come last:
// they need a page that has not had one).
import { expect } from '@esm-bundle/chai';
import { builtText, staticClosure } from '../support/built-files.js';
import { nextEvent, serve, uniqueKey, until } from '../support/helpers.js';

/** Code of clock.ts (its real-time source caps setTimeout delays at 2^31 - 1 ms). */
const CLOCK_CODE = '2147483647';
/** Code of link-controller.ts (it listens to its element's own choices). */
const LINK_CONTROLLER_CODE = /addEventListener\(\s*["'`]rb-select["'`]/;
/** Code of valibot-issues.ts (what a valibot issue says: a ratio given as a percentage). */
const MISTAKE_CODE = '"ratioPercent"';
/** Code of error-panel.ts (the list of every problem). */
const ERROR_PANEL_CODE = 'part="problems"';

/** Code of toolbar.ts. */
const TOOLBAR_CODE = 'part="toolbar"';

/**
 * A colour of each theme found in no other: the light theme's text (built in; its tokens are written
 * from DEFAULT_THEME in theme.ts, so the value is in the code, not in CSS text), the dark and screen
 * themes' backgrounds (`themes.ts`, on demand).
 */
const LIGHT_TEXT = '#1f2329';
const DARK_BACKGROUND = '#1b1e23';
const SCREEN_BACKGROUND = '#061530';

/** The chunks a text imports on demand (`import("./x.js")`), as their texts. */
async function onDemandTexts(code: string): Promise<string[]> {
  const names = [...code.matchAll(/import\(\s*"\.{1,2}\/(?:chunks\/)?([^"]+\.js)"\s*\)/g)].map((m) => m[1]!);
  return Promise.all(names.map((name) => builtText(`/dist/chunks/${name.replace(/^chunks\//, '')}`)));
}

// Every request of this page is checked: keep them all (the default buffer holds 250).
performance.setResourceTimingBufferSize(100_000);

/** True once the page has imported a chunk of dist/ built from this module (`chunks/<module>-<hash>.js`; not a test's `fetch` of its text). */
const fetchedChunk = (module: string) =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).some((e) => e.initiatorType !== 'fetch' && new RegExp(`^/dist/chunks/${module.replace('.', '\\.')}-[\\w-]+\\.js$`).test(new URL(e.name).pathname));

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
      const texts = await onDemandTexts(first);
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
    const appended = performance.now();
    document.body.append(el);
    await until(() => loads.length >= 2, 6000, 'a refresh');
    // The refresh clock runs from connecting (see the KPI card's on-demand test): a second or more
    // after connecting, and not long after the first load, however long that one took.
    expect(loads[1]! - appended).to.be.at.least(990);
    expect(loads[1]! - loads[0]!).to.be.below(3000);
    el.remove();
  });

  it('the first load of a KPI card or a chart carries the light theme only; the other themes are a chunk it imports on demand', async () => {
    for (const entry of ['growth-indicator', 'coverage-gauge']) {
      const first = await staticClosure(`/dist/${entry}.js`);
      expect(first, `${entry}: the light tokens`).to.include(LIGHT_TEXT);
      expect(first, `${entry}: no dark or screen tokens`).to.not.include(DARK_BACKGROUND).and.not.include(SCREEN_BACKGROUND);
      const texts = await onDemandTexts(first);
      expect(texts.some((t) => t.includes(DARK_BACKGROUND) && t.includes(SCREEN_BACKGROUND)), `${entry}: the themes on demand`).to.equal(true);
    }
  });

  it('the first load of a KPI card or a chart carries no toolbar; a card whose config asks for one loads it and shows it, styled, by rb-load', async () => {
    for (const entry of ['growth-indicator', 'coverage-gauge']) {
      const first = await staticClosure(`/dist/${entry}.js`);
      expect(first, `${entry}: no toolbar`).to.not.include(TOOLBAR_CODE);
      expect((await onDemandTexts(first)).some((t) => t.includes(TOOLBAR_CODE)), `${entry}: the toolbar on demand`).to.equal(true);
    }
    await import('/dist/growth-indicator.js' as string);
    const el = document.createElement('rb-growth-indicator') as HTMLElement & { data: unknown; config: unknown; updateComplete: Promise<unknown> };
    el.config = { toolbar: true };
    el.data = await (await fetch('/demo/data/kaiping.json')).json();
    let buttons = 0;
    el.addEventListener('rb-load', () => (buttons = el.shadowRoot!.querySelectorAll('[part=toolbar] button').length));
    const loaded = nextEvent(el, 'rb-load');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    expect(buttons, 'three buttons when rb-load fires').to.equal(3);
    expect(fetchedChunk('toolbar')).to.equal(true);
    const bar = el.shadowRoot!.querySelector('[part=toolbar]')!;
    expect(getComputedStyle(bar).display, 'the toolbar styles').to.equal('flex');
    el.remove();
  });

  it('light cards load no themes; a card in the screen theme loads them and has its colours by the time it reports rb-load', async () => {
    await import('/dist/growth-indicator.js' as string);
    const data = await (await fetch('/demo/data/kaiping.json')).json();
    const card = (theme: string) => {
      const el = document.createElement('rb-growth-indicator') as HTMLElement & { data: unknown };
      el.setAttribute('theme', theme);
      el.data = data;
      return el;
    };
    const light = card('light');
    const lightLoaded = nextEvent(light, 'rb-load');
    document.body.append(light);
    await lightLoaded;
    expect(fetchedChunk('themes'), 'no themes chunk for a light card').to.equal(false);
    const screen = card('screen');
    let background = '';
    let loads = 0;
    screen.addEventListener('rb-load', () => {
      loads++;
      background = getComputedStyle(screen).getPropertyValue('--rb-color-background').trim();
    });
    const screenLoaded = nextEvent(screen, 'rb-load');
    document.body.append(screen);
    await screenLoaded;
    await (screen as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(fetchedChunk('themes'), 'the themes chunk was imported').to.equal(true);
    expect(background).to.equal(SCREEN_BACKGROUND);
    expect(loads).to.equal(1);
    expect(screen.hasAttribute('data-rb-theme-loading')).to.equal(false);
    expect(getComputedStyle(screen).visibility).to.equal('visible');
    light.remove();
    screen.remove();
  });

  it('the first load of a KPI card or a chart carries neither what mistakes say nor the error panel; both are chunks it imports on demand', async () => {
    for (const entry of ['growth-indicator', 'coverage-gauge']) {
      const first = await staticClosure(`/dist/${entry}.js`);
      expect(first, `${entry}: what mistakes say`).to.not.include(MISTAKE_CODE);
      expect(first, `${entry}: the error panel`).to.not.include(ERROR_PANEL_CODE);
      const texts = await onDemandTexts(first);
      expect(texts.some((t) => t.includes(MISTAKE_CODE)), `${entry}: what mistakes say on demand`).to.equal(true);
      expect(texts.some((t) => t.includes(ERROR_PANEL_CODE)), `${entry}: the error panel on demand`).to.equal(true);
    }
    // The DOM-free entries have what mistakes say at once, and no error panel (no DOM).
    const validate = await staticClosure('/dist/validate.js');
    expect(validate).to.include(MISTAKE_CODE).and.not.include(ERROR_PANEL_CODE);
  });

  it('a KPI card whose data is right loads none of it; the first mistake loads it, and the card shows and reports every problem in full', async () => {
    await import('/dist/growth-indicator.js' as string);
    const data = await (await fetch('/demo/data/kaiping.json')).json();
    type Issue = { path: string; key: string; params: unknown[]; where?: unknown };
    type Widget = HTMLElement & { state: string; data: unknown; config: unknown; lastError: { message: string; issues: Issue[] } | null; updateComplete: Promise<unknown> };
    const make = (doc: unknown, config: unknown) => {
      const el = document.createElement('rb-growth-indicator') as Widget;
      el.config = config;
      el.data = doc;
      document.body.append(el);
      return el;
    };
    const mistakeChunks = ['mistake-code', 'error-panel', 'problems.zh-CN'];
    const ok = make(data, { indicator: data.indicators[0].id });
    await nextEvent(ok, 'rb-load');
    await ok.updateComplete;
    expect(ok.state).to.equal('ready');
    for (const chunk of mistakeChunks) expect(fetchedChunk(chunk), `${chunk} not loaded`).to.equal(false);
    expect(fetchedChunk('base-element'), 'the check sees the chunks the page does load').to.equal(true);
    ok.remove();

    // The card's own indicator without a name, and a period that fails both its checks (pattern and calendar): one problem.
    const broken = structuredClone(data);
    delete broken.indicators[0].name;
    broken.indicators[0].reported.period = '2025年';
    const bad = make(broken, { indicator: data.indicators[0].id });
    const reported = nextEvent<{ message: string; path: string }>(bad, 'rb-error');
    await bad.updateComplete;
    expect(bad.state).to.equal('error');
    for (const chunk of mistakeChunks) expect(fetchedChunk(chunk), `${chunk} loaded`).to.equal(true);
    const issues = bad.lastError!.issues;
    expect(issues.map(({ path, key, params }) => ({ path, key, params }))).to.deep.equal([
      { path: '/indicators/0/name', key: 'required', params: [] },
      { path: '/indicators/0/reported/period', key: 'period', params: ['2025年'] },
    ]);
    expect(issues.every((issue) => issue.where), 'each placed in words').to.equal(true);
    const missing = /^第 1 个指标“[^”]+”缺少“名称”（name）/;
    const period = /第 1 个指标“[^”]+”的“期间”（reported\.period）：“2025年”不是有效的期间/;
    expect((await reported).detail.message).to.match(missing).and.include('（另有 1 处问题）');
    const panel = bad.shadowRoot!.querySelector('[part=error]')!;
    expect(getComputedStyle(panel).borderLeftWidth, 'the error panel styles').to.equal('4px');
    expect(panel.querySelector('p')!.textContent).to.match(missing);
    expect(panel.querySelector('summary')!.textContent).to.equal('全部 2 处问题');
    const listed = [...panel.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(listed).to.have.length(2);
    expect(listed[0]).to.match(missing).and.match(/\/indicators\/0\/name$/);
    expect(listed[1]).to.match(period).and.match(/\/indicators\/0\/reported\/period$/);
    bad.remove();

    // A config's mistakes, said as the DOM-free entries say them: a wrong type and an unknown option with the options there are.
    const config = make(data, { indicator: 42, colour: 'red' });
    await nextEvent(config, 'rb-error');
    await config.updateComplete;
    expect(config.lastError!.issues.map(({ path, key }) => `${path} ${key}`)).to.deep.equal(['/indicator type', '/colour unknownKey']);
    expect(config.lastError!.issues[1]!.params[0]).to.equal('colour');
    const said = config.shadowRoot!.querySelector('[part=error] p')!.textContent!;
    expect(said).to.match(/应为字符串/).and.include('（另有 1 处问题）');
    config.remove();
  });
});
