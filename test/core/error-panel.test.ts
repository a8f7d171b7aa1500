// The error panel lists every problem, not only the first: the first in the panel, all of them
// (each with its JSON Pointer) behind a native disclosure, the same list as `lastError.issues`,
// which a page reads when its `rb-error` listener comes late.
import { expect } from '@esm-bundle/chai';
import '../../src/widgets/coverage-gauge/index.js';
import type { RbCoverageGauge } from '../../src/widgets/coverage-gauge/index.js';
import { clearDocumentCache } from '../../src/core/data-source.js';
import type { RegionBrandDataInput } from '../../src/core/schema.js';
import { cleanup, create, nextEvent, sample, shadow } from '../support/helpers.js';

/** Pingyuan with three mistakes in the coverage entry the gauge shows. */
async function threeMistakes(): Promise<RegionBrandDataInput> {
  const doc = await sample('pingyuan');
  const entry = doc['coverage'].find((c: { id: string }) => c.id === 'villages');
  entry.covered = -1;
  entry.total = '424';
  entry.period = '2022-Q5';
  return doc as RegionBrandDataInput;
}

describe('error panel', () => {
  afterEach(() => {
    cleanup();
    clearDocumentCache();
  });

  it('lists every problem with its pointer behind a disclosure, as lastError.issues has them', async () => {
    const el = create<RbCoverageGauge>('rb-coverage-gauge', { config: { coverage: 'villages' } });
    const failed = nextEvent(el, 'rb-error');
    el.data = await threeMistakes();
    await failed;
    await el.updateComplete;
    expect(el.state).to.equal('error');
    const issues = el.lastError!.issues;
    expect(issues.map((i) => i.path).sort()).to.deep.equal(['/coverage/0/covered', '/coverage/0/period', '/coverage/0/total'].sort());

    const panel = shadow(el).querySelector('[part=error]')!;
    const details = panel.querySelector<HTMLDetailsElement>('details[part=problems]')!;
    expect(details, 'disclosure').to.not.equal(null);
    expect(details.open, 'folded at first').to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.contain('3');
    const items = [...details.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('code')!.textContent)).to.deep.equal(issues.map((i) => i.path));

    details.querySelector('summary')!.click();
    expect(details.open, 'opened by its summary').to.equal(true);
    for (const li of items) expect(li.getBoundingClientRect().height, li.textContent!).to.be.greaterThan(0);
  });

  it('shows a single problem without a disclosure', async () => {
    const doc = await sample('pingyuan');
    doc['coverage'].find((c: { id: string }) => c.id === 'villages').covered = -1;
    const el = create<RbCoverageGauge>('rb-coverage-gauge', { config: { coverage: 'villages' } });
    const failed = nextEvent(el, 'rb-error');
    el.data = doc as RegionBrandDataInput;
    await failed;
    await el.updateComplete;
    expect(el.lastError!.issues).to.have.length(1);
    const panel = shadow(el).querySelector('[part=error]')!;
    expect(panel.textContent).to.contain('/coverage/0/covered');
    expect(panel.querySelector('[part=problems]')).to.equal(null);
  });

  it('keeps the error for a listener attached late (state and lastError)', async () => {
    const el = create<RbCoverageGauge>('rb-coverage-gauge', { config: { coverage: 'villages' } });
    el.data = await threeMistakes();
    // The page's listener comes after the error was fired.
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(el.lastError!.code).to.equal('invalid-data');
    expect(el.lastError!.issues).to.have.length(3);
  });
});
