// The workbench's spreadsheet import runs in the converter's worker (importWorkbookFiles: read,
// convert, validate), so that the page keeps answering while a big workbook loads; without a worker
// the editor sees the same. Checked through the file input, with the page's Worker watched.
import { expect } from '@esm-bundle/chai';
import type { RbWorkbench } from '../../../src/workbench/index.js';
import { writeXlsx } from '../../../src/sheet/index.js';
import { cleanup } from '../../support/helpers.js';
import { faultyBook } from '../../support/workbooks.js';
import { withWorkers, type WorkerMode } from '../../support/workers.js';
import { $$, openWorkbench, pickFiles, sampleWorkbook } from './support.js';

/** Loads files into a new workbench with the page's Worker as `mode` says; what the editor is shown. */
async function load(files: File[], mode: WorkerMode, lang = 'zh-CN') {
  const run = await withWorkers(mode, async () => {
    const wb = openWorkbench({ lang } as Partial<RbWorkbench>);
    await pickFiles(wb, files);
    return wb;
  });
  const wb = run.value;
  const shown = { doc: wb.doc, problems: wb.problems, warnings: wb.warnings, text: $$(wb, '.problems li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim()) };
  return { ...shown, answers: run.answers.map((a) => a.path) };
}

describe('rb-workbench: the workbook import off the page’s main thread', function () {
  this.timeout(30000);
  afterEach(cleanup);

  it('a workbook with mistakes: the worker answers, and the problems and their rows are those without a worker', async () => {
    const bytes = await writeXlsx(faultyBook());
    const file = new File([bytes as BlobPart], 'book.xlsx');
    for (const lang of ['zh-CN', 'en']) {
      const worker = await load([file], 'watch', lang);
      expect(worker.answers, 'the converter’s worker answered').to.deep.equal(['/src/sheet/sheet-worker.js']);
      const inPlace = await load([file], 'none', lang);
      expect(inPlace.answers).to.deep.equal([]);
      expect(worker.problems).to.deep.equal(inPlace.problems);
      expect(worker.text).to.deep.equal(inPlace.text);
      expect(worker.doc).to.equal(null);
      const unit = worker.problems.find((p) => p.where === '企业!C3');
      expect(unit?.row).to.deep.include({ header: ['集群', '名称', '单位', '产值(万元)'], cells: ['tea', '甲公司', '大沙', '12'], column: 2 });
      expect(worker.problems.map((p) => p.where)).to.include.members(['企业!D4']);
      // The unknown sheet is a note, listed after the errors.
      expect(worker.warnings.map((p) => p.where)).to.include.members(['笔记!A1']);
      expect(worker.warnings).to.deep.equal(inPlace.warnings);
    }
  });

  it('a document with a warning: the same document, the warning listed once at its cell', async () => {
    const file = await sampleWorkbook((book) => {
      // 同比 21.85 where 0.2185 is meant: a warning of the format's rules.
      const values = book.sheets.find((s) => s.name === '指标数据')!;
      const yoy = values.rows[0]!.indexOf('同比');
      values.rows[1]![yoy] = 21.85;
    });
    const worker = await load([file], 'watch');
    expect(worker.answers).to.deep.equal(['/src/sheet/sheet-worker.js']);
    const inPlace = await load([file], 'none');
    expect(worker.doc).to.deep.equal(inPlace.doc);
    expect(worker.warnings).to.deep.equal(inPlace.warnings);
    const yoy = worker.warnings.filter((w) => w.message.includes('0.2185'));
    expect(yoy.map((w) => w.where), 'once, at its cell').to.have.length(1);
    expect(yoy[0]!.where).to.match(/^指标数据!/);
  });
});
