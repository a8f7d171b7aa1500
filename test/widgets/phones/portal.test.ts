// The demo portal (demo/index.html, with the built single file) opened on a phone in its own tab:
// the document is exactly as wide as the screen (no zoom-out), nothing reaches past its edge.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { WIDTHS } from './support.js';

interface PageWidths {
  innerWidth: number;
  scrollWidth: number;
  clientWidth: number;
  scale: number;
  wide: string[];
}

describe('phones: the demo portal', () => {
  for (const width of WIDTHS) {
    it(`fits a ${width} px phone without zooming out`, async function () {
      this.timeout(30000);
      const page = (await executeServerCommand('phone-page', { path: '/demo/index.html', width })) as PageWidths;
      expect(page.innerWidth, 'layout viewport').to.equal(width);
      expect(page.scrollWidth, 'document width').to.equal(width);
      expect(page.scale, 'no zoom-out').to.equal(1);
      expect(page.wide, 'elements past the edge').to.deep.equal([]);
    });
  }
});
