// axe-core on every widget and layout, in every theme and language, and in every state (loading,
// error, stale after a failed refresh, data table shown, decal patterns on): no serious or
// critical violation.
import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { RbElement } from '../../src/core/base-element.js';
import { loadAxe } from '../support/axe.js';
import { cleanup, create, nextEvent, sample, serve, settle, shadow, uniqueKey, until } from '../support/helpers.js';
import type { RegionBrandDataInput } from '../../src/core/schema.js';

interface Case {
  readonly tag: string;
  readonly config: Record<string, unknown>;
  /** The document shown (default: the Kaiping sample). */
  readonly data?: () => Promise<Record<string, any>>;
}

/** Kaiping with its town geometry inline (its `geo.url` is relative to the sample's own URL). */
async function kaipingWithGeometry(): Promise<Record<string, any>> {
  const d = await sample('kaiping');
  d['geo'] = await (await fetch('/demo/data/kaiping-towns.geojson')).json();
  return d;
}

const WIDGETS: Case[] = [
  { tag: 'rb-coverage-gauge', config: { coverage: 'enterprise-party', toolbar: true } },
  { tag: 'rb-coverage-gauge', config: { coverage: 'enterprise-party', style: 'bar', breakdown: true } },
  { tag: 'rb-coverage-gauge', config: { coverage: 'enterprise-party', style: 'ring', patterns: true } },
  { tag: 'rb-growth-indicator', config: { indicator: 'magang-sales', target: true } },
  { tag: 'rb-brand-matrix', config: {} },
  { tag: 'rb-brand-matrix', config: { layout: 'tree' } },
  { tag: 'rb-brand-matrix', config: { layout: 'treemap', patterns: true } },
  { tag: 'rb-brand-matrix', config: { layout: 'sunburst' } },
  { tag: 'rb-cluster-map', config: { mode: 'graph' } },
  { tag: 'rb-cluster-map', config: { mode: 'geo', showEnterprises: true, patterns: true }, data: kaipingWithGeometry },
];

const THEMES = ['light', 'dark', 'red', 'screen'];

/** Serious and critical axe violations inside an element, one line each. */
async function violations(el: Element, what: string): Promise<string[]> {
  const axe = await loadAxe();
  const { violations } = await axe.run(el, { resultTypes: ['violations'] });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${what}: ${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** Mounts a widget with inline data, waits until it is drawn. */
async function shown(c: Case, props: Record<string, unknown>): Promise<RbElement> {
  const el = create<RbElement>(c.tag, { config: c.config, ...props });
  el.style.width = '640px';
  const loaded = nextEvent(el, 'rb-load');
  el.data = (await (c.data ?? (() => sample('kaiping')))()) as RegionBrandDataInput;
  await loaded;
  await settle(el);
  return el;
}

describe('accessibility (axe-core)', function () {
  this.timeout(60000);
  afterEach(cleanup);

  for (const theme of THEMES) {
    for (const lang of ['zh-CN', 'en']) {
      it(`no serious or critical violation: ${theme}, ${lang}`, async () => {
        const found: string[] = [];
        for (const c of WIDGETS) {
          const el = await shown(c, { lang, theme });
          found.push(...(await violations(el, `${c.tag} ${JSON.stringify(c.config)}`)));
          // Every widget here has its figures as text: the chart or card, and the table.
          expect(shadow(el).querySelector('[part=table]'), c.tag).to.not.equal(null);
        }
        expect(found).to.deep.equal([]);
      });
    }
  }

  for (const theme of THEMES) {
    it(`${theme}: the data table shown through the toolbar passes`, async () => {
      const found: string[] = [];
      for (const c of WIDGETS) {
        const el = await shown({ ...c, config: { ...c.config, toolbar: true } }, { theme });
        const toggle = shadow(el).querySelector<HTMLButtonElement>('[part=toolbar] button')!;
        toggle.click();
        await settle(el);
        expect(toggle.getAttribute('aria-pressed'), c.tag).to.equal('true');
        const table = shadow(el).querySelector<HTMLElement>('[part=table]')!;
        expect(table.getBoundingClientRect().height, `${c.tag} table shown`).to.be.greaterThan(20);
        found.push(...(await violations(el, `${c.tag} ${JSON.stringify(c.config)} + table`)));
      }
      expect(found).to.deep.equal([]);
    });

    it(`${theme}: the loading state passes`, async () => {
      const url = await serve(uniqueKey('a11y-loading'), { body: {}, delayMs: -1 });
      const found: string[] = [];
      for (const tag of ['rb-coverage-gauge', 'rb-growth-indicator', 'rb-brand-matrix', 'rb-cluster-map']) {
        const el = create<RbElement>(tag, { src: url, theme });
        const status = await until(() => shadow(el)?.querySelector('.loading[role=status]'), 3000, `${tag} loading`);
        expect(status.textContent!.trim()).to.not.equal('');
        found.push(...(await violations(el, `${tag} loading`)));
      }
      expect(found).to.deep.equal([]);
    });

    it(`${theme}: the stale marker after a failed refresh passes`, async () => {
      const found: string[] = [];
      for (const c of [WIDGETS[0]!, WIDGETS[5]!]) {
        const key = uniqueKey('a11y-stale');
        const url = await serve(key, { body: await sample('kaiping') });
        const el = create<RbElement>(c.tag, { src: url, config: c.config, theme });
        el.style.width = '640px';
        await nextEvent(el, 'rb-load');
        await serve(key, { status: 503, body: 'down' });
        const failed = nextEvent(el, 'rb-error');
        await el.reload();
        await failed;
        await settle(el);
        expect(el.stale).to.equal(true);
        expect(shadow(el).querySelector('[part=stale]')).to.not.equal(null);
        found.push(...(await violations(el, `${c.tag} stale`)));
      }
      expect(found).to.deep.equal([]);
    });

    it(`${theme}: the error panel passes`, async () => {
      const el = create<HTMLElement>('rb-coverage-gauge', { config: { coverage: 'nope' }, theme });
      const failed = nextEvent(el, 'rb-error');
      (el as any).data = await sample('kaiping');
      await failed;
      await settle(el);
      expect(shadow(el).querySelector('[part=error]')).to.not.equal(null);
      expect(await violations(el, 'error panel')).to.deep.equal([]);
    });
  }
});
