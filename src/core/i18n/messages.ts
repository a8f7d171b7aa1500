/** Every user-visible string of the library. A language is one object of this type. */
export interface Messages {
  /** BCP 47 tag of the language. */
  readonly lang: string;
  readonly units: Readonly<Record<string, string>>;
  /** Names of JSON types and shapes used in validation messages. */
  readonly types: Readonly<Record<string, string>>;
  readonly errorTitle: Record<ErrorCode, string>;
  readonly issue: {
    readonly type: (expected: string) => string;
    readonly value: (expected: string, received: string) => string;
    readonly required: string;
    readonly integer: string;
    readonly finite: string;
    readonly nonNegative: string;
    readonly tooShort: (min: number) => string;
    readonly period: (received: string) => string;
    readonly date: (received: string) => string;
    readonly format: string;
    readonly version: (received: string) => string;
    readonly duplicateId: (id: string, first: string) => string;
    readonly unknownRef: (id: string, list: string) => string;
    readonly cycle: (ids: string) => string;
    readonly coveredAboveTotal: (covered: number, total: number) => string;
    readonly totalZero: string;
    readonly coverageNeedsCounts: string;
    readonly ratioRange: string;
    readonly geometry: string;
    readonly unknownId: (what: string, id: string, known: string) => string;
    readonly noEntries: (what: string) => string;
    readonly unknownKey: (key: string) => string;
    readonly unknownTopLevel: (key: string) => string;
    readonly notJson: string;
    readonly fetchStatus: (status: number, url: string) => string;
    readonly fetchTimeout: (seconds: number, url: string) => string;
    readonly fetchNetwork: (url: string) => string;
    readonly noData: string;
    readonly growthDisagrees: (reported: string, computed: string) => string;
    readonly other: string;
  };
  readonly ui: {
    readonly loading: string;
    readonly path: string;
    readonly code: string;
    readonly stale: (time: string) => string;
    readonly source: string;
    readonly covered: string;
    readonly total: string;
    readonly coverage: string;
    readonly name: string;
    readonly value: string;
    readonly unit: string;
    readonly by: string;
    readonly period: string;
    readonly yoy: string;
    readonly pop: string;
    readonly target: string;
    readonly dataTable: string;
    readonly empty: string;
  };
  /** Strings of rb-coverage-gauge. */
  readonly gauge: {
    readonly full: string;
  };
  /** Strings of rb-growth-indicator. */
  readonly growth: {
    readonly noGrowth: string;
  };
  /** Strings of rb-brand-matrix. */
  readonly matrix: {
    readonly products: string;
  };
  /** Strings of rb-cluster-map. */
  readonly map: {
    readonly enterprises: string;
  };
}

export type ErrorCode = 'fetch-failed' | 'invalid-json' | 'invalid-data' | 'invalid-config' | 'unsupported-version';
