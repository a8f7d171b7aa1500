/** Publish step's effects: downloads (announced through `rb-publish` first) and copying to the clipboard. */
import { toDashboardConfig } from './dashboard-spec.js';
import { embedSnippets, type Snippets } from './snippets.js';
import type { PublishDetail, RbWorkbench } from './workbench.js';

/** The file name of the data document, from the address it will have on the site. */
export const dataFileName = (dataUrl: string) => dataUrl.split(/[/?#]/).filter(Boolean).pop()?.replace(/\.json$/i, '') || 'region-brand-data';

/** Offers a file: `rb-publish` first (a listener may take it over), then the browser's download. */
export function offerFile(wb: RbWorkbench, detail: PublishDetail, type: string): void {
  if (!wb.announce(detail, true)) return;
  const url = URL.createObjectURL(new Blob([detail.content as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = detail.name;
  a.hidden = true;
  wb.renderRoot.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadData(wb: RbWorkbench): void {
  if (!wb.doc) return;
  offerFile(wb, { kind: 'data', name: `${dataFileName(wb.dataUrl)}.json`, content: JSON.stringify(wb.doc, null, 2) }, 'application/json');
}

export function downloadSpec(wb: RbWorkbench): void {
  if (!wb.doc) return;
  const spec = JSON.stringify(toDashboardConfig(wb.spec, wb.dataUrl), null, 2);
  offerFile(wb, { kind: 'spec', name: 'dashboard.json', content: spec }, 'application/json');
}

/** The document as an XLSX workbook (the spreadsheet library loads now, on first use). */
export async function downloadWorkbook(wb: RbWorkbench): Promise<void> {
  if (!wb.doc) return;
  const { workbookBytes } = await import('./sheet-loader.js');
  const bytes = await workbookBytes(wb.doc, wb.lang);
  offerFile(wb, { kind: 'workbook', name: `${dataFileName(wb.dataUrl)}.xlsx`, content: bytes }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
}

/** The embed code of what is being published: the configured widget, or the dashboard. */
export function currentSnippets(wb: RbWorkbench): Snippets {
  const target = wb.embedDashboard ? { type: 'dashboard', config: toDashboardConfig(wb.spec) } : { type: wb.widgetType, config: wb.config };
  return embedSnippets(target, { dataUrl: wb.dataUrl, scriptUrl: wb.scriptUrl });
}

/** Copies a snippet; without clipboard access, selects its text so Ctrl+C copies it. */
export async function copySnippet(wb: RbWorkbench, form: keyof Snippets, textarea: HTMLTextAreaElement | null): Promise<void> {
  const text = currentSnippets(wb)[form];
  wb.announce({ kind: 'snippet', name: form, content: text }, false);
  try {
    await navigator.clipboard.writeText(text);
    wb.status = wb.messages.publish.copied;
  } catch {
    textarea?.focus();
    textarea?.select();
    wb.status = wb.messages.publish.copyFailed;
  }
}
