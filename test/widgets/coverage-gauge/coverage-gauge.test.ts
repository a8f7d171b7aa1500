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
  it('a small drawing gets a smaller percentage and a thinner arc, so the figure stays inside the ring', async () => {
    const sizes = new Map<number, number>();
    for (const height of [240, 160, 120]) {
      const el = mount<RbCoverageGauge>(
        `<rb-coverage-gauge src="/demo/data/pingyuan.json" config='{"coverage":"villages","style":"ring"}' style="width:320px;--rb-chart-height:${height}px"></rb-coverage-gauge>`,
      );
      await nextEvent(el, 'rb-load');
      const chart = await until(() => el.chart, 3000, 'chart init');
      const series = (chart.getOption() as { series: { detail: { fontSize: number }; progress: { width: number } }[] }).series[0]!;
      sizes.set(height, series.detail.fontSize);
      if (height < 180) expect(series.progress.width, `arc at ${height}px`).to.be.below(16);
      el.remove();
    }
    expect([...sizes.values()]).to.deep.equal([28, 20, 16]);
  });
});
