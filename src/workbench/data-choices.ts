/**
 * Which config fields name something the data holds, and the choices the loaded document offers
 * for them (its ids, shown by name). Pure: a document and a widget type in, choices out.
 */
import type { RegionBrandData } from '../core/schema.js';
import { metricKeysOf, rankedItems, RANKED, type Ranked } from '../widgets/ranking/ranking.items.js';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

type Named = { readonly id?: string | undefined; readonly name: string };
type Chooser = (doc: RegionBrandData, config: Readonly<Record<string, unknown>>) => Choice[];

const byName = (items: readonly Named[] | undefined): Choice[] =>
  (items ?? []).filter((i) => i.id).map((i) => ({ value: i.id!, label: i.name === i.id ? i.name : `${i.name} (${i.id})` }));

const metricKeys = (owners: readonly { readonly metrics?: Readonly<Record<string, unknown>> | undefined }[] | undefined): Choice[] => {
  const keys = new Set<string>();
  for (const o of owners ?? []) for (const k of Object.keys(o.metrics ?? {})) keys.add(k);
  return [...keys].map((k) => ({ value: k, label: k }));
};

/** Periods of the indicator chosen in the config (or of all indicators), latest first. */
const indicatorPeriods: Chooser = (doc, config) => {
  const periods = new Set<string>();
  for (const ind of doc.indicators ?? []) {
    if (config['indicator'] && ind.id !== config['indicator']) continue;
    for (const point of ind.series ?? []) periods.add(point.period);
    if (ind.reported?.period) periods.add(ind.reported.period);
  }
  return [...periods].sort().reverse().map((p) => ({ value: p, label: p }));
};

const CHOOSERS: Readonly<Record<string, Chooser>> = {
  coverage: (doc) => byName(doc.coverage),
  indicator: (doc) => byName(doc.indicators),
  root: (doc) => byName(doc.brands),
  clusters: (doc) => byName(doc.clusters),
  'brand-matrix.metric': (doc) => metricKeys(doc.brands),
  'cluster-map.metric': (doc) => metricKeys(doc.clusters),
  'ranking.metric': (doc, config) => {
    const of = (RANKED as readonly unknown[]).includes(config['of']) ? (config['of'] as Ranked) : 'brands';
    try {
      return metricKeysOf(rankedItems(doc, of), of).map((k) => ({ value: k, label: k }));
    } catch {
      return []; // a document still being fixed
    }
  },
  period: indicatorPeriods,
};

/** Choices for a field of a widget type from the data, or null when the field names no data. */
export function dataChoices(
  type: string,
  field: string,
  doc: RegionBrandData | null,
  config: Readonly<Record<string, unknown>>,
): Choice[] | null {
  const chooser = CHOOSERS[`${type}.${field}`] ?? CHOOSERS[field];
  if (!chooser) return null;
  return doc ? chooser(doc, config) : [];
}
