/**
 * The state stories every widget file exports (see `stateStories` in support.ts), and what each
 * one shows. test/build/storybook.test.ts opens every story of the built Storybook and checks it
 * against this table: an error code, `loading`, `stale`, `no-data`, or `rendered`.
 */
export type Outcome =
  | 'rendered'
  | 'loading'
  | 'stale'
  | 'no-data'
  | 'empty-state'
  | 'fetch-failed'
  | 'invalid-json'
  | 'invalid-data'
  | 'invalid-config'
  | 'unsupported-version';

/** Export name of a state story → what it shows. Every widget story file exports all of them. */
export const STATE_OUTCOMES = {
  /** A `src` that never answers. */
  Loading: 'loading',
  /** A `src` that never answers, with `timeout="1"`. */
  Timeout: 'fetch-failed',
  /** A `src` that answers 404. */
  NotFound: 'fetch-failed',
  /** A `src` on a host that refuses connections. */
  Offline: 'fetch-failed',
  /** A `data` attribute that is not JSON. */
  InvalidJson: 'invalid-json',
  /** A document that breaks a rule of the data format (widget-specific). */
  InvalidData: 'invalid-data',
  /** A document of format version 2. */
  UnsupportedVersion: 'unsupported-version',
  /** A config with an id the data lacks, or an unknown option. */
  InvalidConfig: 'invalid-config',
  /** A valid document with nothing for this widget (see `EMPTY_STATE_WIDGETS` for the exceptions). */
  Empty: 'invalid-data',
  /** Neither `src` nor `data`. */
  NoData: 'no-data',
  /** Good data, then a refresh that fails: the last good picture stays, marked stale. */
  Stale: 'stale',
  English: 'rendered',
  Dark: 'rendered',
  Red: 'rendered',
} as const satisfies Record<string, Outcome>;

export type StateName = keyof typeof STATE_OUTCOMES;

/** Other stories that show an error on purpose; every story not listed here or above renders. */
export const OTHER_OUTCOMES: Record<string, Outcome> = {
  GeometryError: 'fetch-failed',
  OverlappingAreas: 'invalid-config',
};

/**
 * Widgets whose `Empty` story (a valid document without the section) shows a localised empty
 * state ("还没有品牌") and fires `rb-load`, not an error. Every widget does so for an empty list; the
 * gauge's and the card's stories ask for an id, which an empty list lacks (an error). Keys are story files' widget names (`brand-matrix.stories.ts`).
 */
export const EMPTY_STATE_WIDGETS: readonly string[] = ['brand-matrix', 'cluster-map', 'ranking'];

/** The widget name of a story file path (`./stories/brand-matrix.stories.ts` → `brand-matrix`). */
const widgetOfStoryFile = (path: string) => /([\w-]+)\.stories\.ts$/.exec(path)?.[1] ?? '';

/** What a story (by its export name and, for `Empty`, its story file) is expected to show. */
export function expectedOutcome(exportName: string, storyFile = ''): Outcome {
  if (exportName === 'Empty' && EMPTY_STATE_WIDGETS.includes(widgetOfStoryFile(storyFile))) return 'empty-state';
  return (STATE_OUTCOMES as Record<string, Outcome>)[exportName] ?? OTHER_OUTCOMES[exportName] ?? 'rendered';
}
