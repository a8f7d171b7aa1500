/**
 * The frame around every widget's drawing, as pure template functions (like `data-table.ts`):
 * header, toolbar (`toolbar.ts`, a chunk loaded for the first widget whose config asks for it:
 * `toolbarReady`), the error panel and the stale marker (`error-panel.ts`, a chunk loaded with the
 * first mistake: `mistakeShownReady`), the sources footer and the loading line. Strings from data
 * are bound as text, never as HTML.
 */
import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { DataTable } from './contract.js';
import { renderDataTable } from './data-table.js';
import type { RbError } from './errors.js';
import { sharedMessagesFor, type SharedMessages } from './i18n/registry.js';
import { problemsFor, problemsReady } from './i18n/problems.js';
import { sourceLine } from './source-line.js';
import { OnDemand } from './on-demand.js';
import type { ToolbarActions } from './toolbar.js';
import type { RegionBrandData } from './schema.js';

/** Title and subtitle above the drawing; nothing when both are empty. */
function renderHeader(title: string | undefined, subtitle: string | undefined): TemplateResult | typeof nothing {
  if (!title && !subtitle) return nothing;
  return html`<header part="header" class="header">
    ${title ? html`<h2>${title}</h2>` : nothing}${subtitle ? html`<p>${subtitle}</p>` : nothing}
  </header>`;
}

const toolbar = new OnDemand(() => import('./toolbar.js'), 'the toolbar');
const panel = new OnDemand(() => import('./error-panel.js'), 'the error panel');


/**
 * Null when what a widget shows of a mistake in `lang` is at hand: the error panel and stale marker
 * (`error-panel.ts`), the problem messages and the code that says mistakes (`problemsReady`); else
 * the promise of their loading, started once, which never rejects. Widgets wait for it before they
 * show or report a mistake, so a page whose data and config are right never loads them.
 */
export function mistakeShownReady(lang: string | null | undefined): Promise<unknown> | null {
  const problems = problemsReady(lang);
  const loading = panel.ready();
  return loading && problems ? Promise.all([loading, problems]) : (loading ?? problems);
}

/**
 * What a widget waits for before it builds or shows a mistake, loaded on demand: what shows a
 * mistake (when it has one: `mistakeShownReady`) and the toolbar (when its config asks for one).
 * Null when nothing; else a promise that never rejects.
 */
export function frameReady(lang: string, mistake: boolean, wantsToolbar: boolean): Promise<unknown> | null {
  return (mistake ? mistakeShownReady(lang) : null) ?? (wantsToolbar ? toolbar.ready() : null);
}

/** The stylesheets of the frame's parts loaded so far (the toolbar's, the error panel's): each widget adopts them (`adoptExtraStyles`). */
export function loadedFrameStyles(): CSSResult[] {
  return [toolbar.module?.toolbarStyles, panel.module?.errorPanelStyles].filter((sheet): sheet is CSSResult => sheet !== undefined);
}

/** The error shown instead of the drawing (also in place of a dashboard's broken widget); its title and first problem alone if the error panel could not be loaded. */
export function renderError(error: RbError, lang: string): TemplateResult {
  return panel.module?.renderErrorPanel(error, lang) ?? html`<div part="error" class="error" role="alert"><strong>${problemsFor(lang)?.errors.title[error.code] ?? error.code}</strong><p>${error.localizedMessage(lang)}</p></div>`;
}

/** The marker shown while a failed refresh leaves older data on screen (also in a big-screen stage's title bar). */
export function renderStale(error: RbError, loadedAt: Date | null, lang: string): TemplateResult | typeof nothing {
  return panel.module?.renderStale(error, loadedAt, lang) ?? nothing;
}

/** The sources footer (`showSource`). */
function renderSources(sources: RegionBrandData['sources'], lang: string, m: SharedMessages): TemplateResult | typeof nothing {
  if (!sources?.length) return nothing;
  return html`<p part="source" class="source">${sourceLine(sources, lang, m)}</p>`;
}

/** The line shown while the first document loads, or when there is none. */
function renderPlaceholder(loading: boolean, m: SharedMessages): TemplateResult {
  return html`<div class="loading" role="status">${loading ? m.ui.loading : m.ui.empty}</div>`;
}

/** What the body of a widget shows: the drawing, the error panel, or the placeholder (loading or empty). */
export type FrameBody =
  | { readonly kind: 'drawing'; readonly drawing: TemplateResult | typeof nothing }
  | { readonly kind: 'error'; readonly error: RbError }
  | { readonly kind: 'placeholder'; readonly loading: boolean }
  /** Nothing to show for the period or selection asked (`2023年 无数据`): not an error. */
  | { readonly kind: 'no-data'; readonly text: string };

/** Everything the frame of a widget shows, as the element has it. */
export interface FrameParts {
  readonly lang: string;
  readonly busy: boolean;
  readonly title: string | undefined;
  readonly subtitle: string | undefined;
  /** The toolbar's state and actions; null for no toolbar. */
  readonly toolbar: ToolbarActions | null;
  readonly body: FrameBody;
  readonly table: DataTable | null;
  /** The failed refresh behind the stale marker, and when the shown data arrived. */
  readonly stale: { readonly error: RbError; readonly loadedAt: Date | null } | null;
  readonly sources: RegionBrandData['sources'] | undefined;
}

/** A whole widget: header, toolbar, body, data table, stale marker and sources, in that order. */
export function renderFrame(parts: FrameParts): TemplateResult {
  const { lang, body } = parts;
  const m = sharedMessagesFor(lang);
  const content =
    body.kind === 'error' ? renderError(body.error, lang)
      : body.kind === 'placeholder' ? renderPlaceholder(body.loading, m)
      : body.kind === 'no-data' ? html`<p part="no-data" class="no-data" role="status">${body.text}</p>`
      : body.drawing;
  return html`<section part="base" class="base" lang=${lang} aria-busy=${parts.busy ? 'true' : 'false'}>
    ${renderHeader(parts.title, parts.subtitle)} ${parts.toolbar ? (toolbar.module?.renderToolbar(lang, parts.toolbar) ?? nothing) : nothing}
    <div part="body" class="body">${content}</div>
    ${parts.table ? renderDataTable(parts.table, parts.toolbar?.tableShown === true) : nothing}
    ${parts.stale ? renderStale(parts.stale.error, parts.stale.loadedAt, lang) : nothing}
    ${parts.sources ? renderSources(parts.sources, lang, m) : nothing}
  </section>`;
}
