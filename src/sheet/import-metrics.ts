/**
 * The metrics sheet (指标值): named quantities of brands and clusters, one row per period, the
 * latest the quantity and the earlier ones its series.
 */
import { comparePeriods } from '../core/periods.js';
import type { Brand, Cluster, Quantity } from '../core/schema.js';
import { pointer } from '../core/errors.js';
import { cellText, readPeriod, readQuantity, saysItsUnit } from './cells.js';
import { headerAddress, put, type Mutable, type WorkbookImport } from './import-context.js';
import { periodForOrder } from './row-periods.js';
import type { Row } from './rows.js';

/** Where a row of the metrics sheet belongs, found without reporting anything. */
function metricOwner(w: WorkbookImport, row: Row, brands: readonly Mutable<Brand>[], clusters: readonly Mutable<Cluster>[], list: string) {
  const text = cellText(row.raw('owner'));
  const brand = w.brands.find(text);
  const cluster = w.clusters.find(text);
  const index = brand !== undefined ? brands.findIndex((b) => b.id === brand) : clusters.findIndex((c) => c.id === cluster);
  const ambiguous = brand !== undefined && cluster !== undefined;
  // A name two brands (or two clusters) carry names neither: the ids to choose from.
  const sharing = ambiguous ? undefined : brand !== undefined ? w.brands.sharing(text) : w.clusters.sharing(text);
  const owner = ambiguous || sharing ? undefined : brand !== undefined ? brands[index] : clusters[index];
  const key = cellText(row.raw('metric'));
  const path = owner ? pointer(brand !== undefined ? 'brands' : 'clusters', index, 'metrics', key) : pointer(list, '-', 'metrics', key);
  return { text, known: brand !== undefined || cluster !== undefined, ambiguous, sharing, thing: brand !== undefined ? w.brands.thing : w.clusters.thing, owner, key, path };
}

/** The metrics sheet: each owner's metric, its latest row the quantity and the earlier ones its series. */
export function readMetrics(w: WorkbookImport, brands: Mutable<Brand>[], clusters: Mutable<Cluster>[]): void {
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
  for (const { row, text, known, ambiguous, sharing, thing, key, path } of rows) {
    row.text('owner', `/${list}`, true);
    if (ambiguous || sharing) {
      const m = w.log.messages;
      w.log.error(row.address('owner'), `/${list}`, sharing ? m.ambiguousName(text, m.things[thing]!, m.list(sharing)) : m.ambiguousRef(text));
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
