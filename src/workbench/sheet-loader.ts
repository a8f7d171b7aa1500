/**
 * Spreadsheet import for the workbench. The spreadsheet converter (issue #14, `src/sheet/`) is not
 * merged yet: until it is, reading a workbook reports that this build cannot, instead of pretending.
 */
import type { WorkbenchMessages } from './i18n/messages.js';
import type { LoadOutcome } from './loader.js';

export async function loadWorkbookFiles(_files: readonly File[], _lang: string, m: WorkbenchMessages): Promise<LoadOutcome> {
  return { ok: false, problems: [{ where: '', message: m.load.sheetUnavailable, severity: 'error' }] };
}
