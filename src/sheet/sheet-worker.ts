/**
 * Reads an XLSX workbook off the main thread, so that a page stays responsive while 10,000 rows
 * are parsed. A module worker loaded from its own file (`dist/sheet-worker.js`): no code from
 * strings, allowed by `worker-src 'self'`. `io.ts` falls back to reading in place without it.
 */
import { readXlsxRows, type WorkerAnswer } from './xlsx-read.js';

export type { WorkerAnswer } from './xlsx-read.js';

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<ArrayBuffer>) => void) | null; postMessage(answer: WorkerAnswer): void };

scope.onmessage = (event) => {
  void readXlsxRows(event.data).then((answer) => scope.postMessage(answer));
};
