// The built converter (dist/sheet.js) works in dist/sheet-worker.js, off the page's main thread:
// it parses an XLSX there (readWorkbookFile), and imports a workbook there (importWorkbookFiles:
// read, convert, validate), giving the document Node makes from the same file
// (test/fixtures/clerk.json). sheet.js falls back to working in place when a worker cannot start
// or fails — silently, so without this test a broken worker (a chunk that moved away from
// sheet-worker.js, a file the build forgot) would go unnoticed until a 10,000-row workbook froze a page.
import { expect } from '@esm-bundle/chai';
import { withWorkers } from '../support/workers.js';

describe('XLSX import in the worker (dist/)', () => {
  it('the sheets come back from dist/sheet-worker.js, and give the Node document', async () => {
    const sheet = await import('/dist/sheet.js' as string);
    const bytes = await (await fetch('/test/fixtures/clerk.xlsx')).arrayBuffer();
    const run = await withWorkers('watch', async () => {
      const book = await sheet.readWorkbookFile(bytes, 'clerk.xlsx');
      return { book, result: sheet.workbookToDocument(book) };
    });
    const { book, result } = run.value;
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.document).to.deep.equal(await (await fetch('/test/fixtures/clerk.json')).json());
    expect(run.failures).to.deep.equal([]);
    expect(run.answers.map((a) => ({ path: a.path, ok: a.data?.ok, sheets: a.data?.sheets?.length }))).to.deep.equal([{ path: '/dist/sheet-worker.js', ok: true, sheets: book.sheets.length }]);
  });

  it('importWorkbookFiles reads, converts and validates in dist/sheet-worker.js: the Node document', async () => {
    const sheet = await import('/dist/sheet.js' as string);
    const bytes = await (await fetch('/test/fixtures/clerk.xlsx')).arrayBuffer();
    const run = await withWorkers('watch', (): Promise<{ document: unknown }> => sheet.importWorkbookFiles([{ name: 'clerk.xlsx', bytes }], { lang: 'zh-CN' }));
    expect(run.failures).to.deep.equal([]);
    expect(run.answers.map((a) => ({ path: a.path, ok: a.data?.result?.ok }))).to.deep.equal([{ path: '/dist/sheet-worker.js', ok: true }]);
    expect(run.value.document).to.deep.equal(await (await fetch('/test/fixtures/clerk.json')).json());
  });
});
