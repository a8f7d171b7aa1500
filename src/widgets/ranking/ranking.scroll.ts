/**
 * The scrolling board of `rb-ranking`: when the rows are more than the box shows, one row up every
 * `scroll` seconds, back to the top after the last. Steps run on the clock of the dashboard around
 * the element (else the page-wide clock); they pause while the pointer or keyboard focus is inside
 * and stop under `prefers-reduced-motion` (the list is then scrolled by hand).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prefersReducedMotion } from '../../core/themed-element.js';
import type { Timer } from '../../core/clock.js';
import { clockFor } from '../../core/page-clock.js';
import { mediaQuery } from '../../core/media-query.js';

type Host = ReactiveControllerHost & HTMLElement;

export class StepScroller implements ReactiveController {
  /** Index of the first row shown by the last step (0: the top). */
  position = 0;
  private box: HTMLElement | null = null;
  private seconds: number | null = null;
  private smooth = true;
  private timer: Timer | null = null;
  private timerSeconds: number | null = null;
  private hovered = false;
  private focused = false;
  private resize: ResizeObserver | null = null;
  private motion: MediaQueryList | null = null;

  private readonly onEnter = (): void => this.setHover(true);
  private readonly onLeave = (): void => this.setHover(false);
  private readonly onFocus = (): void => {
    // After the focus has moved: still inside, or gone.
    queueMicrotask(() => {
      this.focused = this.host.matches(':focus-within');
      this.applyPause();
    });
  };
  private readonly onMotion = (): void => this.update();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** True while steps are due (the rows overflow, `scroll` is set, motion is allowed). */
  get running(): boolean {
    return this.timer !== null;
  }

  /** True while the pointer or focus holds the board still. */
  get paused(): boolean {
    return this.hovered || this.focused;
  }

  hostConnected(): void {
    this.host.addEventListener('pointerenter', this.onEnter);
    this.host.addEventListener('pointerleave', this.onLeave);
    this.host.addEventListener('focusin', this.onFocus);
    this.host.addEventListener('focusout', this.onFocus);
    this.motion = mediaQuery('(prefers-reduced-motion: reduce)') ?? null;
    this.motion?.addEventListener('change', this.onMotion);
    this.update();
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerenter', this.onEnter);
    this.host.removeEventListener('pointerleave', this.onLeave);
    this.host.removeEventListener('focusin', this.onFocus);
    this.host.removeEventListener('focusout', this.onFocus);
    this.motion?.removeEventListener('change', this.onMotion);
    this.resize?.disconnect();
    this.resize = null;
    this.stop();
  }

  /** After each render: the scrolling box (null when none is shown), seconds per step, smooth or instant steps. */
  sync(box: HTMLElement | null, seconds: number | null, smooth: boolean): void {
    if (box !== this.box) {
      this.resize?.disconnect();
      this.resize = null;
      this.box = box;
      this.position = 0;
      if (box && typeof ResizeObserver === 'function') {
        this.resize = new ResizeObserver(() => this.update());
        this.resize.observe(box);
      }
    }
    this.seconds = seconds;
    this.smooth = smooth;
    this.update();
  }

  /** One step: the next row to the top of the box, or back to the first after the last. */
  step(): void {
    const box = this.box;
    if (!box) return;
    const rows = box.children;
    if (!rows.length) return;
    const offset = (i: number): number => (rows[i] as HTMLElement).offsetTop - (rows[0] as HTMLElement).offsetTop;
    const end = box.scrollHeight - box.clientHeight;
    const current = Math.min(this.position, rows.length - 1);
    const next = offset(current) >= end - 1 || current + 1 >= rows.length ? 0 : current + 1;
    this.position = next;
    box.scrollTo({ top: Math.min(offset(next), end), behavior: this.smooth ? 'smooth' : 'instant' });
  }

  private overflows(box: HTMLElement): boolean {
    return box.scrollHeight > box.clientHeight + 1;
  }

  private update(): void {
    const box = this.box;
    const wanted = this.host.isConnected && box && this.seconds && !prefersReducedMotion() && this.overflows(box) ? this.seconds : null;
    if (wanted !== this.timerSeconds) {
      this.stop();
      if (wanted !== null) {
        this.timer = clockFor(this.host).every(wanted * 1000, () => this.step());
        this.timerSeconds = wanted;
      }
    }
    this.applyPause();
  }

  private stop(): void {
    this.timer?.cancel();
    this.timer = null;
    this.timerSeconds = null;
  }

  private setHover(hovered: boolean): void {
    this.hovered = hovered;
    this.applyPause();
  }

  private applyPause(): void {
    if (!this.timer) return;
    if (this.paused) this.timer.pause();
    else this.timer.resume();
  }
}
