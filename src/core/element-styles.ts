/** The styles every widget shares: its frame, the loading line, sources and the visually hidden data table (the error panel, the toolbar and a shown data table bring their own, on demand). */
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
  .loading {
    color: var(--rb-color-muted);
    min-height: 2em;
  }
  .source {
    margin: 0;
    font-size: max(12px, 0.8em);
    color: var(--rb-color-muted);
  }
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--rb-color-accent);
    outline-offset: 2px;
  }
  /* A printed portal page: a widget is not split across pages, and its colours
     (badges, bars, dark theme) are printed as on screen rather than dropped as backgrounds. */
  @media print {
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
`;
