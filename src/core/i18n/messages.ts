/**
 * Every string a widget shows in one language. What mistakes say is apart (`ProblemMessages`, in
 * `problem-messages.ts`), as are the workbook converter's strings (`SheetMessages`).
 */
export interface Messages {
  /**
   * BCP 47 tag of the language; also the `Intl` locale of its numbers and dates (so `zh-Hant`
   * writes 30.66億 even for a page in `zh-HK`, where `Intl` would write 3.07B).
   */
  readonly lang: string;
  /**
   * The colour of a rise where this language is read: `red` in Chinese-speaking regions (and a
   * fall green), `green` in English (a fall red). Themes colour growth by it.
   */
  readonly riseColour: 'red' | 'green';
  readonly units: Readonly<Record<string, string>>;
  /** A unit after the number 1 where the language says it otherwise (`1 firm`, not `1 firms`); default `units`. */
  readonly unitsOne?: Readonly<Record<string, string>>;
  /** Punctuation of running text: labelled values, lists, notes. */
  readonly text: {
    /** A labelled value: `产值：30.66亿元` / `Output: 3.07B yuan`. */
    readonly field: (label: string, value: string) => string;
    /** Separator between the items of a list (`、` / `, `). */
    readonly listSeparator: string;
    /** Separator between the clauses of a sentence (`，` / `, `). */
    readonly clauseSeparator: string;
    /** Separator between groups of items, each already a list (`；` / `; `). */
    readonly groupSeparator: string;
    /** A text followed by a note in brackets: `12家（有党组织的企业 4家）` / `12 firms (…)`. */
    readonly withNote: (text: string, note: string) => string;
  };
  /**
   * Labels of the data-format periods. Years, halves and quarters are written by these
   * functions; months and days by `Intl.DateTimeFormat` in {@link Messages.lang} with the options
   * given here.
   */
  readonly periods: {
    readonly year: (year: number) => string;
    readonly half: (year: number, half: number) => string;
    readonly quarter: (year: number, quarter: number) => string;
    /** A span from January to a month of a year, for cumulative figures: `2022年1–9月` / `Jan–Sep 2022`. */
    readonly yearToDate: (year: number, lastMonth: number) => string;
    readonly month: Intl.DateTimeFormatOptions;
    readonly day: Intl.DateTimeFormatOptions;
  };
  readonly ui: {
    readonly loading: string;
    readonly source: string;
    readonly name: string;
    readonly value: string;
    readonly period: string;
    readonly yoy: string;
    readonly pop: string;
    readonly target: string;
    readonly empty: string;
    /** An item or a widget without a figure for the period asked: `2023年 无数据` / `No data for 2023`. */
    readonly noDataFor: (period: string) => string;
  };
  /** The export toolbar (`toolbar: true`; `toolbar.ts`). */
  readonly toolbar: {
    /** Accessible name of the toolbar. */
    readonly label: string;
    readonly dataTable: string;
    readonly downloadPng: string;
    readonly downloadCsv: string;
  };
  /** Strings of rb-coverage-gauge. */
  readonly gauge: {
    readonly full: string;
    /** The empty state of a document without coverage entries yet (`"coverage": []`). */
    readonly noCoverage: string;
    /** Label of the share shown (`覆盖率`) and the table's columns. */
    readonly coverage: string;
    readonly covered: string;
    readonly total: string;
    /** Caption of the per-unit breakdown. */
    readonly breakdown: string;
    /** Accessible text of one breakdown row: unit name, percent, counts. */
    readonly unitRow: (name: string, percent: string, counts: string) => string;
    /** The breakdown rows a fixed-height picture has no room for: `另有 3 个单位`. Optional (a portal's language without it shows `+3`). */
    readonly moreUnits?: (count: number) => string;
  };
  /** Strings of rb-growth-indicator. */
  readonly growth: {
    /** Shown where a growth rate cannot be computed (no base, base ≤ 0). */
    readonly noGrowth: string;
    /** The empty state of a document without indicators yet (`"indicators": []`). */
    readonly noIndicators: string;
    /** Accessible name of the card: the indicator name and its figures. */
    readonly summary: (name: string, details: string) => string;
    /** Label of the sparkline. */
    readonly trend: (points: string) => string;
    /** Progress to target: `已完成目标 6500万元 (2025年) 的 76.9%`. */
    readonly targetProgress: (percent: string, target: string) => string;
    /** Tooltip of a reported growth that differs from the series. */
    readonly computedNote: (computed: string) => string;
  };
  /** Strings of rb-brand-matrix. */
  readonly matrix: {
    readonly products: string;
    /** The empty state of a document without brands yet (`"brands": []`). */
    readonly noBrands: string;
    /** Title of a matrix: `开平市品牌矩阵`. */
    readonly title: (name: string) => string;
    /** Badge text of a brand kind. */
    readonly kind: { readonly region: string; readonly party: string };
    /** Level of a brand (`县级` / `county`), by data-format level; `other` for none. */
    readonly level: Readonly<Record<string, string>>;
    /** `1个县级品牌` / `1 county brand`: count (number and its formatted text) and a level label. */
    readonly levelCount: (count: number, countText: string, level: string) => string;
    /** `开平优品：1个县级品牌、8个镇级品牌`. */
    readonly summary: (name: string, counts: string) => string;
    readonly launched: (date: string) => string;
    readonly clusters: string;
    readonly certified: string;
    readonly certifications: string;
    readonly unit: string;
    readonly parent: string;
    readonly kindColumn: string;
    readonly levelColumn: string;
    readonly metric: string;
    /** Known metric keys by name (`sales` → `销售额`). */
    readonly metricNames: Readonly<Record<string, string>>;
    /** The toggle that shows deeper levels. */
    readonly expand: (count: number, countText: string) => string;
    readonly collapse: string;
    /** A treemap box for the part of a brand's figure its sub-brands do not cover: `开平优品（其余）`. */
    readonly ownShare: (name: string) => string;
    /** Label of the list of brand buttons under a chart layout (keyboard access to its items). */
    readonly brands: string;
  };
  /** Strings of rb-ranking. */
  readonly ranking: {
    /** What is ranked (`of`): `brands` → 品牌 / Brands. */
    readonly of: Readonly<Record<'units' | 'clusters' | 'brands' | 'enterprises', string>>;
    /** The empty state of a document without any of what is ranked yet (`of`, translated; then where they are written). */
    readonly nothing: (what: string, list: string) => string;
    /** Names of the counts the library derives (`partyOrganizations` → 党组织数). */
    readonly derived: Readonly<Record<string, string>>;
    /** Default title: `品牌销售额排行` / `Brands by sales`. */
    readonly title: (of: string, metric: string) => string;
    /** What is ranked, of some levels only (`level`): level labels (`镇级`, from `matrix.level`) and `of` → `镇级品牌`. */
    readonly leveled: (levels: readonly string[], of: string) => string;
    /** Column header of the rank. */
    readonly rank: string;
    /** Accessible text of one row: `第 1 名：马冈优品，5000万元`. */
    readonly row: (rank: number, name: string, value: string) => string;
    /** Accessible summary: what is ranked, how many are shown, who leads. */
    readonly summary: (title: string, shown: number, total: number, first: string, value: string) => string;
    /** Note of items left out because they have no figure for the metric. */
    readonly missing: (count: number) => string;
  };
  /** Strings of rb-cluster-map. */
  readonly map: {
    readonly enterprises: string;
    readonly cluster: string;
    readonly clusters: string;
    readonly industry: string;
    /**
     * The units the map shows, named by their levels (`units[].level`, the most numerous first):
     * `镇（园区）`, `村`, `towns and parks`; `count` is how many there are (singular or plural).
     */
    readonly places: (levels: readonly string[], count: number) => string;
    /** Column header and tooltip field of a cluster's units (`所在镇（园区）`), from `places`. */
    readonly units: (places: string) => string;
    readonly partyOrganizations: string;
    /** Legend entry of enterprise points with a party organisation. */
    readonly partyEnterprises: string;
    /** Legend entry of the other enterprise points. */
    readonly otherEnterprises: string;
    /** Graph legend entry of the unit nodes (`镇（园区）`), from `places`. */
    readonly unitNodes: (places: string) => string;
    /** Industry of a cluster that names none. */
    readonly otherIndustry: string;
    /** The word "metric" in configuration errors. */
    readonly metric: string;
    /** Names of well-known metric keys (`output` → 产值). */
    readonly metrics: Readonly<Record<string, string>>;
    readonly yes: string;
    readonly no: string;
    /** A unit's summed metric: "产值合计". */
    readonly total: (metric: string) => string;
    /** Accessible summary: "8个产业集群分布在9个镇（园区）；产值最大的是马冈鹅产业集群（13亿元）". */
    readonly summary: (clusters: number, units: number, places: string, metric: string, largest: string, value: string) => string;
    /** Data-table caption. */
    readonly caption: (metric: string) => string;
    /** Caption of the colour legend of the units. */
    readonly scale: (metric: string, places: string) => string;
    /** Units without any of the shown clusters. */
    readonly none: string;
    /** The empty state of a document without clusters yet (`"clusters": []`). */
    readonly noClusters: string;
    /** Note under a map whose boundaries are schematic, naming its units (`places`). */
    readonly schematic: (places: string) => string;
  };
  /** Strings of rb-dashboard's pages and big-screen controls. */
  readonly screen: {
    /** Title of a page that has none. */
    readonly page: (n: number) => string;
    /** Accessible name of the page controls. */
    readonly pages: string;
    /** Announced when a page shows: `第 2 页，共 3 页：产业集群`. */
    readonly showing: (n: number, total: number, title: string) => string;
    readonly previous: string;
    readonly next: string;
    readonly pause: string;
    readonly play: string;
    readonly fullscreen: string;
    readonly exitFullscreen: string;
  };
  /** Linked widgets and the period control (`link-group.ts`, `<rb-period>`). */
  readonly link: {
    /** Label of the period control. */
    readonly period: string;
    /** The choice "each item's latest figure" (no period chosen). */
    readonly latest: string;
    readonly play: string;
    readonly pause: string;
    /** Announced once per group when a selection is made or cleared, or the period changes. */
    readonly selected: (name: string) => string;
    readonly cleared: string;
    readonly periodShown: (period: string) => string;
  };
}

/**
 * The sections of {@link Messages} that belong to one widget (the ranking also reads the metric
 * names of `matrix` and `map`) or to one part loaded on demand (the toolbar, link groups and the
 * period control). zh-CN's load with their module (`widgetMessages` in `registry.ts`); every
 * other part is shared.
 */
export type WidgetSection = 'gauge' | 'growth' | 'matrix' | 'ranking' | 'map' | 'screen' | 'toolbar' | 'link';

/** What every widget reads: the whole of {@link Messages} but the widgets' own sections. */
export type SharedMessages = Omit<Messages, WidgetSection>;

/** What a widget with the sections `S` reads: the shared strings and those sections. */
export type MessagesWith<S extends WidgetSection> = SharedMessages & Pick<Messages, S>;

export type ErrorCode = 'fetch-failed' | 'invalid-json' | 'invalid-data' | 'invalid-config' | 'unsupported-version' | 'internal';
