/**
 * The sheets of the things a region has: the region itself, its sources, units, brands (with
 * their products) and clusters (with their enterprises and their metric columns).
 */
import type { Brand, Cluster, RegionBrandData } from '../core/schema.js';
import { cellText, readCount, readDate, readEnum, readList, readQuantity, readYesNo } from './cells.js';
import { location, put, type Mutable, type WorkbookImport } from './import-context.js';
import type { ExtraColumn } from './rows.js';
import { columnLetters, ENTERPRISE_METRICS, normalizeHeader, splitUnit } from './spec.js';

/** The region sheet: its one row gives the region, `asOf` and the map (`geo`). */
export function readRegion(w: WorkbookImport, doc: Partial<Mutable<RegionBrandData>>): void {
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

/** The units sheet: the administrative units inside the region. */
export function readUnits(w: WorkbookImport): RegionBrandData['units'] {
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

/** The brands sheet; products come from their own sheet ({@link readProducts}). */
export function readBrands(w: WorkbookImport): Mutable<Brand>[] {
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

/** The products sheet: each row's product added to the brand it names. */
export function readProducts(w: WorkbookImport, brands: Mutable<Brand>[]): void {
  for (const row of w.rows('products')) {
    const { item: brand, path } = w.parent(row, 'brand', w.brands, brands, (b) => b.products, 'products');
    const product: Mutable<NonNullable<Brand['products']>[number]> = { name: row.text('name', `${path}/name`, true) ?? '' };
    put(product, 'category', row.read('category', `${path}/category`, (c) => readEnum(c, 'category')) as typeof product.category);
    put(product, 'certifications', row.read('certifications', `${path}/certifications`, readList));
    if (brand) (brand.products ??= []).push(product);
  }
}

/** The clusters sheet; enterprises come from their own sheet ({@link readEnterprises}). */
export function readClusters(w: WorkbookImport): Mutable<Cluster>[] {
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

/** The enterprises sheet: each row added to the cluster it names, its further columns its metrics. */
export function readEnterprises(w: WorkbookImport, clusters: Mutable<Cluster>[]): void {
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

/** The sources sheet: where the figures come from. */
export function readSources(w: WorkbookImport): NonNullable<RegionBrandData['sources']> {
  return w.rows('sources').map((row, i) => {
    w.log.items.set(`/sources/${i}`, row);
    const source: Mutable<NonNullable<RegionBrandData['sources']>[number]> = { title: row.text('title', `/sources/${i}/title`, true) ?? '' };
    put(source, 'publisher', row.text('publisher', `/sources/${i}/publisher`));
    put(source, 'date', row.read('date', `/sources/${i}/date`, readDate));
    put(source, 'url', row.text('url', `/sources/${i}/url`));
    for (const extra of ['author', 'note'] as const) put(source as Record<string, string>, extra, row.text(extra, `/sources/${i}/${extra}`));
    return source;
  });
}
