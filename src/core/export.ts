/**
 * Export of a widget's figures: CSV text (RFC 4180, safe against spreadsheet formula injection)
 * and a PNG picture of the figures for widgets that are not drawn on a canvas.
 */
import type { DataTable } from './contract.js';
import { guardFormula } from './csv-guard.js';
import type { ThemeColors } from './theme.js';

/** Quotes a CSV cell; cells that a spreadsheet would run as a formula are prefixed with `'`. */
export function csvCell(value: string): string {
  const text = guardFormula(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV (header row first, CRLF line ends). */
export function tableToCsv(table: DataTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Draws a table as a PNG data URL (title, header and rows), in the widget's colours. */
export function tableToPng(table: DataTable, title: string, theme: ThemeColors, pixelRatio = 2): string {
  const font = (size: number, weight = 400) => `${weight} ${size}px ${theme.fontFamily}`;
  const measure = document.createElement('canvas').getContext('2d')!;
  const padding = 16;
  const rowHeight = 28;
  const columns = table.columns.length;
  const widths = table.columns.map((c, i) => {
    measure.font = font(14, 600);
    let w = measure.measureText(c).width;
    measure.font = font(14);
    for (const row of table.rows) w = Math.max(w, measure.measureText(row[i] ?? '').width);
    return Math.ceil(w) + 24;
  });
  const width = Math.max(padding * 2 + widths.reduce((a, b) => a + b, 0), 320);
  const height = padding * 2 + 36 + rowHeight * (table.rows.length + 1);
  const canvas = document.createElement('canvas');
  canvas.width = width * pixelRatio;
  canvas.height = height * pixelRatio;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(pixelRatio, pixelRatio);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = theme.text;
  ctx.font = font(16, 600);
  ctx.textBaseline = 'middle';
  ctx.fillText(title, padding, padding + 12);
  let y = padding + 36;
  const drawRow = (cells: readonly string[], header: boolean) => {
    let x = padding;
    ctx.font = font(14, header ? 600 : 400);
    ctx.fillStyle = header ? theme.muted : theme.text;
    for (let i = 0; i < columns; i++) {
      ctx.fillText(cells[i] ?? '', x, y + rowHeight / 2);
      x += widths[i]!;
    }
    ctx.strokeStyle = theme.border;
    ctx.beginPath();
    ctx.moveTo(padding, y + rowHeight - 0.5);
    ctx.lineTo(width - padding, y + rowHeight - 0.5);
    ctx.stroke();
    y += rowHeight;
  };
  drawRow(table.columns, true);
  for (const row of table.rows) drawRow(row, false);
  return canvas.toDataURL('image/png');
}

/** How long an object URL handed to a download lives before it is revoked (ms). */
export const OBJECT_URL_LIFETIME_MS = 1000;

/** Offers a file to the user (an `<a download>` click; nothing is sent anywhere). */
export function downloadFile(name: string, href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

/** Offers a table as a CSV file (UTF-8 with BOM, so spreadsheet software reads Chinese correctly); the object URL is revoked afterwards. */
export function downloadCsv(table: DataTable, name: string): void {
  downloadBlob(new Blob(['\ufeff', tableToCsv(table)], { type: 'text/csv;charset=utf-8' }), name);
}

/** Offers a blob as a file; its object URL is revoked once the download has started. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  downloadFile(name, url);
  setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
}

/** Offers a data URL (a PNG from `toPNG()`) as a file. */
export function downloadDataUrl(dataUrl: string, name: string): void {
  downloadFile(name, dataUrl);
}
