// Strings from documents are text everywhere: cards, labels, tooltips, tables and error panels.
// Every display string of the sample gets a script-carrying payload; every widget and layout is
// rendered, its tooltips opened; nothing runs and no element is created from the payload.
import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { cleanup, create, nextEvent, sample, settle } from '../support/helpers.js';
import { chartOf, itemPoint, pointAt } from '../support/chart.js';

const PAYLOAD = `<img src=x onerror="window.__xss=(window.__xss||0)+1"><script>window.__xss=1</script>{a|b}`;
/** Fields that hold display text (ids, references, enums and periods keep their meaning). */
const TEXT_FIELDS = new Set(['name', 'title', 'by', 'industry', 'operator', 'publisher', 'parent']);

function poison(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => (key === 'certifications' ? `${PAYLOAD}${v}` : poison(v)));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        if (typeof v === 'string' && TEXT_FIELDS.has(k) && !(k === 'parent' && key !== 'region')) return [k, `${PAYLOAD}${v}`];
        return [k, poison(v, k)];
      }),
    );
  }
  return value;
}

// Charts without animation: an item is pointed at where it is drawn, not on its way there.
const CASES: [string, Record<string, unknown>][] = [
  ['rb-coverage-gauge', { coverage: 'enterprise-party', showSource: true, toolbar: true }],
  ['rb-coverage-gauge', { coverage: 'enterprise-party', style: 'bar', breakdown: true }],
  ['rb-growth-indicator', { indicator: 'magang-sales', target: true }],
  ['rb-brand-matrix', { showSource: true }],
  ['rb-brand-matrix', { layout: 'tree', animation: false }],
  ['rb-brand-matrix', { layout: 'treemap', animation: false }],
  ['rb-brand-matrix', { layout: 'sunburst', animation: false }],
  ['rb-cluster-map', { mode: 'graph', animation: false }],
  ['rb-cluster-map', { mode: 'geo', showEnterprises: true, animation: false }],
];

describe('strings from data are text (XSS)', function () {
  this.timeout(30000);
  afterEach(cleanup);

  it('no payload runs or becomes an element in any widget, tooltip or error', async () => {
    const doc = poison(await sample('kaiping')) as Record<string, any>;
    doc['geo'] = await (await fetch('/demo/data/kaiping-towns.geojson')).json();
    delete (window as any).__xss;
    for (const [tag, config] of CASES) {
      const el = create<HTMLElement & { chart?: any; updateComplete: Promise<unknown> }>(tag, { config });
      el.style.width = '640px';
      const loaded = nextEvent(el, 'rb-load');
      (el as any).data = doc;
      await loaded;
      await settle(el);
      // Charts with tooltips: the map and the brand charts (gauges need none; the grid is HTML).
      if (tag === 'rb-cluster-map' || (tag === 'rb-brand-matrix' && config['layout'] !== undefined)) {
        // Point at the first items of every series: the tooltips show the payload as text.
        const chart = await chartOf(el);
        const tips: string[] = [];
        chart.getModel().eachSeries((series: any) => {
          for (let dataIndex = 0; dataIndex < Math.min(3, series.getData().count()); dataIndex++) {
            try {
              pointAt(chart, ...itemPoint(chart, series.seriesIndex, dataIndex));
            } catch {
              continue; // not drawn (a virtual root, a point outside the map)
            }
            const tip = el.shadowRoot!.querySelector<HTMLElement>('[part=tooltip]')!;
            if (!tip.hidden) tips.push(tip.textContent!);
            expect(tip.children.length).to.equal(0);
          }
        });
        expect(tips.filter((t) => t.includes('<img src=x')), `${tag} ${JSON.stringify(config)}: tooltips`).to.not.be.empty;
      }
      await new Promise((r) => setTimeout(r, 100));
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('img, script').length, `${tag} ${JSON.stringify(config)}`).to.equal(0);
      expect(root.textContent).to.contain('<img src=x');
    }
    // An error message quoting a hostile id is text too.
    const bad = create<HTMLElement>('rb-growth-indicator', { config: { indicator: PAYLOAD } });
    const failed = nextEvent(bad, 'rb-error');
    (bad as any).data = await sample('taiping');
    await failed;
    await settle(bad);
    expect(bad.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
    expect(bad.shadowRoot!.textContent).to.contain('<img src=x');
    expect(document.querySelectorAll('img[src="x"]').length).to.equal(0);
    expect((window as any).__xss).to.equal(undefined);
  });
});
