// Every widget under `default-src 'self'; script-src 'self'; style-src 'self'` (demo/csp.html,
// with the built single file): all render, tooltips open, and no policy violation is reported.
import { expect } from '@esm-bundle/chai';
import { itemPoint, pointAt } from '../support/chart.js';

interface CspWindow extends Window {
  __cspViolations: { directive: string; blocked: string; sample: string }[];
}

const TAGS = 'rb-coverage-gauge, rb-growth-indicator, rb-brand-matrix, rb-cluster-map, rb-ranking';

describe('strict Content-Security-Policy (demo/csp.html)', function () {
  this.timeout(90000);

  it('renders every widget and its tooltips with zero violations', async () => {
    const frame = document.createElement('iframe');
    frame.width = '1200';
    frame.height = '4000';
    frame.src = '/demo/csp.html';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as CspWindow;
    const widgets = [...win.document.querySelectorAll(TAGS)] as (HTMLElement & { chart?: any; lastError: unknown; updateComplete: Promise<unknown> })[];
    expect(widgets.length).to.be.greaterThan(8);

    // All settle: loaded, or (the one with a bad id) showing its error.
    const deadline = performance.now() + 40000;
    while (widgets.some((w) => !w.shadowRoot?.querySelector('[part=body] > :not(.loading)')) && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const withError = widgets.filter((w) => w.shadowRoot!.querySelector('[part=error]'));
    expect(withError.length, 'only the deliberately broken widget shows an error').to.equal(1);

    // The rankings draw their rows, each bar's length set through a constructed style sheet
    // (style-src 'self' allows no style attribute): the leader's bar is full, the others shorter.
    const rankings = widgets.filter((w) => w.localName === 'rb-ranking');
    expect(rankings.length).to.equal(2);
    for (const ranking of rankings) {
      const rows = [...ranking.shadowRoot!.querySelectorAll<HTMLElement>('[part=row]')];
      expect(rows.length, 'ranked rows').to.be.greaterThan(2);
      const shares = rows.map((r) => r.querySelector('.fill')!.getBoundingClientRect().width / r.querySelector('[part=bar]')!.getBoundingClientRect().width);
      expect(shares[0]).to.be.closeTo(1, 0.01);
      expect(shares.at(-1)).to.be.lessThan(1);
      expect(shares.every((s, i) => i === 0 || s <= shares[i - 1]! + 1e-6), `bars shrink down the list: ${shares}`).to.equal(true);
      expect(ranking.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    }

    // Open a tooltip on every chart.
    await new Promise((r) => setTimeout(r, 500));
    let charts = 0;
    let tooltips = 0;
    for (const w of widgets) {
      const chart = w.chart;
      if (!chart) continue;
      charts++;
      const tip = w.shadowRoot!.querySelector<HTMLElement>('[part=tooltip]')!;
      for (let dataIndex = 0; dataIndex < 3 && tip.hidden; dataIndex++) {
        try {
          pointAt(chart, ...itemPoint(chart, 0, dataIndex));
        } catch {
          // not drawn (a virtual root)
        }
      }
      if (!tip.hidden) tooltips++;
    }
    expect(charts).to.be.greaterThan(4);
    // Every chart but the gauges (which need none) opened one: placed through the CSSOM.
    expect(tooltips).to.be.greaterThan(2);
    await new Promise((r) => setTimeout(r, 500));
    expect(win.__cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
