/**
 * A module of this library loaded on demand, once: the first widget that needs it starts its
 * loading, every widget waits for the same promise, and a failed load (a deployment missing the
 * chunk) is said once and never waited for again: the widget goes on without it.
 *
 * ```ts
 * const toolbar = new OnDemand(() => import('./toolbar.js'), 'the toolbar');
 * const waiting = toolbar.ready(); // null once loaded (or unavailable)
 * toolbar.module?.renderToolbar(…);
 * ```
 */
export class OnDemand<T> {
  /** The module, once it has loaded. */
  module: T | null = null;
  private loading: Promise<unknown> | null = null;
  private unavailable = false;

  constructor(
    private readonly load: () => Promise<T>,
    /** What it is, for the warning when it cannot be loaded. */
    private readonly what: string,
  ) {}

  /** Makes the module available at once (an entry that imports it statically). */
  provide(module: T): void {
    this.module = module;
  }

  /** Null when the module is at hand (or cannot be had); else the promise of its loading (started once), which never rejects. */
  ready(): Promise<unknown> | null {
    if (this.module || this.unavailable) return null;
    this.loading ??= this.load().then(
      (m) => void (this.module = m),
      (e: unknown) => {
        this.unavailable = true;
        console.warn(`region-brand-widgets: ${this.what} could not be loaded`, e);
      },
    );
    return this.loading;
  }
}
