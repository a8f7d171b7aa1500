/**
 * Pure steps of the period control: which period playback shows next.
 */

/**
 * The period after `current` in a sorted list; from "latest" (undefined) or a period not in the
 * list, the first. Undefined after the last (playback ends there).
 */
export function nextPeriod(periods: readonly string[], current: string | undefined): string | undefined {
  if (!periods.length) return undefined;
  const at = current === undefined ? -1 : periods.indexOf(current);
  return periods[at + 1];
}
