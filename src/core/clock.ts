/**
 * One clock for every timer of a dashboard: page rotation, refreshes of its widgets, scrolling
 * boards, period playback and count-up animations all run on one scheduler, driven by a single
 * timer (or one animation frame while something animates). A screen left on for weeks neither
 * drifts (periodic timers are due at `start + n × period`, never `last fire + period`) nor grows
 * (a cancelled timer leaves nothing behind; `dispose()` ends them all).
 *
 * Pure: no DOM, no element; the time it reads comes from a {@link TimeSource} (real time,
 * accelerated real time, or a manual source that tests and the soak bench advance themselves).
 * Finding the clock of the dashboard an element sits in is `clock-context.ts`.
 *
 * ```ts
 * const clock = createClock();                        // real time (or createClock(manualTimeSource()))
 * const rotation = clock.every(20_000, () => next()); // every 20 s, no drift
 * rotation.pause(); rotation.resume();                // keeps the time left
 * rotation.restart();                                 // a full period from now (after a manual page change)
 * clock.after(500, () => done());                     // once
 * clock.animate(800, (p) => draw(p));                 // each frame, p from 0 to 1, then stops
 * clock.pause(); clock.resume();                      // stops time for all of them
 * clock.dispose();                                    // ends everything (the dashboard left the page)
 * ```
 *
 * Every callback gets the tick's time (`now`, ms of the source); timers due at the same moment fire
 * in the same tick (same `clock.ticks`), in the order they were due, then the animations.
 */

/** Where a clock reads time and how it is woken. */
export interface TimeSource {
  /** Current time in milliseconds (monotonic). */
  now(): number;
  /** Calls `tick` once at (or after) source time `at`; returns a function that cancels the call. */
  wake(at: number, tick: () => void): () => void;
  /** Calls `tick` on the next animation frame; returns a function that cancels it. */
  frame(tick: () => void): () => void;
}

/** One scheduled callback (from `every`, `after` or `animate`). */
export interface Timer {
  /** False once cancelled, done (`after`, `animate`) or its clock disposed. */
  readonly active: boolean;
  /** True while this timer is paused (its own pause, not the clock's). */
  readonly paused: boolean;
  /** Milliseconds until it is next due (frozen while paused). */
  readonly remaining: number;
  /** Stops the timer, keeping the time left. */
  pause(): void;
  /** Goes on with the time left at `pause()`. */
  resume(): void;
  /** Starts a full period (or delay) from now. */
  restart(): void;
  /** Ends the timer; nothing of it is kept. */
  cancel(): void;
}

export interface Clock {
  /** The clock's time in ms (stands still while the clock is paused). */
  readonly now: number;
  /** Number of ticks so far: callbacks run in one tick see the same value. */
  readonly ticks: number;
  /** Number of active timers and animations (what a soak test watches). */
  readonly size: number;
  readonly paused: boolean;
  readonly disposed: boolean;
  /** Calls `fn` every `ms` (≥ 1) milliseconds, first after one period. */
  every(ms: number, fn: (now: number) => void): Timer;
  /** Calls `fn` once after `ms` milliseconds. */
  after(ms: number, fn: (now: number) => void): Timer;
  /** Calls `fn` on every animation frame for `ms` milliseconds with the progress 0…1 (1 last). */
  animate(ms: number, fn: (progress: number, now: number) => void): Timer;
  /** Stops time for every timer of the clock (each keeps the time it has left). */
  pause(): void;
  resume(): void;
  /** Cancels every timer and stops the driver; later `every`/`after`/`animate` return inert timers. */
  dispose(): void;
}

/** Real time (`performance.now`, `setTimeout`, `requestAnimationFrame`), optionally `rate` times faster. */
export function realTimeSource(rate = 1): TimeSource {
  const now = (): number => performance.now() * rate;
  return {
    now,
    wake(at, tick) {
      // setTimeout runs a delay over 2^31 - 1 ms (24.8 days: a monthly refresh) at once: wake early, the clock waits again.
      const id = setTimeout(tick, Math.min(2_147_483_647, Math.max(0, (at - now()) / rate)));
      return () => clearTimeout(id);
    },
    frame(tick) {
      if (typeof requestAnimationFrame !== 'function') return this.wake(now() + 16 * rate, tick);
      const id = requestAnimationFrame(() => tick());
      return () => cancelAnimationFrame(id);
    },
  };
}

/** A source whose time moves only when `advance` is called: for tests and the soak bench. */
export interface ManualTimeSource extends TimeSource {
  /** Moves time forward by `ms`, running every wake-up and frame due on the way (frames every `frameMs`, default 16). */
  advance(ms: number, frameMs?: number): void;
}

export function manualTimeSource(start = 0): ManualTimeSource {
  let time = start;
  let wakes: { at: number; tick: () => void }[] = [];
  let frames: (() => void)[] = [];
  return {
    now: () => time,
    wake(at, tick) {
      const entry = { at, tick };
      wakes.push(entry);
      return () => (wakes = wakes.filter((w) => w !== entry));
    },
    frame(tick) {
      frames.push(tick);
      return () => (frames = frames.filter((f) => f !== tick));
    },
    advance(ms, frameMs = 16) {
      const end = time + ms;
      for (;;) {
        const nextWake = wakes.reduce((min, w) => Math.min(min, w.at), Infinity);
        const nextFrame = frames.length ? time + frameMs : Infinity;
        const next = Math.min(nextWake, nextFrame);
        if (next > end) break;
        time = Math.max(time, next);
        const due = wakes.filter((w) => w.at <= time);
        wakes = wakes.filter((w) => w.at > time);
        const frameTicks = next === nextFrame ? frames : [];
        if (next === nextFrame) frames = [];
        for (const w of due) w.tick();
        for (const f of frameTicks) f();
      }
      time = end;
    },
  };
}

interface Entry {
  due: number;
  /** Period for `every`, delay for `after`, duration for `animate`. */
  readonly ms: number;
  readonly kind: 'every' | 'after' | 'animate';
  readonly fn: (a: number, b: number) => void;
  start: number;
  /** Time left while paused, else null. */
  left: number | null;
  done: boolean;
}

/** A clock on `source` (default: real time). */
export function createClock(source: TimeSource = realTimeSource()): Clock {
  const entries = new Set<Entry>();
  let offset = 0; // clock time = source time - offset (grows while paused)
  let pausedAt: number | null = null;
  let disposed = false;
  let ticks = 0;
  let cancelWake: (() => void) | null = null;
  let cancelFrame: (() => void) | null = null;
  let wakeAt = Infinity;

  const now = (): number => (pausedAt ?? source.now()) - offset;

  const schedule = (): void => {
    const running = pausedAt === null && !disposed;
    const animating = running && [...entries].some((e) => e.kind === 'animate' && e.left === null);
    if (animating && !cancelFrame) cancelFrame = source.frame(onFrame);
    if (!animating && cancelFrame) {
      cancelFrame();
      cancelFrame = null;
    }
    // Timers keep their own wake-up even while frames run (frames stop in hidden tabs).
    let next = Infinity;
    if (running) for (const e of entries) if (e.kind !== 'animate' && e.left === null && e.due < next) next = e.due;
    if (next === wakeAt) return;
    cancelWake?.();
    cancelWake = null;
    wakeAt = next;
    if (next !== Infinity) cancelWake = source.wake(next + offset, onWake);
  };

  function onWake(): void {
    cancelWake = null;
    wakeAt = Infinity;
    tick();
  }

  function onFrame(): void {
    cancelFrame = null;
    tick();
  }

  function tick(): void {
    if (disposed || pausedAt !== null) return;
    ticks++;
    const t = now();
    const due = [...entries].filter((e) => e.left === null && e.kind !== 'animate' && e.due <= t).sort((a, b) => a.due - b.due);
    for (const e of due) {
      if (e.done || e.left !== null) continue; // cancelled or paused by an earlier callback
      if (e.kind === 'every') {
        // The next due time stays on the grid start + n × period; missed periods are skipped, not caught up.
        e.due += e.ms * Math.max(1, Math.ceil((t - e.due) / e.ms));
        if (e.due <= t) e.due += e.ms;
      } else finish(e);
      e.fn(t, t);
    }
    for (const e of [...entries]) {
      if (e.kind !== 'animate' || e.done || e.left !== null) continue;
      const progress = Math.min(1, Math.max(0, (t - e.start) / e.ms));
      if (progress >= 1) finish(e);
      e.fn(progress, t);
    }
    schedule();
  }

  function finish(e: Entry): void {
    e.done = true;
    entries.delete(e);
  }

  const add = (kind: Entry['kind'], ms: number, fn: Entry['fn']): Timer => {
    const length = Math.max(kind === 'every' ? 1 : 0, Number.isFinite(ms) ? ms : 0);
    const t = now();
    const e: Entry = { kind, ms: length, fn, start: t, due: t + length, left: null, done: disposed };
    if (!disposed) {
      entries.add(e);
      schedule();
    }
    return {
      get active() {
        return !e.done;
      },
      get paused() {
        return e.left !== null;
      },
      get remaining() {
        return e.done ? 0 : Math.max(0, e.left ?? e.due - now());
      },
      pause() {
        if (e.done || e.left !== null) return;
        e.left = Math.max(0, e.due - now());
        schedule();
      },
      resume() {
        if (e.done || e.left === null) return;
        const t2 = now();
        e.due = t2 + e.left;
        e.start = e.due - e.ms;
        e.left = null;
        schedule();
      },
      restart() {
        if (e.done) return;
        const t2 = now();
        e.start = t2;
        e.due = t2 + e.ms;
        if (e.left !== null) e.left = e.ms;
        schedule();
      },
      cancel() {
        if (e.done) return;
        finish(e);
        schedule();
      },
    };
  };

  return {
    get now() { return now(); }, // prettier-ignore
    get ticks() { return ticks; }, // prettier-ignore
    get size() { return entries.size; }, // prettier-ignore
    get paused() { return pausedAt !== null; }, // prettier-ignore
    get disposed() { return disposed; }, // prettier-ignore
    every: (ms, fn) => add('every', ms, fn),
    after: (ms, fn) => add('after', ms, fn),
    animate: (ms, fn) => add('animate', ms, fn),
    pause() {
      if (pausedAt !== null || disposed) return;
      pausedAt = source.now();
      schedule();
    },
    resume() {
      if (pausedAt === null) return;
      offset += source.now() - pausedAt;
      pausedAt = null;
      schedule();
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const e of entries) e.done = true;
      entries.clear();
      schedule();
    },
  };
}
