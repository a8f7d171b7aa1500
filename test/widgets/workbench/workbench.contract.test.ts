// The workbench's load step against spreadsheet-format.md and the developer guide's rule for
// messages (what, where, how to fix): files a clerk really makes, opened as the editor opens them.
import { expect } from '@esm-bundle/chai';
import { cleanup } from '../../support/helpers.js';
import { faultyBook } from '../../support/workbooks.js';
import { writeXlsx } from '../../../src/sheet/index.js';
import { $$, openWorkbench, pickFiles } from './support.js';

describe('rb-workbench load step, as the format pages say', function () {
  this.timeout(30000);
  afterEach(cleanup);

  it('a JSON document with a full-width comma names the line, the column and the character, as the widgets do', async () => {
    const wb = openWorkbench();
    await pickFiles(wb, [new File(['{\n  "format": "region-brand-data"，\n  "version": 1\n}'], 'data.json')]);
    const items = $$(wb, '#problems li');
    expect(items).to.have.length(1);
    const text = items[0]!.textContent!;
    expect(text).to.contain('data.json');
    expect(text).to.match(/第 2 行第 \d+ 列/);
    expect(text).to.contain('，');
    expect(wb.doc).to.equal(null);
  });

  it('a mistake below a title row opens its row under the header row, not under the title', async () => {
    const bytes = await writeXlsx(faultyBook());
    const wb = openWorkbench();
    await pickFiles(wb, [new File([bytes as BlobPart], 'book.xlsx')]);
    const item = $$(wb, '#problems li').find((li) => li.querySelector('.where')!.textContent === '企业!C3');
    expect(item, 'a problem at 企业!C3').to.not.equal(undefined);
    item!.querySelector('summary')!.click();
    const headers = [...item!.querySelectorAll('th')].map((th) => th.textContent!.trim());
    expect(headers).to.include.members(['集群', '名称', '单位']);
    expect(headers.join('')).to.not.contain('名单');
    expect(item!.querySelector('td.fault')!.textContent).to.equal('大沙');
  });
});
