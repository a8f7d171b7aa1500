import { expect } from '@esm-bundle/chai';
import '../../src/widgets/coverage-gauge/index.js';
import type { RbCoverageGauge } from '../../src/widgets/coverage-gauge/index.js';
import { csvCell, tableToCsv } from '../../src/core/export.js';
import { cleanup, mount, nextEvent, settle, shadow, until } from '../support/helpers.js';

describe('export', () => {
  afterEach(cleanup);

  it('quotes CSV cells and defuses spreadsheet formulas', () => {
    expect(csvCell('马冈优品')).to.equal('马冈优品');
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-3.2%')).to.equal('-3.2%');
    expect(tableToCsv({ caption: 'c', columns: ['a', 'b'], rows: [['1', '2']] })).to.equal('a,b\r\n1,2\r\n');
  });

  it('exports the figures as CSV and the chart as PNG', async () => {
    const el = mount<RbCoverageGauge>(`<rb-coverage-gauge src="/demo/data/pingyuan.json" config='{"coverage":"villages"}'></rb-coverage-gauge>`);
    await nextEvent(el, 'rb-load');
    const csv = el.toCSV();
    expect(csv.split('\r\n')[1]).to.contain('党建联合体覆盖行政村').and.contain('424');
    await until(() => el.chart, 3000, 'chart');
    const png = el.toPNG();
    expect(png).to.match(/^data:image\/png;base64,/);
    const img = new Image();
    img.src = png;
    await img.decode();
    expect(img.naturalWidth).to.be.greaterThan(100);
  });

  it('draws the figures when the chart has not started', async () => {
    const el = mount<RbCoverageGauge>(`<rb-coverage-gauge hidden src="/demo/data/pingyuan.json"></rb-coverage-gauge>`);
    await nextEvent(el, 'rb-load');
    expect(el.chart).to.equal(undefined);
    expect(el.toPNG()).to.match(/^data:image\/png;base64,/);
  });

  it('offers a toolbar that toggles a visible data table', async () => {
    const el = mount<RbCoverageGauge>(`<rb-coverage-gauge src="/demo/data/pingyuan.json" config='{"toolbar":true}'></rb-coverage-gauge>`);
    await nextEvent(el, 'rb-load');
    await settle(el);
    const toolbar = shadow(el).querySelector('[part=toolbar]')!;
    expect(toolbar.getAttribute('role')).to.equal('toolbar');
    const table = () => shadow(el).querySelector('table[part=table]')!;
    expect(table().classList.contains('visually-hidden')).to.equal(true);
    const toggle = toolbar.querySelector('button')!;
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(table().classList.contains('visually-hidden')).to.equal(false);
  });
});
