// An id used twice in the list a widget shows from: the widget asked for that id cannot know which
// entry is meant, so it shows an error naming the id and how to fix it; a widget on the same
// document that shows another entry only gets the rb-warning.
import { expect } from '@esm-bundle/chai';
import '../../../src/widgets/coverage-gauge/index.js';
import type { RbCoverageGauge } from '../../../src/widgets/coverage-gauge/index.js';
import { cleanup, create, settled, shadow } from '../../support/helpers.js';

const doc = {
  format: 'region-brand-data',
  version: 1,
  region: { id: 'xt', name: '新塘镇', level: 'town' },
  asOf: '2025-06-30',
  units: [
    { id: 'a', name: '甲村', level: 'village', parent: 'xt' },
    { id: 'b', name: '乙村', level: 'village', parent: 'xt' },
    { id: 'b', name: '丙村', level: 'village', parent: 'xt' },
  ],
  coverage: [
    { id: 'v', name: '党组织覆盖行政村', covered: 3, total: 4, unit: '个' },
    { id: 'w', name: '网格党支部', covered: 5, total: 5, unit: '个', breakdown: [{ unit: 'a', covered: 5, total: 5 }] },
    { id: 'v', name: '党员中心户', covered: 1, total: 4, unit: '户' },
    { id: 'x', name: '联合体', covered: 2, total: 2, unit: '个', breakdown: [{ unit: 'b', covered: 2, total: 2 }] },
  ],
};

type Gauge = RbCoverageGauge & { state: string };

async function gauge(config: Record<string, unknown>, lang = 'zh-CN') {
  const el = create<Gauge>('rb-coverage-gauge', { config, lang, data: structuredClone(doc) });
  return settled(el, 'the gauge settled');
}

describe('rb-coverage-gauge: an id used twice', () => {
  afterEach(cleanup);

  it('asked for coverage "v" that two entries have: an error naming "v" and saying to give one its own id', async () => {
    const { el, errors } = await gauge({ coverage: 'v' });
    expect(el.state).to.equal('error');
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('invalid-data');
    expect(errors[0]!.path).to.equal('/coverage/2/id');
    expect(errors[0]!.message).to.contain('编号“v”重复');
    expect(errors[0]!.message).to.contain('请给这一项另起一个编号');
    // Shown in the widget, not the first entry's figures.
    const text = shadow(el).textContent!;
    expect(text).to.contain('编号“v”重复');
    expect(text).to.not.contain('75%');
    const en = await gauge({ coverage: 'v' }, 'en');
    expect(en.errors[0]!.message).to.match(/id "v" is used twice .*give this one an id of its own/);
  });

  it('without a coverage id, the first entry is shown: its id used twice is an error too', async () => {
    const { el, errors } = await gauge({});
    expect(el.state).to.equal('error');
    expect(errors.map((e) => e.path)).to.deep.equal(['/coverage/2/id']);
  });

  it('another entry of the same document is shown; the repeated ids are warnings', async () => {
    const { el, errors, warnings } = await gauge({ coverage: 'w' });
    expect(el.state).to.equal('ready');
    expect(errors).to.deep.equal([]);
    expect(warnings.map((w) => w.path)).to.include.members(['/coverage/2/id', '/units/2/id']);
    expect(shadow(el).textContent).to.contain('网格党支部');
  });

  it('a breakdown naming a unit id that two units have is an error of the gauge that shows it', async () => {
    const { el, errors } = await gauge({ coverage: 'x', breakdown: true });
    expect(el.state).to.equal('error');
    expect(errors[0]!.path).to.equal('/units/2/id');
    expect(errors[0]!.message).to.contain('编号“b”重复');
  });
});
