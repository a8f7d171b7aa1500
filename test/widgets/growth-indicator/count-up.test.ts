// Count-up of the KPI value (`countUp: true`) in Chromium: the figure on screen runs up to the
// value on first show and when the value changes, while the accessible text has the final figure
// at once; nothing moves under `animation: false` or prefers-reduced-motion.
import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/widgets/growth-indicator/index.js';
import type { RbGrowthIndicator } from '../../../src/widgets/growth-indicator/index.js';
import { cleanup, create, nextEvent, settle, shadow, until } from '../../support/helpers.js';
import { oneIndicatorDocument } from '../../support/documents.js';

const doc = oneIndicatorDocument;

async function card(config: Record<string, unknown>, value = 3_066_000_000): Promise<RbGrowthIndicator> {
  const el = create<RbGrowthIndicator>('rb-growth-indicator', { config });
  const loaded = nextEvent(el, 'rb-load');
  el.data = doc(value) as never;
  await loaded;
  await el.updateComplete;
  return el;
}

const valuePart = (el: RbGrowthIndicator) => shadow(el).querySelector<HTMLElement>('[part=value]')!;
const counting = (el: RbGrowthIndicator) => shadow(el).querySelector<HTMLElement>('[part=value] .counting');
const cardName = (el: RbGrowthIndicator) => shadow(el).querySelector('[part=card]')!.getAttribute('aria-label')!;

/** The text a screen reader gets from the value: what is not aria-hidden. */
function accessibleText(el: HTMLElement): string {
  const walk = (n: Node): string =>
    n.nodeType === Node.TEXT_NODE ? n.textContent! : n instanceof Element && n.getAttribute('aria-hidden') === 'true' ? '' : [...n.childNodes].map(walk).join('');
  return walk(el).trim();
}

describe('rb-growth-indicator count-up', function () {
  this.timeout(30000);
  afterEach(async () => {
    cleanup();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('counts up on first show; the accessible text is final at once', async () => {
    const el = await card({ countUp: true });
    const moving = counting(el);
    expect(moving, 'counting on first show').to.not.equal(null);
    expect(moving!.getAttribute('aria-hidden')).to.equal('true');
    expect(moving!.textContent).to.not.equal('30.66亿元');
    expect(accessibleText(valuePart(el))).to.equal('30.66亿元');
    expect(cardName(el)).to.contain('30.66亿元');
    // Intermediate figures rise towards the value, then the final text stands alone.
    const seen = new Set<string>();
    await until(() => {
      const c = counting(el);
      if (c) seen.add(c.textContent!);
      return c === null;
    }, 5000, 'count-up to finish');
    expect(seen.size).to.be.greaterThan(1);
    expect(valuePart(el).textContent!.trim()).to.equal('30.66亿元');
  });

  it('counts from the old value to a new one when the value changes', async () => {
    const el = await card({ countUp: true }, 1_000_000_000);
    await until(() => counting(el) === null, 5000, 'first count-up');
    const loaded = nextEvent(el, 'rb-load');
    el.data = doc(2_000_000_000) as never;
    await loaded;
    await el.updateComplete;
    const shown = counting(el)?.textContent ?? '';
    expect(shown, 'counting from the old value (10亿)').to.match(/^1\d(\.\d+)?亿元$/);
    expect(accessibleText(valuePart(el))).to.equal('20亿元');
    await until(() => counting(el) === null, 5000, 'second count-up');
    expect(valuePart(el).textContent!.trim()).to.equal('20亿元');
  });

  it('does not move with animation: false', async () => {
    const el = await card({ countUp: true, animation: false });
    await settle(el);
    expect(counting(el)).to.equal(null);
    expect(valuePart(el).textContent!.trim()).to.equal('30.66亿元');
  });

  it('does not move under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await card({ countUp: true });
    await settle(el);
    expect(counting(el)).to.equal(null);
    expect(valuePart(el).textContent!.trim()).to.equal('30.66亿元');
  });

  it('is off by default', async () => {
    const el = await card({});
    expect(counting(el)).to.equal(null);
  });
});
