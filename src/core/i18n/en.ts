import type { Messages } from './messages.js';

const text: Messages['text'] = {
  field: (label, value) => `${label}: ${value}`,
  listSeparator: ', ',
  clauseSeparator: ', ',
  groupSeparator: '; ',
  withNote: (t, note) => `${t} (${note})`,
};

/** Singular and plural words of the unit levels (`units[].level`) on the cluster map. */
const levelWords: Readonly<Record<string, readonly [string, string]>> = {
  province: ['province', 'provinces'], city: ['city', 'cities'], county: ['county', 'counties'], district: ['district', 'districts'],
  town: ['town', 'towns'], street: ['subdistrict', 'subdistricts'], village: ['village', 'villages'], park: ['park', 'parks'],
};
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** English. */
export const en: Messages = {
  lang: 'en',
  riseColour: 'green',
  units: {
    '元': ' yuan', '个': '', '家': ' firms', '户': ' households', '人': ' people',
    '吨': ' t', '亩': ' mu', '件': ' cases', '次': ' times', '项': ' items', '斤': ' jin', '只': '',
    '美元': ' USD', '平方米': ' m²', '%': '%',
  },
  unitsOne: { '家': ' firm', '户': ' household', '人': ' person', '件': ' case', '次': ' time', '项': ' item' },
  text,
  periods: {
    yearToDate: (y, m) => `Jan–${'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')[m - 1]} ${y}`,
    year: (y) => String(y),
    half: (y, h) => `H${h} ${y}`,
    quarter: (y, q) => `Q${q} ${y}`,
    month: { year: 'numeric', month: 'short' },
    day: { year: 'numeric', month: 'short', day: 'numeric' },
  },
  ui: {
    loading: 'Loading…',
    source: 'Source',
    name: 'Name',
    value: 'Value',
    period: 'Period',
    yoy: 'YoY',
    pop: 'PoP',
    target: 'Target',
    empty: 'No data',
    noDataFor: (p) => `No data for ${p}`,
  },
  toolbar: {
    label: 'Export',
    dataTable: 'Data table',
    downloadPng: 'Download PNG',
    downloadCsv: 'Download CSV',
  },
  gauge: {
    full: 'Full coverage',
    coverage: 'Coverage',
    covered: 'Covered',
    total: 'Total',
    breakdown: 'Coverage by unit',
    unitRow: (name, percent, counts) => `${name}: ${percent}${counts ? ` (${counts})` : ''}`,
    moreUnits: (n) => (n === 1 ? '1 more unit' : `${n} more units`),
  },
  growth: {
    noGrowth: '—',
    summary: (name, details) => (details ? `${name}: ${details}` : name),
    trend: (points) => `Trend: ${points}`,
    targetProgress: (percent, target) => `${percent} of target ${target}`,
    computedNote: (computed) => `Computed from the series: ${computed}; the reported figure is shown`,
  },
  matrix: {
    products: 'Products',
    noBrands: 'No brands yet: the list of brands (brands) in the data is empty',
    title: (name) => `${name} brand matrix`,
    kind: { region: 'Region brand', party: 'Party brand' },
    level: { province: 'province', city: 'city', county: 'county', district: 'district', town: 'town', street: 'street', village: 'village', park: 'park', other: 'other' },
    levelCount: (n, countText, level) => `${countText} ${level} brand${n === 1 ? '' : 's'}`,
    summary: (name, counts) => `${name}: ${counts}`,
    launched: (date) => `Launched ${date}`,
    clusters: 'Clusters',
    certified: 'Certified',
    certifications: 'Certifications',
    unit: 'Area',
    parent: 'Parent brand',
    kindColumn: 'Kind',
    levelColumn: 'Level',
    metric: 'Metric',
    metricNames: { sales: 'Sales', value: 'Brand value', tax: 'Tax paid', output: 'Output', investment: 'Investment', enterprises: 'Enterprises' },
    expand: (n, countText) => `Show ${countText} sub-brand${n === 1 ? '' : 's'}`,
    collapse: 'Hide sub-brands',
    ownShare: (name) => `${name} (rest)`,
    brands: 'Brands',
  },
  ranking: {
    of: { units: 'Towns', clusters: 'Clusters', brands: 'Brands', enterprises: 'Enterprises' },
    derived: { enterprises: 'Enterprises', partyOrganizations: 'Party organisations', aboveScale: 'Above-scale enterprises', clusters: 'Clusters', brands: 'Brands', units: 'Towns covered' },
    title: (of, metric) => `${of} by ${metric.toLowerCase()}`,
    leveled: (levels, of) => `${of} (${levels.join(', ')} level)`,
    rank: 'Rank',
    row: (rank, name, value) => `No. ${rank}: ${name}, ${value}`,
    summary: (title, shown, total, first, value) =>
      `${title}: ${total > shown ? `top ${shown} of ${total}` : `${total} in all`}; first ${first} (${value})`,
    missing: (n) => `${n} more without a figure for this metric`,
  },
  map: {
    enterprises: 'Enterprises',
    cluster: 'Cluster',
    clusters: 'Clusters',
    industry: 'Industry',
    places: (levels, count) => {
      const words = levels.map((l) => (levelWords[l] ?? [l, l])[count === 1 && levels.length === 1 ? 0 : 1]);
      if (!words.length) return count === 1 ? 'place' : 'places';
      return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
    },
    units: (places) => capital(places),
    partyOrganizations: 'Party organisations',
    partyEnterprises: 'Enterprises with a party organisation',
    otherEnterprises: 'Other enterprises',
    unitNodes: (places) => capital(places),
    otherIndustry: 'Other',
    metric: 'metric',
    metrics: { revenue: 'Revenue', employees: 'Employees', output: 'Output', investment: 'Investment', enterprises: 'Enterprises', sales: 'Sales', jobs: 'Jobs', projects: 'Projects', value: 'Value', tax: 'Tax' },
    yes: 'yes',
    no: 'no',
    total: (metric) => `${metric} (total)`,
    summary: (clusters, units, places, metric, largest, value) =>
      `${clusters} cluster${clusters === 1 ? '' : 's'} in ${units} ${places}; largest ${metric.toLowerCase()}: ${largest} (${value})`,
    caption: (metric) => `Industry clusters by ${metric.toLowerCase()}`,
    scale: (metric, places) => `${capital(places)} shaded by total cluster ${metric.toLowerCase()}`,
    none: 'None of the shown clusters',
    noClusters: 'No industry clusters yet: the list of clusters (clusters) in the data is empty',
    schematic: (places) => `The boundaries of the ${places} are schematic, not real administrative borders`,
  },
  screen: {
    page: (n) => `Page ${n}`,
    pages: 'Pages',
    showing: (n, total, title) => `Page ${n} of ${total}: ${title}`,
    previous: 'Previous page',
    next: 'Next page',
    pause: 'Pause rotation',
    play: 'Resume rotation',
    fullscreen: 'Full screen',
    exitFullscreen: 'Exit full screen',
  },
  link: {
    period: 'Period',
    latest: 'Latest',
    play: 'Play',
    pause: 'Pause',
    selected: (name) => `Selected: ${name}. Press Escape to clear.`,
    cleared: 'Selection cleared',
    periodShown: (p) => `Showing ${p}`,
  },
};
