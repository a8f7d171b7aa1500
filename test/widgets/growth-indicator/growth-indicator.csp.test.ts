// The KPI card under a strict Content-Security-Policy (`style-src 'self'`): zero violations.
import { expect } from '@esm-bundle/chai';
import '../../../src/widgets/growth-indicator/index.js';
import type { RbGrowthIndicator } from '../../../src/widgets/growth-indicator/index.js';
import { nextEvent, strictStylePolicy, settle, shadow } from '../../support/helpers.js';

let violations: string[] = [];

describe('rb-growth-indicator under style-src CSP', () => {
  before(() => {
    violations = strictStylePolicy();
  });

  it('renders a card with sparkline and target progress without violations', async () => {
    const el = document.createElement('rb-growth-indicator') as RbGrowthIndicator;
    el.style.width = '300px';
    el.src = '/demo/data/kaiping.json';
    el.config = { indicator: 'magang-sales', target: true, compare: 'both' };
    const load = nextEvent(el, 'rb-load');
    document.body.append(el);
    await load;
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    const bar = shadow(el).querySelector('.target-bar')!;
    const fill = bar.querySelector('.target-fill')!;
    expect(fill.getBoundingClientRect().width / bar.getBoundingClientRect().width).to.be.closeTo(50 / 65, 0.01);
    expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
    expect(violations).to.deep.equal([]);
    el.remove();
  });
});
