/**
 * The base of every widget: data from `src` / `data`, the `config` JSON, `lang`, `theme`,
 * `refresh`; validation; the error panel and stale marker; typed events. A widget only says which
 * data it reads (`buildModel`) and how a model looks (`renderModel`).
 */
import { LitElement, html, css, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type * as v from 'valibot';
import { parseConfig, type CommonConfig } from './config.js';
import { isAbort, loadJson, absoluteUrl } from './data-source.js';
import { RbError, describeIssue, type ValidationIssue } from './errors.js';
import type { RbEventMap } from './events.js';
import { messagesFor, type Messages } from './i18n/index.js';
import type { RegionBrandData } from './schema.js';
import { resolveTheme, themeStyles } from './theme.js';
import { jsonError, validateDocument } from './validate.js';
import { periodLabel } from './periods.js';
import { renderDataTable } from './data-table.js';
import type { DataTable, RenderContext } from './contract.js';
import { downloadFile, tableToCsv, tableToPng } from './export.js';

/** Text of a JSON attribute that did not parse. */
export class InvalidJsonAttribute {
  constructor(readonly text: string) {}
}

/** Attribute converter: JSON text ↔ value; bad JSON becomes an {@link InvalidJsonAttribute}. */
export const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null || value.trim() === '') return undefined;
    try {
      return JSON.parse(value);
    } catch {
      return new InvalidJsonAttribute(value);
    }
  },
  toAttribute(value: unknown): string | null {
    return value === undefined ? null : JSON.stringify(value);
  },
};

const reducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--rb-color-text);
    background: var(--rb-color-background);
    font-family: var(--rb-font-family);
    font-size: var(--rb-font-size);
    border-radius: var(--rb-radius);
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    padding: var(--rb-spacing);
    display: flex;
    flex-direction: column;
    gap: calc(var(--rb-spacing) / 2);
  }
  .header h2 {
    margin: 0;
    font-size: 1.1em;
    font-weight: 600;
  }
  .header p {
    margin: 0.2em 0 0;
    color: var(--rb-color-muted);
    font-size: 0.9em;
  }
  .error {
    border: 1px solid var(--rb-color-bad);
    border-left-width: 4px;
    border-radius: calc(var(--rb-radius) / 2);
    padding: var(--rb-spacing);
    background: var(--rb-color-surface);
  }
  .error strong {
    color: var(--rb-color-bad);
  }
  .error p {
    margin: 0.4em 0;
    overflow-wrap: anywhere;
  }
  .error dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.2em 0.8em;
    margin: 0;
    font-size: 0.85em;
    color: var(--rb-color-muted);
  }
  .error dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .stale {
    margin: 0;
    font-size: 0.85em;
    color: var(--rb-color-warn);
  }
  .loading {
    color: var(--rb-color-muted);
    min-height: 2em;
  }
  .source {
    margin: 0;
    font-size: 0.8em;
    color: var(--rb-color-muted);
  }
  .toolbar {
    display: flex;
    gap: 6px;
    justify-content: flex-end;
    flex-wrap: wrap;
  }
  .toolbar button {
    font: inherit;
    font-size: 0.8em;
    color: var(--rb-color-text);
    background: var(--rb-color-surface);
    border: 1px solid var(--rb-color-border);
    border-radius: 4px;
    padding: 2px 8px;
    cursor: pointer;
  }
  .toolbar button[aria-pressed='true'] {
    border-color: var(--rb-color-accent);
  }
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--rb-color-accent);
    outline-offset: 2px;
  }
  .data-table {
    border-collapse: collapse;
    font-size: 0.85em;
    width: 100%;
  }
  .data-table caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 4px;
  }
  .data-table th,
  .data-table td {
    border-bottom: 1px solid var(--rb-color-border);
    padding: 3px 6px;
    text-align: left;
  }
  /* A printed portal page: no buttons, a widget is not split across pages, and its colours
     (badges, bars, dark theme) are printed as on screen rather than dropped as backgrounds. */
  @media print {
    .toolbar {
      display: none;
    }
    :host {
      break-inside: avoid;
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * Shared base of all `rb-*` widgets.
 *
 * @fires rb-load - Data arrived and the widget rendered it. `detail: { source }`.
 * @fires rb-error - Loading, validation or configuration failed. `detail: { code, message, path, stale }`.
 * @fires rb-warning - Usable data with something to check. `detail: { message, path, values }`.
 * @fires rb-select - An item was chosen. `detail: { kind, id }`.
 *
 * @csspart base - The widget's frame.
 * @csspart header - Title and subtitle.
 * @csspart body - The chart, card or error panel.
 * @csspart error - The error panel.
 * @csspart stale - The marker shown when a refresh failed and older data is shown.
 * @csspart source - The sources footer (`showSource`).
 * @csspart toolbar - Export buttons and the data-table toggle (`toolbar: true` in config).
 * @csspart table - The figures as a table (visually hidden unless toggled on).
 *
 * @cssprop --rb-color-text - Text colour.
 * @cssprop --rb-color-muted - Secondary text colour.
 * @cssprop --rb-color-background - Widget background.
 * @cssprop --rb-color-surface - Cards and panels.
 * @cssprop --rb-color-border - Borders.
 * @cssprop --rb-color-accent - Accent (party red by default).
 * @cssprop --rb-color-rise - Rising values (red in zh-CN, green in en).
 * @cssprop --rb-color-fall - Falling values (green in zh-CN, red in en).
 * @cssprop --rb-color-good - Good state (target met, full coverage).
 * @cssprop --rb-color-warn - Warning state.
 * @cssprop --rb-color-bad - Bad state and errors.
 * @cssprop --rb-color-track - Empty part of gauges and bars.
 * @cssprop --rb-color-series-1 - First series colour (up to --rb-color-series-8).
 * @cssprop --rb-font-family - Font stack.
 * @cssprop --rb-font-size - Base font size.
 * @cssprop --rb-radius - Corner radius.
 * @cssprop --rb-spacing - Inner spacing.
 * @cssprop --rb-chart-height - Height of chart areas.
 */
export abstract class RbElement<C extends CommonConfig = CommonConfig, M = unknown> extends LitElement {
  static override styles = [themeStyles, baseStyles];

  /** URL of a `region-brand-data` document, fetched once per page and URL. */
  @property() src?: string;

  /** The document: inline JSON in the attribute, or an object through the property. */
  @property({ converter: jsonAttribute }) data?: unknown;

  /** Widget configuration: JSON in the attribute, or an object through the property. */
  @property({ converter: jsonAttribute }) config?: unknown;

  /** Language (`zh-CN` default, `en`); else inherited from the closest `lang` in the page. */
  @property({ reflect: true }) override lang!: string;

  /** Theme: `light` (default), `dark` or `red`. */
  @property({ reflect: true }) theme?: string;

  /** Seconds between re-fetches of `src`; 0 or absent: no refresh. */
  @property({ type: Number }) refresh?: number;

  /** Seconds before a fetch of `src` gives up (default 15). */
  @property({ type: Number }) timeout?: number;

  /** The model being shown (last good data). */
  @state() protected model: M | null = null;
  /** The error shown instead of the model. */
  @state() protected error: RbError | null = null;
  /** Set while a failed refresh leaves older data on screen. */
  @state() protected staleError: RbError | null = null;
  @state() protected loading = false;
  /** True while the data table is shown (toolbar toggle). */
  @state() protected tableShown = false;

  /** Last valid document. */
  protected document: RegionBrandData | null = null;
  /** Last valid config. */
  protected resolvedConfig: C | null = null;

  private baseUrl = '';
  private lastGood: Date | null = null;
  private abortController: AbortController | null = null;
  private refreshTimer: ReturnType<typeof setInterval> | undefined;
  private pendingReload = false;

  /** Schema of this widget's config (common options plus its own). */
  protected abstract readonly configSchema: v.GenericSchema<unknown, C>;

  /** Pure: valid data + config → what to render. Throws an {@link RbError} for bad config. */
  protected abstract buildModel(data: RegionBrandData, config: C, ctx: RenderContext): M;

  /** Last step of every build, for what a family of widgets shares (chart widgets: decal patterns). */
  protected finishModel(model: M, _config: C): M {
    return model;
  }

  /** Renders a model (the chart, card …). */
  protected abstract renderModel(model: M): TemplateResult | typeof nothing;

  /** Title shown above the model; widgets default it from their data. */
  protected modelTitle(_model: M): string | undefined {
    return undefined;
  }

  /** The figures of a model as a table; by default the model's `table` field. */
  protected dataTable(model: M): DataTable | null {
    return (model as { table?: DataTable } | null)?.table ?? null;
  }

  /** A PNG of the drawing, for widgets drawn on a canvas; null to export the figures table. */
  protected chartPng(): string | null {
    return null;
  }

  /** The figures shown, as CSV text (empty when nothing is shown). */
  toCSV(): string {
    const table = this.model !== null ? this.dataTable(this.model) : null;
    return table ? tableToCsv(table) : '';
  }

  /** A PNG data URL of the widget: the chart as drawn, or a picture of its figures. */
  toPNG(): string {
    const chart = this.chartPng();
    if (chart) return chart;
    const table = this.model !== null ? this.dataTable(this.model) : null;
    if (!table) return '';
    return tableToPng(table, table.caption, resolveTheme(this));
  }

  /** Downloads `toCSV()` (UTF-8 with BOM, so spreadsheet software reads Chinese correctly). */
  downloadCSV(name = `${this.localName}.csv`): void {
    const csv = this.toCSV();
    if (csv) downloadFile(name, URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' })));
  }

  /** Downloads `toPNG()`. */
  downloadPNG(name = `${this.localName}.png`): void {
    const png = this.toPNG();
    if (png) downloadFile(name, png);
  }

  /** The effective language: config, then `lang` here or on an ancestor, then zh-CN. */
  get effectiveLang(): string {
    const fromConfig = this.configValue()?.lang;
    if (typeof fromConfig === 'string' && fromConfig) return fromConfig;
    if (this.lang) return this.lang;
    const inherited = this.parentElement?.closest('[lang]')?.getAttribute('lang');
    return inherited || 'zh-CN';
  }

  /** The error being shown (or the one behind the stale marker), if any. */
  get lastError(): RbError | null {
    return this.error ?? this.staleError;
  }

  /** True while older data is shown because a refresh failed. */
  get stale(): boolean {
    return this.staleError !== null;
  }

  /** Loads `src` again now (a refresh: on failure, the last good data stays). */
  reload(): Promise<void> {
    return this.startLoad(true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.restartTimer();
    if (this.pendingReload) {
      this.pendingReload = false;
      void this.startLoad(false);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    if (this.abortController) {
      this.abortController.abort();
      this.abortController = null;
      this.pendingReload = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data') || changed.has('timeout')) void this.startLoad(false);
    else if (changed.has('config') || changed.has('lang') || changed.has('theme')) this.rebuild(false, null);
    if (changed.has('refresh')) this.restartTimer();
  }

  private restartTimer(): void {
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    const seconds = Number(this.refresh);
    if (this.isConnected && Number.isFinite(seconds) && seconds > 0 && this.src) {
      this.refreshTimer = setInterval(() => void this.startLoad(true), Math.max(seconds, 1) * 1000);
    }
  }

  private configValue(): Record<string, unknown> | undefined {
    const c = this.config;
    return c && typeof c === 'object' && !(c instanceof InvalidJsonAttribute) ? (c as Record<string, unknown>) : undefined;
  }

  private async startLoad(refresh: boolean): Promise<void> {
    this.abortController?.abort();
    this.abortController = null;
    this.pendingReload = false;
    if (this.data !== undefined && this.data !== null) {
      if (this.data instanceof InvalidJsonAttribute) {
        this.fail(jsonError('invalid-json', this.data.text), refresh);
      } else this.accept(this.data, 'inline', document.baseURI, refresh);
      return;
    }
    if (!this.src) {
      this.model = null;
      this.document = null;
      this.loading = false;
      return;
    }
    const controller = new AbortController();
    this.abortController = controller;
    if (!this.model) this.loading = true;
    const seconds = Number(this.timeout);
    try {
      const doc = await loadJson(this.src, {
        signal: controller.signal,
        fresh: refresh,
        ...(Number.isFinite(seconds) && seconds > 0 ? { timeoutMs: seconds * 1000 } : {}),
      });
      if (this.abortController !== controller) return;
      this.abortController = null;
      this.accept(doc.value, doc.url, doc.url, refresh);
    } catch (e) {
      if (isAbort(e) || this.abortController !== controller) return;
      this.abortController = null;
      this.fail(toRbError(e), refresh);
    }
  }

  private accept(raw: unknown, source: string, baseUrl: string, refresh: boolean): void {
    const result = validateDocument(raw);
    if (!result.ok) {
      this.fail(result.error, refresh);
      return;
    }
    this.document = result.data;
    this.baseUrl = baseUrl;
    for (const w of result.warnings) this.emitLater('rb-warning', { message: describeIssue(w, this.effectiveLang), path: w.path });
    this.rebuild(refresh, source);
  }

  /**
   * Optional asynchronous step between config validation and `buildModel`, for widgets that need
   * more than the document (the cluster map fetches `geo.url`). A rejection is shown like a
   * `buildModel` error; a newer rebuild supersedes a pending one.
   */
  protected prepare(_data: RegionBrandData, _config: C, _refresh: boolean): Promise<void> | void {}

  private prepareToken = 0;

  /** Rebuilds the model from the last valid document and the current config. */
  protected rebuild(refresh: boolean, loadedFrom: string | null): void {
    if (!this.document) {
      // A config or language change with an error on screen: re-render its message.
      if (this.error) this.requestUpdate();
      return;
    }
    const keepLastGood = refresh && loadedFrom !== null;
    const token = ++this.prepareToken;
    let config: C;
    let step: Promise<void> | void;
    try {
      const raw = this.config;
      if (raw instanceof InvalidJsonAttribute) {
        throw jsonError('invalid-config', raw.text);
      }
      config = parseConfig(this.configSchema, raw);
      step = this.prepare(this.document, config, refresh);
    } catch (e) {
      this.fail(toRbError(e), keepLastGood);
      return;
    }
    if (!step) {
      this.build(config, keepLastGood, loadedFrom);
      return;
    }
    if (!this.model) this.loading = true;
    step.then(
      () => {
        if (token === this.prepareToken) this.build(config, keepLastGood, loadedFrom);
      },
      (e: unknown) => {
        if (token === this.prepareToken && !isAbort(e)) this.fail(toRbError(e), keepLastGood);
      },
    );
  }

  private build(config: C, keepLastGood: boolean, loadedFrom: string | null): void {
    const warnings: { issue: ValidationIssue; values?: Record<string, number> }[] = [];
    try {
      const ctx: RenderContext = {
        lang: this.effectiveLang,
        messages: messagesFor(this.effectiveLang),
        theme: resolveTheme(this),
        animation: config.animation !== false && !reducedMotion(),
        baseUrl: this.baseUrl || document.baseURI,
        warn: (issue, values) => warnings.push(values ? { issue, values } : { issue }),
      };
      const model = this.finishModel(this.buildModel(this.document!, config, ctx), config);
      this.resolvedConfig = config;
      this.model = model;
      this.error = null;
      this.staleError = null;
      this.loading = false;
      this.lastGood = new Date();
      for (const w of warnings) {
        this.emitLater('rb-warning', {
          message: describeIssue(w.issue, this.effectiveLang),
          path: w.issue.path,
          ...(w.values ? { values: w.values } : {}),
        });
      }
      if (loadedFrom !== null) this.emitLater('rb-load', { source: loadedFrom });
    } catch (e) {
      this.fail(toRbError(e), keepLastGood);
    }
  }

  /** Shows an error (or, keeping the last good model, marks it stale) and fires `rb-error`. */
  protected fail(error: RbError, keepLastGood: boolean): void {
    this.loading = false;
    const keep = keepLastGood && this.model !== null;
    if (keep) {
      this.staleError = error;
    } else {
      this.model = null;
      this.error = error;
      this.staleError = null;
    }
    this.emitLater('rb-error', {
      code: error.code,
      message: error.localizedMessage(this.effectiveLang),
      path: error.path,
      stale: keep,
    });
  }

  /** Fires a typed, bubbling, composed event. */
  protected emit<K extends keyof RbEventMap>(name: K, detail: RbEventMap[K]['detail']): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
  }

  /** Fires an event once the current render has finished. */
  private emitLater<K extends keyof RbEventMap>(name: K, detail: RbEventMap[K]['detail']): void {
    void this.updateComplete.then(() => this.emit(name, detail));
  }

  protected override render(): TemplateResult {
    const m = messagesFor(this.effectiveLang);
    const model = this.model;
    const config = this.configValue();
    const title = (config?.['title'] as string | undefined) ?? (model !== null ? this.modelTitle(model) : undefined);
    const subtitle = config?.['subtitle'] as string | undefined;
    return html`<section part="base" class="base" lang=${this.effectiveLang} aria-busy=${this.loading ? 'true' : 'false'}>
      ${title || subtitle
        ? html`<header part="header" class="header">
            ${title ? html`<h2>${title}</h2>` : nothing}${subtitle ? html`<p>${subtitle}</p>` : nothing}
          </header>`
        : nothing}
      ${config?.['toolbar'] && model !== null && !this.error ? this.renderToolbar(m) : nothing}
      <div part="body" class="body">
        ${this.error
          ? this.renderError(this.error, m)
          : model !== null
            ? this.renderModel(model)
            : html`<div class="loading" role="status">${this.loading ? m.ui.loading : m.ui.empty}</div>`}
      </div>
      ${model !== null && !this.error ? this.renderTable(model) : nothing}
      ${this.staleError && model !== null ? this.renderStale(m) : nothing}
      ${config?.['showSource'] && this.document?.sources?.length && !this.error ? this.renderSources(m) : nothing}
    </section>`;
  }

  private renderTable(model: M): TemplateResult | typeof nothing {
    const table = this.dataTable(model);
    return table ? renderDataTable(table, this.tableShown) : nothing;
  }

  private renderToolbar(m: Messages): TemplateResult {
    return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${m.ui.toolbar}>
      <button type="button" aria-pressed=${this.tableShown ? 'true' : 'false'} @click=${() => (this.tableShown = !this.tableShown)}>
        ${m.ui.dataTable}
      </button>
      <button type="button" @click=${() => this.downloadPNG()}>${m.ui.downloadPng}</button>
      <button type="button" @click=${() => this.downloadCSV()}>${m.ui.downloadCsv}</button>
    </div>`;
  }

  private renderError(error: RbError, m: Messages): TemplateResult {
    return html`<div part="error" class="error" role="alert">
      <strong>${m.errorTitle[error.code]}</strong>
      <p>${error.localizedMessage(this.effectiveLang)}</p>
      <dl>
        <dt>${m.ui.code}</dt>
        <dd><code>${error.code}</code></dd>
        <dt>${m.ui.path}</dt>
        <dd><code>${error.path || '/'}</code></dd>
      </dl>
    </div>`;
  }

  private renderStale(m: Messages): TemplateResult {
    const time = this.lastGood
      ? new Intl.DateTimeFormat(m.lang, { dateStyle: 'short', timeStyle: 'medium' }).format(this.lastGood)
      : '';
    return html`<p part="stale" class="stale" role="status" title=${this.staleError!.localizedMessage(this.effectiveLang)}>
      ⚠ ${m.ui.stale(time)}
    </p>`;
  }

  private renderSources(m: Messages): TemplateResult {
    const sources = this.document?.sources ?? [];
    return html`<p part="source" class="source">
      ${m.ui.source}:
      ${sources.map(
        (s, i) =>
          html`${i ? '；' : ''}${s.title}${s.publisher ? ` · ${s.publisher}` : ''}${s.date ? ` · ${periodLabel(s.date, this.effectiveLang)}` : ''}`,
      )}
    </p>`;
  }

  /** Resolves a URL found in the document against the document's own URL. */
  protected resolveDocumentUrl(url: string): string {
    return absoluteUrl(url, this.baseUrl || document.baseURI);
  }
}

/** Any thrown value as an {@link RbError}. */
export function toRbError(e: unknown): RbError {
  if (e instanceof RbError) return e;
  return new RbError('invalid-data', [{ path: '', key: 'other', params: [] }]);
}
