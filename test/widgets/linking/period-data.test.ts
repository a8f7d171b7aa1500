// A period control given a document: standalone (no group, no dashboard) it shows its control for
// the periods that document holds.
import { expect } from '@esm-bundle/chai';
import '../../../src/widgets/period/index.js';
import type { RbPeriod } from '../../../src/widgets/period/index.js';
import { cleanup, create, mount, sample, settle, until } from '../../support/helpers.js';

const inner = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const options = (el: Element) => [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.value);

describe('rb-period given data', () => {
  afterEach(cleanup);

  it('standalone, given only data (a property): shows its control with the document\'s periods, and a choice is its period', async () => {
    const control = create<RbPeriod>('rb-period', { data: await sample('kaiping') });
    const select = await until(() => inner(control, 'select') as HTMLSelectElement | null, 10_000, 'the control');
    await settle(control);
    expect(control.getBoundingClientRect().height).to.be.above(0);
    expect(getComputedStyle(control).display).to.not.equal('none');
    expect(options(control)).to.deep.equal(['', '2022', '2023', '2024', '2025', '2025-H1']);
    select.value = '2023';
    select.dispatchEvent(new Event('change'));
    expect(control.period).to.equal('2023');
  });

  it('standalone, given the data attribute (JSON): the same; text that is not JSON shows nothing and throws nothing', async () => {
    const doc = JSON.stringify(await sample('kaiping')).replace(/'/g, '&#39;');
    const control = mount<RbPeriod>(`<rb-period data='${doc}'></rb-period>`);
    await until(() => inner(control, 'select'), 10_000, 'the control');
    expect(control.getBoundingClientRect().height).to.be.above(0);
    const broken = mount<RbPeriod>(`<rb-period data='{ "format": '></rb-period>`);
    await settle(broken);
    expect(inner(broken, 'select')).to.equal(null);
  });
});
