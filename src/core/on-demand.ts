/**
 * A module of this library loaded on demand, once: the first widget that needs it starts its
 * loading and every widget waits for the same promise. A failed load (a deployment missing the
 * chunk) is kept in {@link OnDemand.failure}: by default it is said once and never waited for
 * again, so the widget goes on without the module; a caller that shows the failure itself
 * (`warn: false`: ECharts, whose widget shows an internal error) may {@link OnDemand.retry}.
 *
 * ```ts
 * const toolbar = new OnDemand(() => import('./toolbar.js'), 'the toolbar');
 * const waiting = toolbar.ready(); // null once loaded (or failed)
 * toolbar.module?.renderToolbar(…);
 * ```
 */
export class OnDemand<T> {
  /** The module, once it has loaded. */
  module: T | null = null;
  /** Why the load failed, until {@link retry}. */
  failure: { readonly cause: unknown } | null = null;
  private loading: Promise<unknown> | null = null;

  constructor(
    private readonly load: () => Promise<T>,
    /** What it is, for the warning when it cannot be loaded. */
    private readonly what: string,
    private readonly options: { readonly warn?: boolean } = {},
  ) {}

  /** Makes the module available at once (an entry that imports it statically). */
  provide(module: T): void {
    this.module = module;
  }

  /** Null when the module is at hand (or failed to load); else the promise of its loading (started once), which never rejects. */
  ready(): Promise<unknown> | null {
    if (this.module || this.failure) return null;
    this.loading ??= this.load().then(
      (m) => void (this.module = m),
      (cause: unknown) => {
        this.failure = { cause };
        this.loading = null;
        if (this.options.warn !== false) console.warn(`region-brand-widgets: ${this.what} could not be loaded`, cause);
      },
    );
    return this.loading;
  }

  /** Forgets a failure: the next {@link ready} loads again. */
  retry(): void {
    this.failure = null;
  }
}
