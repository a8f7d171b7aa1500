/**
 * Reads an XLSX workbook off the main thread, so that a page stays responsive while 10,000 rows
 * are parsed. A module worker loaded from its own file (`dist/sheet-worker.js`): no code from
 * strings, allowed by `worker-src 'self'`. `io.ts` falls back to reading in place without it.
 */
import readXlsx from 'read-excel-file/universal';

/** Message back: the sheets, or the error code of read-excel-file. */
export type WorkerAnswer =
  | { ok: true; sheets: { name: string; rows: unknown[][] }[] }
  | { ok: false; code: string };

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<ArrayBuffer>) => void) | null; postMessage(answer: WorkerAnswer): void };

scope.onmessage = (event) => {
  readXlsx(event.data).then(
    (sheets) => scope.postMessage({ ok: true, sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data as unknown[][] })) }),
    (error: { code?: string }) => scope.postMessage({ ok: false, code: error?.code ?? '' }),
  );
};
