/**
 * Runs code with the page's `Worker` replaced, to see which path the workbook import takes:
 * - `watch`: real workers, each one's URL and answers recorded (same behaviour);
 * - `none`: no `Worker` at all, as in a page or runtime without workers;
 * - `blocked`: the constructor throws as a policy that forbids workers does;
 * - `missing`: the worker's file is not found (a bundler that did not copy it);
 * - `silent`: a real worker that takes the request and never answers (a hung worker).
 */
export type WorkerMode = 'watch' | 'none' | 'blocked' | 'missing' | 'silent';

export interface WorkerLog {
  /** One entry per message a worker sent back: the worker's path and the message. */
  readonly answers: { path: string; data: any }[];
  /** Error events of workers (a file not found, an uncaught error). */
  readonly failures: string[];
  /** How many workers were ended with `terminate()`. */
  terminated: number;
}

export async function withWorkers<T>(mode: WorkerMode, run: () => Promise<T>): Promise<WorkerLog & { value: T }> {
  const log: WorkerLog = { answers: [], failures: [], terminated: 0 };
  const Original = window.Worker;
  window.Worker =
    mode === 'none'
      ? (undefined as never)
      : class extends Original {
          constructor(url: string | URL, options?: WorkerOptions) {
            if (mode === 'blocked') throw new DOMException(`Refused to create a worker from '${url}'`, 'SecurityError');
            super(mode === 'missing' ? '/no-such-worker.js' : mode === 'silent' ? '/test/support/silent-worker.js' : url, options);
            const path = new URL(String(url), location.href).pathname;
            this.addEventListener('message', (e: MessageEvent) => log.answers.push({ path, data: e.data }));
            this.addEventListener('error', (e: ErrorEvent) => log.failures.push(e.message || 'error'));
          }

          override terminate(): void {
            log.terminated++;
            super.terminate();
          }
        };
  try {
    const value = await run();
    return { ...log, value };
  } finally {
    window.Worker = Original;
  }
}
