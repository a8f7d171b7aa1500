// The built Storybook (storybook-static/, made by `npm run build-storybook`, which `npm test` runs
// first): index.json lists every state story for every widget and the data-format page, and every
// story, opened in the built iframe.html, shows what stories/states.ts says it shows (rendered,
// loading, stale, the placeholder, or the error code).
import { expect } from '@esm-bundle/chai';
import { STATE_OUTCOMES, expectedOutcome, type Outcome } from '../../stories/states.js';
import { CONTROL_TAGS, isWidgetTag } from '../../scripts/tool-tags.mjs';

const BASE = '/storybook-static/';
const WORKBENCH_STORIES = './stories/workbench.stories.ts';

interface IndexEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly type: 'story' | 'docs';
  readonly importPath: string;
  readonly exportName?: string;
  readonly storiesImports?: readonly string[];
}

type Widget = HTMLElement & { lastError?: unknown };

async function fetchJson(url: string): Promise<any> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status} (run npm run build-storybook)`);
  return r.json();
}

async function widgetTags(): Promise<string[]> {
  const manifest = await fetchJson('/custom-elements.json');
  const tags = new Set<string>();
  for (const mod of manifest.modules ?? []) for (const d of mod.declarations ?? []) if (d.tagName) tags.add(d.tagName as string);
  return [...tags].filter(isWidgetTag).sort();
}

const storyFile = (tag: string) => `./stories/${tag.replace(/^rb-/, '')}.stories.ts`;
// Controls such as <rb-period> show no data of their own: a story's outcome is its widgets'.
const isWidget = (el: Element): el is Widget => el.localName.startsWith('rb-') && !CONTROL_TAGS.includes(el.localName);

/** What one widget shows now; a dashboard shows what its widgets show. */
function outcomeOf(el: Widget): Outcome | 'pending' {
  const root = el.shadowRoot;
  if (!root) return 'pending';
  const code = root.querySelector('[part=error] code')?.textContent?.trim();
  if (code) return code as Outcome;
  if (root.querySelector('[part=stale]')) return 'stale';
  if (root.querySelector('[part=body] > [part=no-data]') && !el.lastError) return 'empty-state';
  const placeholder = root.querySelector('[part=body] > .loading');
  if (placeholder) return root.querySelector('[part=base]')?.getAttribute('aria-busy') === 'true' ? 'loading' : 'no-data';
  const nested = [...root.querySelectorAll('*')].filter(isWidget).map(outcomeOf);
  if (nested.includes('pending')) return 'pending';
  const notRendered = nested.find((o) => o !== 'rendered');
  if (notRendered) return notRendered;
  return root.querySelector('[part=body] > *') && !el.lastError ? 'rendered' : 'pending';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let frame: HTMLIFrameElement | null = null;

/** Opens a story of the built Storybook and returns its top-level widgets once they are defined. */
async function openStory(id: string): Promise<Widget[]> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '700';
  frame.src = `${BASE}iframe.html?id=${encodeURIComponent(id)}&viewMode=story`;
  const loaded = new Promise((r) => frame!.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const deadline = performance.now() + 15000;
  for (;;) {
    const root = frame.contentDocument?.querySelector('#storybook-root');
    const widgets = root ? [...root.querySelectorAll('*')].filter(isWidget) : [];
    if (widgets.length && widgets.every((w) => w.shadowRoot)) return widgets;
    if (performance.now() > deadline) throw new Error(`story ${id} rendered no widget`);
    await sleep(50);
  }
}

/**
 * What a story's widget shows, for a story that expects `expected`: a "no data" line (a period
 * without figures) counts as drawn, except in the stories that expect the empty state by name.
 */
function seenFor(el: Widget, expected: Outcome): Outcome | 'pending' {
  const seen = outcomeOf(el);
  return seen === 'empty-state' && expected !== 'empty-state' ? 'rendered' : seen;
}

/** Waits until every widget shows `expected` (a loading story must still be loading after 1.5 s). */
async function settle(widgets: Widget[], expected: Outcome): Promise<(Outcome | 'pending')[]> {
  if (expected === 'loading') await sleep(1500);
  const deadline = performance.now() + 15000;
  let seen = widgets.map((w) => seenFor(w, expected));
  while (!seen.every((o) => o === expected) && performance.now() < deadline) {
    await sleep(50);
    seen = widgets.map((w) => seenFor(w, expected));
  }
  return seen;
}

/** Opens each story and returns `id: seen` for those that do not show what they should. */
async function mismatches(stories: readonly IndexEntry[]): Promise<string[]> {
  const wrong: string[] = [];
  for (const entry of stories) {
    const expected = expectedOutcome(entry.exportName ?? '', entry.importPath);
    try {
      const widgets = await openStory(entry.id);
      const seen = await settle(widgets, expected);
      if (!seen.every((o) => o === expected)) wrong.push(`${entry.id}: expected ${expected}, saw ${seen.join(', ')}`);
    } catch (e) {
      wrong.push(`${entry.id}: ${String(e)}`);
    }
  }
  return wrong;
}

describe('built Storybook (storybook-static)', function () {
  this.timeout(60000);

  let entries: IndexEntry[] = [];
  let tags: string[] = [];
  let loadError: unknown = null;
  before(async () => {
    try {
      entries = Object.values((await fetchJson(`${BASE}index.json`)).entries as Record<string, IndexEntry>);
      tags = await widgetTags();
    } catch (e) {
      loadError = e;
    }
  });
  after(() => frame?.remove());

  it('was built, and has a story file for every element in the manifest', () => {
    expect(loadError, String(loadError)).to.equal(null);
    expect(tags.length).to.be.greaterThan(3);
    for (const tag of tags) {
      expect(entries.some((e) => e.type === 'story' && e.importPath === storyFile(tag)), `${storyFile(tag)} for ${tag}`).to.equal(true);
    }
  });

  it('lists every state story (loading, each error code, stale, empty, English, each theme) for every widget', () => {
    for (const tag of tags) {
      const names = entries.filter((e) => e.importPath === storyFile(tag)).map((e) => e.exportName);
      for (const state of Object.keys(STATE_OUTCOMES)) expect(names, `${tag}: ${state}`).to.include(state);
    }
    const codes = new Set<Outcome>(Object.values(STATE_OUTCOMES));
    for (const code of ['fetch-failed', 'invalid-json', 'invalid-data', 'invalid-config', 'unsupported-version', 'loading', 'stale', 'rendered']) {
      expect(codes.has(code as Outcome), code).to.equal(true);
    }
  });

  it('has a docs page per widget and the data-format page with live widgets', async () => {
    for (const tag of tags) {
      const docs = entries.find((e) => e.type === 'docs' && e.title.startsWith('Widgets/') && e.id.endsWith('--docs') && entries.some((s) => s.title === e.title && s.importPath === storyFile(tag)));
      expect(docs, `docs page of ${tag}`).to.not.equal(undefined);
    }
    const format = entries.find((e) => e.type === 'docs' && e.title === 'Data format');
    expect(format, 'Data format page').to.not.equal(undefined);
    expect(format!.storiesImports!.length, 'stories embedded in the data-format page').to.be.greaterThan(0);
    // What the page links to and reads is part of the build.
    const schema = await fetchJson(`${BASE}schema/region-brand-data.v1.schema.json`);
    expect(JSON.stringify(schema)).to.contain('region-brand-data');
    expect((await fetchJson(`${BASE}data/kaiping.json`)).region.id).to.equal('kaiping');
  });

  it('renders the data-format page with the Kaiping sample and a live widget', async function () {
    // The docs page is Storybook's heaviest (MDX, the docs blocks, a live widget): on a loaded
    // 2-core machine it has taken over 15 s to show.
    this.timeout(90000);
    frame?.remove();
    frame = document.createElement('iframe');
    frame.width = '1000';
    frame.height = '700';
    frame.src = `${BASE}iframe.html?id=data-format--docs&viewMode=docs`;
    document.body.append(frame);
    const deadline = performance.now() + 60000;
    let text = '';
    let rendered: Outcome | 'pending' = 'pending';
    while (performance.now() < deadline) {
      const doc = frame.contentDocument;
      text = doc?.querySelector('#storybook-docs')?.textContent ?? '';
      const gauge = doc?.querySelector('#storybook-docs rb-coverage-gauge') as Widget | null;
      rendered = gauge ? outcomeOf(gauge) : 'pending';
      if (text.includes('magang-youpin') && rendered === 'rendered') break;
      await sleep(100);
    }
    expect(text).to.contain('region-brand-data');
    expect(text, 'excerpt of kaiping.json').to.contain('magang-youpin');
    expect(rendered, 'live coverage gauge on the page').to.equal('rendered');
    expect(text, 'the field reference of docs/data-format.md').to.contain('Field reference');
    expect(text).to.contain('units[].center');
  });

  it('has a story per common option, and the Toolbar story opens the data table', async function () {
    this.timeout(60000);
    const widgets = tags.filter((t) => t !== 'rb-dashboard');
    for (const tag of widgets) {
      const names = entries.filter((e) => e.importPath === storyFile(tag)).map((e) => e.exportName);
      for (const option of ['Toolbar', 'Patterns', 'TitlesAndSources', 'NoAnimation']) expect(names, `${tag}: ${option}`).to.include(option);
    }
    for (const tag of widgets) {
      const story = entries.find((e) => e.importPath === storyFile(tag) && e.exportName === 'Toolbar')!;
      const [el] = await openStory(story.id);
      const deadline = performance.now() + 15000;
      let pressed: string | null | undefined = null;
      while (performance.now() < deadline) {
        pressed = el!.shadowRoot!.querySelector('[part=toolbar] button[aria-pressed]')?.getAttribute('aria-pressed');
        if (pressed === 'true') break;
        await sleep(50);
      }
      expect(pressed, `${tag}: table toggle pressed`).to.equal('true');
      const table = el!.shadowRoot!.querySelector('[part=table]') as HTMLElement | null;
      expect(table, `${tag}: data table`).to.not.equal(null);
      expect(table!.getBoundingClientRect().height, `${tag}: table shown`).to.be.greaterThan(20);
      expect(table!.querySelectorAll('tr').length, `${tag}: table rows`).to.be.greaterThan(1);
    }
  });

  // One test per state across all widgets, then one for the other stories of each file.
  for (const state of Object.keys(STATE_OUTCOMES)) {
    it(`${state} stories show ${expectedOutcome(state)}`, async function () {
      this.timeout(120000);
      const stories = entries.filter((e) => e.type === 'story' && e.exportName === state);
      expect(stories.length, 'stories').to.be.at.least(tags.length);
      expect(await mismatches(stories)).to.deep.equal([]);
    });
  }

  it('every other story renders (or shows the error it is about)', async function () {
    this.timeout(300000);
    // The stage stories (BigScreen, Stretch) count too: a stage has its `body` part like every widget.
    const stories = entries.filter((e) => e.type === 'story' && !(e.exportName! in STATE_OUTCOMES) && e.importPath !== WORKBENCH_STORIES);
    expect(stories.length).to.be.greaterThan(10);
    expect(await mismatches(stories)).to.deep.equal([]);
  });

  it('opens the workbench on the sample (stories/workbench.stories.ts)', async () => {
    const story = entries.find((e) => e.type === 'story' && e.importPath === WORKBENCH_STORIES);
    expect(story, WORKBENCH_STORIES).to.not.equal(undefined);
    const [wb] = (await openStory(story!.id)) as (Widget & { doc: unknown })[];
    expect(wb!.localName).to.equal('rb-workbench');
    const deadline = performance.now() + 30000;
    while (!wb!.shadowRoot!.querySelector('[data-figure=brands]') && performance.now() < deadline) await sleep(50);
    expect(Number(wb!.shadowRoot!.querySelector('[data-figure=brands]')?.textContent)).to.be.greaterThan(0);
  });
});
