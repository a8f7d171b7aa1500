/**
 * The document of a widget: where it comes from (`src` or `data`), loading it, the time limit,
 * aborting, and the refresh clock, as a Lit reactive controller (in the manner of Lit's `Task`).
 * It exposes one named {@link DocumentStatus} and the raw document; the element validates and
 * draws it. The controller reads its inputs from the host on every update, so the attributes
 * may be set in any order, before or after the element joins the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_TIMEOUT_MS, isAbort, loadJson } from './data-source.js';
import { RbError, type ValidationIssue } from './errors.js';
import { jsonError } from './validate.js';
import { InvalidJsonAttribute } from './json-attribute.js';
import { withClock } from './clock-context.js';

/**
 * - `idle`: neither `src` nor `data` is set;
 * - `loading`: the first document is on its way (a refresh keeps the last one `ready`);
 * - `ready`: a document is at hand (it may still fail the widget's validation);
 * - `error`: no document could be had (network, HTTP status, time limit, not JSON).
 */
export type DocumentStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What the controller reads from its element. */
export interface DocumentHost extends ReactiveControllerHost, HTMLElement {
  readonly src?: string | undefined;
  readonly data?: unknown;
  /** Seconds before a fetch gives up. */
  readonly timeout?: number | undefined;
  /** Seconds between re-fetches of `src`. */
  readonly refresh?: number | undefined;
}

/** How a load ended: a document (not validated yet), or why there is none. */
export type LoadResult =
  | { readonly kind: 'document'; readonly value: unknown; readonly source: string; readonly baseUrl: string }
  | { readonly kind: 'error'; readonly error: RbError };

/** One outcome of the controller; each has its own number, and says whether it was a refresh. */
export type DocumentOutcome = LoadResult & { readonly revision: number; readonly refresh: boolean };

const seconds = (value: unknown): number | undefined => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

export class DocumentController implements ReactiveController {
  /** The state of the document (see {@link DocumentStatus}). */
  status: DocumentStatus = 'idle';
  /** True while a refresh failed and the last good document is kept. */
  stale = false;
  /** The latest outcome (the element acts once per `revision`). */
  outcome: DocumentOutcome | null = null;
  /** When the last good document arrived. */
  loadedAt: Date | null = null;

  private revision = 0;
  private inputs: { src?: string | undefined; data?: unknown; timeout?: number | undefined } = {};
  private request: AbortController | null = null;
  /** Set when leaving the page stopped a load: it starts again on return. */
  private resume = false;
  /** Stops the refresh timer (on the clock of the dashboard around the host, or the page-wide clock). */
  private stopClock: (() => void) | undefined;
  private clockSeconds: number | undefined;

  constructor(private readonly host: DocumentHost) {
    host.addController(this);
  }

  /** True while a request of this controller is under way. */
  get busy(): boolean {
    return this.request !== null;
  }

  hostConnected(): void {
    if (this.resume) {
      this.resume = false;
      this.load(false);
    }
    // The timer goes on the clock of wherever the host now is (a dashboard's, or the page's).
    this.stopClock?.();
    this.stopClock = undefined;
    this.clockSeconds = undefined;
    this.syncClock();
  }

  hostDisconnected(): void {
    // Moving an element disconnects and reconnects it in one task: stop only if it stays out.
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      if (this.request) {
        this.request.abort();
        this.request = null;
        this.resume = true;
      }
      this.syncClock();
    });
  }

  hostUpdate(): void {
    this.sync();
  }

  /**
   * Follows the host's `src`, `data`, `timeout` and `refresh`: loads when one of the first three
   * changed, and (re)starts or stops the refresh clock. The element calls it before it reads the
   * state in `willUpdate`, so inline data is taken in the same update; `hostUpdate` calls it again.
   */
  sync(): void {
    const { src, data, timeout } = this.host;
    const changed = src !== this.inputs.src || data !== this.inputs.data || timeout !== this.inputs.timeout;
    if (changed) {
      this.inputs = { src, data, timeout };
      void this.load(false);
    }
    this.syncClock();
  }

  /**
   * `refresh` and `timeout` values that are not seconds (`refresh="5分钟"`), as written: warnings,
   * since such a value is ignored (no refresh; the default time limit). `refresh="0"` is no refresh.
   */
  timingIssues(): ValidationIssue[] {
    return (['refresh', 'timeout'] as const).flatMap((name) => {
      const value = this.host[name];
      if (value == null || (name === 'refresh' && Number(value) === 0) || seconds(value)) return [];
      return [{ path: '', key: `${name}Seconds` as const, params: [this.host.getAttribute(name) ?? String(value), DEFAULT_TIMEOUT_MS / 1000] }];
    });
  }

  /** Loads `src` again now; on failure the last good document stays (`stale`). Resolves once it has settled. */
  reload(): Promise<void> {
    return this.load(true);
  }

  private load(refresh: boolean): Promise<void> {
    this.request?.abort();
    this.request = null;
    this.resume = false;
    const { src, data } = this.host;
    if (data !== undefined && data !== null) {
      if (data instanceof InvalidJsonAttribute) this.settle(refresh, { kind: 'error', error: jsonError('invalid-json', data.text) });
      else this.settle(refresh, { kind: 'document', value: data, source: 'inline', baseUrl: document.baseURI });
      return Promise.resolve();
    }
    if (!src) {
      this.status = 'idle';
      this.stale = false;
      this.outcome = null;
      this.host.requestUpdate();
      return Promise.resolve();
    }
    if (!this.host.isConnected) {
      this.resume = true;
      return Promise.resolve();
    }
    const request = new AbortController();
    this.request = request;
    // A refresh keeps the document on screen `ready`; a new source is `loading` (the last one stays shown).
    if (!refresh || this.status !== 'ready') {
      this.status = 'loading';
      this.host.requestUpdate();
    }
    const timeout = seconds(this.host.timeout);
    return loadJson(src, { signal: request.signal, fresh: refresh, ...(timeout ? { timeoutMs: timeout * 1000 } : {}) }).then(
      (doc) => {
        if (this.request !== request) return;
        this.request = null;
        this.settle(refresh, { kind: 'document', value: doc.value, source: doc.url, baseUrl: doc.url });
      },
      (e: unknown) => {
        if (this.request !== request) return;
        this.request = null;
        // An abort this controller did not ask for (the shared request was stopped) is retried once.
        if (isAbort(e) && !request.signal.aborted) return this.load(refresh);
        this.settle(refresh, { kind: 'error', error: e instanceof RbError ? e : new RbError('fetch-failed', [{ path: '', key: 'fetchNetwork', params: [src] }]) });
      },
    );
  }

  private settle(refresh: boolean, outcome: LoadResult): void {
    this.outcome = { ...outcome, revision: ++this.revision, refresh };
    if (outcome.kind === 'document') {
      this.status = 'ready';
      this.stale = false;
      this.loadedAt = new Date();
    } else if (refresh && this.loadedAt !== null && this.status === 'ready') {
      this.stale = true;
    } else {
      this.status = 'error';
      this.stale = false;
    }
    this.host.requestUpdate();
  }

  /** Runs the refresh clock while the element is on the page with a `src`, no `data` and a `refresh`. */
  private syncClock(): void {
    const { src, data, refresh } = this.host;
    const wanted = this.host.isConnected && src && (data === undefined || data === null) ? seconds(refresh) : undefined;
    if (wanted === this.clockSeconds) return;
    this.stopClock?.();
    this.stopClock = undefined;
    this.clockSeconds = wanted;
    if (wanted) this.stopClock = withClock(this.host, (clock) => clock.every(Math.max(wanted, 1) * 1000, () => void this.reload()));
  }
}
