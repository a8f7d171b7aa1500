/**
 * Pure checks and placement of a dashboard's widgets: the flowing grid (`span`) or the big-screen
 * stage (`area` on a `columns` × `rows` grid), one page or several. Every problem is collected with
 * its JSON Pointer in the spec (`/pages/1/widgets/0/area`), so an editor sees all of them at once.
 */
import type { ValidationIssue } from '../../core/errors.js';
import { objectValue } from '../../core/json-attribute.js';

/** `[column, row, columnSpan, rowSpan]`, 1-based. */
export type Area = readonly [number, number, number, number];

/** What the layout check reads of one widget. */
export interface LayoutWidget {
  readonly area?: Area | undefined;
  readonly span?: number | undefined;
}

/** One page of widgets with the JSON Pointer of its `widgets` list. */
export interface LayoutPage<W extends LayoutWidget> {
  readonly widgets: readonly W[];
  /** `/widgets` or `/pages/2/widgets`. */
  readonly at: string;
}

const areaText = (a: Area): string => `[${a.join(', ')}]`;

/** True when two areas share a cell. */
export function overlaps(a: Area, b: Area): boolean {
  return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
}

/**
 * The layout rules: on a stage every widget has an area inside the grid and no two areas of a page
 * overlap (the later one is reported, naming the earlier); without a stage, no widget has an area.
 */
export function layoutIssues<W extends LayoutWidget>(pages: readonly LayoutPage<W>[], stage: boolean, columns: number, rows: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const page of pages) {
    const placed: { area: Area; at: string }[] = [];
    page.widgets.forEach((w, i) => {
      const at = `${page.at}/${i}/area`;
      if (!stage) {
        if (w.area) issues.push({ path: at, key: 'areaWithoutStage', params: [] });
        return;
      }
      if (!w.area) return void issues.push({ path: at, key: 'areaRequired', params: [] });
      const [c, r, cs, rs] = w.area;
      if (c + cs - 1 > columns || r + rs - 1 > rows) {
        // The nearest area inside the grid: as wide and tall as it fits, moved back in.
        const [w2, h2] = [Math.min(cs, columns), Math.min(rs, rows)];
        const inside: Area = [Math.min(c, columns - w2 + 1), Math.min(r, rows - h2 + 1), w2, h2];
        return void issues.push({ path: at, key: 'areaOutside', params: [areaText(w.area), columns, rows, areaText(inside)] });
      }
      const other = placed.find((p) => overlaps(p.area, w.area!));
      if (other) issues.push({ path: at, key: 'areaOverlap', params: [areaText(w.area), `${other.at} ${areaText(other.area)}`] });
      placed.push({ area: w.area, at });
    });
  }
  return issues;
}

/**
 * The problems of an `area` written wrong (`[0, 1, 2, 2]`, three numbers, `"1,1,2,2"`): one at
 * the area, saying what it must be, instead of one per number ("required field is missing" at
 * `/widgets/0/area/3`).
 */
export function areaIssues(spec: unknown, issues: readonly ValidationIssue[]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const area = /^((?:\/pages\/\d+)?\/widgets\/\d+\/area)(?:\/\d+)?$/.exec(issue.path)?.[1];
    if (area === undefined) out.push(issue);
    else if (!out.some((i) => i.path === area)) {
      const written = area.split('/').slice(1).reduce<unknown>((at, key) => (objectValue(at) ?? (Array.isArray(at) ? at : undefined))?.[key as never], spec);
      const text = Array.isArray(written) ? `[${written.map((x) => JSON.stringify(x)).join(', ')}]` : (JSON.stringify(written) ?? String(written));
      out.push({ path: area, key: 'areaShape', params: [text.slice(0, 60)] });
    }
  }
  return out;
}
