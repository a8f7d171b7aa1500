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

/**
 * The hooks of a stage suite: the page without margins, widgets removed after each test, the
 * viewport and mouse put back after the suite. Returns the Kaiping document (once loaded).
 */
function stageSuite(): () => unknown {
  let doc: unknown;
  before(async () => {
    doc = await sample('kaiping');
    document.body.style.margin = '0';
  });
  afterEach(cleanup);
  after(async () => {
    document.body.style.margin = '';
    await resetMouse();
    await setViewport({ width: 800, height: 600, deviceScaleFactor: 1 } as never);
  });
  return () => doc;
}

describe('rb-dashboard stage on the display grid', function () {
  this.timeout(120_000);
  let el: RbDashboard;
  const kaiping = stageSuite();

  for (const display of displays) {
    it(display.name, async () => {
      await setViewport({ width: display.width, height: display.height, deviceScaleFactor: display.dpr } as never);
      el = create<RbDashboard>('rb-dashboard', { clockSource: manualTimeSource(), config: spec });
      el.data = structuredClone(kaiping()) as never;
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

// Every other fit of dashboard.md, on three representative displays (an office PC at 125%, a 32:9
// LED wall, and 150% browser zoom): whatever the fit, text is scaled evenly (never stretched) and
// canvases are drawn at the physical resolution; then what the fit promises:
// - `width`: the stage's width fills the window, the rest is reached by scrolling;
// - `height`: the stage's height fills the window, the rest is reached by scrolling;
// - `cover`: the window is filled, the stage centred and cropped (no scrolling);
// - `stretch`: the window is filled exactly; text scales by the smaller factor and the grid takes the rest;
// - `none`: design pixels (no scaling), scrolling when the window is smaller.
describe('rb-dashboard stage: every fit', function () {
  this.timeout(120_000);
  let el: RbDashboard;
  const kaiping = stageSuite();

  const fitDisplays: Display[] = [{ name: '1366×768 @1.25', width: 1366, height: 768, dpr: 1.25 }, { name: '7680×2160 @1', width: 7680, height: 2160, dpr: 1 }, zoomed(1920, 1080, 1, 1.5)];
  const near = (a: number, b: number, what: string, slack = 1.5) => expect(a, what).to.be.closeTo(b, slack);
  // Text boxes are laid out in whole pixels at the zoom: their displayed factor is within 1 % of it.
  const zoomNear = (a: number, b: number, what: string) => expect(a, what).to.be.closeTo(b, b * 0.01);

  for (const fit of ['width', 'height', 'cover', 'stretch', 'none'] as const) {
    for (const display of fitDisplays) {
      it(`fit ${fit} on ${display.name}`, async () => {
        await setViewport({ width: display.width, height: display.height, deviceScaleFactor: display.dpr } as never);
        el = create<RbDashboard>('rb-dashboard', { clockSource: manualTimeSource(), config: { ...spec, stage: { ...spec.stage, fit } } });
        el.data = structuredClone(kaiping()) as never;
        await nextEvent(el, 'rb-load');
        await settle(el);
        const stage = await until(() => el.shadowRoot!.querySelector<HTMLElement>('[part=stage]'), 5_000, 'the stage');
        const viewport = el.shadowRoot!.querySelector<HTMLElement>('[part=viewport]')!;
        await until(
          () => canvases(el).length >= 2 && canvases(el).every((c) => c.getBoundingClientRect().width > 0 && c.width >= c.getBoundingClientRect().width * devicePixelRatio - 1),
          5_000,
          'canvases drawn at the display resolution',
        );
        await settle(el);
        const box = viewport.getBoundingClientRect();
        // The viewport without its scroll bars: what a fitted stage fills.
        const [vw, vh] = [viewport.clientWidth, viewport.clientHeight];
        const s = stage.getBoundingClientRect();
        const sx = vw / 1920;
        const sy = vh / 1080;
        // Text: the same factor across and down, whatever the fit.
        const card = el.shadowRoot!.querySelector('rb-growth-indicator')!;
        const texts = [el.shadowRoot!.querySelector<HTMLElement>('[part=bar] h2')!, ...card.shadowRoot!.querySelectorAll<HTMLElement>('[part~=value], [part~=name]')].filter((t) => t.offsetWidth > 0);
        expect(texts.length).to.be.greaterThan(1);
        const zooms = texts.map((t) => scales(t));
        for (const [i, z] of zooms.entries()) expect(z.x, `${texts[i]!.localName} scaled evenly`).to.be.closeTo(z.y, z.slack);
        for (const canvas of canvases(el)) {
          const r = canvas.getBoundingClientRect();
          expect(canvas.width, 'backing store width').to.be.at.least(r.width * devicePixelRatio - 1);
          expect(canvas.height, 'backing store height').to.be.at.least(r.height * devicePixelRatio - 1);
        }
        // Nothing of the page lies outside the stage.
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part=cell], [part=bar]')) {
          expect(inside(node.getBoundingClientRect(), s), `${node.className} inside the stage`).to.equal(true);
        }
        const zoom = zooms[0]!.x;
        const scrolls = getComputedStyle(viewport).overflow;
        if (fit === 'width') {
          near(s.width, vw, 'the stage is as wide as the window');
          near(s.height, (s.width * 1080) / 1920, 'at the design aspect');
          zoomNear(zoom, vw / 1920, 'text zoomed with the width');
          expect(scrolls).to.equal('auto');
          expect(viewport.scrollHeight, 'the rest of the stage is reached by scrolling').to.be.at.least(Math.floor(s.height) - 1);
        } else if (fit === 'height') {
          near(s.height, vh, 'the stage is as high as the window');
          near(s.width, (s.height * 1920) / 1080, 'at the design aspect');
          zoomNear(zoom, vh / 1080, 'text zoomed with the height');
          expect(scrolls).to.equal('auto');
          expect(viewport.scrollWidth, 'the rest of the stage is reached by scrolling').to.be.at.least(Math.floor(s.width) - 1);
        } else if (fit === 'cover') {
          expect(s.width, 'covers the width').to.be.at.least(vw - 1.5);
          expect(s.height, 'covers the height').to.be.at.least(vh - 1.5);
          expect(Math.min(Math.abs(s.width - vw), Math.abs(s.height - vh)), 'one axis fits exactly').to.be.below(1.5);
          near(s.left + s.width / 2, box.left + box.width / 2, 'centred across');
          near(s.top + s.height / 2, box.top + box.height / 2, 'centred down');
          zoomNear(zoom, Math.max(sx, sy), 'text zoomed by the larger factor');
          expect(scrolls, 'cropped, not scrolled').to.equal('hidden');
        } else if (fit === 'stretch') {
          near(s.left, box.left, 'left edge');
          near(s.top, box.top, 'top edge');
          near(s.width, vw, 'fills the width');
          near(s.height, vh, 'fills the height');
          zoomNear(zoom, Math.min(sx, sy), 'text zoomed by the smaller factor, not stretched');
          // The grid takes the rest: the areas keep their share of the stage, not the design's aspect.
          const cell = el.shadowRoot!.querySelector<HTMLElement>('[part=cell]')!.getBoundingClientRect();
          const grid = el.shadowRoot!.querySelector<HTMLElement>('[part=grid]')!.getBoundingClientRect();
          near(cell.width / grid.width, 14 / 24, 'the first area spans 14 of 24 columns', 0.02);
          near(cell.height / grid.height, 1, 'and every row', 0.02);
        } else {
          zoomNear(zoom, 1, 'design pixels');
          near(s.width, 1920, 'design width');
          near(s.height, 1080, 'design height');
          if (innerWidth < 1920 || innerHeight < 1080) {
            expect(scrolls).to.equal('auto');
            expect(viewport.scrollWidth, 'scrolls across').to.be.at.least(1919);
          } else expect(inside(s, new DOMRect(0, 0, innerWidth, innerHeight)), 'inside a larger window').to.equal(true);
        }
      });
    }
  }
});
