/**
 * Pages of `rb-dashboard`: which one shows, rotation every `rotate` seconds on the dashboard's
 * clock, and what holds it (the pointer or keyboard focus inside the dashboard, or the reader's
 * pause button). A manual page change starts a full period again. A Lit reactive controller.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock, Timer } from '../../core/clock.js';

/** What holds the rotation: the pointer, keyboard focus, or the reader's pause button. */
export type RotationHold = 'pointer' | 'focus' | 'user';

export class PageRotation implements ReactiveController {
  /** The page shown (0-based). */
  index = 0;
  /** Number of pages. */
  count = 1;
  /** Set by each change of page (not the first page shown): announced politely. */
  changes = 0;
  private seconds = 0;
  private timer: Timer | null = null;
  private timerClock: Clock | null = null;
  private readonly holds = new Set<RotationHold>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly clock: () => Clock | null,
  ) {
    host.addController(this);
  }

  /** True while the reader paused the rotation. */
  get userPaused(): boolean {
    return this.holds.has('user');
  }

  /** True while something holds the rotation. */
  get held(): boolean {
    return this.holds.size > 0;
  }

  /** True when pages rotate by themselves. */
  get rotating(): boolean {
    return this.seconds > 0 && this.count > 1;
  }

  /** Follows the model: the number of pages and seconds per page (0: none). */
  configure(count: number, seconds: number): void {
    this.count = Math.max(1, count);
    if (this.index >= this.count) this.index = 0;
    if (seconds !== this.seconds) {
      this.seconds = seconds;
      this.stopTimer();
    }
    this.sync();
  }

  /** Shows page `i` (wrapping), starting a full period again. */
  go(i: number): void {
    const next = ((i % this.count) + this.count) % this.count;
    if (next !== this.index) {
      this.index = next;
      this.changes++;
      this.host.requestUpdate();
    }
    this.timer?.restart();
  }

  next(): void {
    this.go(this.index + 1);
  }

  previous(): void {
    this.go(this.index - 1);
  }

  /** Holds (or releases) the rotation for a reason; it goes on when nothing holds it. */
  hold(reason: RotationHold, on: boolean): void {
    if (on === this.holds.has(reason)) return;
    if (on) this.holds.add(reason);
    else this.holds.delete(reason);
    if (reason === 'user') this.host.requestUpdate();
    this.sync();
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stopTimer();
  }

  /** Starts the timer on the current clock when pages rotate; pauses it while held. */
  sync(): void {
    const clock = this.clock();
    if (!this.rotating || !clock || clock.disposed) return this.stopTimer();
    if (!this.timer || !this.timer.active || this.timerClock !== clock) {
      this.stopTimer();
      this.timerClock = clock;
      this.timer = clock.every(this.seconds * 1000, () => this.advance());
    }
    if (this.held) this.timer.pause();
    else this.timer.resume();
  }

  private advance(): void {
    this.index = (this.index + 1) % this.count;
    this.changes++;
    this.host.requestUpdate();
  }

  private stopTimer(): void {
    this.timer?.cancel();
    this.timer = null;
    this.timerClock = null;
  }
}
