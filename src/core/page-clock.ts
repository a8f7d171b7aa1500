/**
 * The page-wide clock: one real-time clock for the timers of every element outside a clock
 * provider (`clock-context.ts`), created on first use. Code that always runs timers (period
 * playback, a scrolling ranking) takes its clock here with `clockFor`; code that may never need
 * one starts its timers with `withClock`, which loads this module (and `clock.ts`) only then.
 */
import { createClock, type Clock } from './clock.js';
import { providedClock } from './clock-context.js';

let pageClock: Clock | null = null;

/** The clock shared by every element outside a clock provider (real time). */
export function pageWideClock(): Clock {
  if (!pageClock || pageClock.disposed) pageClock = createClock();
  return pageClock;
}

/** The clock of the nearest provider around `element` (across shadow roots), else the page-wide clock. */
export function clockFor(element: Element): Clock {
  return providedClock(element) ?? pageWideClock();
}
