// A finger on an emulated phone (360 px, DPR 3, touch): a tap on a mark shows its tooltip inside
// the screen and a tap elsewhere hides it; a tap on a node, marker, card or row fires rb-select
// exactly once, as a click does (no second event from the browser's emulated mouse); toolbar
// buttons and breakdown rows are touch targets of at least 24×24 px.
import { expect } from '@esm-bundle/chai';
import '../../../src/index.js';
import { cleanup, recordEvents } from '../../support/helpers.js';
import { itemPoint } from '../../support/chart.js';
import { CASES, mountCase } from './cases.js';
import { phone, tap, tapElement } from './support.js';

const caseNamed = (name: string) => CASES.find((c) => c.name === name)!;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Taps item `dataIndex` of series `seriesIndex` of a widget's chart. */
async function tapItem(el: HTMLElement & { chart?: any }, seriesIndex: number, dataIndex: number): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  await pause(50);
  const [x, y] = itemPoint(el.chart, seriesIndex, dataIndex);
  const box = el.chart.getDom().getBoundingClientRect();
  await tap(box.left + x, box.top + y);
}

const tooltipOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part=tooltip]')!;

function expectOnScreen(box: HTMLElement): void {
  const r = box.getBoundingClientRect();
  expect(r.width, 'tooltip drawn').to.be.greaterThan(0);
  expect(r.left, 'tooltip left').to.be.at.least(0);
  expect(r.right, 'tooltip right').to.be.at.most(document.documentElement.clientWidth);
}

describe('phones: touch', () => {
  before(() => phone(360));
  afterEach(cleanup);

  it('runs as a phone: touch events, a coarse pointer and no hover', () => {
    expect('ontouchstart' in window).to.equal(true);
    expect(matchMedia('(pointer: coarse)').matches).to.equal(true);
    expect(matchMedia('(hover: none)').matches).to.equal(true);
  });

  for (const name of ['cluster map, graph', 'cluster map, geo']) {
    it(`${name}: a tap on a cluster shows its tooltip on screen and selects it once; a tap elsewhere hides it`, async () => {
      const el = await mountCase(caseNamed(name));
      const series = el.chart.getModel().getSeries();
      // The graph's single series, or the map's first cluster marker series.
      const index = series.findIndex((s: any) => s.subType === 'graph' || s.subType === 'scatter' || s.subType === 'effectScatter');
      const selects = recordEvents(el, 'rb-select');
      await tapItem(el, index, 0);
      await pause(400);
      const box = tooltipOf(el);
      expect(box.hidden, 'tooltip shown').to.equal(false);
      expect(box.textContent).to.contain('产业集群');
      expectOnScreen(box);
      expect(selects.map((e) => e.detail.kind)).to.deep.equal(['cluster']);
      // Elsewhere on the page: below the widget.
      const page = document.createElement('p');
      page.textContent = '正文';
      document.body.append(page);
      try {
        await tapElement(page);
        await pause(100);
        expect(box.hidden, 'hidden by a tap elsewhere').to.equal(true);
      } finally {
        page.remove();
      }
      expect(selects.length, 'no select from the tap elsewhere').to.equal(1);
    });
  }

  it('brand treemap: a tap on a tile shows its tooltip on screen', async () => {
    const el = await mountCase(caseNamed('brand matrix, treemap'));
    const data = el.chart.getModel().getSeriesByIndex(0).getData();
    // A leaf tile (a town brand), not the root's frame.
    let leaf = -1;
    for (let i = 0; i < data.count() && leaf < 0; i++) if (data.tree.getNodeByDataIndex(i).depth === 2) leaf = i;
    expect(leaf).to.be.greaterThan(-1);
    await tapItem(el, 0, leaf);
    await pause(300);
    expect(tooltipOf(el).hidden).to.equal(false);
    expectOnScreen(tooltipOf(el));
  });

  it('brand matrix cards, growth cards and breakdown rows: one tap, one rb-select', async () => {
    const targets: [string, string, string][] = [
      ['brand matrix, grid', '[part=card][data-id=magang-youpin]', 'brand'],
      ['growth indicator', '[part=card]', 'indicator'],
      ['coverage gauge, bar + breakdown', '.unit', 'unit'],
    ];
    for (const [name, selector, kind] of targets) {
      const el = await mountCase(caseNamed(name));
      const target = el.shadowRoot!.querySelector(selector)!;
      expect(target, `${name}: ${selector}`).to.not.equal(null);
      const selects = recordEvents(el, 'rb-select');
      await tapElement(target);
      await pause(400);
      expect(selects.map((e) => e.detail.kind), name).to.deep.equal([kind]);
      cleanup();
    }
  });

  it('toolbar buttons, breakdown rows and cluster buttons are at least 24×24 px', async () => {
    const small: string[] = [];
    for (const name of ['coverage gauge, bar + breakdown', 'cluster map, geo', 'brand matrix, treemap', 'brand matrix, tree']) {
      const c = caseNamed(name);
      const el = await mountCase({ ...c, config: { ...c.config, toolbar: true } });
      const targets = el.shadowRoot!.querySelectorAll<HTMLElement>('[part=toolbar] button, .unit, .clusters button, button.toggle');
      expect(targets.length, name).to.be.greaterThan(0);
      for (const t of targets) {
        const r = t.getBoundingClientRect();
        if (r.width < 24 || r.height < 24) small.push(`${name}: ${t.className || t.localName} "${t.textContent!.trim().slice(0, 10)}" ${r.width}×${r.height}`);
      }
      cleanup();
    }
    expect(small).to.deep.equal([]);
  });
});
