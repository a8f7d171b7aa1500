// The built converter (dist/sheet.js) parses an XLSX in dist/sheet-worker.js, off the page's main
// thread, and gets the document Node makes from the same file (test/fixtures/clerk.json). io.ts
// falls back to reading in place when a worker cannot start or fails — silently, so without this
// test a broken worker would go unnoticed until a 10,000-row workbook froze a page.
import { expect } from '@esm-bundle/chai';

describe('XLSX import in the worker (dist/)', () => {
  it('the sheets come back from dist/sheet-worker.js, and give the Node document', async () => {
    const answers: { url: string; ok: unknown; sheets: number }[] = [];
    const failures: string[] = [];
    const Original = window.Worker;
    // Watches the workers the converter starts (same behaviour, events recorded).
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e: MessageEvent) => answers.push({ url: new URL(String(url)).pathname, ok: e.data?.ok, sheets: e.data?.sheets?.length ?? 0 }));
        this.addEventListener('error', (e: ErrorEvent) => failures.push(e.message));
      }
    };
    try {
      const sheet = await import('/dist/sheet.js' as string);
      const bytes = await (await fetch('/test/fixtures/clerk.xlsx')).arrayBuffer();
      const book = await sheet.readWorkbookFile(bytes, 'clerk.xlsx');
      const result = sheet.workbookToDocument(book);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.document).to.deep.equal(await (await fetch('/test/fixtures/clerk.json')).json());
      expect(failures).to.deep.equal([]);
      expect(answers).to.deep.equal([{ url: '/dist/sheet-worker.js', ok: true, sheets: book.sheets.length }]);
    } finally {
      window.Worker = Original;
    }
  });
});
