/**
 * Where the ranking's and the count-up's timers run. A stand-in with the API of the dashboard
 * clock (`src/core/clock-context.ts`, `clockFor(element)`), used until that lands: real time.
 */
export interface StandInTimer {
  pause(): void;
  resume(): void;
  cancel(): void;
}

export interface StandInClock {
  every(ms: number, fn: (now: number) => void): StandInTimer;
  animate(ms: number, fn: (progress: number, now: number) => void): StandInTimer;
}

const realClock: StandInClock = {
  every(ms, fn) {
    let id: ReturnType<typeof setInterval> | undefined = setInterval(() => fn(performance.now()), ms);
    return {
      pause: () => {
        clearInterval(id);
        id = undefined;
      },
      resume: () => {
        if (id === undefined) id = setInterval(() => fn(performance.now()), ms);
      },
      cancel: () => clearInterval(id),
    };
  },
  animate(ms, fn) {
    const start = performance.now();
    let frame = 0;
    let cancelled = false;
    const tick = (): void => {
      if (cancelled) return;
      const now = performance.now();
      const p = Math.min(1, (now - start) / ms);
      fn(p, now);
      if (p < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return {
      pause: () => {},
      resume: () => {},
      cancel: () => {
        cancelled = true;
        cancelAnimationFrame(frame);
      },
    };
  },
};

/** The clock of the dashboard around `element`, else real time. */
export function clockFor(_element: Element): StandInClock {
  return realClock;
}
