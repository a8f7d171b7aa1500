// The gauge under a strict Content-Security-Policy (`style-src 'self'`, as government portals set):
// every style renders with zero violations and the bars keep their widths.
import { expect } from '@esm-bundle/chai';
import '../../../src/widgets/coverage-gauge/index.js';
import type { RbCoverageGauge } from '../../../src/widgets/coverage-gauge/index.js';
import { nextEvent, strictStylePolicy, settle, shadow, until } from '../../support/helpers.js';

let violations: string[] = [];

describe('rb-coverage-gauge under style-src CSP', () => {
  before(() => {
    violations = strictStylePolicy();
  });

  it('renders bar, breakdown, gauge and ring without violations', async () => {
    for (const config of [
      { coverage: 'enterprise-party', style: 'bar', breakdown: true },
      { coverage: 'enterprise-party', style: 'gauge', breakdown: true },
      { coverage: 'brand-committees', style: 'ring' },
    ] as const) {
      const el = document.createElement('rb-coverage-gauge') as RbCoverageGauge;
      el.style.width = '320px';
      el.src = '/demo/data/kaiping.json';
      el.config = config;
      const load = nextEvent(el, 'rb-load');
      document.body.append(el);
      await load;
      await settle(el);
      if (config.style === 'bar') {
        const bar = shadow(el).querySelector('.bar')!;
        const fill = bar.querySelector('.fill')!;
        expect(fill.getBoundingClientRect().width / bar.getBoundingClientRect().width).to.be.closeTo(25 / 84, 0.01);
      } else {
        await until(() => el.chart, 3000, `${config.style} chart`);
        expect(shadow(el).querySelector('canvas')).to.not.equal(null);
      }
      await new Promise((r) => setTimeout(r, 50));
      el.remove();
    }
    expect(violations).to.deep.equal([]);
  });
});
