/**
 * Document → workbook rows (`spreadsheet-format.md`): one sheet per list, headers in the language
 * asked for, an instructions sheet and an allowed-values sheet. The rows import back to the same
 * document.
 */
import { sheetMessagesFor, type SheetMessages } from './messages.js';
import type { Quantity, RegionBrandData } from '../core/schema.js';
import { ENTERPRISE_METRICS, ENUMS, SHEETS, type EnumName, type SheetKey } from './spec.js';
import type { Cell, WorkbookRows } from './types.js';
import { percentText } from './cells.js';

type Record_ = Readonly<Record<string, unknown>>;

/**
 * Writes the rows of one sheet: header row, then one row per record, in the spec's column order.
 * Our extension columns (not in `spreadsheet-format.md`) are written only when a record has a value.
 */
function sheet(key: SheetKey, english: boolean, records: readonly Record_[], extra: string[] = []): WorkbookRows['sheets'][number] {
  const spec = SHEETS.find((s) => s.key === key)!;
  const columns = spec.columns.filter((c) => !c.extension || records.some((r) => r[c.key] !== undefined && r[c.key] !== null));
  const header: Cell[] = [...columns.map((c) => (english ? c.en : c.zh)), ...extra];
  const keys = [...columns.map((c) => c.key), ...extra];
  const rows = records.map((r) => keys.map((k) => (r[k] ?? null) as Cell));
  return { name: english ? spec.en : spec.zh, rows: [header, ...rows] };
}

/** A figure as its cell: a ratio in `%` as the percentage it is (0.653 → `65.3%`), which imports back to the same ratio. */
function figure(value: number | undefined, unit: string | undefined): Cell {
  return value === undefined ? null : unit === '%' ? percentText(value) : value;
}

function enumLabel(name: EnumName, value: string | undefined, english: boolean): string | undefined {
  if (value === undefined || english) return value;
  return (ENUMS[name] as Record<string, readonly string[]>)[value]?.[0] ?? value;
}

/** Enterprise metric columns: one per metric key, `产值(元)`, in order of first appearance. */
function enterpriseColumns(doc: RegionBrandData, english: boolean): { key: string; header: string }[] {
  const seen = new Map<string, string>();
  for (const c of doc.clusters) for (const e of c.enterprises ?? []) {
    for (const [key, q] of Object.entries(e.metrics ?? {})) if (!seen.has(key)) seen.set(key, q.unit);
  }
  return [...seen].map(([key, unit]) => {
    const known = ENTERPRISE_METRICS.find((m) => m.key === key);
    const label = known ? (english ? known.en : known.zh) : key;
    return { key, header: unit ? `${label}(${unit})` : label };
  });
}

/**
 * How the metrics sheet names a brand or cluster: its id, unless a thing of the other kind has
 * that id or name; then its name, if that is unique.
 */
function ownerNames(doc: RegionBrandData) {
  const count = new Map<string, number>();
  for (const e of [...doc.brands, ...doc.clusters]) for (const t of new Set([e.id, e.name])) count.set(t, (count.get(t) ?? 0) + 1);
  return (entity: { id: string; name: string }, others: readonly { id: string; name: string }[]): string =>
    others.some((o) => o.id === entity.id || o.name === entity.id) && count.get(entity.name) === 1 ? entity.name : entity.id;
}

function allowedValues(m: SheetMessages): WorkbookRows['sheets'][number] {
  const english = m.formatNames === 'en';
  const columns: [EnumName, string, string][] = [
    ['level', '级别', 'level'], ['kind', '类型', 'kind'], ['category', '类别', 'category'],
    ['better', '方向', 'better'], ['type', '类型（指标数据）', 'type (indicator values)'],
  ];
  const rows: Cell[][] = [[...m.allowedHeader]];
  for (const [name, zh, en] of columns) {
    for (const [value, labels] of Object.entries(ENUMS[name] as Record<string, readonly string[]>)) {
      rows.push([english ? en : zh, english ? value : labels[0]!, english ? labels[0]! : value]);
    }
  }
  rows.push([english ? 'yes/no' : '是/否', english ? 'Y' : '是', english ? 'N' : '否']);
  const spec = SHEETS.find((s) => s.key === 'allowed')!;
  return { name: english ? spec.en : spec.zh, rows };
}

/**
 * Converts a document into workbook rows. With `template`, the sheets carry headers only (plus
 * the instructions and allowed values), in the language `lang` chooses (as widgets choose theirs:
 * `zh-TW` gives zh-Hant, `en-GB` en); sheet names, headers and values are the format's Chinese
 * ones, or its English ones for a language that writes those (`formatNames`: en).
 */
export function documentToWorkbook(doc: RegionBrandData, options: { lang?: string; template?: boolean } = {}): WorkbookRows {
  const m = sheetMessagesFor(options.lang);
  const english = m.formatNames === 'en';
  const yesNo = (b: boolean | undefined) => (b === undefined ? undefined : english ? (b ? 'Y' : 'N') : b ? '是' : '否');
  const list = (items: readonly string[] | undefined) => items?.join(english ? ', ' : '、');
  const level = (l: string | undefined) => enumLabel('level', l, english);
  const data: RegionBrandData = options.template
    ? { ...doc, sources: [], units: [], brands: [], clusters: [], indicators: [], coverage: [] }
    : doc;
  const metricColumns = enterpriseColumns(data, english);
  const owner = ownerNames(data);
  const quantities = (owner: string, metrics: Readonly<Record<string, Quantity>> | undefined) =>
    Object.entries(metrics ?? {}).flatMap(([metric, q]) => [
      // Earlier figures first (one row per period), the quantity itself last; a series point of
      // the quantity's own period is the quantity's row.
      ...(q.series ?? []).filter((p) => p.period !== q.period).map((p) => ({ owner, metric, value: figure(p.value, q.unit), unit: q.unit, period: p.period })),
      { owner, metric, value: figure(q.value, q.unit), unit: q.unit, period: q.period },
    ]);
  const readme = SHEETS.find((s) => s.key === 'readme')!;

  return {
    sheets: [
      { name: english ? readme.en : readme.zh, rows: m.readme.map((line) => [line]) },
      sheet('region', english, options.template ? [] : [{
        id: data.region.id, name: data.region.name, level: level(data.region.level), parent: data.region.parent,
        asOf: data.asOf, geo: data.geo && 'url' in data.geo ? String(data.geo.url) : undefined,
      }]),
      sheet('sources', english, data.sources ?? []),
      sheet('units', english, data.units.map((u) => ({ ...u, level: level(u.level), longitude: u.center?.[0], latitude: u.center?.[1] }))),
      sheet('brands', english, data.brands.map((b) => ({
        ...b, kind: enumLabel('kind', b.kind, english), level: level(b.level), clusters: list(b.clusters),
      }))),
      sheet('products', english, data.brands.flatMap((b) => (b.products ?? []).map((p) => ({
        brand: b.id, name: p.name, category: enumLabel('category', p.category, english), certifications: list(p.certifications),
      })))),
      sheet('clusters', english, data.clusters.map((c) => ({
        ...c, units: list(c.units), partyCommittee: c.partyCommittee?.name, organizations: c.partyCommittee?.organizations,
      }))),
      sheet('enterprises', english, data.clusters.flatMap((c) => (c.enterprises ?? []).map((e) => ({
        cluster: c.id, id: e.id, name: e.name, unit: e.unit, longitude: e.location?.[0], latitude: e.location?.[1],
        partyOrganization: yesNo(e.partyOrganization), aboveScale: yesNo(e.aboveScale),
        ...Object.fromEntries(metricColumns.map((col) => [col.header, figure(e.metrics?.[col.key]?.value, e.metrics?.[col.key]?.unit)])),
      }))), metricColumns.map((col) => col.header)),
      sheet('indicators', english, data.indicators.map((i) => ({
        ...i, better: enumLabel('better', i.better, english), cumulative: yesNo(i.cumulative as boolean | undefined),
      }))),
      sheet('values', english, data.indicators.flatMap((i) => [
        ...(i.series ?? []).map((p) => ({ ...p, value: figure(p.value, i.unit), indicator: i.id, type: enumLabel('type', 'series', english) })),
        ...(i.reported ? [{ indicator: i.id, ...i.reported, value: figure(i.reported.value, i.unit), type: enumLabel('type', 'reported', english) }] : []),
        ...(i.target ? [{ indicator: i.id, ...i.target, value: figure(i.target.value, i.unit), type: enumLabel('type', 'target', english) }] : []),
      ])),
      // One row per figure: the earlier ones (history) first, the entry's own last.
      sheet('coverage', english, data.coverage.flatMap((c) => [
        ...(c.history ?? []).map((h) => ({ id: c.id, name: c.name, unit: c.unit, by: c.by, ...h })),
        c,
      ])),
      sheet('breakdown', english, data.coverage.flatMap((c) => (c.breakdown ?? []).map((b) => ({ coverage: c.id, ...b })))),
      sheet('metrics', english, [
        ...data.brands.flatMap((b) => quantities(owner(b, data.clusters), b.metrics)),
        ...data.clusters.flatMap((c) => quantities(owner(c, data.brands), c.metrics)),
      ]),
      allowedValues(m),
    ],
  };
}
