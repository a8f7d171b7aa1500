import { expect } from '@esm-bundle/chai';
import '../../../src/widgets/coverage-gauge/index.js';
import type { RbCoverageGauge } from '../../../src/widgets/coverage-gauge/index.js';
import { cleanup, mount, nextEvent, shadow, until } from '../../support/helpers.js';

describe('rb-coverage-gauge', () => {
  afterEach(cleanup);

  it('renders the Pingyuan village coverage from src with its figures as text', async () => {
    const el = mount<RbCoverageGauge>(
      `<rb-coverage-gauge src="/demo/data/pingyuan.json" config='{"coverage":"villages"}' style="width:320px"></rb-coverage-gauge>`,
    );
    await nextEvent(el, 'rb-load');
    const text = shadow(el).textContent!;
    expect(text).to.contain('党建联合体覆盖行政村');
    expect(text).to.contain('100%');
    expect(text).to.contain('424 / 424');
    await until(() => el.chart, 3000, 'chart init');
    expect(shadow(el).querySelector('canvas')).to.not.equal(null);
  });
});
