/**
 * Two pretend servers for the loading and stale stories, installed by .storybook/preview.ts as a
 * thin wrapper around `fetch` (every other URL goes to the network unchanged):
 *   __rb__/never/<key>.json          never answers (until the request is aborted);
 *   __rb__/once/<key>/<sample>.json  answers once with data/<sample>.json, then 503, like a
 *                                    server that went down after the first load.
 * URLs are relative, so the built Storybook works under any path.
 */
const PREFIX = '__rb__/';

/** A URL that never answers; `key` keeps stories from sharing one pending request. */
export const neverUrl = (key: string): string => `${PREFIX}never/${key}.json`;

/** A URL that serves `data/<sample>.json` once, then fails with 503. */
export const onceUrl = (key: string, sample: string): string => `${PREFIX}once/${key}/${sample}.json`;

const served = new Set<string>();

function urlOf(input: RequestInfo | URL): URL {
  return new URL(input instanceof Request ? input.url : String(input), document.baseURI);
}

function hang(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    const stop = () => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });
  });
}

/** Wraps `window.fetch` once; idempotent. */
export function installStoryNetwork(): void {
  const w = window as Window & { __rbStoryNetwork?: boolean };
  if (w.__rbStoryNetwork) return;
  w.__rbStoryNetwork = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = urlOf(input);
    const m = /\/__rb__\/(never|once)\/(?:[\w-]+\/)?([\w-]+\.json)$/.exec(url.pathname);
    if (!m) return realFetch(input, init);
    if (m[1] === 'never') return hang(init?.signal ?? (input instanceof Request ? input.signal : undefined));
    if (served.has(url.pathname)) return Promise.resolve(new Response('Service Unavailable', { status: 503 }));
    served.add(url.pathname);
    return realFetch(new URL(`data/${m[2]}`, document.baseURI), init);
  };
}
