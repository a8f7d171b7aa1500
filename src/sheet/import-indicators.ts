/**
 * The indicators sheet and its figures (指标数据): each indicator's unit, its series, its
 * published figure (公布) with its growth, and its target.
 */
import type { Indicator } from '../core/schema.js';
import { cellText, isPercent, readEnum, readPeriod, readQuantity, readRate, readYesNo, unitScale } from './cells.js';
import { headerAddress, put, type Mutable, type WorkbookImport } from './import-context.js';
import type { Cell } from './types.js';

/** The indicators sheet, with each indicator's unit as written (its figures are read in it). */
export function readIndicators(w: WorkbookImport): { indicators: Mutable<Indicator>[]; units: (string | undefined)[] } {
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

/** The indicator values sheet: series points, the published figure (公布) and the target (目标) of each indicator. */
export function readValues(w: WorkbookImport, indicators: Mutable<Indicator>[], units: (string | undefined)[]): void {
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
