/**
 * Spreadsheet formula injection: a CSV cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return, unless it is a signed number, is run as a formula by Excel and WPS when the file
 * is opened. Such text is written with a leading `'` (which marks text in a spreadsheet), and read
 * back without it, so a document → CSV → document round trip stays exact: text that already starts
 * with `'` before such a character gets one more, and loses exactly one.
 */

/** Starts (after any apostrophes a guard put there) with a character that makes a cell a formula. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** A signed number such as `-3.2%` or `+21.85%` (a growth as the widgets write it): a number, not a formula. */
const SIGNED_NUMBER = /^'*[+-](?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?%?$/i;

/** True when a spreadsheet would run the text as a formula (`-2+cmd|…` is one, `-3.2%` is not). */
function runsAsFormula(text: string): boolean {
  return FORMULA_START.test(text) && !SIGNED_NUMBER.test(text);
}

/** The text as a CSV writer should write it: with a leading `'` when a spreadsheet would run it. */
export function guardFormula(text: string): string {
  return runsAsFormula(text) ? `'${text}` : text;
}

/** The text a CSV cell holds, without the `'` that {@link guardFormula} put before it. */
export function unguardFormula(text: string): string {
  return text.startsWith("'") && runsAsFormula(text) ? text.slice(1) : text;
}
