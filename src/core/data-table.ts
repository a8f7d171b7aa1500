/** A widget's figures as a table: for screen readers, the data-table toggle and CSV export. */
import { html, noChange, type ElementPart, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

import type { DataTable } from './contract.js';

/**
 * The column headers as the table's own first row (`<th scope="col">`, after the caption, before
 * the `<tbody>`), not in a `<thead>`: Chromium keeps about 160 bytes of style data for every
 * `<thead>` or `<tfoot>` ever inserted into a document, for the life of the page — a big screen
 * that rebuilds its widgets at every page turn grew by megabytes over a few days (bench soak row).
 * A row written through the DOM stays a direct child of the table (the HTML parser would wrap it
 * in a `<tbody>`), so `tbody tr` are the figures' rows.
 */
class HeaderRowDirective extends Directive {
  private row: HTMLTableRowElement | null = null;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('headerRow() goes on the <table> element');
  }

  render(_columns: readonly string[]): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [columns]: [readonly string[]]): typeof noChange {
    const table = part.element as HTMLTableElement;
    const row = (this.row ??= table.ownerDocument.createElement('tr'));
    row.className = 'head';
    while (row.cells.length > columns.length) row.lastElementChild!.remove();
    columns.forEach((text, i) => {
      let cell = row.cells[i];
      if (!cell) {
        cell = row.appendChild(table.ownerDocument.createElement('th'));
        cell.scope = 'col';
      }
      if (cell.textContent !== text) cell.textContent = text;
    });
    if (row.parentNode !== table) table.insertBefore(row, table.tBodies[0] ?? null);
    return noChange;
  }
}

const headerRow = directive(HeaderRowDirective);

/**
 * Renders a table; visually hidden (still read by screen readers) unless `visible`. Its box
 * clips it: hidden, the table takes no layout width; shown, it scrolls sideways on a phone.
 */
export function renderDataTable(table: DataTable, visible = false): TemplateResult {
  return html`<div class=${visible ? 'table-scroll' : 'visually-hidden'}><table part="table" class=${visible ? 'data-table' : 'data-table visually-hidden'} ${headerRow(table.columns)}>
    <caption>${table.caption}</caption>
    <tbody>${table.rows.map((r) => html`<tr>${r.map((c, i) => (i === 0 ? html`<th scope="row">${c}</th>` : html`<td>${c}</td>`))}</tr>`)}</tbody>
  </table></div>`;
}
