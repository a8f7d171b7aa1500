// `core.js`, the developers' entry, validates at once with every issue complete: it carries the code
// that the widget entries load with their first mistake. (A page of its own: nothing has loaded
// that code before.)
import { expect } from '@esm-bundle/chai';

describe('core.js validates at once (dist/)', () => {
  it('gives every issue its key, parameters and place synchronously', async () => {
    const core = (await import('/dist/core.js' as string)) as typeof import('../../src/core/index.js');
    const doc = await (await fetch('/demo/data/kaiping.json')).json();
    delete doc.indicators[1].name;
    doc.indicators[0].reported.period = '2024-13';
    const result = core.validateDocument(doc);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.error.issues.map((i) => [i.path, i]));
    expect(byPath['/indicators/1/name']?.key).to.equal('required');
    expect(byPath['/indicators/1/name']?.where).to.not.equal(undefined);
    expect(byPath['/indicators/0/reported/period']?.key).to.equal('period');
    expect(byPath['/indicators/0/reported/period']?.params).to.deep.equal(['2024-13']);
    expect(result.error.issues.filter((i) => i.path === '/indicators/0/reported/period')).to.have.length(1);
    const scoped = core.validateScoped(doc, { sections: { indicators: core.INDICATORS, units: core.UNITS }, shows: () => ['/indicators/1'] }, {});
    expect(scoped.ok).to.equal(false);
    if (!scoped.ok) expect(scoped.error.issues.map((i) => i.key)).to.deep.equal(['required']);
  });
});
