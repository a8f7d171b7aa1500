/**
 * The toolbar (`toolbar: true` in config): export buttons and the data-table toggle, with the
 * styles of the toolbar and of a shown data table. A chunk of its own, loaded with the first
 * widget whose config asks for a toolbar (`toolbarReady` in `frame.ts`).
 */
import { css, html, type TemplateResult } from 'lit';
import { widgetMessages } from './i18n/registry.js';
import { toolbar } from './i18n/zh-CN/toolbar.js';

/** The toolbar's strings in any language (importing this module provides its zh-CN section). */
const toolbarMessages = widgetMessages({ toolbar });

/** What the toolbar's buttons do. */
export interface ToolbarActions {
  readonly tableShown: boolean;
  readonly toggleTable: () => void;
  readonly downloadPng: () => void;
  readonly downloadCsv: () => void;
}

/** Export buttons and the data-table toggle. */
export function renderToolbar(lang: string, actions: ToolbarActions): TemplateResult {
  const m = toolbarMessages(lang).toolbar;
  return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${m.label}>
    <button type="button" aria-pressed=${actions.tableShown ? 'true' : 'false'} @click=${actions.toggleTable}>${m.dataTable}</button>
    <button type="button" @click=${actions.downloadPng}>${m.downloadPng}</button>
    <button type="button" @click=${actions.downloadCsv}>${m.downloadCsv}</button>
  </div>`;
}

/** The toolbar and a data table it shows (hidden, the table is `.visually-hidden` in `element-styles.ts`). */
export const toolbarStyles = css`
  .toolbar {
    display: flex;
    gap: 6px;
    justify-content: flex-end;
    flex-wrap: wrap;
  }
  .toolbar button {
    font: inherit;
    font-size: max(12px, 0.8em);
    color: var(--rb-color-text);
    background: var(--rb-color-surface);
    border: 1px solid var(--rb-color-border);
    border-radius: 4px;
    padding: 2px 8px;
    cursor: pointer;
    /* Touch targets of at least 24×24 CSS px (WCAG 2.5.8), larger for a finger. */
    min-width: 24px;
    min-height: 24px;
  }
  @media (pointer: coarse) {
    .toolbar button {
      min-height: 32px;
      padding-inline: 10px;
    }
  }
  .toolbar button[aria-pressed='true'] {
    border-color: var(--rb-color-accent);
  }
  .data-table {
    border-collapse: collapse;
    font-size: max(12px, 0.85em);
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
  /* A shown data table scrolls sideways inside the widget rather than widening the page. */
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  /* A printed portal page has no buttons. */
  @media print {
    .toolbar {
      display: none;
    }
  }
`;
