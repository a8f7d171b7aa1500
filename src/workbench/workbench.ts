import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { RegionBrandData } from '../core/schema.js';
import { EMPTY_SPEC, type DashboardSpec } from './dashboard-spec.js';
import { workbenchLanguages, workbenchMessages, type WorkbenchMessages } from './i18n/index.js';
import type { LoadProblem } from './load-problems.js';
import { checkDocument, loadFiles, type LoadOutcome } from './loader.js';
import { clearDraft, DEFAULT_STORAGE_KEY, readDraft, writeDraft } from './storage.js';
import { renderCompose } from './views/compose-view.js';
import { renderConfigure } from './views/configure-view.js';
import { renderLoad } from './views/load-view.js';
import { renderPublish } from './views/publish-view.js';
import { isWidgetType, type WidgetType } from './widget-tags.js';
import { workbenchStyles } from './workbench.styles.js';

export const STEPS = ['load', 'configure', 'compose', 'publish'] as const;
export type Step = (typeof STEPS)[number];

/** What `rb-publish` carries: a file about to be downloaded, or code copied to the clipboard. */
export interface PublishDetail {
  readonly kind: 'data' | 'spec' | 'workbook' | 'snippet';
  /** File name, or the snippet's form (`html`, `react`, `vue`). */
  readonly name: string;
  readonly content: string | Uint8Array;
}

/**
 * The editors' workbench: load a workbook or a data document, configure a widget through a form
 * generated from its config schema with a live preview, compose a dashboard and publish the data,
 * the spec and the embed code, without typing JSON. Work in progress stays in this browser.
 *
 * @summary `<rb-workbench lang="zh-CN" data-url="data/region.json"></rb-workbench>` (import `region-brand-widgets/workbench.js`).
 * @tag rb-workbench
 *
 * @attr lang - Language of the workbench and default of the previews: `zh-CN` (default), `zh-Hant`, `en`.
 * @attr src - A document or workbook to open when there is no work in progress (a sample).
 * @attr data-url - Address of the data file in the published embed code (default `region-brand-data.json`).
 * @attr script-url - Address of the library in the embed code: the IIFE file, or an ES module entry (default `region-brand-widgets.iife.js`).
 * @attr storage-key - localStorage key of the work in progress (default `region-brand-widgets:workbench`).
 *
 * @fires rb-publish - A download or a copy: `detail: { kind: 'data' | 'spec' | 'workbook' | 'snippet', name, content }`. Cancel a download (`preventDefault()`) to handle the file yourself, e.g. upload it to the CMS.
 *
 * @csspart steps - The step navigation.
 * @csspart step - The current step's panel.
 * @csspart preview - The live preview of the configured widget or the dashboard.
 *
 * @cssprop --rb-color-text - Text colour.
 * @cssprop --rb-color-background - Background.
 * @cssprop --rb-color-accent - The current step's colour.
 * @cssprop --rb-font-family - Font stack.
 */
export class RbWorkbench extends LitElement {
  static override styles = workbenchStyles;
  /** @internal Lit's reactive properties (a static field, as in every element of the library, not decorators). */
  static override properties: PropertyDeclarations = {
    lang: { reflect: true }, src: {}, dataUrl: { attribute: 'data-url' }, scriptUrl: { attribute: 'script-url' }, storageKey: { attribute: 'storage-key' },
    step: { state: true }, doc: { attribute: false }, fileName: { state: true }, problems: { state: true }, warnings: { state: true }, busy: { state: true },
    widgetType: { state: true }, configs: { state: true }, spec: { attribute: false }, status: { state: true }, embedDashboard: { state: true },
  };

  override lang = 'zh-CN';
  src?: string;
  dataUrl = 'region-brand-data.json';
  scriptUrl = 'region-brand-widgets.iife.js';
  storageKey: string = DEFAULT_STORAGE_KEY;

  /** @internal */ step: Step = 'load';
  /** The loaded, valid document (null when none, or when the last load had errors). */
  doc: RegionBrandData | null = null;
  /** @internal */ fileName = '';
  /** @internal */ problems: readonly LoadProblem[] = [];
  /** @internal */ warnings: readonly LoadProblem[] = [];
  /** @internal */ busy = '';
  /** @internal */ widgetType: WidgetType = 'coverage-gauge';
  /** @internal */ configs: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {};
  /** The dashboard being composed. */
  spec: DashboardSpec = EMPTY_SPEC;
  /** @internal */ status = '';
  /** @internal */ embedDashboard = false;

  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private focusStepHeading = false;

  /** @internal */
  get messages(): WorkbenchMessages {
    return workbenchMessages(this.lang);
  }

  /** The config of the widget being configured. */
  get config(): Readonly<Record<string, unknown>> {
    return this.configs[this.widgetType] ?? {};
  }

  set config(config: Readonly<Record<string, unknown>>) {
    this.configs = { ...this.configs, [this.widgetType]: config };
  }

  /** The previewed element (the configured widget, or the dashboard in the compose step). */
  get preview(): HTMLElement | null {
    return this.renderRoot.querySelector('[part~="preview"] > *');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const draft = readDraft(this.storageKey);
    if (draft) {
      this.doc = draft.doc;
      this.fileName = draft.fileName;
      this.step = (STEPS as readonly string[]).includes(draft.step) && draft.doc ? (draft.step as Step) : 'load';
      if (isWidgetType(draft.widgetType)) this.widgetType = draft.widgetType;
      this.configs = draft.configs ?? {};
      this.spec = draft.spec ?? EMPTY_SPEC;
      if (draft.dataUrl) this.dataUrl = draft.dataUrl;
      if (draft.scriptUrl) this.scriptUrl = draft.scriptUrl;
      this.status = this.messages.storage.restored;
    } else if (this.src) {
      void this.openUrl(this.src);
    }
  }

  /** Loads files as the picker and the drop zone do (one JSON document, or a workbook's files). */
  async loadFiles(files: readonly File[]): Promise<LoadOutcome> {
    this.busy = this.messages.load.reading(files.map((f) => f.name).join(', '));
    const outcome = await loadFiles(files, this.lang, this.messages);
    this.applyOutcome(outcome, files.map((f) => f.name).join(', '));
    return outcome;
  }

  /** Loads a document or workbook from a URL (the `src` sample). */
  async openUrl(url: string): Promise<LoadOutcome> {
    const response = await fetch(url);
    const name = new URL(url, location.href).pathname.split('/').pop() || 'data.json';
    return this.loadFiles([new File([await response.arrayBuffer()], name)]);
  }

  /** Loads a document object (a CMS can hand one over). */
  async loadDocument(doc: unknown, name = 'data.json'): Promise<LoadOutcome> {
    const outcome = await checkDocument(doc, this.lang);
    this.applyOutcome(outcome, name);
    return outcome;
  }

  private applyOutcome(outcome: LoadOutcome, name: string): void {
    this.busy = '';
    this.fileName = name;
    this.doc = outcome.ok ? outcome.doc : null;
    // A workbook with errors has warnings too (listed after its errors): each in its own list.
    const errors = outcome.ok ? [] : outcome.problems.filter((p) => p.severity === 'error');
    this.problems = outcome.ok ? [] : errors.length ? errors : outcome.problems;
    this.warnings = outcome.ok ? outcome.warnings : errors.length ? outcome.problems.filter((p) => p.severity !== 'error') : [];
  }

  /** Clears the work in progress, here and in the browser's storage. */
  clear(): void {
    clearDraft(this.storageKey);
    this.doc = null;
    this.fileName = '';
    this.problems = [];
    this.warnings = [];
    this.configs = {};
    this.spec = EMPTY_SPEC;
    this.goTo('load');
    this.status = this.messages.storage.cleared;
  }

  /** @internal Shows a step and moves the keyboard focus to its heading. */
  goTo(step: Step): void {
    this.step = step;
    this.focusStepHeading = true;
  }

  /** @internal Dispatches `rb-publish`; false when a listener took over (cancelled the default). */
  announce(detail: PublishDetail, cancelable: boolean): boolean {
    return this.dispatchEvent(new CustomEvent<PublishDetail>('rb-publish', { detail, bubbles: true, composed: true, cancelable }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.focusStepHeading) {
      this.focusStepHeading = false;
      this.renderRoot.querySelector<HTMLElement>('[part="step"] h3')?.focus();
    }
    if (changed.has('status') && changed.get('status') !== undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), 300);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.saveTimer);
  }

  private save(): void {
    const saved = writeDraft(this.storageKey, {
      version: 1,
      fileName: this.fileName,
      doc: this.doc,
      step: this.step,
      widgetType: this.widgetType,
      configs: this.configs,
      spec: this.spec,
      dataUrl: this.dataUrl,
      scriptUrl: this.scriptUrl,
    });
    if (!saved && this.status !== this.messages.storage.full) this.status = this.messages.storage.full;
  }

  private renderStep(): TemplateResult {
    switch (this.step) {
      case 'configure':
        return renderConfigure(this);
      case 'compose':
        return renderCompose(this);
      case 'publish':
        return renderPublish(this);
      default:
        return renderLoad(this);
    }
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    return html`<header>
        <h2 class="title">${m.title}</h2>
        <div class="actions">
          <label>${m.language}
            <select @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value)}>
              ${languageOptions(this.lang)}
            </select>
          </label>
          <button type="button" @click=${() => this.clear()}>${m.storage.clear}</button>
        </div>
      </header>
      <p class="hint">${m.storage.note}</p>
      <nav part="steps" aria-label=${m.steps.label}>
        <ol>
          ${STEPS.map(
            (s) => html`<li><button type="button" aria-current=${s === this.step ? 'step' : nothing} ?disabled=${s !== 'load' && !this.doc}
              @click=${() => this.goTo(s)}>${m.steps[s]}</button></li>`,
          )}
        </ol>
      </nav>
      <section part="step" class="step-${this.step}">${this.renderStep()}</section>
      <p role="status">${this.busy || this.status}</p>`;
  }
}

function languageOptions(current: string): TemplateResult[] {
  return workbenchLanguages().map((l) => html`<option value=${l.lang} ?selected=${l.lang.toLowerCase() === current.toLowerCase()}>${l.languageName}</option>`);
}
