/**
 * What every option of a widget's `config` and of the dashboard spec does: the descriptions of the
 * shipped config JSON Schemas (`schema/<widget>.config.schema.json`, `schema/dashboard.schema.json`,
 * written by `npm run schema`), which editors' IDEs show as they type. Kept here, not in the
 * valibot schemas, so that no widget's bundle carries them. Keys are option names, or
 * `<type>.<option>` where an option means something else in one widget (`ranking.metric`). A test
 * fails when an option of a shipped schema has no description here.
 */

/** Options every widget takes (`widgetConfigSchema` in `config.ts`), and the dashboard too. */
const COMMON: Readonly<Record<string, string>> = {
  title: 'Heading above the widget; default: the name in the data (a KPI card: the indicator\u2019s name).',
  subtitle: 'One line under the heading.',
  lang: 'Language of the widget\u2019s text and numbers (`zh-CN`, `zh-Hant`, `en`, or a tag such as `zh-TW`); default: the `lang` attribute, else the page\u2019s language.',
  theme: '`light` (default), `dark`, `red`, `screen` (big screens) or `auto` (follows the system\u2019s light or dark setting).',
  animation: 'Charts appear and change with an animation (default true); nothing moves under prefers-reduced-motion.',
  showSource: 'List the document\u2019s `sources` under the widget (default false).',
  toolbar: 'Show the export buttons (PNG, CSV) and the data-table toggle (default false).',
  patterns: 'Chart widgets draw patterns (hatching, dots) over their areas, so colour is never the only signal (default false); HTML widgets accept and ignore it.',
  period: 'The period to show (`2022`, `2022-H1`, `2022-Q1`, `2022-03`, `2022-03-15`); default: each figure\u2019s latest. A link group\u2019s period wins; an item without a figure for it shows \u201cno data\u201d.',
};

/** Options of one widget, or of the dashboard spec. */
const OWN: Readonly<Record<string, string>> = {
  'growth-indicator.indicator': 'Id of the `indicators[]` entry to show; default the first.',
  'growth-indicator.period': 'The period to show; default the latest one the indicator has a figure for.',
  'growth-indicator.compare': '`yoy` (\u540c\u6bd4, year on year; default), `pop` (\u73af\u6bd4, period on period) or `both`.',
  'growth-indicator.sparkline': 'Draw the series as a sparkline; default when the series has at least 2 points.',
  'growth-indicator.target': 'Show progress towards the indicator\u2019s `target` (default false).',
  'growth-indicator.countUp': 'Count the value up to its figure on first show and when it changes (default false); the accessible text has the final figure at once, and nothing moves under animation: false or reduced motion.',
  'coverage-gauge.coverage': 'Id of the `coverage[]` entry to show; default the first.',
  'coverage-gauge.style': '`gauge` (default), `ring` or `bar`.',
  'coverage-gauge.thresholds': 'Ratios where the colour changes, e.g. [0.6, 0.9] (default): below the first bad, between warn, from the last good. [] judges nothing: a share, not a target (such as \u89c4\u4e0a\u4ea7\u503c\u5360\u5168\u533a 35.61%), drawn in a neutral colour.',
  'coverage-gauge.breakdown': 'Show the per-unit bars of the entry\u2019s `breakdown` (default false).',
  'brand-matrix.root': 'Brand id (or ids) shown at the top; default every brand without a parent.',
  'brand-matrix.layout': '`grid` (default: the \u201c1+N\u201d card matrix), `tree`, `treemap` or `sunburst`.',
  'brand-matrix.metric': 'Key in `brands[].metrics` that sizes and labels the brands; default `sales` when present, else the first found.',
  'cluster-map.metric': 'Key in `clusters[].metrics` that sizes the markers and shades the towns; default `output`.',
  'cluster-map.mode': '`auto` (default: `geo` when the document has `geo`, else `graph`), `geo` or `graph`.',
  'cluster-map.clusters': 'Ids of the clusters to show; default (absent or empty) all.',
  'cluster-map.showEnterprises': 'Mark the enterprises that have a `location` (map mode; default false).',
  'ranking.of': 'What to rank: `units`, `clusters`, `brands` (default) or `enterprises` (of every cluster).',
  'ranking.metric': 'Key of the items\u2019 metrics, or a derived count: for units enterprises, partyOrganizations, aboveScale, clusters, brands; for clusters enterprises, partyOrganizations, aboveScale, units. Default: sales (brands), output (clusters, enterprises), enterprises (units), else the first key found.',
  'ranking.level': 'Rank only the brands or units of this level or these levels (town, or ["town", "street"]); a brand without its own level has its unit\u2019s. Not for clusters or enterprises (an invalid-config error). Default: every level.',
  'ranking.top': 'How many rows to show (1\u20131000; default 10).',
  'ranking.scroll': 'Seconds per scrolling step when the rows are more than the box shows; paused on hover and focus, off under reduced motion. Default: no scrolling.',
  'dashboard.src': 'URL of the data document the widgets share, used when the element has no `src`.',
  'dashboard.columns': 'Grid columns (default 12; 24 on a stage).',
  'dashboard.rows': 'Grid rows of a stage (default 12).',
  'dashboard.stage': 'Big screen: the design size in CSS pixels (`width`, `height`) and how it fits the window (`fit`); widgets then take an `area`.',
  'dashboard.widgets': 'The widgets of a one-page dashboard: `{ type, config, span }`, or `{ type, config, area }` on a stage.',
  'dashboard.pages': 'Pages shown one at a time (instead of `widgets`): `{ title, widgets }`.',
  'dashboard.rotate': 'Seconds each page shows before the next (0 or absent: no rotation).',
  'dashboard.link': 'Link the widgets: choosing a unit, brand or cluster in one focuses the others on it (default false).',
  'dashboard.period': 'The period every widget shows (a period control appears when the document holds more than one).',
};

/** The description of option `name` of the config of `type` (a widget type, or `dashboard`); undefined when there is none. */
export function configDescription(type: string, name: string): string | undefined {
  return OWN[`${type}.${name}`] ?? COMMON[name];
}
