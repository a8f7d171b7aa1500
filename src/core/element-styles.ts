/** The styles every widget shares: its frame, the error panel, the stale marker, sources, toolbar and data table. */
import { css } from 'lit';

export const frameStyles = css`
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
    font-size: max(12px, 0.85em);
    color: var(--rb-color-muted);
  }
  .error dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .problems {
    margin-top: 0.4em;
    font-size: max(12px, 0.85em);
  }
  .problems summary {
    cursor: pointer;
  }
  .problems ol {
    margin: 0.3em 0 0;
    padding-inline-start: 1.5em;
  }
  .problems li {
    overflow-wrap: anywhere;
  }
  .stale {
    margin: 0;
    font-size: max(12px, 0.85em);
    color: var(--rb-color-warn);
  }
  .loading {
    color: var(--rb-color-muted);
    min-height: 2em;
  }
  .source {
    margin: 0;
    font-size: max(12px, 0.8em);
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
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--rb-color-accent);
    outline-offset: 2px;
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
  /* Read by screen readers, not shown, and taking no layout width: a wide table inside a
     1-pixel clipping box cannot widen the page (a phone would zoom the whole page out). */
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* A shown data table scrolls sideways inside the widget rather than widening the page. */
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
`;
