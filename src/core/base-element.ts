/**
 * The base of every widget. It keeps the element's properties and one pipeline:
 * document (from the {@link DocumentController}) → validation → config → prepare → model → render.
 * Loading lives in the controller, the frame in `frame.ts`, styles in `element-styles.ts`,
 * exports in `exporting-element.ts`; a widget only says which config it takes, how its model is built
 * (`buildModel`, a pure function in its `*.options.ts`) and how a model looks (`renderModel`).
 */
import type { PropertyDeclarations, PropertyValues, TemplateResult, nothing } from 'lit';
import { RbExportingElement } from './exporting-element.js';
import { prefersReducedMotion } from './themed-element.js';
import type * as v from 'valibot';
import { parseConfig, type CommonConfig } from './config.js';
import type { DataTable, PrepareContext, RenderContext, WidgetModel, WidgetState } from './contract.js';
import { isAbort } from './data-source.js';
import { DocumentController } from './document-controller.js';
import { OnDemandLink } from './link-on-demand.js';
import { asRbError, describeIssue, type RbError, type ValidationIssue } from './errors.js';
import { completeIssues } from './mistakes-on-demand.js';
import { frameReady, loadedFrameStyles, mistakeShownReady, renderFrame } from './frame.js';
import { adoptExtraStyles } from './extra-styles.js';
import { languageReady, type WidgetMessages, type WidgetSection } from './i18n/registry.js';
import { InvalidJsonAttribute, jsonAttribute, objectValue } from './json-attribute.js';
import type { RegionBrandData, RegionBrandDataInput } from './schema.js';
import { resolveTheme } from './theme.js';
import { NOTHING, failedView, viewError, viewState, type View } from './view.js';
import { Waiting } from './waiting.js';
import { validateScoped, type ValidationScope } from './scoped-validation.js';
import { jsonError } from './validate.js';

export { InvalidJsonAttribute, jsonAttribute } from './json-attribute.js';
export type { WidgetState } from './contract.js';

/** A new document to show: from a refresh or not, and where it came from. */
type Load = { readonly refresh: boolean; readonly source: string };

/** The document at hand (not validated yet: each build validates what its widget reads), with where it came from. */
type AcceptedDocument = { readonly value: unknown; readonly baseUrl: string };

/** The base of every widget: the data pipeline on top of {@link RbExportingElement}. */
export abstract class RbElement<C extends CommonConfig = CommonConfig, M extends WidgetModel = WidgetModel, P = undefined, S extends WidgetSection = never> extends RbExportingElement {
  /** @internal Lit's reactive properties (a static field, not decorators: the KPI card's entry is smaller without Lit's decorator code). */
  static override properties: PropertyDeclarations = {
    src: {}, data: { converter: jsonAttribute }, refresh: { type: Number }, timeout: { type: Number }, group: { reflect: true },
    tableShown: { state: true }, view: { state: true },
  };
  /** URL of a `region-brand-data` document, fetched once per page and URL. */
  src?: string;
  /** The document: inline JSON in the attribute, or an object through the property. */
  data?: RegionBrandDataInput;
  /** Seconds between re-fetches of `src`; 0 or absent: no refresh. */
  refresh?: number;
  /** Seconds before a fetch of `src` gives up (default 15). */
  timeout?: number;
  /** Link group: widgets with the same `group` share one selection and one period (`link-group.ts`). */
  group?: string;

  /** True while the data table is shown (toolbar toggle). */
  private tableShown = false;
  /** What is shown. */
  private view: View<M> = NOTHING;
  /** @internal A language, the link groups or the messages of a mistake loading: `updateComplete` waits for them. */
  private readonly waiting = new Waiting(this);
  /** @internal Loading, aborting and the refresh clock. */
  protected readonly documents = new DocumentController(this);
  /** @internal The link to the group (loaded once it names one): its period and selection go into every build's context. */
  protected readonly link = new OnDemandLink(this);

  private accepted: AcceptedDocument | null = null;
  private handledRevision = 0;
  /** A new document whose model has not been shown (it waited for ECharts or messages): a newer build of it fires its `rb-load`. */
  private unshown: Load | null = null;
  /** Counts builds and loading errors: a report waiting for problem messages is dropped when a newer one started. */
  private builds = 0;
  /** Config, language or theme changed since the last build (kept while a language loads). */
  private inputsChanged = false;
  /** The prepare step under way, aborted when a newer build supersedes it. */
  private pending: AbortController | null = null;

  /** Schema of this widget's config (common options plus its own). */
  protected abstract readonly configSchema: v.GenericSchema<unknown, C>;
  /** What this widget reads of a document and what it shows: see `scoped-validation.ts`. */
  protected abstract readonly scope: ValidationScope<C>;

  /** The document at hand as it was given (before validation), or undefined. */
  protected get documentValue(): unknown {
    return this.accepted?.value;
  }

  /** This widget's strings in any language: `widgetMessages` of its zh-CN sections (`S`), called as its module is imported, so the built-in zh-CN has them before the widget can render. */
  protected abstract readonly strings: WidgetMessages<S>;

  /** Pure: valid data + config (+ what `prepare` returned) → what to render. Throws an {@link RbError} for bad config. */
  protected abstract buildModel(data: RegionBrandData, config: C, ctx: RenderContext<S>, prepared: P): M;

  /** Renders a model (the chart, card …). */
  protected abstract renderModel(model: M): TemplateResult | typeof nothing;

  /**
   * Optional asynchronous step between config validation and `buildModel`, for widgets that need more than the document (the
   * cluster map fetches `geo.url`). Its result goes to `buildModel`; a rejection is shown like a `buildModel` error; a newer build aborts it through `signal`.
   */
  protected prepare(_data: RegionBrandData, _config: C, _context: PrepareContext): P | Promise<P> {
    return undefined as P;
  }

  /** The config checked against {@link configSchema} (the dashboard adds its widgets' own); throws an {@link RbError}. */
  protected parseConfig(input: unknown): C {
    return parseConfig(this.configSchema, input);
  }

  /** Last step of every build, for what a family of widgets shares (chart widgets: decal patterns). */
  protected finishModel(model: M, _config: C): M {
    return model;
  }

  /** What drawing a model needs that loads on demand (chart widgets: ECharts), or null; it may throw. */
  protected modelReady(_model: M): Promise<unknown> | null {
    return null;
  }

  /** The state of the widget (see {@link WidgetState}). */
  get state(): WidgetState {
    return viewState(this.view, this.documents.status);
  }

  /** True while older data is shown because a refresh failed. */
  get stale(): boolean {
    return this.view.kind === 'model' && this.view.staleError !== null;
  }

  /** The error being shown (or the one behind the stale marker), if any; `issues` lists every problem. */
  get lastError(): RbError | null {
    return viewError(this.view);
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.waiting.settled(() => super.getUpdateComplete());
  }

  /** The model being shown (last good data), or null. */
  get model(): M | null {
    return this.view.kind === 'model' ? this.view.model : null;
  }

  /** Loads `src` again now (a refresh: on failure, the last good data stays). */
  reload(): Promise<void> {
    return this.documents.reload();
  }

  protected shownTable(): DataTable | null {
    return this.model?.table ?? null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const look = this.applyLook();
    this.documents.sync();
    const relink = this.link.sync(() => this.accepted?.value ?? null);
    this.inputsChanged ||= changed.has('config') || changed.has('lang') || changed.has('theme') || relink || changed.has('layoutEpoch' as never);
    // A theme, a language, the link groups, what shows a mistake (its messages, the error panel) or the toolbar loading on demand: the build waits for them.
    const lang = this.effectiveLang;
    const waiting = look ?? languageReady(lang) ?? this.link.loading ?? frameReady(lang, this.lastError !== null, !!objectValue(this.config)?.['toolbar']);
    if (waiting) return this.waiting.on(waiting);
    const outcome = this.documents.outcome;
    if (outcome && outcome.revision !== this.handledRevision) {
      // A new outcome of the document controller: its error, or a document to build from.
      this.handledRevision = outcome.revision;
      this.builds++;
      if (outcome.kind === 'error') this.fail(outcome.error, outcome.refresh);
      else {
        this.accepted = { value: outcome.value, baseUrl: outcome.baseUrl };
        this.build({ refresh: outcome.refresh, source: outcome.source });
      }
    } else if (!outcome && this.documents.status === 'idle' && this.view.kind !== 'nothing') {
      this.accepted = null;
      this.view = NOTHING;
    } else if (this.inputsChanged && this.accepted) this.build(null);
    this.inputsChanged = false;
  }

  /** config → validation → prepare → model, from the accepted document; `load` is set for a new document. */
  private build(load: Load | null): void {
    load ??= this.unshown;
    const accepted = this.accepted!;
    const keepLastGood = load?.refresh === true;
    this.builds++;
    this.pending?.abort();
    this.pending = null;
    let config: C, data: RegionBrandData, prepared: P | Promise<P>, warnings: readonly ValidationIssue[];
    const signal = (this.pending = new AbortController()).signal;
    try {
      if (this.config instanceof InvalidJsonAttribute) throw jsonError('invalid-config', this.config.text);
      config = this.parseConfig(this.config);
      const result = validateScoped(accepted.value, this.scope, config);
      if (!result.ok) throw result.error;
      data = result.data;
      warnings = load ? [...result.warnings, ...this.documents.timingIssues(), ...this.themeIssues()] : [];
      const timeout = Number(this.timeout);
      prepared = this.prepare(data, config, {
        signal,
        refresh: keepLastGood,
        baseUrl: accepted.baseUrl,
        ...(Number.isFinite(timeout) && timeout > 0 ? { timeoutMs: timeout * 1000 } : {}),
      });
    } catch (e) {
      this.pending = null;
      this.fail(asRbError(e, this.localName), keepLastGood);
      return;
    }
    const finish = (result: P): void => {
      if (signal.aborted) return;
      this.pending = null;
      this.show(data, config, result, load, warnings);
    };
    if (!(prepared instanceof Promise)) return finish(prepared);
    this.requestUpdate();
    prepared.then(finish, (e: unknown) => {
      if (signal.aborted || isAbort(e)) return;
      this.pending = null;
      this.fail(asRbError(e, this.localName), keepLastGood);
    });
  }

  private show(data: RegionBrandData, config: C, prepared: P, load: Load | null, found: readonly ValidationIssue[]): void {
    this.unshown = load;
    const warnings: { issue: ValidationIssue; values?: Record<string, number> }[] = completeIssues(found).map((issue) => ({ issue }));
    const lang = this.effectiveLang;
    let model: M;
    try {
      const ctx: RenderContext<S> = {
        lang,
        messages: this.strings(lang),
        theme: resolveTheme(this), width: this.drawingWidth(),
        animation: config.animation !== false && !prefersReducedMotion(),
        baseUrl: this.accepted?.baseUrl ?? document.baseURI,
        warn: (issue, values) => warnings.push(values ? { issue, values } : { issue }),
        ...this.link.context(),
      };
      model = this.finishModel(this.buildModel(data, config, ctx, prepared), config);
      // Shown once what draws it is at hand (ECharts): the last model stays until then.
      if (this.afterLoading(this.modelReady(model), () => this.show(data, config, prepared, load, found))) return;
    } catch (e) {
      this.fail(asRbError(e, this.localName), load?.refresh === true);
      return;
    }
    if (warnings.length && this.afterLoading(mistakeShownReady(lang), () => this.show(data, config, prepared, load, found))) return;
    this.view = { kind: 'model', model, sources: data.sources, staleError: null };
    this.unshown = null;
    for (const { issue, values } of warnings) this.emitLater('rb-warning', { message: describeIssue(issue, lang), path: issue.path, ...(values ? { values } : {}) });
    if (load) this.emitLater('rb-load', { source: load.source });
  }

  /** Shows an error (or, keeping the last good model on a refresh, marks it stale) and fires `rb-error`. */
  private fail(found: RbError, refresh: boolean): void {
    if (this.afterLoading(mistakeShownReady(this.effectiveLang), () => this.fail(found, refresh))) return;
    const error = found.completed();
    this.view = failedView(this.view, error, refresh);
    this.emitLater('rb-error', { code: error.code, message: error.localizedMessage(this.effectiveLang), path: error.path, stale: this.stale, issues: error.localizedIssues(this.effectiveLang) });
  }

  /** Runs `next` once `loading` has settled (false: none), unless a newer build or loading error came first. */
  private afterLoading(loading: Promise<unknown> | null, next: () => void): boolean {
    if (!loading) return false;
    const builds = this.builds;
    this.waiting.on(loading, () => builds === this.builds && next());
    return true;
  }

  protected override render(): TemplateResult {
    for (const sheet of loadedFrameStyles()) adoptExtraStyles(this, sheet);
    const lang = this.effectiveLang;
    const view = this.view;
    const model = view.kind === 'model' ? view.model : null;
    const config = objectValue(this.config);
    return renderFrame({
      lang,
      busy: this.state === 'loading' || this.pending !== null || this.documents.busy,
      title: (config?.['title'] as string | undefined) ?? model?.title,
      subtitle: config?.['subtitle'] as string | undefined,
      toolbar: config?.['toolbar'] && model
        ? {
            tableShown: this.tableShown,
            toggleTable: () => (this.tableShown = !this.tableShown),
            downloadPng: () => this.downloadPNG(),
            downloadCsv: () => this.downloadCSV(),
          }
        : null,
      body: view.kind === 'error' ? { kind: 'error', error: view.error }
        : model?.noData ? { kind: 'no-data', text: model.noData }
        : model ? { kind: 'drawing', drawing: this.renderModel(model) } : { kind: 'placeholder', loading: this.state === 'loading' },
      table: model?.table ?? null,
      stale: view.kind === 'model' && view.staleError ? { error: view.staleError, loadedAt: this.documents.loadedAt } : null,
      sources: config?.['showSource'] && view.kind === 'model' ? view.sources : undefined,
    });
  }
}
