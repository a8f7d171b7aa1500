/**
 * Loading data documents from URLs: each absolute URL is fetched once per page and shared by every
 * widget that names it; refreshes of one URL never overlap; requests time out and are aborted
 * when no widget waits for them any more.
 */
import { RbError } from './errors.js';

/** A loaded document and the URL it came from (geo URLs resolve against it). */
export interface LoadedDocument {
  readonly value: unknown;
  readonly url: string;
}

interface InFlight {
  readonly promise: Promise<LoadedDocument>;
  readonly controller: AbortController;
  waiting: number;
}

const loaded = new Map<string, LoadedDocument>();
const inFlight = new Map<string, InFlight>();

/** Default time limit of one request, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Resolves a URL against the page. */
export function absoluteUrl(url: string, base: string = document.baseURI): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

export interface LoadOptions {
  /** Aborts this caller's wait; the request itself stops when no caller waits. */
  readonly signal?: AbortSignal;
  /** Time limit in milliseconds. */
  readonly timeoutMs?: number;
  /** Bypass the page cache (a refresh); joins a request already under way. */
  readonly fresh?: boolean;
}

/** Fetches and parses a JSON document. Rejects with an {@link RbError} or an `AbortError`. */
export function loadJson(url: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  const href = absoluteUrl(url);
  if (!options.fresh) {
    const done = loaded.get(href);
    if (done) return Promise.resolve(done);
  }
  let entry = inFlight.get(href);
  if (!entry) entry = start(href, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.fresh === true);
  return wait(entry, options.signal);
}

function start(href: string, timeoutMs: number, fresh: boolean): InFlight {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const promise = (async (): Promise<LoadedDocument> => {
    let response: Response;
    let body: string;
    try {
      response = await fetch(href, { signal: controller.signal, cache: fresh ? 'no-cache' : 'default', credentials: 'same-origin' });
      if (!response.ok) throw new RbError('fetch-failed', [{ path: '', key: 'fetchStatus', params: [response.status, href] }]);
      body = await response.text();
    } catch (e) {
      if (e instanceof RbError) throw e;
      if (timedOut) throw new RbError('fetch-failed', [{ path: '', key: 'fetchTimeout', params: [Math.round(timeoutMs / 100) / 10, href] }]);
      if (controller.signal.aborted) throw e;
      throw new RbError('fetch-failed', [{ path: '', key: 'fetchNetwork', params: [href] }]);
    } finally {
      clearTimeout(timer);
    }
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      throw new RbError('invalid-json', [{ path: '', key: 'notJson', params: [] }]);
    }
    const doc = { value, url: response.url || href };
    loaded.set(href, doc);
    return doc;
  })();
  const entry: InFlight = { promise, controller, waiting: 0 };
  inFlight.set(href, entry);
  const clear = () => {
    if (inFlight.get(href) === entry) inFlight.delete(href);
  };
  promise.then(clear, clear);
  return entry;
}

function wait(entry: InFlight, signal: AbortSignal | undefined): Promise<LoadedDocument> {
  if (signal?.aborted) return Promise.reject(abortError());
  entry.waiting++;
  return new Promise<LoadedDocument>((resolve, reject) => {
    let settled = false;
    const onAbort = () => {
      if (settled) return;
      settled = true;
      release();
      reject(abortError());
    };
    const release = () => {
      signal?.removeEventListener('abort', onAbort);
      entry.waiting--;
      if (entry.waiting <= 0 && !settledEntry) {
        // Nobody waits any more: stop the request, and let the next caller start a new one
        // rather than join this aborted one (an element moved while loading asks again at once).
        entry.controller.abort();
        for (const [href, e] of inFlight) if (e === entry) inFlight.delete(href);
      }
    };
    let settledEntry = false;
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (doc) => {
        settledEntry = true;
        if (settled) return;
        settled = true;
        release();
        resolve(doc);
      },
      (err: unknown) => {
        settledEntry = true;
        if (settled) return;
        settled = true;
        release();
        reject(err);
      },
    );
  });
}

function abortError(): DOMException {
  return new DOMException('The widget left the page', 'AbortError');
}

/** True for the rejection of a wait that its caller aborted. */
export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/** Caches of what was made from loaded documents (the cluster map's checked geometries). */
const dependentCaches = new Set<() => void>();

/** Registers a cache that {@link clearDocumentCache} clears too. */
export function registerDocumentCache(clear: () => void): void {
  dependentCaches.add(clear);
}

/** Forgets every cached document and what was made from one (tests, or a portal that swaps all data at once). */
export function clearDocumentCache(): void {
  loaded.clear();
  for (const clear of dependentCaches) clear();
}
