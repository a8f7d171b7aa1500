/** A widget's figures as a table: for screen readers, the data-table toggle and CSV export. */
import { html, type TemplateResult } from 'lit';

import type { DataTable } from './contract.js';

/**
 * Renders a table; visually hidden (still read by screen readers) unless `visible`. Its box
 * clips it: hidden, the table takes no layout width; shown, it scrolls sideways on a phone.
 */
export function renderDataTable(table: DataTable, visible = false): TemplateResult {
  return html`<div class=${visible ? 'table-scroll' : 'visually-hidden'}><table part="table" class=${visible ? 'data-table' : 'data-table visually-hidden'}>
    <caption>${table.caption}</caption>
    <thead><tr>${table.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
    <tbody>${table.rows.map((r) => html`<tr>${r.map((c, i) => (i === 0 ? html`<th scope="row">${c}</th>` : html`<td>${c}</td>`))}</tr>`)}</tbody>
  </table></div>`;
}
