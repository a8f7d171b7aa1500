import type { RbErrorDetail, RbWarningDetail } from '../../src/core/events.js';
/** Test helpers: mounting widgets, waiting for their events, loading the sample documents. */
import type { RbElement } from '../../src/core/base-element.js';

const mounted: HTMLElement[] = [];

/** Parses HTML into the page and returns its first element. Removed again by `cleanup()`. */
export function mount<T extends HTMLElement = HTMLElement>(markup: string, parent: HTMLElement = document.body): T {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  const el = template.content.firstElementChild as T;
  parent.append(el);
  mounted.push(el);
  return el;
}

/** Creates an element, sets its properties, appends it. */
export function create<T extends HTMLElement>(tag: string, props: Record<string, unknown> = {}, parent: HTMLElement = document.body): T {
  const el = document.createElement(tag) as T;
  Object.assign(el, props);
  parent.append(el);
  mounted.push(el);
  return el;
}

export function cleanup(): void {
  while (mounted.length) mounted.pop()!.remove();
}

/**
 * The least time any wait of these helpers allows: a wait ends as soon as its condition holds, so a
 * generous limit costs nothing on a fast machine and keeps a slow one (a cold 2-core CI machine)
 * from failing a correct test. Speed is measured by the benchmark, not by these limits.
 */
const LEAST_WAIT_MS = 15_000;

/** Resolves with the next event of that name (rejects after `ms`: a short `ms` is for an event that may not come). */
export function nextEvent<T = unknown>(target: EventTarget, name: string, ms = LEAST_WAIT_MS): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} within ${ms} ms`)), ms);
    target.addEventListener(
      name,
      (e) => {
        clearTimeout(timer);
        resolve(e as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/** Collects every event of the given names fired on a target. */
export function recordEvents(target: EventTarget, ...names: string[]): CustomEvent[] {
  const seen: CustomEvent[] = [];
  for (const n of names) target.addEventListener(n, (e) => seen.push(e as CustomEvent));
  return seen;
}

/**
 * Records a widget's rb-error and rb-warning events until it settles (`state` ready or error) and
 * has rendered: the details of each, in order.
 */
export async function settled<T extends HTMLElement & { state: string; updateComplete: Promise<unknown> }>(
  el: T,
  what = `${el.localName} settled`,
): Promise<{ el: T; errors: RbErrorDetail[]; warnings: RbWarningDetail[] }> {
  const events = recordEvents(el, 'rb-error', 'rb-warning');
  await until(() => el.state === 'ready' || el.state === 'error', 15_000, what);
  await el.updateComplete;
  const details = <D>(type: string) => events.filter((e) => e.type === type).map((e) => (e as CustomEvent<D>).detail);
  return { el, errors: details<RbErrorDetail>('rb-error'), warnings: details<RbWarningDetail>('rb-warning') };
}

const samples = new Map<string, unknown>();

/** A fresh deep copy of a bundled sample document (`kaiping`, `pingyuan`, `taiping`). */
export async function sample<T = Record<string, any>>(name: 'kaiping' | 'pingyuan' | 'taiping'): Promise<T> {
  if (!samples.has(name)) samples.set(name, await (await fetch(`/demo/data/${name}.json`)).json());
  return structuredClone(samples.get(name)) as T;
}

/** Waits for an element's pending render. */
export async function settle(el: RbElement | HTMLElement): Promise<void> {
  await (el as RbElement).updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

/** Polls until `check` returns a truthy value (for at least `LEAST_WAIT_MS`, or `ms` if longer). */
export async function until<T>(check: () => T, ms = 5000, what = 'condition'): Promise<NonNullable<T>> {
  const start = performance.now();
  const limit = Math.max(ms, LEAST_WAIT_MS);
  for (;;) {
    const v = check();
    if (v) return v as NonNullable<T>;
    if (performance.now() - start > limit) throw new Error(`timed out waiting for ${what} (${Math.round(limit)} ms)`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The shadow root of an element (widgets always have one). */
export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** Sets what the test server answers at `/__rb/store/<key>`; returns that URL. */
export async function serve(key: string, answer: { status?: number; body: unknown; delayMs?: number }): Promise<string> {
  await fetch(`/__rb/store/${key}`, { method: 'PUT', body: JSON.stringify(answer) });
  return `/__rb/store/${key}`;
}

/** How many requests the test server has had for `key`. */
export async function hits(key: string): Promise<number> {
  return Number(await (await fetch(`/__rb/hits/${key}`)).text());
}

let unique = 0;
/** A key no other test uses. */
export function uniqueKey(prefix = 'doc'): string {
  return `${prefix}-${Date.now().toString(36)}-${unique++}`;
}

/**
 * Puts this test page under `style-src 'self'` (as government portals do) and returns the list
 * that collects every policy violation from then on.
 */
export function strictStylePolicy(): string[] {
  const violations: string[] = [];
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "style-src 'self'";
  document.head.append(meta);
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.sample}`));
  return violations;
}
