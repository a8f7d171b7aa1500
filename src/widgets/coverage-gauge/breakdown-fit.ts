/**
 * Which breakdown rows a room of fixed height shows (a big-screen cell): the one rule of the
 * element (which measures its rows) and of the picture renderer (which measures its drawn rows).
 * Nobody scrolls a big screen, so rows that do not fit are not hidden in a scrolling list: the
 * leading rows that fit are shown, then `另有 N 个单位` / `N more units` says how many are left
 * out; a selected unit among them takes the last shown place. The data table (screen readers,
 * CSV) keeps every unit.
 */

/**
 * How many leading rows of a breakdown of `count` rows the `room` shows: all when they fit; else
 * the most that fit together with the "N more units" line after them; -1 when not even the title
 * and that line fit (the breakdown is left out). Without a room (a flowing page), all of them.
 *
 * @param heightWith - The breakdown's height showing its first `shown` rows, plus the line when
 *   `shown < count`; called with `count`, then fewer, until one fits.
 */
export function rowsThatFit(count: number, room: number | undefined, heightWith: (shown: number) => number): number {
  if (room === undefined) return count;
  for (let shown = count; shown >= 0; shown--) if (heightWith(shown) <= room) return shown;
  return -1;
}

/**
 * The rows to draw when `shown` of them fit: the leading ones, except that a selected row (the
 * unit chosen in the link group) that would be left out takes the last place, so a choice made in
 * another widget is always seen. Without a limit (`shown` null), every row.
 */
export function visibleRows<R extends { readonly focused: boolean }>(rows: readonly R[], shown: number | null): readonly R[] {
  if (shown === null || shown >= rows.length) return rows;
  if (shown <= 0) return [];
  const leading = rows.slice(0, shown);
  const selected = rows.find((r) => r.focused);
  return !selected || leading.includes(selected) ? leading : [...leading.slice(0, -1), selected];
}

/** The line that stands for `hidden` rows left out: the language's `gauge.moreUnits`, else `+N`. */
export function moreUnitsText(moreUnits: ((count: number) => string) | undefined, hidden: number): string {
  return moreUnits?.(hidden) ?? `+${hidden}`;
}
