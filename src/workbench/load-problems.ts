/**
 * Problems found while loading, and what the editor sees when opening one: the row of the sheet
 * (header and cells, the faulty cell marked) or, for a JSON document, the item at the pointer.
 */
export interface RowView {
  readonly caption: string;
  readonly header: readonly string[];
  readonly cells: readonly string[];
  /** Index of the faulty column, -1 when the problem is the whole row. */
  readonly column: number;
}

export interface LoadProblem {
  /** Cell (`企业!D17`) or JSON Pointer (`/clusters/1/units/0`); empty for the whole file. */
  readonly where: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** What to show for it (the row, or the JSON item), if anything. */
  readonly row?: RowView | { readonly caption: string; readonly json: string };
}

const MAX_JSON = 4000;

/** The innermost object in a list that holds a pointer (`/clusters/1/enterprises/15` for `…/15/unit`), as JSON text. */
export function jsonItemAt(doc: unknown, pointer: string): { caption: string; json: string } | undefined {
  const tokens = pointer.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  let value: unknown = doc;
  let item: unknown;
  let itemPointer = '';
  let path = '';
  for (const token of tokens) {
    if (value === null || typeof value !== 'object') break;
    const isList = Array.isArray(value);
    value = (value as Record<string, unknown>)[token];
    path += `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (isList && value !== null && typeof value === 'object') {
      item = value;
      itemPointer = path;
    }
  }
  if (item === undefined) return undefined;
  const json = JSON.stringify(item, null, 2);
  return { caption: itemPointer, json: json.length > MAX_JSON ? `${json.slice(0, MAX_JSON)}\n…` : json };
}

/** Column index of spreadsheet letters (`A` → 0, `AB` → 27). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits `企业!D17`, `'My sheet'!D17` or a whole row `企业!17:17` into sheet, column index (−1: the row) and 1-based row. */
export function parseCell(cell: string): { sheet: string; column: number; row: number } | undefined {
  const m = /^'?(.+?)'?!([A-Za-z]*)(\d+)(?::\d+)?$/.exec(cell);
  if (!m) return undefined;
  return { sheet: m[1]!, column: m[2] ? columnIndex(m[2]) : -1, row: Number(m[3]) };
}
