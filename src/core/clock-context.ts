/**
 * Which clock an element's timers run on: the clock of the dashboard it sits in (asked for with
 * a composed `rb-clock-request` event that the dashboard answers), else one page-wide clock shared
 * by every widget outside a dashboard (`page-clock.ts`). Elements ask when they start a timer (once
 * connected), so a widget moved into another dashboard takes that dashboard's clock.
 *
 * The clock itself (`clock.ts`) loads on demand: a widget that never starts a timer (no `refresh`,
 * no count-up) never loads it. `withClock` starts a timer at once when a provider answers or the
 * page-wide clock is at hand, else once it has loaded.
 *
 * ```ts
 * // in a widget or controller, once connected:
 * this.stop = withClock(this, (clock) => clock.every(seconds * 1000, () => this.step()));
 * // on disconnect (cancels the timer, or its start while the clock loads):
 * this.stop?.();
 * // in a container owning a clock (rb-dashboard):
 * provideClock(this, () => this.clock);
 * ```
 */
import type { Clock, Timer } from './clock.js';
import { OnDemand } from './on-demand.js';

/** The event an element fires to find its clock; a provider sets `detail.clock`. */
export const CLOCK_REQUEST = 'rb-clock-request';

interface ClockRequest {
  clock: Clock | null;
}

/** The clock of the nearest provider around `element` (across shadow roots), or null outside one. */
export function providedClock(element: Element): Clock | null {
  const detail: ClockRequest = { clock: null };
  if (element.isConnected) element.dispatchEvent(new CustomEvent(CLOCK_REQUEST, { bubbles: true, composed: true, detail }));
  return detail.clock && !detail.clock.disposed ? detail.clock : null;
}

/** The page-wide clock, loaded with the first timer outside a dashboard. */
const pageClock = new OnDemand(() => import('./page-clock.js'), 'the clock (timers do not run)');

/**
 * Starts a timer (`start` returns it) on the clock of `element`: now when a provider answers or the
 * page-wide clock has loaded, else once it has (asking again then). Returns a function that cancels
 * the timer, or its start while the clock is still loading.
 */
export function withClock(element: Element, start: (clock: Clock) => Timer): () => void {
  const clock = providedClock(element) ?? pageClock.module?.pageWideClock();
  if (clock) {
    const timer = start(clock);
    return () => timer.cancel();
  }
  pageClock.retry(); // after a failed load, each new timer tries again
  let timer: Timer | null = null;
  let cancelled = false;
  void pageClock.ready()?.then(() => {
    const m = pageClock.module;
    if (m && !cancelled) timer = start(m.clockFor(element));
  });
  return () => {
    cancelled = true;
    timer?.cancel();
  };
}

/**
 * Makes `host` answer clock requests of its own and of the elements inside it (its children and
 * its shadow root's) with `clock()`, while that returns a clock; returns a function that stops answering.
 */
export function provideClock(host: Element, clock: () => Clock | null): () => void {
  const answer = (event: Event): void => {
    const c = clock();
    if (!c) return;
    (event as CustomEvent<ClockRequest>).detail.clock = c;
    event.stopPropagation();
  };
  host.addEventListener(CLOCK_REQUEST, answer);
  return () => host.removeEventListener(CLOCK_REQUEST, answer);
}
