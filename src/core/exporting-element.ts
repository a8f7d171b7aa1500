/**
 * The exports every widget offers, on top of its look: the figures it shows as CSV, a PNG of its
 * drawing (or of its figures, for widgets drawn in HTML) and their downloads. The functions are
 * in `export.ts`; `RbElement` says which figures are shown, chart widgets how their canvas looks.
 */
import type { DataTable } from './contract.js';
import { downloadCsv, downloadDataUrl, tableToCsv, tableToPng } from './export.js';
import { resolveTheme } from './theme.js';
import { RbThemedElement } from './themed-element.js';

/** A widget's exports (see the module comment). */
export abstract class RbExportingElement extends RbThemedElement {
  /** The figures shown (the model's data table), or null while nothing is shown. */
  protected abstract shownTable(): DataTable | null;

  /** A PNG of the drawing, for widgets drawn on a canvas; null to export the figures table. */
  protected chartPng(): string | null {
    return null;
  }

  /** The figures shown, as CSV text (empty when nothing is shown). */
  toCSV(): string {
    const table = this.shownTable();
    return table ? tableToCsv(table) : '';
  }

  /** A PNG data URL of the widget: the chart as drawn, or a picture of its figures. */
  toPNG(): string {
    const table = this.shownTable();
    return this.chartPng() ?? (table ? tableToPng(table, table.caption, resolveTheme(this)) : '');
  }

  /** Downloads `toCSV()` (UTF-8 with BOM, so spreadsheet software reads Chinese correctly). */
  downloadCSV(name = `${this.localName}.csv`): void {
    const table = this.shownTable();
    if (table) downloadCsv(table, name);
  }

  /** Downloads `toPNG()`. */
  downloadPNG(name = `${this.localName}.png`): void {
    const png = this.toPNG();
    if (png) downloadDataUrl(png, name);
  }
}
