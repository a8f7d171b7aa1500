// Every widget and layout on a phone 320, 360 and 414 CSS px wide (mobile emulation, DPR 3):
// nothing wider than the screen, no text cut off by its box, nothing under 12 px, canvas text
// inside the drawing and not over other text, and a chart height fit for a phone.
import { expect } from '@esm-bundle/chai';
import '../../../src/index.js';
import { cleanup } from '../../support/helpers.js';
import { CASES, charts, mountCase } from './cases.js';
import { WIDTHS, canvasTextOutside, legendOverMarks, canvasTextOverlaps, canvasTinyText, clippedText, phone, tinyText, tooWide } from './support.js';

describe('phones: every widget fits 320–480 px', () => {
  afterEach(cleanup);

  for (const width of WIDTHS) {
    describe(`${width} px`, () => {
      before(() => phone(width));
      for (const c of CASES) {
        it(c.name, async () => {
          const el = await mountCase(c);
          expect(document.documentElement.scrollWidth, 'document width').to.equal(width);
          expect(tooWide(el), 'wider than the screen').to.deep.equal([]);
          expect(clippedText(el), 'text cut off').to.deep.equal([]);
          expect(tinyText(el), 'text under 12 px').to.deep.equal([]);
          for (const chart of charts(el)) {
            expect(canvasTextOutside(chart), 'canvas text outside').to.deep.equal([]);
            expect(canvasTextOverlaps(chart), 'canvas text overlapping').to.deep.equal([]);
            expect(canvasTinyText(chart), 'canvas text under 12 px').to.deep.equal([]);
            expect(legendOverMarks(chart), 'legend over marks').to.deep.equal([]);
            // A phone-sized drawing: not a desktop height squeezed, not taller than the screen.
            expect(chart.getHeight(), 'chart height').to.be.within(160, Math.min(520, window.innerHeight));
          }
        });
      }
    });
  }
});
