/** Helpers of the workbench tests: mounting it with a storage key of its own, driving its controls. */
import '../../../src/workbench/index.js';
import type { RbWorkbench } from '../../../src/workbench/index.js';
import { loadWidget, WIDGET_TYPES } from '../../../src/workbench/widget-tags.js';
import { create, uniqueKey, until } from '../../support/helpers.js';
import { documentToWorkbook, writeXlsx, type WorkbookRows } from '../../../src/sheet/index.js';

export function openWorkbench(props: Partial<RbWorkbench> = {}): RbWorkbench {
  const storageKey = props.storageKey ?? uniqueKey('workbench');
  localStorage.removeItem(storageKey);
  return create<RbWorkbench>('rb-workbench', { storageKey, ...props });
}

export const $ = <T extends Element = HTMLElement>(wb: RbWorkbench, selector: string): T | null => wb.shadowRoot!.querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(wb: RbWorkbench, selector: string): T[] => [...wb.shadowRoot!.querySelectorAll<T>(selector)];

/** The button whose text contains `text`. */
export function button(wb: RbWorkbench, text: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(wb, 'button').find((b) => b.textContent!.includes(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

/** Gives files to the workbench's file input, as the file picker does. */
export async function pickFiles(wb: RbWorkbench, files: File[]): Promise<void> {
  await wb.updateComplete;
  const input = $<HTMLInputElement>(wb, 'input[type=file]')!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => !wb.shadowRoot!.querySelector('[role=status]')?.textContent?.trim().startsWith('正在读取') && (wb.doc || $(wb, '#problems')), 10000, 'the file to load');
  await wb.updateComplete;
}

export async function fileFrom(url: string, name = url.split('/').pop()!): Promise<File> {
  return new File([await (await fetch(url)).arrayBuffer()], name);
}

/** Chooses a value in a select, as a user does (a change event). */
export async function choose(wb: RbWorkbench, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(wb, selector)!;
  if (![...select.options].some((o) => o.value === value)) throw new Error(`${selector} has no option ${value}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await wb.updateComplete;
}

/** Types into an input (an input event). */
export async function type(wb: RbWorkbench, input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await wb.updateComplete;
}

/** The Kaiping sample as an XLSX workbook, written by the converter (as `region-brand-widgets template --sample` does). */
export async function sampleWorkbook(edit?: (book: WorkbookRows) => void): Promise<File> {
  const doc = await (await fetch('/demo/data/kaiping.json')).json();
  const book = documentToWorkbook(doc, { lang: 'zh-CN' });
  edit?.(book);
  return new File([(await writeXlsx(book)) as BlobPart], 'kaiping.xlsx');
}

/**
 * A mocha `before` hook: the dev server compiles ECharts on the first request (seconds), so the
 * widget modules the previews use are loaded once up front; the workbench's own wait is not under test.
 */
export async function preloadWidgets(this: Mocha.Context): Promise<void> {
  this.timeout(60000);
  await Promise.all([...WIDGET_TYPES, 'dashboard' as const].map(loadWidget));
}
