/**
 * Where in a document an issue is, in words a clerk can act on: the item by its kind, its number
 * counting from one and its name, and the field in words and by key —
 * `第 4 个指标“税收收入”缺少“名称”（name）`. JSON Pointers stay in `issue.path` for developers.
 */
import type { ProblemMessages } from './i18n/problem-messages.js';

/** An issue's place: the items along its path and the field at its end. */
export interface IssueLocation {
  readonly items: readonly { readonly list: string; readonly index: number; readonly name?: string }[];
  /** Keys after the last item (`reported`, `yoy`), or the top-level field (`asOf`). */
  readonly field: readonly string[];
}

/**
 * What names an item of a list: its name, title, id or period; a breakdown row, which has none of
 * them, by its unit. (An enterprise without a name is not called after its town.)
 */
function nameOf(item: unknown, list: string): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const o = item as Record<string, unknown>;
  const keys = list === 'breakdown' ? ['unit'] : ['name', 'title', 'id', 'period'];
  for (const key of keys) if (typeof o[key] === 'string' && o[key]) return o[key] as string;
  return undefined;
}

/** Fields holding a `[longitude, latitude]` pair. */
const COORDINATES = new Set(['center', 'location']);

/** Walks a JSON Pointer through a document; undefined for the document itself. */
export function locateIssue(path: string, doc: unknown): IssueLocation | undefined {
  if (!path) return undefined;
  const tokens = path.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const items: { list: string; index: number; name?: string }[] = [];
  let field: string[] = [];
  let node: unknown = doc;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const child = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined;
    if (COORDINATES.has(token) && next !== undefined && /^\d+$/.test(next)) {
      // A [longitude, latitude] pair: its two numbers are fields, not items of a list (a third is the pair's fault).
      field.push(token, ...(next === '0' ? ['longitude'] : next === '1' ? ['latitude'] : []));
      i++;
    } else if (Array.isArray(child) && next !== undefined && /^\d+$/.test(next)) {
      const name = nameOf(child[Number(next)], token);
      items.push(name === undefined ? { list: token, index: Number(next) } : { list: token, index: Number(next), name });
      node = child[Number(next)];
      field = [];
      i++;
    } else {
      field.push(token);
      node = child;
    }
  }
  return { items, field };
}

/** Items of a place in words, joined: `第 2 个品牌“马冈优品”中第 1 个产品`. */
export function itemsInWords(items: IssueLocation['items'], m: ProblemMessages): string {
  const w = m.where;
  return w.join(items.map((item) => w.item(item.index + 1, w.things[item.list] ?? item.list, item.name)));
}

/** Renders an issue message with its place in words. */
export function withLocation(location: IssueLocation, key: string, message: string, m: ProblemMessages): string {
  const w = m.where;
  const last = location.field.at(-1);
  const field = last === undefined ? undefined : w.field(w.fields[last] ?? last, location.field.join('.'));
  const place = location.items.length ? itemsInWords(location.items, m) : undefined;
  if (key === 'required' && field) return w.missing(place, field);
  return w.at(place, field, message);
}
