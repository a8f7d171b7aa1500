// An id used twice among the indicators (or the units an indicator is scoped to): the KPI card
// asked for it shows an error naming the id; a card showing another indicator only gets the rb-warning.
import { expect } from '@esm-bundle/chai';
import '../../../src/widgets/growth-indicator/index.js';
import type { RbGrowthIndicator } from '../../../src/widgets/growth-indicator/index.js';
import { cleanup, create, settled, shadow } from '../../support/helpers.js';

const doc = {
  format: 'region-brand-data',
  version: 1,
  region: { id: 'xt', name: '新塘镇', level: 'town' },
  asOf: '2025-06-30',
  units: [
    { id: 'a', name: '甲村', level: 'village', parent: 'xt' },
    { id: 'a', name: '乙村', level: 'village', parent: 'xt' },
  ],
  indicators: [
    { id: 'tax', name: '税收收入', unit: '元', reported: { period: '2024', value: 120000000, yoy: 0.05 } },
    { id: 'jobs', name: '新增就业', unit: '人', reported: { period: '2024', value: 300 } },
    { id: 'tax', name: '工业税收', unit: '元', reported: { period: '2024', value: 80000000 } },
    { id: 'farm', name: '农业产值', unit: '元', scope: 'a', reported: { period: '2024', value: 5000000 } },
  ],
};

type Card = RbGrowthIndicator & { state: string };

async function card(config: Record<string, unknown>) {
  const el = create<Card>('rb-growth-indicator', { config, data: structuredClone(doc) });
  return settled(el, 'the card settled');
}

describe('rb-growth-indicator: an id used twice', () => {
  afterEach(cleanup);

  it('asked for indicator "tax" that two indicators have: an error naming "tax", not the first one shown', async () => {
    const { el, errors } = await card({ indicator: 'tax' });
    expect(el.state).to.equal('error');
    expect(errors.map((e) => [e.code, e.path])).to.deep.equal([['invalid-data', '/indicators/2/id']]);
    expect(errors[0]!.message).to.contain('编号“tax”重复');
    expect(errors[0]!.message).to.contain('请给这一项另起一个编号');
    expect(shadow(el).textContent).to.not.contain('1.2亿');
  });

  it('another indicator of the same document shows, with the repeated ids as warnings', async () => {
    const { el, errors, warnings } = await card({ indicator: 'jobs' });
    expect(el.state).to.equal('ready');
    expect(errors).to.deep.equal([]);
    expect(warnings.map((w) => w.path)).to.include.members(['/indicators/2/id', '/units/1/id']);
    expect(shadow(el).textContent).to.contain('新增就业');
  });

  it('an indicator scoped to a unit id that two units have: an error of the card that shows it', async () => {
    const { el, errors } = await card({ indicator: 'farm' });
    expect(el.state).to.equal('error');
    expect(errors[0]!.path).to.equal('/units/1/id');
    expect(errors[0]!.message).to.contain('编号“a”重复');
  });
});
