/**
 * Load step: files the editor picked or dropped → a valid document, or every problem found. The
 * validator and the spreadsheet reader are loaded on first use, so the workbench entry stays small.
 */
import type { RegionBrandData } from '../core/schema.js';
import type { WorkbenchMessages } from './i18n/messages.js';
import { jsonItemAt, type LoadProblem } from './load-problems.js';

export type LoadOutcome =
  | { readonly ok: true; readonly doc: RegionBrandData; readonly warnings: readonly LoadProblem[] }
  | { readonly ok: false; readonly problems: readonly LoadProblem[] };

const SHEET = /\.(xlsx|xls|csv)$/i;
const JSON_FILE = /\.json$/i;

/** Validates a parsed document with the library's own validator; problems carry their pointer. */
export async function checkDocument(input: unknown, lang: string): Promise<LoadOutcome> {
  const [{ validateDocument }, { describeIssue }, { loadLanguage }] = await Promise.all([import('../core/validate.js'), import('../core/errors.js'), import('../core/i18n/language.js')]);
  await loadLanguage(lang);
  const result = validateDocument(input);
  const problem = (severity: 'error' | 'warning') => (issue: { path: string }) => {
    const row = jsonItemAt(input, issue.path);
    return { where: issue.path, message: describeIssue(issue as Parameters<typeof describeIssue>[0], lang), severity, ...(row && { row }) };
  };
  if (!result.ok) return { ok: false, problems: result.error.issues.map(problem('error')) };
  return { ok: true, doc: result.data, warnings: result.warnings.map(problem('warning')) };
}

/** Reads one JSON file, or a workbook (one XLSX file, or CSV files, one per sheet). */
export async function loadFiles(files: readonly File[], lang: string, m: WorkbenchMessages): Promise<LoadOutcome> {
  const fail = (message: string): LoadOutcome => ({ ok: false, problems: [{ where: '', message, severity: 'error' }] });
  const unknown = files.find((f) => !SHEET.test(f.name) && !JSON_FILE.test(f.name));
  if (unknown || files.length === 0) return fail(m.load.unknownType(unknown?.name ?? ''));
  if (files.every((f) => SHEET.test(f.name))) {
    const { loadWorkbookFiles } = await import('./sheet-loader.js');
    return loadWorkbookFiles(files, lang, m);
  }
  if (files.length !== 1) return fail(m.load.unknownType(files.map((f) => f.name).join(', ')));
  const file = files[0]!;
  const [{ parseJson }, { describeIssue }, { loadLanguage }] = await Promise.all([import('../core/validate.js'), import('../core/errors.js'), import('../core/i18n/language.js')]);
  const parsed = parseJson(await file.text());
  if (parsed.ok) return checkDocument(parsed.value, lang);
  // Where the text breaks and why (第 2 行第 32 列的“，”…这是全角标点), as the widgets and the command line say it.
  await loadLanguage(lang);
  return { ok: false, problems: parsed.error.issues.map((issue) => ({ where: file.name, message: describeIssue(issue, lang), severity: 'error' as const })) };
}
