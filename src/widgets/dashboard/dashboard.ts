import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { RbElement } from '../../core/base-element.js';
import { createClock, realTimeSource, type Clock, type TimeSource } from '../../core/clock.js';
import { provideClock } from '../../core/clock-context.js';
import type { RenderContext } from '../../core/contract.js';
import type { RbErrorDetail } from '../../core/events.js';
import { objectValue } from '../../core/json-attribute.js';
import type { ValidationScope } from '../../core/scoped-validation.js';
import type { RegionBrandData } from '../../core/schema.js';
import { styleProps } from '../../core/style-props.js';
import { loadedFrameStyles, mistakeShownReady, renderError, renderStale } from '../../core/frame.js';
import { adoptExtraStyles } from '../../core/extra-styles.js';
import '../brand-matrix/index.js';
import '../cluster-map/index.js';
import '../coverage-gauge/index.js';
import '../growth-indicator/index.js';
import '../ranking/index.js';
import '../period/index.js';
import { linkGroup } from '../../core/link-group.js';
import { dashboardMessages, dashboardConfigSchema, buildModel, parseDashboardConfig, type DashboardConfig, type DashboardConfigInput, type DashboardItem, type DashboardModel, type DashboardWidgetType } from './dashboard.options.js';
import { PageRotation } from './dashboard.pages.js';
import { fitStage, type StageFitResult } from './dashboard.stage.js';
import { dashboardStyles } from './dashboard.styles.js';

/** Dashboards without `id` or `group`, numbered in the order they appear: their group names. */
let dashboards = 0;

const TAGS = {
  'coverage-gauge': literal`rb-coverage-gauge`,
  'growth-indicator': literal`rb-growth-indicator`,
  'brand-matrix': literal`rb-brand-matrix`,
  'cluster-map': literal`rb-cluster-map`,
  ranking: literal`rb-ranking`,
} satisfies Record<DashboardWidgetType, unknown>;

/**
 * A whole dashboard from one JSON spec, all widgets reading one data document (fetched once): a
 * flowing grid inside the portal's page, or a big screen (大屏) — a stage laid out at its design
 * size and fitted to the window, sharp at any size, browser zoom or pixel ratio — with pages that
 * rotate; with `link: true` choosing a unit, brand or cluster in one widget focuses the others, and
 * `period` sets the period every widget shows. Every timer of the dashboard (rotation, refreshes, scrolling boards, count-ups) runs on
 * its one clock (`src/core/clock.ts`), ended when the dashboard leaves the page.
 *
 * @summary `<rb-dashboard src="data.json" config='{"stage":{"width":1920,"height":1080},"pages":[{"title":"品牌","widgets":[{"type":"brand-matrix","area":[1,1,12,12]}]}],"rotate":20}'>`.
 * @tag rb-dashboard
 *
 * @attr src - URL of the shared region-brand-data document (or `src` in the spec).
 * @attr data - Inline JSON document.
 * @attr config - The spec: `widgets` (`[{ type, config, span }]`) on a flowing grid of `columns` (default 12); or a big screen: `stage` (`{ width, height, fit }`, fit `contain` | `width` | `height` | `cover` | `stretch` | `none`) with widgets placed by `area: [column, row, columnSpan, rowSpan]` on `columns` × `rows` (default 24 × 12); `pages` (`[{ title, widgets }]`, instead of `widgets`) shown one at a time, `rotate` seconds each; `link` (true: choosing a unit, brand or cluster in one widget focuses the others), `period` (the period every widget shows); plus `title`, `subtitle`, `lang`, `theme`. Widget types: `coverage-gauge`, `growth-indicator`, `brand-matrix`, `cluster-map`, `ranking`.
 * @attr lang - `zh-CN` (default), `zh-Hant` or `en`, passed to every widget.
 * @attr theme - `light` (default), `dark`, `red`, `screen` or `auto`, passed to every widget.
 * @attr refresh - Seconds between re-fetches of `src` (on the dashboard's clock).
 * @attr group - The link group of its widgets (default `dashboard-<id>`): `<rb-period>` and widgets outside with this group join it.
 *
 * @fires rb-load - The spec and data are valid and the widgets are placed (each widget fires its own too).
 * @fires rb-error - A spec error names its path (`/stage/fit`); a mistake in one widget's entry breaks only that widget, one event each, e.g. `/widgets/2/config/style` or `/pages/1/widgets/0/area`; so does a widget's own config error when it shows (`/pages/1/widgets/0/config/indicator`: an id the data lacks).
 *
 * @csspart period - The period control (`<rb-period>`), shown when the document holds more than one period.
 * @csspart grid - The grid of widgets.
 * @csspart cell - The cell holding one widget.
 * @csspart viewport - The box a stage is fitted into.
 * @csspart stage - The big-screen stage (design size, zoomed to fit).
 * @csspart bar - The title bar: title, page title and controls.
 * @csspart page-title - The title of the page shown.
 * @csspart controls - Page buttons, pause and full screen.
 * @cssprop --rb-dashboard-gap - Space between widgets (default 16px).
 */
export class RbDashboard extends RbElement<DashboardConfig, DashboardModel, undefined, 'screen'> {
  protected readonly strings = dashboardMessages;

  /** Widget configuration: JSON in the attribute, or an object through the property. */
  declare config: DashboardConfigInput | undefined;

  /**
   * Where the dashboard's clock reads time (default: real time). Tests and benchmarks give a
   * `manualTimeSource()` (or `realTimeSource(rate)`) before the element joins the page.
   */
  clockSource?: TimeSource;

  /** @internal Lit's reactive properties beside the base's (a static field, not decorators: no Lit decorator code in the entry). */
  static override properties: PropertyDeclarations = { clockSource: { attribute: false }, fit: { state: true }, fullscreen: { state: true } };

  static override styles = [...RbElement.styles, dashboardStyles];

  protected readonly configSchema = dashboardConfigSchema;

  /** The spec, with its widgets' configs checked even when its own shape is wrong (one round of fixes). */
  protected override parseConfig(input: unknown): DashboardConfig {
    return parseDashboardConfig(input);
  }
  /** The page checks the top level only; each widget on it validates what it shows. */
  protected readonly scope: ValidationScope<DashboardConfig> = { sections: {}, shows: () => [] };

  /** Pages and their rotation. */
  readonly pages = new PageRotation(this, () => this.ownClock);

  private fit: StageFitResult | null = null;
  private fullscreen = false;
  private ownClock: Clock | null = null;
  private readonly resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.measure()) : undefined;
  private observed: Element | null = null;
  private readonly onFullscreen = (): void => void (this.fullscreen = document.fullscreenElement === this);
  /** The `src` last taken from the spec (a later spec with another `src`, or none, replaces it). */
  private specSrc: string | undefined;
  /** The model whose broken widgets were last reported. */
  private reported: DashboardModel | null = null;
  /** The document as the widgets get it (inline), with its base URL resolved: see {@link documentForWidgets}. */
  private widgetDocument: { readonly from: unknown; readonly baseUrl: string; readonly value: unknown } | null = null;

  constructor() {
    super();
    provideClock(this, () => this.ownClock);
    this.addEventListener('pointerenter', () => this.pages.hold('pointer', true));
    this.addEventListener('pointerleave', () => this.pages.hold('pointer', false));
    // Keyboard focus holds the rotation; the focus a mouse click or a tap leaves on a button does not
    // (a big screen clicked once would otherwise stop rotating until someone clicked outside it).
    this.addEventListener('focusin', (e) => {
      const target = e.composedPath()[0];
      if (!(target instanceof Element) || target.matches(':focus-visible')) this.pages.hold('focus', true);
    });
    this.addEventListener('keydown', () => this.pages.hold('focus', true));
    this.addEventListener('focusout', (e) => {
      if (!(e.relatedTarget instanceof Node) || !this.contains(e.relatedTarget) && !this.shadowRoot?.contains(e.relatedTarget)) {
        this.pages.hold('focus', false);
      }
    });
  }

  /** The clock every timer of this dashboard runs on (a new one each time it joins the page). */
  get clock(): Clock {
    return (this.ownClock ??= createClock(this.clockSource ?? realTimeSource()));
  }

  override connectedCallback(): void {
    if (this.ownClock?.disposed) this.ownClock = null;
    void this.clock;
    document.addEventListener('fullscreenchange', this.onFullscreen);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.onFullscreen);
    // Moving the element disconnects and reconnects it in one task: end the clock only if it stays out.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.ownClock?.dispose();
      this.ownClock = null;
    });
  }

  /**
   * The link group of the page: its widgets share the period (and, with `link: true`, the
   * selection). The `group` attribute names it; else `dashboard-<id>` or `dashboard-<n>`.
   */
  private ensureGroup(): void {
    if (!this.group) this.group = this.id ? `dashboard-${this.id}` : `dashboard-${++dashboards}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.ensureGroup();
    // A `src` in the spec stands in for the attribute, and follows the spec while it came from there.
    if (changed.has('config')) {
      const spec = objectValue(this.config);
      const next = typeof spec?.['src'] === 'string' ? spec['src'] : undefined;
      if ((!this.src || this.src === this.specSrc) && this.src !== next) this.src = next;
      this.specSrc = next;
    }
    super.willUpdate(changed);
    const model = this.model;
    this.toggleAttribute('data-layout', false);
    if (model?.stage) this.setAttribute('data-layout', 'stage');
    if (model) this.pages.configure(model.pages.length, model.rotate);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportBroken();
    const viewport = this.shadowRoot?.querySelector('.viewport') ?? null;
    if (viewport !== this.observed) {
      if (this.observed) this.resizeObserver?.unobserve(this.observed);
      this.observed = viewport;
      // The observer reports the first size too (a frame later, not inside this update).
      if (viewport) this.resizeObserver?.observe(viewport);
    }
  }

  protected buildModel(data: RegionBrandData, config: DashboardConfig, ctx: RenderContext<'screen'>): DashboardModel {
    const model = buildModel(data, config, ctx);
    const doc = this.documentValue;
    const kept = this.widgetDocument;
    if (!kept || kept.from !== doc || kept.baseUrl !== ctx.baseUrl) {
      this.widgetDocument = { from: doc, baseUrl: ctx.baseUrl, value: documentForWidgets(doc, ctx.baseUrl) };
    }
    const group = linkGroup(this.group!);
    group.selectable = config.link;
    group.setPeriod(config.period, { initial: true });
    // The dashboard's own model does not depend on the group's period or selection: built for the
    // group as it is now, so that the period it has just set does not build it a second time.
    this.link.context();
    return model;
  }

  /** A model with broken widgets is shown once what shows their mistakes is at hand. */
  protected override modelReady(model: DashboardModel): Promise<unknown> | null {
    return model.pages.some((page) => page.items.some((item) => item.error)) ? mistakeShownReady(this.effectiveLang) : null;
  }

  /** Fires `rb-error` for each broken widget of a model newly shown (of every page, shown or not), with its place in the spec. */
  private reportBroken(): void {
    const model = this.model;
    if (model === this.reported) return;
    this.reported = model;
    for (const item of model?.pages.flatMap((page) => page.items) ?? []) {
      const error = item.error?.completed();
      if (error) this.emit('rb-error', { code: error.code, message: error.localizedMessage(this.effectiveLang), path: error.path, stale: false, issues: error.localizedIssues(this.effectiveLang) });
    }
  }

  /** Refits the stage to its viewport. */
  private measure(): void {
    const stage = this.model?.stage;
    const viewport = this.observed as HTMLElement | null;
    if (!stage || !viewport) return;
    const next = fitStage(stage, { width: viewport.clientWidth, height: viewport.clientHeight });
    const fit = this.fit;
    if (!fit || fit.zoom !== next.zoom || fit.width !== next.width || fit.height !== next.height || fit.scroll !== next.scroll) this.fit = next;
  }

  protected override render(): TemplateResult {
    const model = this.model;
    if (!model?.stage || this.state !== 'ready') return super.render();
    for (const sheet of loadedFrameStyles()) adoptExtraStyles(this, sheet);
    return this.renderStage(model);
  }

  /** A flowing dashboard (inside the widget frame): controls when it has pages, then the grid. */
  protected renderModel(model: DashboardModel): TemplateResult {
    return html`<div class="flow">
      ${this.renderPeriod()}
      ${model.paged ? this.renderBar(model, false) : nothing}
      ${this.renderPage(model, (item) => ({ gridColumn: `span ${item.span}` }), { gridTemplateColumns: `repeat(${model.columns}, minmax(0, 1fr))` })}
      ${this.renderAnnouncement(model)}
    </div>`;
  }

  private renderStage(model: DashboardModel): TemplateResult {
    const fit = this.fit;
    // `body` as in every widget's frame (what holds the drawing), around the viewport.
    return html`<section part="base" class="screen" lang=${this.effectiveLang}>
      <div part="body" class="screen-body"><div part="viewport" class="viewport ${fit?.scroll ? 'scroll' : ''}">
        ${fit
          ? html`<div part="stage" class="stage" ${styleProps({ zoom: String(fit.zoom), width: `${fit.width}px`, height: `${fit.height}px` })}>
              ${this.renderBar(model, true)} ${this.renderPeriod()}
              ${this.renderPage(model, (item) => ({ gridArea: item.area ? `${item.area[1]} / ${item.area[0]} / span ${item.area[3]} / span ${item.area[2]}` : null }), {
                gridTemplateColumns: `repeat(${model.columns}, minmax(0, 1fr))`,
                gridTemplateRows: `repeat(${model.rows}, minmax(0, 1fr))`,
              })}
            </div>`
          : nothing}
      </div></div>
      ${this.renderAnnouncement(model)}
    </section>`;
  }

  /** The period control of the dashboard's group (it shows itself when the document holds several periods). */
  private renderPeriod(): TemplateResult {
    return html`<rb-period part="period" group=${this.group} lang=${this.effectiveLang} theme=${this.effectiveTheme}></rb-period>`;
  }

  /**
   * The grid of the page shown (a new element per page, so a page turn can fade in). A broken widget
   * shows its mistake in its place; on a stage, one whose area is wrong shows it below the grid.
   */
  private renderPage(model: DashboardModel, place: (item: DashboardItem) => Record<string, string | null>, grid: Record<string, string>): TemplateResult {
    const index = Math.min(this.pages.index, model.pages.length - 1);
    const page = model.pages[index]!;
    const at = model.paged ? `/pages/${index}/widgets` : '/widgets';
    const lang = this.effectiveLang;
    const unplaced = model.stage ? page.items.filter((item) => item.error && !item.area) : [];
    return html`${keyed(
      index,
      staticHtml`<div part="grid" class="grid page ${this.pages.changes ? 'turned' : ''}" ${styleProps(grid)}>
        ${page.items.map((item, i) =>
          item.error
            ? unplaced.includes(item) ? nothing : html`<div part="cell" class="cell broken" ${styleProps(place(item))}>${renderError(item.error.completed(), lang)}</div>`
            : staticHtml`<div part="cell" class="cell" ${styleProps(place(item))}>
            <${TAGS[item.type]} @rb-error=${(e: CustomEvent<RbErrorDetail>) => this.widgetError(e, `${at}/${i}/config`)} .data=${this.widgetDocument?.value ?? this.documentValue} .config=${item.config} group=${this.group} lang=${lang} theme=${this.effectiveTheme}></${TAGS[item.type]}>
          </div>`,
        )}
      </div>`,
    )}${unplaced.length ? html`<div class="unplaced">${unplaced.map((item) => renderError(item.error!.completed(), lang))}</div>` : nothing}`;
  }

  /**
   * A widget's own config error (an id the data lacks, found when it shows) leaves the dashboard
   * with its place in the spec, as the dashboard's own spec errors do; other errors go on as they are.
   */
  private widgetError(e: CustomEvent<RbErrorDetail>, at: string): void {
    if (e.target !== e.currentTarget || e.detail.code !== 'invalid-config') return;
    e.stopPropagation();
    this.emit('rb-error', { ...e.detail, path: `${at}${e.detail.path}`, issues: e.detail.issues.map((issue) => ({ ...issue, path: `${at}${issue.path}` })) });
  }

  /** Title, page title and controls: previous, one button per page, next, pause, full screen. */
  private renderBar(model: DashboardModel, stage: boolean): TemplateResult {
    const messages = this.strings(this.effectiveLang);
    const m = messages.screen;
    const config = objectValue(this.config);
    const title = stage ? (config?.['title'] as string | undefined) : undefined;
    const subtitle = stage ? (config?.['subtitle'] as string | undefined) : undefined;
    const index = Math.min(this.pages.index, model.pages.length - 1);
    const pageTitle = model.paged ? model.pages[index]!.title : null;
    const many = model.pages.length > 1;
    // The name holds the number the button shows (WCAG 2.5.3), then the page's own title: 第 2 页：就业.
    const pageName = (title: string | null, i: number): string => (title && title !== m.page(i + 1) ? messages.text.field(m.page(i + 1), title) : m.page(i + 1));
    const keys = (e: KeyboardEvent): void => {
      const go = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: model.pages.length - 1 }[e.key];
      if (go === undefined || !many) return;
      e.preventDefault();
      this.pages.go(go);
    };
    return html`<div part="bar" class="bar">
      ${title ? html`<h2>${title}</h2>` : nothing} ${subtitle ? html`<p class="subtitle">${subtitle}</p>` : nothing}
      ${pageTitle ? html`<h3 part="page-title">${pageTitle}</h3>` : nothing}
      ${stage && this.stale && this.lastError ? renderStale(this.lastError, this.documents.loadedAt, this.effectiveLang) : nothing}
      <nav part="controls" class="controls" aria-label=${m.pages} @keydown=${keys}>
        ${many
          ? html`<button type="button" class="previous" aria-label=${m.previous} title=${m.previous} @click=${() => this.pages.previous()}>‹</button>
              ${model.pages.map(
                (p, i) => html`<button type="button" class="page-button" aria-label=${pageName(p.title, i)} title=${p.title ?? m.page(i + 1)} aria-current=${i === index ? 'page' : 'false'} @click=${() => this.pages.go(i)}>${i + 1}</button>`,
              )}
              <button type="button" class="next" aria-label=${m.next} title=${m.next} @click=${() => this.pages.next()}>›</button>
              ${this.pages.rotating
                ? html`<button type="button" class="pause" aria-pressed=${this.pages.userPaused ? 'true' : 'false'} aria-label=${m.pause} title=${this.pages.userPaused ? m.play : m.pause} @click=${() => this.pages.hold('user', !this.pages.userPaused)}>${this.pages.userPaused ? '▶' : '❚❚'}</button>`
                : nothing}`
          : nothing}
        ${stage && typeof this.requestFullscreen === 'function' && document.fullscreenEnabled !== false
          ? html`<button type="button" class="fullscreen" aria-pressed=${this.fullscreen ? 'true' : 'false'} aria-label=${m.fullscreen} title=${this.fullscreen ? m.exitFullscreen : m.fullscreen} @click=${() => void this.toggleFullscreen().catch(() => undefined)}>
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5" fill="none" stroke="currentColor" stroke-width="2" /></svg>
            </button>`
          : nothing}
      </nav>
    </div>`;
  }

  /** Says the page that shows after a page change (not on the first page), politely. */
  private renderAnnouncement(model: DashboardModel): TemplateResult {
    const m = this.strings(this.effectiveLang).screen;
    const index = Math.min(this.pages.index, model.pages.length - 1);
    const text = model.paged && this.pages.changes > 0 ? m.showing(index + 1, model.pages.length, model.pages[index]!.title ?? '') : '';
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${text}</div>`;
  }

  /**
   * Enters or leaves full screen (the Fullscreen API); the stage refits to the screen. The control
   * is shown only where the page may go full screen (not in a frame without `allow="fullscreen"`),
   * and a refusal (no user gesture, a policy) leaves the page as it was, with no error thrown at it.
   */
  toggleFullscreen(): Promise<void> {
    if (document.fullscreenElement === this) return document.exitFullscreen();
    return this.requestFullscreen();
  }
}

/**
 * The document handed to the widgets inline: a relative `geo.url` is resolved against the data
 * document's own URL (data-format.md), not against the page the widgets sit in.
 */
function documentForWidgets(doc: unknown, baseUrl: string): unknown {
  const geo = objectValue(objectValue(doc)?.['geo']);
  const url = geo?.['url'];
  if (typeof url !== 'string') return doc;
  let href: string;
  try {
    href = new URL(url, baseUrl).href;
  } catch {
    return doc;
  }
  return href === url ? doc : { ...objectValue(doc), geo: { ...geo, url: href } };
}
