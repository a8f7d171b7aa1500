/**
 * Which clock an element's timers run on: the clock of the dashboard it sits in (asked for with
 * a composed `rb-clock-request` event that the dashboard answers), else one page-wide clock shared
 * by every widget outside a dashboard. Elements ask when they start a timer (once connected), so
 * a widget moved into another dashboard takes that dashboard's clock.
 *
 * ```ts
 * // in a widget or controller, once connected:
 * this.timer = clockFor(this).every(seconds * 1000, () => this.step());
 * // on disconnect:
 * this.timer?.cancel();
 * // in a container owning a clock (rb-dashboard):
 * provideClock(this, () => this.clock);
 * ```
 */
import { createClock, type Clock } from './clock.js';

/** The event an element fires to find its clock; a provider sets `detail.clock`. */
export const CLOCK_REQUEST = 'rb-clock-request';

interface ClockRequest {
  clock: Clock | null;
}

let pageClock: Clock | null = null;

/** The clock shared by every element outside a clock provider (real time). */
export function pageWideClock(): Clock {
  if (!pageClock || pageClock.disposed) pageClock = createClock();
  return pageClock;
}

/** The clock of the nearest provider around `element` (across shadow roots), else the page-wide clock. */
export function clockFor(element: Element): Clock {
  const detail: ClockRequest = { clock: null };
  if (element.isConnected) element.dispatchEvent(new CustomEvent(CLOCK_REQUEST, { bubbles: true, composed: true, detail }));
  return detail.clock && !detail.clock.disposed ? detail.clock : pageWideClock();
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
