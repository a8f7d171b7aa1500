/**
 * What mistakes say: every message about a document, a config or a load that went wrong, and the
 * words that place it in a document (`第 4 个指标“税收收入”缺少“名称”（name）`). Apart from
 * `Messages` because a page whose data is right never needs them: a widget loads them the
 * first time it has a mistake to report (`problemsReady`).
 */

import type { ErrorCode } from './messages.js';

/** The messages about mistakes in one language. */
export interface ProblemMessages {
  /** The language's tag, as in its `Messages`. */
  readonly lang: string;
  /** Names of JSON types and shapes used in validation messages. */
  readonly types: Readonly<Record<string, string>>;
  /** The error panel (`error-panel.ts`) and the error's message. */
  readonly errors: {
    /** The panel's title, by error code. */
    readonly title: Readonly<Record<ErrorCode, string>>;
    /** Labels of the error code and of the JSON Pointer. */
    readonly code: string;
    readonly path: string;
    /** The marker shown while a failed refresh leaves older data on screen, with the time of that data. */
    readonly stale: (time: string) => string;
    /** Summary of the disclosure that lists every problem of an error. */
    readonly allProblems: (count: number) => string;
    /** The first problem of several and how many more there are: `…（另有 2 处问题）`. */
    readonly moreProblems: (first: string, more: number) => string;
  };
  readonly issue: {
    readonly type: (expected: string) => string;
    readonly value: (expected: string, received: string) => string;
    /** A number below the least a field takes (a grid of 0 columns): the least, then the number given. */
    readonly atLeast: (least: string, received: string) => string;
    /** A number above the most a field takes: the most, then the number given. */
    readonly atMost: (most: string, received: string) => string;
    /** A value that is not one of a list (a widget type, a style, a level): the value, then the allowed ones. */
    readonly oneOf: (received: string, ...allowed: string[]) => string;
    readonly required: string;
    /** A required field of a config missing (no item to name it by, as in a dashboard spec): the key, then what to write (`"width": 1920`). */
    readonly requiredKey: (key: string, write: string) => string;
    /** A config value of the wrong JSON type: the type expected (translated), the key, then what to write (`"title": "…"`). */
    readonly typeKey: (expected: string, key: string, write: string) => string;
    /** An id that is `""` or blanks only. */
    readonly blankId: string;
    readonly integer: string;
    readonly finite: string;
    readonly nonNegative: string;
    readonly tooShort: (min: number) => string;
    readonly period: (received: string) => string;
    readonly date: (received: string) => string;
    readonly format: string;
    readonly version: (received: string) => string;
    /** A version that is not the number 1 and not a later major version (`"1"` as text, `0`, `1.1`): what was written. */
    readonly versionOne: (received: string) => string;
    /** A document without `version`: what to write. */
    readonly versionMissing: string;
    /** A metric asked of items none of which has `metrics` (the items' kind, translated through `types`). */
    readonly noMetrics: (what: string) => string;
    /** An id used twice in one list: the id and where it is first used (its item in words, or its pointer). */
    readonly duplicateId: (id: string, first: string) => string;
    /** A unit whose id is the region's own (where a unit is named, the region may be too). */
    readonly regionIdTaken: (id: string) => string;
    /** A reference to no item: the id, the list it names (`/units`), a few of the ids there (`magang`, `dasha` …) and how many more there are. */
    readonly unknownRef: (id: string, list: string, known: readonly string[], more: number) => string;
    /** A cycle of the brand hierarchy, its ids joined with ` → `. */
    readonly cycle: (ids: string) => string;
    /** A cycle of units by `parent`, its ids joined with ` → `. */
    readonly unitCycle: (ids: string) => string;
    /** An id listed twice in a brand's `clusters` or a cluster's `units` (a warning): the id and where it is first listed (in words, or its pointer). */
    readonly listedTwice: (id: string, first: string) => string;
    /** A unit in a coverage breakdown twice (a warning): the unit id and its first row (in words, or its pointer). */
    readonly breakdownTwice: (id: string, first: string) => string;
    readonly coveredAboveTotal: (covered: number, total: number) => string;
    readonly totalZero: string;
    /** An indicator with figures (series, a reported value, a target) but no unit. */
    readonly unitNeeded: string;
    readonly coverageNeedsCounts: string;
    /** Counts and a ratio that say different things: the ratio, the counts and their ratio as a percentage. */
    readonly ratioDisagrees: (ratio: string, covered: number, total: number, percent: string) => string;
    readonly ratioRange: string;
    readonly geometry: string;
    /** A GeoJSON feature that is a point or a line, not a boundary, which the map leaves out (a warning): its geometry type. */
    readonly notArea: (type: string) => string;
    /** Features of the `geo.url` file that are points or lines (left out): how many, their types. */
    readonly notAreaInFile: (count: string, types: readonly string[]) => string;
    /** A cluster map asked for `mode: "geo"` of a document without `geo`. */
    readonly geoNeeded: string;
    /** An id a config names that its list lacks: the kind of thing, the id, the ids there are. */
    readonly unknownId: (what: string, id: string, known: readonly string[]) => string;
    readonly noEntries: (what: string) => string;
    /** Ranking `level` with a list that has no levels (`clusters`, `enterprises`): the list. */
    readonly levelNotRanked: (of: string) => string;
    /** Ranking `level` that no item of the list has: the list (`brands`, `units`), the levels asked for, those there are. */
    readonly noneOfLevel: (of: string, levels: readonly string[], known: readonly string[]) => string;
    /** An unknown config option, with the options that exist. */
    readonly unknownKey: (key: string, known: readonly string[]) => string;
    readonly unknownTopLevel: (key: string) => string;
    readonly notJson: string;
    /** JSON text with nothing in it (an empty file or response). */
    readonly emptyJson: string;
    /** JSON syntax error: where, the character, the text around it, a hint (`fullWidth`, `trailingComma`, `end`, `quote`, ``). */
    readonly jsonSyntax: (line: number, column: number, char: string, context: string, hint: string) => string;
    /** Money in 万元/亿元: `37.83 亿元 → 3783000000，单位 元`. */
    readonly moneyUnit: (value: string, unit: string, yuan: string) => string;
    /** A growth that looks like a percentage: the field word, the value and the likely ratio. */
    readonly growthPercent: (field: string, value: string, ratio: string) => string;
    /** A figure in `%` of 10 or more: the percentage written out (65.3), where the format keeps the ratio (0.653). */
    readonly percentFigure: (value: string, ratio: string) => string;
    /** A ratio above 1 that looks like a percentage. */
    readonly ratioPercent: (value: string, ratio: string) => string;
    readonly duplicatePeriod: (period: string, first: string) => string;
    /** An earlier figure (history, series) whose period is not before the item's own. */
    readonly notEarlier: (period: string, latest: string) => string;
    /** A series point for the quantity's own period with another value. */
    readonly latestDiffers: (period: string, value: number, latest: number) => string;
    /** Earlier figures (history, series) beside a latest figure without its period (a warning). */
    readonly latestUndated: () => string;
    readonly fetchStatus: (status: number, url: string) => string;
    readonly fetchTimeout: (seconds: number, url: string) => string;
    readonly fetchNetwork: (url: string) => string;
    readonly noData: string;
    readonly growthDisagrees: (reported: string, computed: string) => string;
    readonly other: string;
    /** A fault of the library itself (a bug), not of the data: shown with a request to report it. */
    readonly internal: string;
    /** Dashboard stage: an area `[column, row, columnSpan, rowSpan]` reaching past the grid, and the nearest one inside it. */
    readonly areaOutside: (area: string, columns: number, rows: number, inside: string) => string;
    /** Dashboard stage: two areas of one page overlap (this area; the other one's JSON Pointer and area). */
    readonly areaOverlap: (area: string, other: string) => string;
    readonly areaRequired: string;
    /** Dashboard stage: an area that is not four whole numbers from 1 (the area as written). */
    readonly areaShape: (given: string) => string;
    readonly areaWithoutStage: string;
    readonly widgetsAndPages: string;
    /** A dashboard option that does nothing without another (`rows` without `stage`, `rotate` without `pages`): a warning. */
    readonly noEffect: (option: string, needs: string) => string;
    /** Dashboard `rotate` with a single page: nothing to rotate (a warning). */
    readonly rotateOnePage: string;
    /** A widget's `span` wider than the flowing grid: its span, the grid's columns. */
    readonly spanWider: (span: number, columns: number) => string;
    /** A `refresh` attribute that is not a number of seconds (`5分钟`): a warning, nothing refreshes. */
    readonly refreshSeconds: (value: string, defaultTimeout: number) => string;
    /** A `timeout` attribute that is not a positive number of seconds: a warning, the default applies. */
    readonly timeoutSeconds: (value: string, defaultSeconds: number) => string;
    /** A theme name that is not a built-in theme (a warning: the light theme is shown), with those that are. */
    readonly unknownTheme: (name: string, known: readonly string[]) => string;
  };
  /** Where an issue is, in words: `第 4 个指标“税收收入”缺少“名称”（name）`. */
  readonly where: {
    /** One item: number counting from one, kind of thing, name when it has one. */
    readonly item: (ordinal: number, thing: string, name: string | undefined) => string;
    /** Items along a path, outermost first. */
    readonly join: (items: readonly string[]) => string;
    /** A field in words and by key. */
    readonly field: (words: string, key: string) => string;
    readonly missing: (place: string | undefined, field: string) => string;
    readonly at: (place: string | undefined, field: string | undefined, message: string) => string;
    /** Lists of the format (`indicators` → 指标). */
    readonly things: Readonly<Record<string, string>>;
    /** Fields of the format (`name` → 名称). */
    readonly fields: Readonly<Record<string, string>>;
  };
}
