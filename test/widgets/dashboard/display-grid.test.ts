// The display grid of a big screen: window sizes from a 1366×768 office PC to a 7680×2160 LED
// wall, device pixel ratios 1–2 and browser zoom 80% / 150%. Each display is emulated with
// `setViewport` (CDP Emulation.setDeviceMetricsOverride under the hood: CSS-pixel viewport and
// deviceScaleFactor). Browser zoom Z on a window of W×H at ratio D is what the page sees as a
// viewport of W/Z × H/Z CSS pixels at a pixel ratio of D×Z, so that is what is emulated for it.
// The dashboard is created on each display (headless Chromium reports no change of the emulated
// pixel ratio to a live page: neither the resolution media query nor ResizeObserver's device
// pixels fire), and for every display:
// - nothing lies outside the stage, and the stage lies inside the window (fit `contain`);
// - every canvas has a backing store of at least its displayed size × devicePixelRatio;
// - text is scaled evenly (the same factor across and down);
// - the real mouse moved onto a treemap node shows that node's tooltip.
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/dashboard/index.js';
import type { RbDashboard } from '../../../src/widgets/dashboard/index.js';
import { manualTimeSource } from '../../../src/core/clock.js';
import { cleanup, create, nextEvent, sample, settle, until } from '../../support/helpers.js';
import { itemPoint } from '../../support/chart.js';

interface Display {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
}

const windows: [number, number][] = [[1366, 768], [1920, 1080], [2560, 1440], [3840, 2160], [7680, 2160]];
const ratios = [1, 1.25, 1.5, 2];
const zoomed = (w: number, h: number, dpr: number, zoom: number): Display => ({
  name: `${w}×${h} @${dpr} at ${zoom * 100}% browser zoom`,
  width: Math.round(w / zoom),
  height: Math.round(h / zoom),
  dpr: dpr * zoom,
});
const displays: Display[] = [
  ...windows.flatMap(([width, height]) => ratios.map((dpr) => ({ name: `${width}×${height} @${dpr}`, width, height, dpr }))),
  zoomed(1920, 1080, 1, 0.8),
  zoomed(1920, 1080, 1, 1.5),
  zoomed(1366, 768, 1.25, 1.5),
  zoomed(3840, 2160, 1.5, 0.8),
];

const spec = {
  title: '开平优品 · 大屏',
  stage: { width: 1920, height: 1080 },
  widgets: [
    { type: 'brand-matrix', config: { layout: 'treemap', animation: false, title: '品牌矩阵' }, area: [1, 1, 14, 12] },
    { type: 'coverage-gauge', config: { coverage: 'enterprise-party', animation: false }, area: [15, 1, 10, 6] },
    { type: 'growth-indicator', config: { indicator: 'magang-sales', animation: false }, area: [15, 7, 10, 6] },
  ],
};

const inside = (inner: DOMRect, outer: DOMRect, slack = 1): boolean =>
  inner.left >= outer.left - slack && inner.top >= outer.top - slack && inner.right <= outer.right + slack && inner.bottom <= outer.bottom + slack;

/** Every canvas in the dashboard's widgets. */
function canvases(el: RbDashboard): HTMLCanvasElement[] {
  return [...el.shadowRoot!.querySelectorAll('[part=cell] > *')].flatMap((w) => [...w.shadowRoot!.querySelectorAll('canvas')]);
}

/**
 * The factors by which an element's text is scaled across and down (layout size → displayed size),
 * and how far apart they may be from the rounding of `offsetWidth`/`offsetHeight` to whole pixels.
 */
function scales(el: HTMLElement): { x: number; y: number; slack: number } {
  const r = el.getBoundingClientRect();
  const x = r.width / el.offsetWidth;
  const y = r.height / el.offsetHeight;
  return { x, y, slack: Math.max(x, y) * (0.5 / el.offsetWidth + 0.5 / el.offsetHeight) + 0.005 };
}

describe('rb-dashboard stage on the display grid', function () {
  this.timeout(120_000);
  let el: RbDashboard;
  let doc: unknown;
  before(async () => void (doc = await sample('kaiping')));

  before(() => {
    document.body.style.margin = '0';
  });
  afterEach(cleanup);

  after(async () => {
    document.body.style.margin = '';
    await resetMouse();
    await setViewport({ width: 800, height: 600, deviceScaleFactor: 1 } as never);
  });

  for (const display of displays) {
    it(display.name, async () => {
      await setViewport({ width: display.width, height: display.height, deviceScaleFactor: display.dpr } as never);
      el = create<RbDashboard>('rb-dashboard', { clockSource: manualTimeSource(), config: spec });
      el.data = structuredClone(doc) as never;
      await nextEvent(el, 'rb-load');
      await settle(el);
      expect(window.devicePixelRatio).to.be.closeTo(display.dpr, 0.001);
      expect(innerWidth).to.equal(display.width);
      // Charts are redrawn for the new display: wait until each canvas is drawn for it.
      const stage = await until(() => el.shadowRoot!.querySelector<HTMLElement>('[part=stage]'), 5_000, 'the stage');
      // The stage is refitted and the charts redrawn for the new display.
      const filled = () => {
        const box = stage.getBoundingClientRect();
        return Math.abs(Math.max(box.width / innerWidth, box.height / innerHeight) - 1) < 0.002;
      };
      await until(
        () => filled() && canvases(el).length >= 2 && canvases(el).every((c) => c.width >= c.getBoundingClientRect().width * devicePixelRatio - 1 && c.getBoundingClientRect().width > 0),
        5_000,
        'the stage fitted and its canvases drawn at the display resolution',
      );
      const stageBox = stage.getBoundingClientRect();
      const windowBox = new DOMRect(0, 0, innerWidth, innerHeight);
      expect(inside(stageBox, windowBox), `stage ${JSON.stringify(stageBox)} inside the window`).to.equal(true);
      for (const node of [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=cell], [part=bar]'), ...canvases(el)]) {
        expect(inside(node.getBoundingClientRect(), stageBox), `${node.localName}.${node.className} inside the stage`).to.equal(true);
      }
      for (const canvas of canvases(el)) {
        const box = canvas.getBoundingClientRect();
        // A canvas dimension is a whole number of pixels: a fraction of one device pixel is rounding, not blur.
        expect(canvas.width, 'backing store width').to.be.at.least(box.width * devicePixelRatio - 1);
        expect(canvas.height, 'backing store height').to.be.at.least(box.height * devicePixelRatio - 1);
      }
      const card = el.shadowRoot!.querySelector('rb-growth-indicator')!;
      const texts = [el.shadowRoot!.querySelector<HTMLElement>('[part=bar] h2')!, ...card.shadowRoot!.querySelectorAll<HTMLElement>('h2, [part~=value], strong')].filter((t) => t.offsetWidth > 0);
      expect(texts.length).to.be.greaterThan(1);
      for (const text of texts) {
        const { x, y, slack } = scales(text);
        expect(x, `${text.localName} scaled evenly`).to.be.closeTo(y, slack);
      }
      // The real mouse onto a treemap node shows that node's tooltip.
      const matrix = el.shadowRoot!.querySelector<HTMLElement & { chart?: any }>('rb-brand-matrix')!;
      const chart = matrix.chart;
      const data = chart.getModel().getSeriesByIndex(0).getData();
      const [x, y] = itemPoint(chart, 0, 3);
      const dom = chart.getDom().getBoundingClientRect();
      const zoom = dom.width / chart.getWidth();
      await sendMouse({ type: 'move', position: [Math.round(dom.left + x * zoom), Math.round(dom.top + y * zoom)] });
      const tip = matrix.shadowRoot!.querySelector<HTMLElement>('[part=tooltip]')!;
      await until(() => !tip.hidden && tip.textContent!.startsWith(data.getName(3)), 3000, `the tooltip of ${data.getName(3)}`);
      await resetMouse();
    });
  }
});
