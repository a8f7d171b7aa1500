// axe-core on every widget, in every theme and language, and in the error state: no serious or
// critical violation.
import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { loadAxe } from '../support/axe.js';
import { cleanup, create, nextEvent, sample, settle } from '../support/helpers.js';

const WIDGETS: [string, Record<string, unknown>][] = [
  ['rb-coverage-gauge', { coverage: 'enterprise-party', toolbar: true }],
  ['rb-coverage-gauge', { coverage: 'enterprise-party', style: 'bar', breakdown: true }],
  ['rb-growth-indicator', { indicator: 'magang-sales', target: true }],
  ['rb-brand-matrix', {}],
  ['rb-brand-matrix', { layout: 'treemap' }],
  ['rb-cluster-map', { mode: 'graph' }],
];

describe('accessibility (axe-core)', function () {
  this.timeout(60000);
  afterEach(cleanup);

  for (const theme of ['light', 'dark', 'red']) {
    for (const lang of ['zh-CN', 'en']) {
      it(`no serious or critical violation: ${theme}, ${lang}`, async () => {
        const axe = await loadAxe();
        const doc = await sample('kaiping');
        const found: string[] = [];
        for (const [tag, config] of WIDGETS) {
          const el = create<HTMLElement>(tag, { config, lang, theme });
          el.style.width = '640px';
          const loaded = nextEvent(el, 'rb-load');
          (el as any).data = doc;
          await loaded;
          await settle(el);
          const { violations } = await axe.run(el, { resultTypes: ['violations'] });
          for (const v of violations) {
            if (v.impact === 'serious' || v.impact === 'critical') found.push(`${tag} ${JSON.stringify(config)}: ${v.id} ${JSON.stringify(v.nodes[0]?.target)}`);
          }
        }
        expect(found).to.deep.equal([]);
      });
    }
  }

  it('the error panel passes too', async () => {
    const axe = await loadAxe();
    const el = create<HTMLElement>('rb-coverage-gauge', { config: { coverage: 'nope' } });
    const failed = nextEvent(el, 'rb-error');
    (el as any).data = await sample('kaiping');
    await failed;
    await settle(el);
    const { violations } = await axe.run(el, { resultTypes: ['violations'] });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).to.deep.equal([]);
  });
});
