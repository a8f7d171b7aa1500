// importWorkbookFiles reads, converts and validates a workbook in the converter's module worker
// (src/sheet/sheet-worker.ts), so that a page importing 10,000 rows keeps answering; where no worker
// can start it does the same in place. These tests check that the worker really answers, and that
// its result (document, warnings, problems with their cells, pointers, rows and messages in the
// language asked) is the one the page gets without a worker, for good and faulty workbooks.
import { expect } from '@esm-bundle/chai';
import { documentToWorkbook, importWorkbookFiles, WorkbookFileError, writeCsv, writeXlsx, type WorkbookFile, type WorkbookImportResult } from '../../src/sheet/index.js';
import { sample } from '../support/helpers.js';
import { faultyBook } from '../support/workbooks.js';
import { withWorkers, type WorkerMode } from '../support/workers.js';

const WORKER = '/src/sheet/sheet-worker.js';

/** The import through the worker (which must answer with a result) and without one. */
async function bothWays(files: WorkbookFile[], lang: string): Promise<{ worker: WorkbookImportResult; inPlace: WorkbookImportResult }> {
  const watched = await withWorkers('watch', () => importWorkbookFiles(files, { lang }));
  expect(watched.failures, 'worker errors').to.deep.equal([]);
  expect(watched.answers.map((a) => ({ path: a.path, answered: 'result' in a.data })), 'the worker answered').to.deep.equal([{ path: WORKER, answered: true }]);
  const inPlace = await withWorkers('none', () => importWorkbookFiles(files, { lang }));
  return { worker: watched.value, inPlace: inPlace.value };
}

/** The mistaken workbook as an XLSX file. */
async function faultyWorkbook(): Promise<WorkbookFile> {
  return { name: 'faulty.xlsx', bytes: await writeXlsx(faultyBook()) };
}

describe('importWorkbookFiles: in the worker, as in place', function () {
  this.timeout(30000);

  it('a clerk’s workbook: the worker’s document is the one Node makes (test/fixtures/clerk.json)', async () => {
    const bytes = await (await fetch('/test/fixtures/clerk.xlsx')).arrayBuffer();
    const { worker, inPlace } = await bothWays([{ name: 'clerk.xlsx', bytes }], 'zh-CN');
    if (!worker.ok) throw new Error(JSON.stringify(worker.problems.slice(0, 3)));
    expect(worker.document).to.deep.equal(await (await fetch('/test/fixtures/clerk.json')).json());
    expect(worker).to.deep.equal(inPlace);
    expect(bytes.byteLength, 'the caller’s bytes stay usable').to.be.greaterThan(0);
  });

  for (const lang of ['zh-CN', 'en', 'zh-Hant']) {
    it(`a workbook with errors (${lang}): the same problems, cells, pointers, rows and messages`, async () => {
      const { worker, inPlace } = await bothWays([await faultyWorkbook()], lang);
      expect(worker).to.deep.equal(inPlace);
      if (worker.ok) throw new Error('the faulty workbook imported');
      const unit = worker.problems.find((p) => p.cell === '企业!C3')!;
      expect(unit.path).to.equal('/clusters/0/enterprises/0/unit');
      expect(unit.severity).to.equal('error');
      expect(unit.message).to.contain('大沙');
      // The row under its header (row 2, below the title), the faulty column marked.
      expect(unit.row).to.deep.equal({ header: ['集群', '名称', '单位', '产值(万元)'], cells: ['tea', '甲公司', '大沙', 12], column: 2 });
      expect(worker.problems.find((p) => p.cell === '企业!D4')?.row?.cells).to.deep.equal(['tea', '乙公司', 'dasha', '十二']);
      expect(worker.problems.find((p) => p.cell === '笔记!A1')?.severity).to.equal('warning');
    });
  }

  it('the messages are in the language asked', async () => {
    const file = await faultyWorkbook();
    const messages = await Promise.all(['zh-CN', 'en', 'zh-Hant'].map(async (lang) => {
      const result = await importWorkbookFiles([file], { lang });
      return result.ok ? '' : result.problems.find((p) => p.cell === '企业!D4')!.message;
    }));
    for (const message of messages) expect(message).to.contain('十二');
    expect(messages[1]).to.contain('is not a number');
    expect(new Set(messages).size, 'three different messages').to.equal(3);
  });

  it('a document with warnings: the same document and warnings, each warning once', async () => {
    const kaiping = await sample('kaiping');
    kaiping.indicators[0].reported = { ...kaiping.indicators[0].reported, yoy: 21.85 };
    const bytes = await writeXlsx(documentToWorkbook(kaiping as never));
    const { worker, inPlace } = await bothWays([{ name: 'kaiping.xlsx', bytes }], 'en');
    expect(worker).to.deep.equal(inPlace);
    if (!worker.ok) throw new Error(JSON.stringify(worker.problems.slice(0, 3)));
    const yoy = worker.warnings.filter((w) => w.path === '/indicators/0/reported/yoy');
    expect(yoy).to.have.length(1);
    expect(yoy[0]!.message).to.contain('0.2185');
    expect(yoy[0]!.cell, 'at its cell').to.match(/^指标数据!/);
    expect(yoy[0]!.row?.header[yoy[0]!.row!.column], 'its row, the column marked').to.be.a('string');
  });

  it('CSV files, one per sheet, as one workbook', async () => {
    const kaiping = await sample('kaiping');
    const files = writeCsv(documentToWorkbook(kaiping as never)).map((f) => ({ name: `开平 - ${f.name}.csv`, bytes: new TextEncoder().encode(f.text) }));
    const { worker, inPlace } = await bothWays(files, 'zh-CN');
    expect(worker).to.deep.equal(inPlace);
    expect(worker.ok && worker.document.clusters).to.deep.equal(kaiping.clusters);
  });

  it('a file that is not a workbook is the same WorkbookFileError from the worker', async () => {
    for (const file of [{ name: 'book.xlsx', bytes: new TextEncoder().encode('not a zip') }, { name: 'book.xls', bytes: new Uint8Array([0xd0, 0xcf]) }]) {
      const errors: WorkbookFileError[] = [];
      // One after the other: each replaces the page's Worker while it runs.
      for (const mode of ['watch', 'none'] as WorkerMode[]) errors.push((await withWorkers(mode, () => importWorkbookFiles([file], { lang: 'en' }).then(() => undefined, (e: unknown) => e))).value as WorkbookFileError);
      const [worker, inPlace] = errors;
      expect(worker).to.be.instanceOf(WorkbookFileError);
      expect([worker!.key, worker!.fileName, worker!.localizedMessage('zh-CN')]).to.deep.equal([inPlace!.key, inPlace!.fileName, inPlace!.localizedMessage('zh-CN')]);
    }
  });
});

describe('importWorkbookFiles without a worker', function () {
  this.timeout(30000);

  for (const mode of ['blocked', 'missing'] as const) {
    it(`works in place when the worker is ${mode === 'blocked' ? 'refused by a policy' : 'not found'}`, async () => {
      const file = await faultyWorkbook();
      const fallback = await withWorkers(mode, () => importWorkbookFiles([file], { lang: 'en' }));
      expect(fallback.answers, 'no worker answered').to.deep.equal([]);
      const { value: worker } = await withWorkers('watch', () => importWorkbookFiles([file], { lang: 'en' }));
      expect(fallback.value).to.deep.equal(worker);
      expect(fallback.value.ok).to.equal(false);
    });
  }

  it('a worker that never answers is ended after the timeout and the import works in place, with the same result', async () => {
    const file = await faultyWorkbook();
    // A worker that is silent for ever: however slow the machine, only the timeout ends the wait.
    const silent = await withWorkers('silent', () => importWorkbookFiles([file], { lang: 'en', timeout: 200 }));
    expect(silent.answers, 'no worker answered').to.deep.equal([]);
    expect(silent.terminated, 'the silent worker was ended').to.equal(1);
    const { value: inPlace } = await withWorkers('none', () => importWorkbookFiles([file], { lang: 'en' }));
    expect(silent.value).to.deep.equal(inPlace);
    expect(silent.value.ok).to.equal(false);
  });
});
