// Big-screen stage, pages and rotation of rb-dashboard: the spec errors name their place, pages
// rotate on the dashboard's clock (a manual clock here, so no test waits for real seconds), the
// rotation holds while the pointer or keyboard focus is inside, the controls work by mouse and
// keyboard, and under reduced motion a page changes without a transition.
import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../../src/widgets/dashboard/index.js';
import type { RbDashboard } from '../../../src/widgets/dashboard/index.js';
import { manualTimeSource, type ManualTimeSource } from '../../../src/core/clock.js';
import type { RbErrorDetail } from '../../../src/core/events.js';
import { cleanup, create, nextEvent, sample, settle, until } from '../../support/helpers.js';

const card = (indicator: string, area: number[]) => ({ type: 'growth-indicator', config: { indicator }, area });
const spec = {
  title: '开平优品大屏',
  stage: { width: 1280, height: 720 },
  rotate: 20,
  pages: [
    { title: '销售', widgets: [card('magang-sales', [1, 1, 12, 6]), card('brand-sales', [13, 1, 12, 6])] },
    { title: '就业', widgets: [card('jobs', [1, 1, 24, 12])] },
    { widgets: [card('magang-sales', [1, 7, 8, 6])] },
  ],
};

async function screen(config: unknown, source: ManualTimeSource = manualTimeSource()): Promise<RbDashboard> {
  const el = create<RbDashboard>('rb-dashboard', { clockSource: source, config });
  el.style.height = '480px';
  el.data = await sample('kaiping');
  await nextEvent(el, 'rb-load');
  await until(() => el.shadowRoot!.querySelector('[part=stage]'), 5000, 'the stage fitted');
  await settle(el);
  return el;
}

const root = (el: RbDashboard) => el.shadowRoot!;
const pageTitle = (el: RbDashboard) => root(el).querySelector('[part=page-title]')?.textContent?.trim();
const widgets = (el: RbDashboard) => [...root(el).querySelectorAll('[part=cell] > *')] as HTMLElement[];
const button = (el: RbDashboard, cls: string) => root(el).querySelector<HTMLButtonElement>(`.controls .${cls}`)!;

async function errorOf(config: unknown): Promise<Omit<RbErrorDetail, 'issues'> & { issues: string[] }> {
  const el = create<RbDashboard>('rb-dashboard', { config });
  const e = nextEvent<RbErrorDetail>(el, 'rb-error');
  el.data = await sample('kaiping');
  const detail = (await e).detail;
  // A mistake of the spec is the dashboard's error; one of a widget's entry breaks only that widget.
  const issues = el.lastError?.issues ?? el.model!.pages.flatMap((p) => p.items.flatMap((item) => item.error?.issues ?? []));
  return { ...detail, issues: issues.map((i) => `${i.path} ${i.key}`) };
}

describe('rb-dashboard stage and pages', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ reducedMotion: 'no-preference' });
    await resetMouse();
  });

  it('names the place of each layout error, in the widget language', async () => {
    const outside = await errorOf({ stage: { width: 1920, height: 1080 }, pages: [{ widgets: [] }, { widgets: [card('jobs', [20, 1, 6, 4])] }] });
    expect(outside).to.include({ code: 'invalid-config', path: '/pages/1/widgets/0/area' });
    expect(outside.message).to.contain('[20, 1, 6, 4]').and.contain('24');

    const overlap = await errorOf({ stage: { width: 1920, height: 1080 }, widgets: [card('jobs', [1, 1, 6, 4]), card('jobs', [7, 1, 6, 4]), card('jobs', [5, 3, 4, 4])] });
    expect(overlap.path).to.equal('/widgets/2/area');
    expect(overlap.message, 'names the other area').to.contain('/widgets/0/area [1, 1, 6, 4]');
    expect(overlap.issues).to.deep.equal(['/widgets/2/area areaOverlap']);

    const both = await errorOf({ widgets: [], pages: [{ widgets: [] }] });
    expect(both.path).to.equal('/pages');

    const noStage = await errorOf({ widgets: [card('jobs', [1, 1, 4, 4])] });
    expect(noStage.path).to.equal('/widgets/0/area');
    const noArea = await errorOf({ stage: { width: 1920, height: 1080 }, pages: [{ title: 'a', widgets: [{ type: 'growth-indicator' }] }] });
    expect(noArea.path).to.equal('/pages/0/widgets/0/area');
    const badFit = await errorOf({ stage: { width: 1920, height: 1080, fit: 'zoom' }, widgets: [] });
    expect(badFit.path).to.equal('/stage/fit');
    const badOption = await errorOf({ pages: [{ widgets: [] }, { widgets: [{ type: 'coverage-gauge', config: { style: 'pie' } }] }] });
    expect(badOption.path).to.equal('/pages/1/widgets/0/config/style');
    const listConfig = await errorOf({ widgets: [{ type: 'coverage-gauge', config: [] }] });
    expect(listConfig, 'a list is not a config').to.include({ code: 'invalid-config', path: '/widgets/0/config' });

    const en = create<RbDashboard>('rb-dashboard', { lang: 'en', config: { stage: { width: 1920, height: 1080 }, widgets: [card('jobs', [1, 1, 30, 1])] } });
    const e = nextEvent<RbErrorDetail>(en, 'rb-error');
    en.data = await sample('kaiping');
    expect((await e).detail.message).to.contain('reaches past the grid of 24 columns × 12 rows');
    await until(() => en.shadowRoot!.querySelector('[part=error]')?.textContent?.includes('/widgets/0/area'), 5000, 'error panel with the path');
  });

  it('shows one page at a time with its title and turns pages on its clock', async () => {
    const source = manualTimeSource();
    const el = await screen(spec, source);
    expect(pageTitle(el)).to.equal('销售');
    expect(root(el).querySelector('h2')!.textContent).to.equal('开平优品大屏');
    expect(widgets(el).length).to.equal(2);
    const status = root(el).querySelector('[role=status][aria-live=polite]')!;
    expect(status.textContent!.trim(), 'nothing said on the first page').to.equal('');
    source.advance(19_999);
    await settle(el);
    expect(pageTitle(el)).to.equal('销售');
    source.advance(1);
    await settle(el);
    expect(pageTitle(el)).to.equal('就业');
    expect(widgets(el).length).to.equal(1);
    expect(status.textContent!.trim()).to.equal('第 2 页，共 3 页：就业');
    source.advance(20_000);
    await settle(el);
    expect(pageTitle(el), 'a page without a title is numbered').to.equal('第 3 页');
    source.advance(20_000);
    await settle(el);
    expect(pageTitle(el), 'wraps round').to.equal('销售');
  });

  it('holds the rotation while the pointer or keyboard focus is inside, and on the pause button', async () => {
    const source = manualTimeSource();
    const el = await screen(spec, source);
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    source.advance(60_000);
    await settle(el);
    expect(pageTitle(el), 'pointer inside').to.equal('销售');
    await sendMouse({ type: 'move', position: [Math.round(box.left + 5), Math.round(box.bottom + 40)] });
    source.advance(20_000);
    await settle(el);
    expect(pageTitle(el), 'pointer gone').to.equal('就业');

    button(el, 'next').focus();
    source.advance(60_000);
    await settle(el);
    expect(pageTitle(el), 'focus inside').to.equal('就业');
    button(el, 'next').blur();
    source.advance(20_000);
    await settle(el);
    expect(pageTitle(el), 'focus gone').to.equal('第 3 页');

    const pause = button(el, 'pause');
    pause.click();
    pause.blur();
    await settle(el);
    expect(pause.getAttribute('aria-pressed')).to.equal('true');
    source.advance(100_000);
    await settle(el);
    expect(pageTitle(el), 'paused').to.equal('第 3 页');
    pause.click();
    pause.blur();
    source.advance(20_000);
    await settle(el);
    expect(pageTitle(el), 'resumed').to.equal('销售');
  });

  it('goes to the previous, next or any page by buttons and keys; a manual turn starts a full period', async () => {
    const source = manualTimeSource();
    const el = await screen(spec, source);
    const nav = root(el).querySelector('[part=controls]')!;
    expect(nav.getAttribute('aria-label')).to.equal('页面');
    const pagesButtons = [...root(el).querySelectorAll<HTMLButtonElement>('.page-button')];
    expect(pagesButtons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['第 1 页：销售', '第 2 页：就业', '第 3 页']);
    expect(button(el, 'previous').getAttribute('aria-label')).to.equal('上一页');
    source.advance(15_000);
    button(el, 'next').click();
    await settle(el);
    expect(pageTitle(el)).to.equal('就业');
    expect(pagesButtons[1]!.getAttribute('aria-current')).to.equal('page');
    button(el, 'next').blur();
    source.advance(19_000);
    await settle(el);
    expect(pageTitle(el), 'a full period after the manual turn').to.equal('就业');
    pagesButtons[2]!.click();
    await settle(el);
    expect(pageTitle(el)).to.equal('第 3 页');
    // Keyboard: Tab onto a page button, arrows and Home/End.
    pagesButtons[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(pageTitle(el)).to.equal('就业');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(pageTitle(el)).to.equal('销售');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(pageTitle(el)).to.equal('第 3 页');
    button(el, 'previous').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(pageTitle(el)).to.equal('就业');
  });

  it('fades a new page in, and changes pages without a transition under reduced motion', async () => {
    const el = await screen(spec);
    button(el, 'next').click();
    await settle(el);
    const grid = () => root(el).querySelector<HTMLElement>('[part=grid]')!;
    expect(grid().getAnimations().length, 'a transition normally').to.be.greaterThan(0);
    await emulateMedia({ reducedMotion: 'reduce' });
    button(el, 'next').click();
    await settle(el);
    expect(pageTitle(el)).to.equal('第 3 页');
    expect(grid().getAnimations(), 'no transition').to.deep.equal([]);
  });

  it('has a full-screen control reachable by keyboard, and a page can leave and come back with a new clock', async () => {
    const el = await screen(spec);
    const full = button(el, 'fullscreen');
    expect(full.getAttribute('aria-label')).to.equal('全屏');
    expect(full.tabIndex).to.equal(0);
    const first = el.clock;
    expect(first.size, 'the rotation timer').to.equal(1);
    el.remove();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(first.disposed).to.equal(true);
    expect(first.size).to.equal(0);
    document.body.append(el);
    await settle(el);
    expect(el.clock).to.not.equal(first);
    expect(el.clock.size, 'rotation runs again').to.equal(1);
  });

  it('full screen: the control is reached with Tab, named, asks the Fullscreen API for the dashboard, and follows fullscreenchange', async () => {
    const el = await screen(spec);
    const full = button(el, 'fullscreen');
    expect(full.getAttribute('aria-label')).to.equal('全屏');
    expect(full.getAttribute('aria-pressed')).to.equal('false');
    // Keyboard: Tab from a control before the dashboard goes through the page controls onto it.
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    before.focus();
    let presses = 0;
    while (root(el).activeElement !== full && presses++ < 12) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement, 'focused by Tab').to.equal(full);
    // Enter asks for full screen, for the dashboard (headless Chromium has no screen to give: spied).
    const asked: Element[] = [];
    const request = Element.prototype.requestFullscreen;
    Element.prototype.requestFullscreen = function (this: Element) {
      asked.push(this);
      return Promise.resolve();
    };
    const leave = Object.getOwnPropertyDescriptor(Document.prototype, 'exitFullscreen')!;
    let left = 0;
    try {
      await sendKeys({ press: 'Enter' });
      expect(asked.length, 'requestFullscreen called once').to.equal(1);
      expect(asked[0]).to.equal(el);
      // The browser reports the dashboard full screen: the control is pressed and offers to leave.
      Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => el });
      document.dispatchEvent(new Event('fullscreenchange'));
      await settle(el);
      expect(full.getAttribute('aria-pressed')).to.equal('true');
      expect(full.title).to.equal('退出全屏');
      Object.defineProperty(Document.prototype, 'exitFullscreen', { configurable: true, writable: true, value: () => (left++, Promise.resolve()) });
      await sendKeys({ press: 'Enter' });
      expect(left, 'exitFullscreen called').to.equal(1);
      expect(asked.length, 'not asked again').to.equal(1);
    } finally {
      Element.prototype.requestFullscreen = request;
      Object.defineProperty(Document.prototype, 'exitFullscreen', leave);
      delete (document as { fullscreenElement?: unknown }).fullscreenElement;
      before.remove();
    }
    document.dispatchEvent(new Event('fullscreenchange'));
    await settle(el);
    expect(full.getAttribute('aria-pressed'), 'back from full screen').to.equal('false');
    expect(full.title).to.equal('全屏');
  });

  it('runs the refreshes of the dashboard on its clock', async () => {
    const source = manualTimeSource();
    const el = create<RbDashboard>('rb-dashboard', { clockSource: source, config: spec, refresh: 60 });
    el.style.height = '480px';
    el.src = '/demo/data/kaiping.json';
    await nextEvent(el, 'rb-load');
    expect(el.clock.size, 'rotation and refresh').to.equal(2);
    const reloaded = nextEvent(el, 'rb-load');
    source.advance(60_000);
    await reloaded;
  });
});
