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
