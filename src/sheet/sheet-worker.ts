/**
 * The workbook import off the main thread, so that a page stays responsive while 10,000 rows are
 * parsed and converted. A module worker loaded from its own file (`dist/sheet-worker.js`): no code
 * from strings, allowed by `worker-src 'self'`. `off-main.ts` asks it, and does the same work in
 * place without it. It answers:
 * - the bytes of an XLSX file (`readWorkbookFile`) with its rows;
 * - an {@link ImportRequest} (`importWorkbookFiles`) with an {@link ImportAnswer}: the result of
 *   reading and converting every file, validation included (`import-files.ts`).
 */
import { registerAllLanguages } from '../core/i18n/all.js';
import { importFilesWith } from './import-files.js';
import { WorkbookFileError } from './io.js';
import type { WorkbookFile, WorkbookImportResult } from './types.js';
import { readXlsxRows, type WorkerAnswer } from './xlsx-read.js';

export type { WorkerAnswer } from './xlsx-read.js';

/** Files to read and convert, and the language of the messages. */
export interface ImportRequest {
  files: WorkbookFile[];
  lang: string;
}

/** The import's result; a file that is not a workbook; or a failure of the worker itself (the page then works in place). */
export type ImportAnswer =
  | { result: WorkbookImportResult }
  | { fileError: { key: WorkbookFileError['key']; fileName: string; params: readonly string[] } }
  | { failed: string };

// Messages in every language, as sheet.js has them.
registerAllLanguages();

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<ArrayBuffer | ImportRequest>) => void) | null;
  postMessage(answer: WorkerAnswer | ImportAnswer): void;
};

async function answer(request: ImportRequest): Promise<ImportAnswer> {
  try {
    return { result: await importFilesWith(request.files, request.lang, readXlsxRows) };
  } catch (e) {
    if (e instanceof WorkbookFileError) return { fileError: { key: e.key, fileName: e.fileName, params: e.params } };
    return { failed: String(e) };
  }
}

scope.onmessage = ({ data }) => {
  void (data instanceof ArrayBuffer ? readXlsxRows(data) : answer(data)).then((a) => scope.postMessage(a));
};
