// `config.patterns`: decal patterns on every chart widget, from one place in core (so colour is
// never the only signal), and nothing changes without it.
import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { withPatterns } from '../../src/core/patterns.js';
import type { RbChartElement } from '../../src/core/chart-element.js';
import type { RbErrorDetail } from '../../src/core/events.js';
import { cleanup, create, nextEvent, sample, settle, until } from '../support/helpers.js';

type Chart = RbChartElement<any, any>;

async function kaipingWithGeometry(): Promise<Record<string, any>> {
  const d = await sample('kaiping');
  d['geo'] = await (await fetch('/demo/data/kaiping-towns.geojson')).json();
  return d;
}

async function kaipingWithoutGeometry(): Promise<Record<string, any>> {
  const d = await sample('kaiping');
  delete d['geo'];
  return d;
}

/** Mounts a chart widget with inline data and waits for its ECharts instance. */
async function drawn(tag: string, config: Record<string, unknown>, data: unknown): Promise<Chart> {
  const el = create<Chart>(tag, { config: { animation: false, ...config } });
  el.style.width = '640px';
  const loaded = nextEvent(el, 'rb-load');
  (el as any).data = data;
  await loaded;
  el.scrollIntoView();
  await until(() => el.chart, 4000, `${tag} chart init`);
  await settle(el);
  return el;
}

const aria = (el: Chart) => {
  const a = (el.chart!.getOption() as any).aria;
  return Array.isArray(a) ? a[0] : a;
};
/** The decal ECharts resolved for the first item of the first series (null: none drawn). */
const itemDecal = (el: Chart) => (el.chart as any).getModel().getSeriesByIndex(0).getData().getItemVisual(0, 'decal') ?? null;

describe('decal patterns (config.patterns)', function () {
  this.timeout(40000);
  afterEach(cleanup);

  describe('withPatterns (pure)', () => {
    it('merges aria.decal.show into the option and keeps the widget\'s own aria settings', () => {
      const option = { series: [{ type: 'treemap' }], aria: { enabled: true, label: { description: '开平 1+8' } } };
      const out = withPatterns(option) as any;
      expect(out.aria).to.deep.equal({ enabled: true, label: { description: '开平 1+8' }, decal: { show: true } });
      expect(out.series).to.equal(option.series);
      // The input is not changed (models are shared with the data table and exports).
      expect(option.aria).to.deep.equal({ enabled: true, label: { description: '开平 1+8' } });
    });

    it('turns aria on and keeps decal settings an option already has', () => {
      expect((withPatterns({}) as any).aria).to.deep.equal({ enabled: true, decal: { show: true } });
      const out = withPatterns({ aria: { enabled: false, decal: { show: false, decals: [{ symbol: 'rect' }] } } }) as any;
      expect(out.aria).to.deep.equal({ enabled: true, decal: { show: true, decals: [{ symbol: 'rect' }] } });
    });
  });

  const CASES: [string, Record<string, unknown>, () => Promise<unknown>][] = [
    ['rb-coverage-gauge', { coverage: 'enterprise-party' }, () => sample('kaiping')],
    ['rb-brand-matrix', { layout: 'treemap' }, () => sample('kaiping')],
    ['rb-brand-matrix', { layout: 'sunburst' }, () => sample('kaiping')],
    ['rb-brand-matrix', { layout: 'tree' }, () => sample('kaiping')],
    ['rb-cluster-map', { mode: 'graph' }, kaipingWithoutGeometry],
    ['rb-cluster-map', { mode: 'geo' }, kaipingWithGeometry],
  ];

  for (const [tag, config, data] of CASES) {
    it(`${tag} ${JSON.stringify(config)}: the drawn chart has decal patterns with patterns: true, none without`, async () => {
      const plain = await drawn(tag, config, await data());
      expect(aria(plain).enabled).to.equal(true);
      expect(aria(plain).decal.show).to.equal(false);
      expect(itemDecal(plain)).to.equal(null);
      const description = aria(plain).label.description;

      const patterned = await drawn(tag, { ...config, patterns: true }, await data());
      expect(aria(patterned).decal.show).to.equal(true);
      expect(aria(patterned).enabled).to.equal(true);
      // The accessible description the widget set is kept.
      expect(aria(patterned).label.description).to.equal(description).and.not.equal(undefined);
      expect(itemDecal(patterned)).to.be.an('object').that.has.property('symbol');
    });
  }

  it('switches at run time with the config', async () => {
    const el = await drawn('rb-brand-matrix', { layout: 'treemap' }, await sample('kaiping'));
    expect(aria(el).decal.show).to.equal(false);
    el.config = { layout: 'treemap', animation: false, patterns: true };
    await settle(el);
    expect(aria(el).decal.show).to.equal(true);
    el.config = { layout: 'treemap', animation: false, patterns: false };
    await settle(el);
    expect(aria(el).decal.show).to.equal(false);
  });

  it('is a common option: HTML widgets accept it, a wrong type is an invalid-config error', async () => {
    const card = create<HTMLElement>('rb-growth-indicator', { config: { indicator: 'magang-sales', patterns: true } });
    const loaded = nextEvent(card, 'rb-load');
    (card as any).data = await sample('kaiping');
    await loaded;

    const bad = create<HTMLElement>('rb-coverage-gauge', { config: { coverage: 'enterprise-party', patterns: 'yes' } });
    const failed = nextEvent<RbErrorDetail>(bad, 'rb-error');
    (bad as any).data = await sample('kaiping');
    expect((await failed).detail).to.include({ code: 'invalid-config', path: '/patterns' });
  });
});
