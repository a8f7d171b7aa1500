/**
 * Workbook rows → document, exactly as `spreadsheet-format.md` says. Every problem is reported at
 * once, each with its cell and JSON Pointer; a workbook with any error gives no document.
 */
import { pointer, describeIssue, type ValidationIssue } from '../core/errors.js';
import { sheetMessagesFor } from './messages.js';
import type { SheetMessages } from '../core/i18n/sheet-messages.js';
import { comparePeriods } from '../core/periods.js';
import type { Brand, Cluster, Coverage, CoverageFigure, Indicator, Quantity, RegionBrandData } from '../core/schema.js';
import { ALL_RULES } from '../core/integrity.js';
import { located } from '../core/mistakes-on-demand.js';
import { rulesBeside, validateDocument } from '../core/validate.js';
import { cellText, saysItsUnit, isPercent, readCount, readDate, readEnum, readList, readNumber, readPeriod, readQuantity, readRate, readRatio, readReferenceList, readYesNo, unitScale } from './cells.js';
import { ProblemLog, readSheets, Row, sheetName, type ExtraColumn, type SheetReader } from './rows.js';
import { columnLetters, ENTERPRISE_METRICS, normalizeHeader, splitUnit, type SheetKey } from './spec.js';
import type { Cell, SheetProblem, WorkbookRows } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Entity = { id: string; name: string };

/** Ids and names of one list, for references by id or by name. */
class Lookup {
  private readonly ids = new Map<string, string>();
  private readonly names = new Map<string, string>();

  constructor(readonly thing: string, readonly sheet: SheetKey) {}

  add(entity: Entity): void {
    if (!this.ids.has(entity.id)) this.ids.set(entity.id, entity.id);
    if (!this.names.has(entity.name)) this.names.set(entity.name, entity.id);
  }

  find(text: string): string | undefined {
    return this.ids.get(text) ?? this.names.get(text);
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
class WorkbookImport {
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

  /** Resolves a reference cell now; reports an unknown one. */
  ref(row: Row, key: string, path: string, lookup: Lookup, text = cellText(row.raw(key))): string | undefined {
    const found = lookup.find(text);
    if (found === undefined) {
      const m = this.log.messages;
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
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** The header cell of a column of a row's sheet (`指标值!C1`). */
function headerAddress(row: Row, key: string): string {
  const index = row.sheet.columns.get(key);
  return index === undefined ? '' : `${row.sheet.name}!${columnLetters(index)}${row.sheet.headerNumber}`;
}

function location(row: Row, path: string): [number, number] | undefined {
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

function readRegion(w: WorkbookImport, doc: Partial<Mutable<RegionBrandData>>): void {
  const rows = w.rows('region');
  const name = w.sheetName('region');
  if (rows.length !== 1) {
    if (rows.length) w.log.error(`${name}!${rows[1]!.number}:${rows[1]!.number}`, '/region', w.log.messages.regionRows(name, rows.length));
    else w.log.error(`${name}!A${(w.sheets.get('region')?.headerNumber ?? 1) + 1}`, '/region', w.log.messages.noRegion(name));
  }
  const row = rows[0];
  if (!row) return;
  w.log.items.set('/region', row);
  w.log.items.set('/asOf', row);
  w.log.items.set('/geo', row);
  const region: Mutable<RegionBrandData['region']> = {
    id: row.text('id', '/region/id', true) ?? '',
    name: row.text('name', '/region/name', true) ?? '',
    level: row.read('level', '/region/level', (c) => readEnum(c, 'level'), true) as RegionBrandData['region']['level'],
  };
  put(region, 'parent', row.text('parent', '/region/parent'));
  doc.region = region;
  w.units.add(region);
  doc.asOf = row.read('asOf', '/asOf', readDate, true) ?? '';
  const geo = row.text('geo', '/geo/url');
  if (geo !== undefined) doc.geo = { url: geo };
}

function readUnits(w: WorkbookImport): RegionBrandData['units'] {
  return w.rows('units').map((row, i) => {
    const path = `/units/${i}`;
    const unit: Mutable<RegionBrandData['units'][number]> = {
      ...w.entity(row, path, w.units),
      level: row.read('level', `${path}/level`, (c) => readEnum(c, 'level'), true) as RegionBrandData['units'][number]['level'],
    };
    w.later(row, 'parent', `${path}/parent`, w.units, (id) => (unit.parent = id));
    put(unit, 'center', location(row, `${path}/center`));
    return unit;
  });
}

function readBrands(w: WorkbookImport): Mutable<Brand>[] {
  return w.rows('brands').map((row, i) => {
    const path = `/brands/${i}`;
    const brand: Mutable<Brand> = {
      ...w.entity(row, path, w.brands),
      kind: row.read('kind', `${path}/kind`, (c) => readEnum(c, 'kind'), true) as Brand['kind'],
    };
    put(brand, 'level', row.read('level', `${path}/level`, (c) => readEnum(c, 'level')) as Brand['level']);
    w.later(row, 'unit', `${path}/unit`, w.units, (id) => (brand.unit = id));
    w.later(row, 'parent', `${path}/parent`, w.brands, (id) => (brand.parent = id));
    put(brand, 'launched', row.read('launched', `${path}/launched`, readDate));
    put(brand, 'operator', row.text('operator', `${path}/operator`));
    w.laterList(row, 'clusters', `${path}/clusters`, w.clusters, (ids) => (brand.clusters = ids));
    return brand;
  });
}

function readProducts(w: WorkbookImport, brands: Mutable<Brand>[]): void {
  for (const row of w.rows('products')) {
    const { item: brand, path } = w.parent(row, 'brand', w.brands, brands, (b) => b.products, 'products');
    const product: Mutable<NonNullable<Brand['products']>[number]> = { name: row.text('name', `${path}/name`, true) ?? '' };
    put(product, 'category', row.read('category', `${path}/category`, (c) => readEnum(c, 'category')) as typeof product.category);
    put(product, 'certifications', row.read('certifications', `${path}/certifications`, readList));
    if (brand) (brand.products ??= []).push(product);
  }
}

function readClusters(w: WorkbookImport): Mutable<Cluster>[] {
  return w.rows('clusters').map((row, i) => {
    const path = `/clusters/${i}`;
    const cluster: Mutable<Cluster> = { ...w.entity(row, path, w.clusters), units: [] };
    put(cluster, 'industry', row.text('industry', `${path}/industry`));
    w.laterList(row, 'units', `${path}/units`, w.units, (ids) => (cluster.units = ids), true);
    w.later(row, 'brand', `${path}/brand`, w.brands, (id) => (cluster.brand = id));
    const committee: { name?: string; organizations?: number } = {};
    put(committee, 'name', row.text('partyCommittee', `${path}/partyCommittee/name`));
    put(committee, 'organizations', row.read('organizations', `${path}/partyCommittee/organizations`, readCount));
    if (Object.keys(committee).length) cluster.partyCommittee = committee;
    return cluster;
  });
}

/** The metric key and stored unit of an extra enterprise column: `产值(万元)` → output in 元. */
function enterpriseMetric(header: string): { key: string; unit: string | undefined } {
  const { label, unit } = splitUnit(header);
  const known = ENTERPRISE_METRICS.find((m) => [m.zh, m.en, m.key].some((n) => normalizeHeader(n) === normalizeHeader(label)));
  return { key: known?.key ?? label, unit: unit ?? known?.unit };
}

function readEnterprises(w: WorkbookImport, clusters: Mutable<Cluster>[]): void {
  const sheet = w.sheets.get('enterprises');
  const metrics: (ExtraColumn & { key: string; unit: string | undefined })[] = [];
  for (const extra of sheet?.extras ?? []) {
    const metric = { ...extra, ...enterpriseMetric(extra.header) };
    const first = metrics.find((m) => m.key === metric.key);
    const header = `${sheet!.name}!${columnLetters(extra.index)}${sheet!.headerNumber}`;
    if (first) w.log.warning(header, '', w.log.messages.duplicateColumn(sheet!.name, extra.header, columnLetters(first.index)));
    else {
      metrics.push(metric);
      // spreadsheet-format.md: a further column is a metric "with its unit in brackets".
      if (metric.unit === undefined) w.log.warning(header, '', w.log.messages.metricWithoutUnit(sheet!.name, extra.header));
    }
  }
  for (const metric of metrics) sheet!.metricColumns.set(metric.key, metric.index);
  for (const row of w.rows('enterprises')) {
    const { item: cluster, path } = w.parent(row, 'cluster', w.clusters, clusters, (c) => c.enterprises, 'enterprises');
    const enterprise: Mutable<NonNullable<Cluster['enterprises']>[number]> = { name: row.text('name', `${path}/name`, true) ?? '' };
    put(enterprise, 'id', row.text('id', `${path}/id`));
    const unit = row.text('unit', `${path}/unit`);
    if (unit !== undefined) put(enterprise, 'unit', w.ref(row, 'unit', `${path}/unit`, w.units, unit));
    put(enterprise, 'location', location(row, `${path}/location`));
    put(enterprise, 'partyOrganization', row.read('partyOrganization', `${path}/partyOrganization`, readYesNo));
    put(enterprise, 'aboveScale', row.read('aboveScale', `${path}/aboveScale`, readYesNo));
    for (const metric of metrics) {
      const cell = row.cells[metric.index] ?? null;
      const at = `${path}/metrics/${metric.key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (cellText(cell) === '') {
        row.uncalculated(metric.index, at, () => w.log.messages.column(metric.header, metric.key), false);
        continue;
      }
      const q = row.parse(row.at(metric.index), at, cell, (c) => readQuantity(c, metric.unit, `${sheet!.name}!${columnLetters(metric.index)}${sheet!.headerNumber}`));
      if (q) (enterprise.metrics ??= {})[metric.key] = { value: q.value, unit: q.unit ?? '' };
    }
    if (cluster) (cluster.enterprises ??= []).push(enterprise);
  }
}

function readIndicators(w: WorkbookImport): { indicators: Mutable<Indicator>[]; units: (string | undefined)[] } {
  const units: (string | undefined)[] = [];
  const indicators = w.rows('indicators').map((row, i) => {
    const path = `/indicators/${i}`;
    const indicator: Mutable<Indicator> = w.entity(row, path, w.indicators);
    // A unit is needed once there is a figure; a published growth alone has none.
    const unit = row.text('unit', `${path}/unit`);
    units.push(unit);
    put(indicator, 'unit', isPercent(unit) ? '%' : unitScale(unit)?.unit ?? unit);
    w.later(row, 'scope', `${path}/scope`, w.units, (id) => (indicator.scope = id));
    put(indicator, 'better', row.read('better', `${path}/better`, (c) => readEnum(c, 'better')) as Indicator['better']);
    put(indicator, 'cumulative', row.read('cumulative', `${path}/cumulative`, readYesNo));
    return indicator;
  });
  return { indicators, units };
}

function readValues(w: WorkbookImport, indicators: Mutable<Indicator>[], units: (string | undefined)[]): void {
  const sheet = w.sheets.get('values');
  const rate = (key: string) => (c: Cell) => readRate(c, isPercent(sheet?.units.get(key)));
  for (const row of w.rows('values')) {
    const found = w.parent(row, 'indicator', w.indicators, indicators, (i) => i.series, 'series');
    const index = found.index;
    const indicator = found.item ?? ({} as Mutable<Indicator>);
    // An unknown indicator has no place: its fields point past the end of the list (`/indicators/-`).
    const at = found.item ? `/indicators/${index}` : '/indicators/-';
    const text = cellText(row.raw('indicator'));
    const type = row.read('type', at, (c) => readEnum(c, 'type')) ?? 'series';
    const base = `${at}/${type}`;
    const path = type === 'series' ? found.path : base;
    // A second 公布 (or 目标) row of one indicator: the first keeps its pointer, the second is named below.
    const first = type !== 'series' && indicator[type as 'reported' | 'target'] ? w.log.items.get(base) : undefined;
    if (!first) w.log.items.set(path, row);
    const headerUnit = sheet?.units.get('value');
    const unit = headerUnit ?? units[index];
    // Where that unit is written: the value column's header, else the indicator's 单位 cell.
    const unitCell = headerUnit !== undefined ? headerAddress(row, 'value') : w.rows('indicators')[index]?.address('unit') ?? '';
    // 0.42 吨 under 数值(亿元) is not 4200万 吨: a header unit the indicator is not measured in is an error.
    const stored = (u: string | undefined) => (isPercent(u) ? '%' : unitScale(u)?.unit ?? u?.trim());
    const mismatch = headerUnit !== undefined && units[index] !== undefined && stored(headerUnit) !== stored(units[index]) && cellText(row.raw('value')) !== '';
    if (mismatch) w.log.error(row.address('value'), `${path}/value`, w.log.messages.unitMismatch(headerUnit, text, units[index]!));
    const value = mismatch ? undefined : row.read('value', `${path}/value`, (c) => readQuantity(c, unit, unitCell).value, type !== 'reported');
    const period = row.read('period', `${path}/period`, readPeriod, type === 'series');
    // Only a published figure has a place for a growth: on a series or target row it would be lost.
    if (type !== 'reported') {
      for (const key of ['yoy', 'pop'] as const) {
        if (row.raw(key) !== null) w.log.error(row.address(key), `${at}/reported/${key}`, w.log.messages.rateNotReported(row.sheet.describe(key), cellText(row.raw('type'))));
      }
    }
    if (type === 'series') {
      // A point whose cells failed keeps its place, so the rows after it keep their pointers.
      const point = {} as Mutable<NonNullable<Indicator['series']>[number]>;
      put(point, 'period', period);
      put(point, 'value', value);
      put(point, 'derived', row.text('derived', `${path}/derived`));
      (indicator.series ??= []).push(point);
      continue;
    }
    if (first) {
      w.log.error(row.address('type'), base, w.log.messages.duplicate(cellText(row.raw('type')) || type, text, first.number));
      continue;
    }
    const figure: Record<string, string | number> = {};
    put(figure, 'period', period);
    put(figure, 'value', value);
    if (type === 'reported') {
      put(figure, 'yoy', row.read('yoy', `${path}/yoy`, rate('yoy')));
      put(figure, 'pop', row.read('pop', `${path}/pop`, rate('pop')));
      indicator.reported = figure;
    } else if (value !== undefined) indicator.target = { ...figure, value };
  }
  w.rows('indicators').forEach((row, i) => {
    const figures = indicators[i]!;
    const hasValue = figures.series?.length || figures.reported?.value !== undefined || figures.target;
    if (hasValue && units[i] === undefined && row.sheet.columns.has('unit')) {
      w.log.error(row.address('unit'), `/indicators/${i}/unit`, w.log.messages.required(row.sheet.describe('unit')));
    }
  });
}

/** The period of a row for ordering only: its problems are reported where the row is read. */
function periodForOrder(row: Row): string | undefined {
  try {
    return row.raw('period') === null ? undefined : readPeriod(row.raw('period'));
  } catch {
    return undefined;
  }
}

/**
 * Rows of one sheet grouped by the item they describe (its key in `keyOf`), in order of first
 * appearance. Several rows of one item carry its figures of several periods: the row of the latest
 * period gives the item, the others (in row order) its earlier figures; each then needs a period,
 * which the caller reads (and reports) at the pointer the row has.
 */
function byPeriod(rows: readonly Row[], keyOf: (row: Row) => string) {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return { latest: group[0]!, earlier: [] as Row[] };
    const periods = group.map(periodForOrder);
    let last = 0;
    periods.forEach((p, i) => {
      if (p !== undefined && (periods[last] === undefined || comparePeriods(p, periods[last]!) >= 0)) last = i;
    });
    return { latest: group[last]!, earlier: group.filter((_, i) => i !== last) };
  });
}

function readCoverage(w: WorkbookImport): Mutable<Coverage>[] {
  const sheet = w.sheets.get('coverage');
  const ratio = (c: Cell) => readRatio(c, isPercent(sheet?.units.get('ratio')));
  const groups = byPeriod(w.rows('coverage'), (row) => cellText(row.raw('id')) || cellText(row.raw('name')));
  const list = groups.map(({ latest: row, earlier }, i) => {
    const path = `/coverage/${i}`;
    const coverage: Mutable<Coverage> = w.entity(row, path, w.coverage);
    put(coverage, 'covered', row.read('covered', `${path}/covered`, readCount));
    put(coverage, 'total', row.read('total', `${path}/total`, readCount));
    put(coverage, 'ratio', row.read('ratio', `${path}/ratio`, ratio));
    const unit = row.text('unit', `${path}/unit`);
    const by = row.text('by', `${path}/by`);
    const period = row.read('period', `${path}/period`, readPeriod, earlier.length > 0);
    const history = earlier.map((row, j) => {
      const at = `${path}/history/${j}`;
      w.log.items.set(at, row);
      const figure: Mutable<CoverageFigure> = { period: row.read('period', `${at}/period`, readPeriod, true) ?? '' };
      put(figure, 'covered', row.read('covered', `${at}/covered`, readCount));
      put(figure, 'total', row.read('total', `${at}/total`, readCount));
      put(figure, 'ratio', row.read('ratio', `${at}/ratio`, ratio));
      return figure;
    });
    // The rows' own 单位 first (the latest's, else an earlier one's); a header unit (`已覆盖（个）`)
    // is the unit of the counts it heads, not of an entry that gives only ratios.
    const counted = (key: 'covered' | 'total') => [coverage, ...history].some((f) => f[key] !== undefined) && sheet?.units.has(key);
    const headed = (['covered', 'total'] as const).find(counted);
    const earlierUnit = earlier.map((r) => cellText(r.raw('unit'))).find(Boolean);
    put(coverage, 'unit', unit ?? (earlierUnit || (headed && sheet?.units.get(headed))));
    put(coverage, 'by', by);
    put(coverage, 'period', period);
    if (history.length) coverage.history = history;
    return coverage;
  });
  for (const row of w.rows('breakdown')) {
    const { item: coverage, path } = w.parent(row, 'coverage', w.coverage, list, (c) => c.breakdown, 'breakdown');
    const unitText = row.text('unit', `${path}/unit`, true);
    const unit = unitText === undefined ? undefined : w.ref(row, 'unit', `${path}/unit`, w.units, unitText);
    const covered = row.read('covered', `${path}/covered`, readCount, true);
    const total = row.read('total', `${path}/total`, readCount, true);
    const entry = {} as Mutable<NonNullable<Coverage['breakdown']>[number]>;
    put(entry, 'unit', unit);
    put(entry, 'covered', covered);
    put(entry, 'total', total);
    if (coverage) (coverage.breakdown ??= []).push(entry);
  }
  return list;
}

/** Where a row of the metrics sheet belongs, found without reporting anything. */
function metricOwner(w: WorkbookImport, row: Row, brands: readonly Mutable<Brand>[], clusters: readonly Mutable<Cluster>[], list: string) {
  const text = cellText(row.raw('owner'));
  const brand = w.brands.find(text);
  const cluster = w.clusters.find(text);
  const index = brand !== undefined ? brands.findIndex((b) => b.id === brand) : clusters.findIndex((c) => c.id === cluster);
  const ambiguous = brand !== undefined && cluster !== undefined;
  const owner = ambiguous ? undefined : brand !== undefined ? brands[index] : clusters[index];
  const key = cellText(row.raw('metric'));
  const path = owner ? pointer(brand !== undefined ? 'brands' : 'clusters', index, 'metrics', key) : pointer(list, '-', 'metrics', key);
  return { text, known: brand !== undefined || cluster !== undefined, ambiguous, owner, key, path };
}

function readMetrics(w: WorkbookImport, brands: Mutable<Brand>[], clusters: Mutable<Cluster>[]): void {
  const sheet = w.sheets.get('metrics');
  // A row whose owner is unknown (or missing) has no place in the document: as for other child
  // rows, the owner's problem points at the list it should be in and the row's fields past its
  // end (`/brands/-/metrics/sales/value`): the brands, unless the workbook has only clusters.
  const list = !brands.length && clusters.length ? 'clusters' : 'brands';
  const rows = w.rows('metrics').map((row) => ({ row, ...metricOwner(w, row, brands, clusters, list) }));
  // Rows of one metric of one owner, by its JSON Pointer: one row per period, the latest is the
  // quantity, the earlier ones its series (row order). Each row is read at the pointer it has in
  // the document, whether or not its cells fail.
  const groups = new Map<string, { rows: Row[]; latest: number }>();
  for (const { row, owner, key, path } of rows) if (owner && key) groups.set(path, { rows: [...(groups.get(path)?.rows ?? []), row], latest: 0 });
  const at = new Map<Row, string>();
  for (const [path, group] of groups) {
    const periods = group.rows.map(periodForOrder);
    group.latest = periods.reduce((best, p, i) => (comparePeriods(p ?? '', periods[best] ?? '') >= 0 ? i : best), 0);
    let j = 0;
    group.rows.forEach((row, i) => at.set(row, i === group.latest ? path : `${path}/series/${j++}`));
  }
  const figures = new Map<Row, { q: { value: number; unit: string | undefined } | undefined; period: string | undefined }>();
  for (const { row, text, known, ambiguous, key, path } of rows) {
    row.text('owner', `/${list}`, true);
    if (ambiguous) {
      w.log.error(row.address('owner'), `/${list}`, w.log.messages.ambiguousRef(text));
      continue;
    }
    if (text && !known) {
      const m = w.log.messages;
      w.log.error(row.address('owner'), `/${list}`, m.unknownRef(text, m.things['owner']!, `${w.sheetName('brands')}/${w.sheetName('clusters')}`, m.list([w.brands, w.clusters].filter((l) => l.size).map((l) => l.known(m))) || '—'));
    }
    if (!key) {
      // No metric named: the row belongs among its owner's metrics, at no key.
      const metrics = `${path.slice(0, path.lastIndexOf('/metrics/'))}/metrics`;
      w.log.items.set(metrics, row);
      row.text('metric', metrics, true);
    }
    const here = at.get(row) ?? path;
    w.log.items.set(here, row);
    const headerUnit = sheet?.units.get('value');
    // `37.83亿` and `65.3%` say their unit (元, %) themselves; otherwise the unit cell or the header's is needed.
    const unitNeeded = headerUnit === undefined && !saysItsUnit(row.raw('value'));
    // The unit of every row is the quantity's: a series point has none of its own.
    const ownUnit = row.text('unit', `${path}/unit`, unitNeeded);
    const unit = ownUnit ?? headerUnit;
    const unitCell = ownUnit !== undefined ? row.address('unit') : headerAddress(row, 'value');
    const q = row.read('value', `${here}/value`, (c) => readQuantity(c, unit, unitCell), true);
    figures.set(row, { q, period: row.read('period', `${here}/period`, readPeriod) });
  }
  for (const group of groups.values()) {
    const { owner, key, text } = rows.find((r) => r.row === group.rows[0])!;
    const read = group.rows.map((row) => ({ row, at: at.get(row)!, ...figures.get(row)! }));
    const latest = read[group.latest]!;
    const earlier = read.filter((f) => f !== latest);
    const m = w.log.messages;
    // Several rows of one metric are its periods: each row says which, once, in the latest one's unit.
    const undated = read.length > 1 ? read.find((f) => f.row.raw('period') === null) : undefined;
    if (undated) w.log.error(undated.row.address('period'), `${undated.at}/period`, m.metricNeedsPeriod(text, key));
    const unitText = (f: (typeof read)[number]) => cellText(f.row.raw('unit')) || f.q?.unit || '';
    for (const f of earlier) {
      if (latest.q && f.q && (f.q.unit ?? '') !== (latest.q.unit ?? '')) {
        w.log.error(f.row.address('unit'), f.at, m.metricUnitDiffers(text, key, unitText(f), unitText(latest), latest.row.number));
      }
    }
    let twice = false;
    read.forEach((f, i) => {
      const first = read.find((g, j) => j < i && g.period !== undefined && g.period === f.period);
      if (!first) return;
      w.log.error(f.row.address('period'), `${f.at}/period`, m.metricPeriodTwice(text, key, f.period!, first.row.number));
      twice = true;
    });
    // A metric with a row whose cells failed is reported, not judged further.
    if (undated || twice || read.some((f) => !f.q || (f.period === undefined && f.row.raw('period') !== null))) continue;
    const quantity: Mutable<Quantity> = { value: latest.q!.value, unit: latest.q!.unit ?? '' };
    put(quantity, 'period', latest.period);
    if (earlier.length) quantity.series = earlier.map((f) => ({ period: f.period!, value: f.q!.value }));
    (owner!.metrics ??= {})[key] = quantity;
  }
}

/**
 * Converts workbook rows into a `region-brand-data` document. Reports every problem at once;
 * any error means no document, and its problems are the errors, then the warnings (the format's
 * too). The document passes {@link validateDocument}.
 */
export function workbookToDocument(
  book: WorkbookRows,
  options: { lang?: string } = {},
): { ok: true; document: RegionBrandData; warnings: SheetProblem[] } | { ok: false; problems: SheetProblem[] } {
  const lang = options.lang ?? 'zh-CN';
  const w = new WorkbookImport(book, lang);
  const doc: Partial<Mutable<RegionBrandData>> = { format: 'region-brand-data', version: 1 };
  readRegion(w, doc);
  const sources = w.rows('sources').map((row, i) => {
    w.log.items.set(`/sources/${i}`, row);
    const source: Mutable<NonNullable<RegionBrandData['sources']>[number]> = { title: row.text('title', `/sources/${i}/title`, true) ?? '' };
    put(source, 'publisher', row.text('publisher', `/sources/${i}/publisher`));
    put(source, 'date', row.read('date', `/sources/${i}/date`, readDate));
    put(source, 'url', row.text('url', `/sources/${i}/url`));
    for (const extra of ['author', 'note'] as const) put(source as Record<string, string>, extra, row.text(extra, `/sources/${i}/${extra}`));
    return source;
  });
  if (sources.length) doc.sources = sources;
  doc.units = readUnits(w);
  const brands = readBrands(w);
  readProducts(w, brands);
  const clusters = readClusters(w);
  readEnterprises(w, clusters);
  const { indicators, units } = readIndicators(w);
  readValues(w, indicators, units);
  const coverage = readCoverage(w);
  readMetrics(w, brands, clusters);
  w.resolve();
  Object.assign(doc, { brands, clusters, indicators, coverage });

  // The rules of the format run even when cells failed, so a clerk sees every problem at once
  // (a covered > total beside a misspelt unit, or beside a bad period on its own row).
  pointMissingColumns(w);
  const result = validateDocument(doc);
  const atCell = (severity: SheetProblem['severity']) => (issue: ValidationIssue): SheetProblem => ({
    cell: w.log.cellOf(issue.path),
    path: issue.path,
    message: describeIssue(citingCells(w.log, issue), lang),
    severity,
  });
  const isNews = news(w.log);
  const ruleErrors = result.ok ? [] : result.error.issues;
  // The format's warnings too (同比 21.85 that looks like a percentage …), as for a JSON document,
  // and beside errors as well: a document that fails validation has them all the same.
  const ruleWarnings = result.ok ? result.warnings : located(rulesBeside(doc, ALL_RULES, ruleErrors).warnings, doc);
  const isError = (p: SheetProblem) => p.severity === 'error';
  const errors = [...w.log.problems.filter(isError), ...ruleErrors.filter(isNews).map(atCell('error'))];
  const warnings = [...w.log.problems.filter((p) => !isError(p)), ...ruleWarnings.filter(isNews).map(atCell('warning'))];
  // Errors first, then the warnings: nothing is imported, and a clerk fixes the errors first.
  if (!result.ok || errors.length) return { ok: false, problems: [...errors, ...warnings] };
  return { ok: true, document: result.data, warnings };
}

/** Issues whose second parameter is the pointer of the first of two (`编号“a”重复（首次出现在 /units/0/id）`). */
const CITING = new Set(['duplicateId', 'duplicatePeriod', 'listedTwice', 'breakdownTwice']);

/** An issue that cites another place, citing the clerk's cell (`单位!A2`) instead of its pointer. */
function citingCells(log: WorkbookImport['log'], issue: ValidationIssue): ValidationIssue {
  if (!CITING.has(issue.key)) return issue;
  const params = issue.params.map((p, i) => (i === 1 && typeof p === 'string' && log.cellOf(p)) || p);
  return { ...issue, params };
}

/** The column of a child sheet that names the item a row belongs to, and that item's list. */
const PARENT_COLUMNS: Partial<Record<SheetKey, [string, string]>> = {
  products: ['brand', '/brands'], enterprises: ['cluster', '/clusters'], values: ['indicator', '/indicators'],
  breakdown: ['coverage', '/coverage'], metrics: ['owner', '/brands'],
};

/**
 * Gives each missing required column the JSON Pointer its cell would have had on the sheet's first
 * row (`/units/0/level`, `/asOf`); a missing parent column, the list the rows belong in (`/clusters`).
 */
function pointMissingColumns(w: WorkbookImport): void {
  for (const { problem, sheet, key } of w.log.missingColumns) {
    const parent = PARENT_COLUMNS[sheet.spec.key];
    const first = sheet.rows[0];
    // The item the first row became (its last registered pointer: a 公布 row's `/indicators/0/reported`).
    const item = [...w.log.items].filter(([, row]) => row === first).at(-1)?.[0];
    if (sheet.spec.key === 'region') problem.path = key === 'asOf' ? '/asOf' : `/region/${key}`;
    else if (parent?.[0] === key) problem.path = sheet.spec.key === 'metrics' && !w.brands.size && w.clusters.size ? '/clusters' : parent[1];
    else if (item === undefined || item.includes('/-')) problem.path = parent?.[1] ?? `/${sheet.spec.key}`;
    // 指标值 without its 指标 column: the row's place is among its owner's metrics, at no key.
    else if (key === 'metric') problem.path = item.slice(0, item.lastIndexOf('/'));
    else problem.path = `${item}/${key}`;
  }
}

const LISTS = new Set(['/brands', '/clusters', '/indicators', '/coverage']);

/**
 * Issues that say a field is missing, or that a figure needs another: on an item with a cell that
 * failed (read as empty) or on a sheet without a required column, they repeat that problem.
 */
const ABSENCE = new Set(['required', 'tooShort', 'blankId', 'unitNeeded', 'coverageNeedsCounts', 'latestUndated']);

/**
 * After cell errors: whether an issue the document's rules found is news. Not at, above or
 * below a pointer that has a problem already, nor an {@link ABSENCE} issue on an item whose cell
 * failed or whose sheet lacks a required column. Anything else on such an item is news: a row
 * with a bad period and 500 covered of 424 gives both problems.
 */
function news(log: WorkbookImport['log']): (issue: ValidationIssue) => boolean {
  if (!log.hasErrors) return () => true;
  const failed = log.problems.filter((p) => p.severity === 'error').map((p) => p.path)
    // A row whose parent is empty or unknown (a problem at `/coverage`, `/brands` …) has no place
    // in the document: the rules' findings on that list's items are news. So are the findings
    // beside a problem with no place (a sheet without a header, a second copy of a sheet): its
    // rows are not read, what names them is reported by the import, and the rest is found as ever.
    .filter((p) => p !== '' && !LISTS.has(p));
  // The region sheet's one row holds the region and `asOf`: without it, both are missing.
  if (failed.includes('/region')) failed.push('/asOf');
  const itemOf = (path: string): string => {
    for (let p = path; p; p = p.slice(0, p.lastIndexOf('/'))) if (log.items.has(p)) return p;
    return '';
  };
  const lacking = new Set(log.missingColumns.map((m) => m.sheet));
  const failedItems = new Set([
    ...failed.map(itemOf),
    ...[...log.items].filter(([, row]) => lacking.has(row.sheet)).map(([path]) => path),
  ].filter(Boolean));
  const related = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
  return ({ path, key }) => !failed.some((p) => related(path, p)) && !(ABSENCE.has(key) && failedItems.has(itemOf(path)));
}
