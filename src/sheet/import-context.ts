/**
 * The state of one workbook's import, shared by the readers of its sheets: the sheets read,
 * the problem log, the lists' ids and names for references by id or by name (resolved once every
 * list is read), and the fields several sheets have (`put`, a location, a header's cell).
 */
import type { SheetMessages } from '../core/i18n/sheet-messages.js';
import { cellText, readNumber, readReferenceList } from './cells.js';
import { sheetMessagesFor } from './messages.js';
import { ProblemLog, readSheets, Row, sheetName, type SheetReader } from './rows.js';
import { columnLetters, type SheetKey } from './spec.js';
import type { WorkbookRows } from './types.js';

/** A document's type with its fields writable, as the import builds it. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Entity = { id: string; name: string };

/**
 * Ids and names of one list, for references by id or by name. Ids are unique (the format's rule);
 * names need not be (a 新村 in two towns): a name that several items carry names none of them.
 */
export class Lookup {
  private readonly ids = new Set<string>();
  /** Each name and the ids of the items that carry it, in row order. */
  private readonly names = new Map<string, string[]>();

  constructor(readonly thing: string, readonly sheet: SheetKey) {}

  add(entity: Entity): void {
    this.ids.add(entity.id);
    if (entity.name === '') return;
    const ids = this.names.get(entity.name) ?? [];
    if (!ids.includes(entity.id)) ids.push(entity.id);
    this.names.set(entity.name, ids);
  }

  /** The id a text denotes: an id, else the name of an item (the first, when several carry it: see {@link sharing}). */
  find(text: string): string | undefined {
    return this.ids.has(text) ? text : this.names.get(text)?.[0];
  }

  /** The ids of the items that carry a name when it is no id and more than one item carries it. */
  sharing(text: string): readonly string[] | undefined {
    const ids = this.ids.has(text) ? undefined : this.names.get(text);
    return ids && ids.length > 1 ? ids : undefined;
  }

  /** How many items the list has. */
  get size(): number {
    return this.ids.size;
  }

  /** A few known names for a message: `马冈镇、大沙镇…` (`Town One, Park …` in English). */
  known(m: SheetMessages): string {
    const names = [...this.names.keys()];
    return names.length ? m.list(names.slice(0, 8)) + (names.length > 8 ? '…' : '') : '—';
  }
}

/** The import of one workbook. */
export class WorkbookImport {
  readonly log: ProblemLog;
  readonly sheets: Map<SheetKey, SheetReader>;
  readonly units = new Lookup('unit', 'units');
  readonly brands = new Lookup('brand', 'brands');
  readonly clusters = new Lookup('cluster', 'clusters');
  readonly indicators = new Lookup('indicator', 'indicators');
  readonly coverage = new Lookup('coverage', 'coverage');
  /** References between lists, resolved once every list is read. */
  private readonly pending: (() => void)[] = [];

  constructor(book: WorkbookRows, readonly lang: string) {
    this.log = new ProblemLog(sheetMessagesFor(lang));
    this.sheets = readSheets(book, this.log);
  }

  /** A sheet's name for messages: as the workbook has it, else in the language most of its sheets are headed in. */
  sheetName(key: SheetKey): string {
    const english = [...this.sheets.values()].filter((s) => s.english).length * 2 > this.sheets.size;
    return this.sheets.get(key)?.name ?? sheetName(key, english);
  }

  rows(key: SheetKey): Row[] {
    return this.sheets.get(key)?.rows ?? [];
  }

  /** Resolves a reference cell now; reports an unknown one, and a name that several items carry. */
  ref(row: Row, key: string, path: string, lookup: Lookup, text = cellText(row.raw(key))): string | undefined {
    const m = this.log.messages;
    const sharing = lookup.sharing(text);
    if (sharing) {
      this.log.error(row.address(key), path, m.ambiguousName(text, m.things[lookup.thing]!, m.list(sharing)));
      return undefined;
    }
    const found = lookup.find(text);
    if (found === undefined) {
      const sheet = this.sheetName(lookup.sheet);
      this.log.error(row.address(key), path, m.unknownRef(text, m.things[lookup.thing]!, sheet, lookup.known(m)));
    }
    return found;
  }

  /** Resolves a reference once all lists are read, writing it through `set`. */
  later(row: Row, key: string, path: string, lookup: Lookup, set: (id: string) => void): void {
    const text = row.text(key, path);
    if (text !== undefined) this.pending.push(() => {
      const id = this.ref(row, key, path, lookup, text);
      if (id !== undefined) set(id);
    });
  }

  /** Like {@link later} for a list cell (a name that holds a separator is one reference). */
  laterList(row: Row, key: string, path: string, lookup: Lookup, set: (ids: string[]) => void, required = false): void {
    const cell = row.read(key, path, (c) => c, required);
    if (cell === undefined) return;
    const ids: string[] = [];
    this.pending.push(() => {
      readReferenceList(cell, (text) => lookup.find(text) !== undefined).forEach((text, i) => {
        const id = this.ref(row, key, `${path}/${i}`, lookup, text);
        if (id !== undefined) ids.push(id);
      });
      set(ids);
    });
  }

  /**
   * The item a child row belongs to (a product's brand, an enterprise's cluster …), named in
   * column `key`, and the JSON Pointer the child gets in it (`/clusters/1/enterprises/15`;
   * `/clusters/-/enterprises/-` when the parent is unknown). The caller adds the child to the
   * parent even when some of its cells failed, so that each later row keeps the pointer it has in
   * the document once the clerk fixes those cells.
   */
  parent<T extends Entity>(row: Row, key: string, lookup: Lookup, list: T[], children: (item: T) => readonly unknown[] | undefined, childKey: string): { item: T | undefined; index: number; path: string } {
    // An empty or unknown parent: the row has no place, its problem points at the list it belongs in.
    const text = row.text(key, `/${lookup.sheet}`, true);
    const id = text === undefined ? undefined : this.ref(row, key, `/${lookup.sheet}`, lookup, text);
    const index = list.findIndex((e) => e.id === id);
    const item = list[index];
    // A row whose parent is unknown has no place in the document: its fields point past the end
    // of the lists (RFC 6901 `-`), never at a field of the list itself.
    const path = item ? `/${lookup.sheet}/${index}/${childKey}/${children(item)?.length ?? 0}` : `/${lookup.sheet}/-/${childKey}/-`;
    this.log.items.set(path, row);
    return { item, index, path };
  }

  resolve(): void {
    this.pending.forEach((run) => run());
  }

  /** `id` (or the name when empty) and `name` of a row, registered in a lookup. */
  entity(row: Row, path: string, lookup: Lookup): Entity {
    this.log.items.set(path, row);
    const name = row.text('name', `${path}/name`, true) ?? '';
    const entity = { id: row.text('id', `${path}/id`) ?? name, name };
    lookup.add(entity);
    return entity;
  }
}

/** Sets `target[key]` when the value is defined (the format has no `null`s). */
export function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** The header cell of a column of a row's sheet (`指标值!C1`). */
export function headerAddress(row: Row, key: string): string {
  const index = row.sheet.columns.get(key);
  return index === undefined ? '' : `${row.sheet.name}!${columnLetters(index)}${row.sheet.headerNumber}`;
}

/** A longitude and latitude pair of a row, or undefined; half of one is a problem. */
export function location(row: Row, path: string): [number, number] | undefined {
  const lon = row.read('longitude', path, (c) => readNumber(c).value);
  const lat = row.read('latitude', path, (c) => readNumber(c).value);
  if (lon === undefined && lat === undefined) return undefined;
  if (lon === undefined || lat === undefined) {
    if (row.raw('longitude') === null || row.raw('latitude') === null) {
      row.sheet.log.error(row.address(lon === undefined ? 'longitude' : 'latitude'), path, row.sheet.log.messages.halfLocation);
    }
    return undefined;
  }
  return [lon, lat];
}
