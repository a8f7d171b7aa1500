/**
 * Reading and importing workbook files off the page's main thread, in `sheet-worker.js` (next to
 * this module in dist/: it must stay in the `sheet.js` entry, so only `index.ts` imports it). Where
 * there is no worker (Node, the command line) or it cannot start (a policy that blocks it, a
 * bundler that did not copy the file), the same code runs in place: same results, same problems.
 */
import { importFilesWith } from './import-files.js';
import { readWorkbookBytes, readXlsxInPlace, WorkbookFileError, type XlsxReader } from './io.js';
import { libraryLanguageOf } from './messages.js';
import type { ImportAnswer, ImportRequest } from './sheet-worker.js';
import type { WorkbookFile, WorkbookImportResult, WorkbookRows } from './types.js';
import type { WorkerAnswer } from './xlsx-read.js';

/**
 * How long a page waits for the worker's answer (ms) before it ends the worker and works in place:
 * a worker that never answers (its file never arrives, its thread hangs) must not leave an import
 * waiting for ever. Generous, so that a slow machine's 10,000 rows are not read twice.
 */
export const WORKER_TIMEOUT = 60_000;

/**
 * Posts one request to a new `sheet-worker.js` and gives its answer; undefined where there is no
 * worker or it failed to start or to answer (within `timeout` ms), and the caller works in place.
 */
function askWorker<T>(request: ArrayBuffer | ImportRequest, transfer: Transferable[], timeout = WORKER_TIMEOUT): Promise<T | undefined> {
  if (typeof Worker === 'undefined' || typeof document === 'undefined') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./sheet-worker.js', import.meta.url), { type: 'module' });
    } catch {
      return resolve(undefined);
    }
    const timer = setTimeout(() => {
      console.warn(`region-brand-widgets: the workbook worker did not answer within ${timeout / 1000} s; the import runs on the page instead`);
      done(undefined);
    }, timeout);
    const done = (answer: T | undefined) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(answer);
    };
    worker.onmessage = (event: MessageEvent<T>) => done(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      done(undefined);
    };
    worker.postMessage(request, transfer);
  });
}

/** A copy of the bytes for the worker (the caller's buffer stays usable). */
function copyOf(bytes: Uint8Array | ArrayBuffer): ArrayBuffer {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}

/**
 * Reads an `.xlsx` workbook, or one `.csv` file as the sheet named after the file; in browsers the
 * XLSX is parsed in the worker (sent a copy: the bytes stay for reading in place if it fails). Throws a {@link WorkbookFileError} for a wrong extension, a
 * corrupt, legacy or password-protected file.
 */
export function readWorkbookFile(bytes: Uint8Array | ArrayBuffer, fileName: string): Promise<WorkbookRows> {
  return readWorkbookBytes(bytes, fileName, readXlsx);
}

/** Parses an XLSX file in the worker, else in place. */
const readXlsx: XlsxReader = async (buffer) => (await askWorker<WorkerAnswer>(buffer, [])) ?? readXlsxInPlace(buffer);

/**
 * Reads workbook files (one `.xlsx`, or `.csv` files, one per sheet) and converts them to a
 * document in one call: {@link readWorkbookFile} of each, then {@link workbookToDocument} with its
 * validation, every problem and warning with the row of its cell (`row`). In browsers all of it
 * runs in the worker, so that a page importing 10,000 rows keeps answering input; elsewhere, or
 * when the worker cannot start, in place, with the same result. Throws the
 * {@link WorkbookFileError} of the first file that is not a readable workbook. A worker that has
 * not answered after `timeout` ms ({@link WORKER_TIMEOUT} unless given) is ended and the import
 * runs in place, with a warning in the console.
 *
 * ```js
 * const result = await importWorkbookFiles([{ name: file.name, bytes: await file.arrayBuffer() }], { lang: 'zh-CN' });
 * if (!result.ok) for (const p of result.problems) console.log(p.cell, p.message);
 * ```
 */
export async function importWorkbookFiles(files: readonly WorkbookFile[], options: { lang?: string; timeout?: number } = {}): Promise<WorkbookImportResult> {
  const lang = options.lang ?? 'zh-CN';
  // A language of the page's own is not in the worker: then only the XLSX files are read there.
  const spoken = libraryLanguageOf(lang);
  if (spoken === undefined) return importFilesWith(files, lang, readXlsx);
  const copies = files.map((f) => ({ name: f.name, bytes: copyOf(f.bytes) }));
  const answer = await askWorker<ImportAnswer>({ files: copies, lang: spoken }, copies.map((f) => f.bytes), options.timeout);
  if (!answer || 'failed' in answer) return importFilesWith(files, lang, readXlsxInPlace);
  if ('fileError' in answer) throw new WorkbookFileError(answer.fileError.key, answer.fileError.fileName, answer.fileError.params);
  return answer.result;
}
