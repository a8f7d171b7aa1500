/**
 * Count-up of a KPI card's value (`countUp: true`): on first show and whenever the value changes,
 * the figure on screen runs from the last one shown (0 at first) to the new one, on the clock of
 * the dashboard around the card (else the page-wide clock; one animation frame per step). Only
 * the visible figure moves: the card's accessible name and a visually hidden copy carry the final
 * figure at once. Nothing moves when the model says so (`animation: false`, reduced motion).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { withClock } from '../../core/clock-context.js';

/** Milliseconds a count-up takes. */
export const COUNT_UP_MS = 1200;

/** Ease-out cubic: fast at first, settling on the figure. */
const ease = (p: number): number => 1 - (1 - p) ** 3;

export class CountUp implements ReactiveController {
  /** The figure shown while counting (a formatted number on its way), or null: the final text shows. */
  shown: string | null = null;
  private target: number | null = null;
  private current: number | null = null;
  /** Stops the count-up under way (or its start while the clock loads). */
  private stopTimer: (() => void) | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
    this.current = this.target;
  }

  /**
   * Before each render (in `willUpdate`, so the render shows the result): the value to show, how
   * to write a number, and whether to count up to it.
   */
  sync(value: number | null, format: (n: number) => string, enabled: boolean): void {
    if (value === this.target && (enabled || this.shown === null)) return;
    const from = this.current ?? 0;
    this.target = value;
    this.stop();
    if (!enabled || value === null || !Number.isFinite(value) || from === value || !this.host.isConnected) {
      this.current = value;
      return;
    }
    this.shown = format(from);
    this.stopTimer = withClock(this.host, (clock) =>
      clock.animate(COUNT_UP_MS, (p) => {
        this.current = from + (value - from) * ease(p);
        if (p >= 1) {
          this.current = value;
          this.shown = null;
          this.stopTimer = null;
        } else this.shown = format(this.current);
        this.host.requestUpdate();
      }),
    );
  }

  private stop(): void {
    this.stopTimer?.();
    this.stopTimer = null;
    this.shown = null;
  }
}
