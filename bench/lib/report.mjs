/**
 * Rows of the result table: one measured figure each, with its reference, ratio, budget and
 * verdict, and the change since the previous run (bench/results/latest.json).
 * Units are decimal: 1 KB = 1000 bytes, 1 MB = 1,000,000 bytes (as in toolchain.md).
 */

export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
export const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '—');
export const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');

/**
 * A table row. `value` is the figure the budget and the comparison look at; `limit` with `op`
 * ('<=' | '<') makes it a budget; `pass: null` is information only.
 */
export function row({ id, section, label, value, unit, text, ref = '', ratio: r = null, budget = '', limit = null, op = '<=', check = null }) {
  let pass = null;
  if (check !== null) pass = check;
  else if (limit !== null && Number.isFinite(value)) pass = op === '<' ? value < limit : value <= limit;
  else if (limit !== null) pass = false;
  return { id, section, label, value, unit, text: text ?? String(value), ref, ratio: r, budget, pass };
}

/** "+3.2 %" against the previous run's row of the same id (sizes also in bytes). */
export function change(current, previous) {
  if (!previous || !Number.isFinite(previous.value) || !Number.isFinite(current.value)) return '';
  const d = current.value - previous.value;
  if (previous.value === 0) return d === 0 ? '=' : `${d > 0 ? '+' : ''}${d}`;
  const pct = (d / Math.abs(previous.value)) * 100;
  if (Math.abs(pct) < 0.05) return '=';
  const sign = pct > 0 ? '+' : '';
  const abs = current.unit === 'B' ? ` (${d > 0 ? '+' : ''}${(d / 1000).toFixed(1)} KB)` : '';
  const was = previous.pass !== current.pass && previous.pass !== null && previous.pass !== undefined ? ` was ${previous.pass ? 'PASS' : 'FAIL'}` : '';
  return `${sign}${pct.toFixed(1)}%${abs}${was}`;
}

const status = (pass) => (pass === null ? 'info' : pass ? 'PASS' : 'FAIL');

/** The one table, as text. */
export function formatTable(rows, previousRows = null) {
  const prev = new Map((previousRows ?? []).map((r) => [r.id, r]));
  const header = ['section', 'measure', 'value', 'reference', 'ratio', 'budget', 'status', previousRows ? 'Δ vs latest' : ''];
  const body = rows.map((r) => [
    r.section,
    r.label,
    r.text,
    r.ref,
    r.ratio === null ? '' : ratio(r.ratio),
    r.budget,
    status(r.pass),
    previousRows ? change(r, prev.get(r.id)) : '',
  ]);
  const cols = header.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(cols[i])).join(' │ ').trimEnd();
  const rule = cols.map((w) => '─'.repeat(w)).join('─┼─');
  const out = [line(header), rule];
  let section = null;
  body.forEach((b, i) => {
    if (section !== null && rows[i].section !== section) out.push(rule);
    section = rows[i].section;
    out.push(line(b));
  });
  return out.join('\n');
}
