// The print stylesheet: a printed portal page shows each chart (also the ones never scrolled to,
// whose charts had not started), sized and drawn, without the toolbar buttons, each widget kept
// on one page and its colours printed as on screen.
import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { RbChartElement } from '../../src/core/chart-element.js';
import { cleanup, create, nextEvent, sample, settle, shadow, until } from '../support/helpers.js';

type Chart = RbChartElement<any, any>;

const CHARTS: [string, Record<string, unknown>][] = [
  ['rb-coverage-gauge', { coverage: 'enterprise-party' }],
  ['rb-brand-matrix', { layout: 'treemap' }],
  ['rb-cluster-map', { mode: 'graph' }],
];

/** True when some pixel of the canvas is painted. */
function painted(canvas: HTMLCanvasElement): boolean {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
  return false;
}

describe('print stylesheet', function () {
  this.timeout(40000);
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    cleanup();
  });

  it('a printed page shows every chart, sized and drawn, with no toolbar, each widget on one page', async () => {
    // A portal page taller than the screen: the widgets below were never on screen.
    create<HTMLElement>('div').style.height = '4000px';
    const widgets: Chart[] = [];
    for (const [tag, config] of CHARTS) {
      const el = create<Chart>(tag, { config: { ...config, toolbar: true } });
      el.style.width = '640px';
      const loaded = nextEvent(el, 'rb-load');
      (el as any).data = await sample('kaiping');
      await loaded;
      await settle(el);
      widgets.push(el);
    }
    for (const el of widgets) {
      expect(el.chart, `${el.localName} off screen: no chart yet`).to.equal(undefined);
      expect(getComputedStyle(shadow(el).querySelector('[part=toolbar]')!).display).to.equal('flex');
    }

    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).to.equal(true);
    await until(() => widgets.every((el) => el.chart), 4000, 'every chart started for print');

    for (const el of widgets) {
      const what = el.localName;
      const host = getComputedStyle(el);
      expect(host.breakInside, what).to.equal('avoid');
      expect(host.printColorAdjust, what).to.equal('exact');
      expect(getComputedStyle(shadow(el).querySelector('[part=toolbar]')!).display, what).to.equal('none');

      const container = shadow(el).querySelector<HTMLElement>('[part=chart]')!;
      const box = container.getBoundingClientRect();
      expect(box.width, what).to.be.greaterThan(100);
      expect(box.height, what).to.be.greaterThan(100);
      const canvas = container.querySelector('canvas')!;
      expect(canvas, what).to.not.equal(null);
      const style = getComputedStyle(canvas);
      expect([style.display, style.visibility], what).to.deep.equal(['block', 'visible']);
      expect(canvas.getBoundingClientRect().width, what).to.be.closeTo(box.width, 1);
      expect(painted(canvas), `${what} canvas is drawn`).to.equal(true);
      // Drawn at once for print, not at the first frame of an animation.
      expect((el.chart!.getOption() as { animation?: boolean }).animation, what).to.equal(false);
    }

    await emulateMedia({ media: 'screen' });
    expect(matchMedia('print').matches).to.equal(false);
    for (const el of widgets) expect(getComputedStyle(shadow(el).querySelector('[part=toolbar]')!).display).to.equal('flex');
  });

  it('a chart already on screen stays drawn in print', async () => {
    const el = create<Chart>('rb-brand-matrix', { config: { layout: 'sunburst', animation: false } });
    el.style.width = '480px';
    const loaded = nextEvent(el, 'rb-load');
    (el as any).data = await sample('kaiping');
    await loaded;
    const chart = await until(() => el.chart, 4000, 'chart init');
    await emulateMedia({ media: 'print' });
    await settle(el);
    expect(el.chart).to.equal(chart);
    const canvas = shadow(el).querySelector<HTMLCanvasElement>('[part=chart] canvas')!;
    expect(canvas.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(painted(canvas)).to.equal(true);
  });
});
