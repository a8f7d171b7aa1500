/**
 * The sheets and columns of the workbook form (`spreadsheet-format.md`): each sheet and column has
 * its Chinese name and English alias; headers match in either language, in any order, ignoring
 * case, spaces, `_`/`-` and a unit in brackets.
 */

/** One column of a sheet. */
export interface ColumnSpec {
  /** Our name of the column (also an accepted header). */
  readonly key: string;
  /** The Chinese header. */
  readonly zh: string;
  /** The English header (written on English exports). */
  readonly en: string;
  /** Further accepted headers. */
  readonly also?: readonly string[];
  /** The column must be present and filled on every row. */
  readonly required?: boolean;
  /**
   * Not in `spreadsheet-format.md`: a column of ours that keeps a field of the document the page
   * has no column for (`geo.url`, `sources[].author`). Imported when present; exported only when
   * the document has such a value, so the template has exactly the page's columns.
   */
  readonly extension?: boolean;
  /** A closed set of values: the template offers them in a dropdown. */
  readonly values?: EnumName | 'yesNo';
}

/** One sheet. */
export interface SheetSpec {
  readonly key: SheetKey;
  readonly zh: string;
  readonly en: string;
  readonly also?: readonly string[];
  readonly columns: readonly ColumnSpec[];
}

export type SheetKey =
  | 'readme' | 'region' | 'sources' | 'units' | 'brands' | 'products' | 'clusters' | 'enterprises'
  | 'indicators' | 'values' | 'coverage' | 'breakdown' | 'metrics' | 'allowed';

const col = (key: string, zh: string, en: string, required = false, also: string[] = [], more: Pick<ColumnSpec, 'extension' | 'values'> = {}): ColumnSpec => ({
  key, zh, en, required, also, ...more,
});
const ext = { extension: true } as const;
const level = { values: 'level' } as const;
const yesNo = { values: 'yesNo' } as const;

/** Every sheet of the workbook, in the order an export writes them. */
export const SHEETS: readonly SheetSpec[] = [
  { key: 'readme', zh: '说明', en: 'readme', columns: [] },
  {
    key: 'region', zh: '地区', en: 'region',
    columns: [
      col('id', '编号', 'id', true), col('name', '名称', 'name', true), col('level', '级别', 'level', true, [], level),
      col('parent', '上级', 'parent'), col('asOf', '数据截至', 'asOf', true, ['as of']),
      // Extension: the boundaries' URL (`geo.url`), so documents round-trip.
      col('geo', '地图', 'geo', false, ['geo url'], ext),
    ],
  },
  {
    key: 'sources', zh: '来源', en: 'sources',
    columns: [
      col('title', '标题', 'title', true), col('publisher', '发布者', 'publisher'), col('date', '日期', 'date'),
      // 网址, and 連結 as Taiwan writes 链接.
      col('url', '链接', 'url', false, ['网址', '網址', '连结', '連結']),
      // Extensions, so that documents citing articles round-trip.
      col('author', '作者', 'author', false, [], ext), col('note', '备注', 'note', false, [], ext),
    ],
  },
  {
    key: 'units', zh: '单位', en: 'units',
    columns: [
      col('id', '编号', 'id'), col('name', '名称', 'name', true), col('level', '级别', 'level', true, [], level),
      col('parent', '上级', 'parent'), col('longitude', '经度', 'longitude', false, ['lon', 'lng']),
      col('latitude', '纬度', 'latitude', false, ['lat']),
    ],
  },
  {
    key: 'brands', zh: '品牌', en: 'brands',
    columns: [
      col('id', '编号', 'id'), col('name', '名称', 'name', true), col('kind', '类型', 'kind', true, [], { values: 'kind' }),
      col('level', '级别', 'level', false, [], level), col('unit', '单位', 'unit'), col('parent', '上级品牌', 'parent'),
      col('launched', '启动日期', 'launched'), col('operator', '营运主体', 'operator'),
      col('clusters', '集群', 'clusters'),
    ],
  },
  {
    key: 'products', zh: '品牌产品', en: 'products',
    columns: [
      col('brand', '品牌', 'brand', true), col('name', '产品', 'name', true), col('category', '类别', 'category', false, [], { values: 'category' }),
      col('certifications', '认证', 'certifications'),
    ],
  },
  {
    key: 'clusters', zh: '集群', en: 'clusters',
    columns: [
      col('id', '编号', 'id'), col('name', '名称', 'name', true), col('industry', '产业', 'industry'),
      col('units', '单位', 'units', true), col('brand', '品牌', 'brand'),
      col('partyCommittee', '产业党委', 'party committee'), col('organizations', '党组织数', 'organizations'),
    ],
  },
  {
    key: 'enterprises', zh: '企业', en: 'enterprises',
    columns: [
      col('cluster', '集群', 'cluster', true), col('id', '编号', 'id'), col('name', '名称', 'name', true),
      col('unit', '单位', 'unit'), col('longitude', '经度', 'longitude', false, ['lon', 'lng']),
      col('latitude', '纬度', 'latitude', false, ['lat']),
      col('partyOrganization', '有党组织', 'party organization', false, [], yesNo),
      col('aboveScale', '规上', 'above scale', false, [], yesNo),
    ],
  },
  {
    key: 'indicators', zh: '指标', en: 'indicators',
    columns: [
      col('id', '编号', 'id'), col('name', '名称', 'name', true), col('unit', '单位', 'unit', true),
      col('scope', '范围', 'scope'), col('better', '方向', 'better', false, [], { values: 'better' }),
      col('cumulative', '累计', 'cumulative', false, [], yesNo),
    ],
  },
  {
    key: 'values', zh: '指标数据', en: 'indicator values', also: ['values'],
    columns: [
      col('indicator', '指标', 'indicator', true), col('period', '期间', 'period', true),
      col('value', '数值', 'value'), col('yoy', '同比', 'yoy'), col('pop', '环比', 'pop'),
      col('type', '类型', 'type', false, [], { values: 'type' }),
      // Extension: how a derived figure was computed (`series[].derived`).
      col('derived', '推算说明', 'derived', false, [], ext),
    ],
  },
  {
    key: 'coverage', zh: '覆盖', en: 'coverage',
    columns: [
      col('id', '编号', 'id'), col('name', '名称', 'name', true), col('covered', '已覆盖', 'covered'),
      col('total', '总数', 'total'), col('ratio', '比例', 'ratio'), col('unit', '单位', 'unit'),
      col('by', '覆盖主体', 'by'), col('period', '期间', 'period'),
    ],
  },
  {
    key: 'breakdown', zh: '覆盖明细', en: 'coverage breakdown', also: ['breakdown'],
    columns: [
      col('coverage', '覆盖', 'coverage', true), col('unit', '单位', 'unit', true),
      col('covered', '已覆盖', 'covered', true), col('total', '总数', 'total', true),
    ],
  },
  {
    key: 'metrics', zh: '指标值', en: 'metrics',
    columns: [
      col('owner', '对象', 'owner', true), col('metric', '指标', 'metric', true), col('value', '数值', 'value', true),
      col('unit', '单位', 'unit', true), col('period', '期间', 'period'),
    ],
  },
  { key: 'allowed', zh: '允许值', en: 'allowed values', columns: [] },
];

/** Enterprise metric columns with a name of their own: header (either language) → metric key. */
export const ENTERPRISE_METRICS: readonly { key: string; zh: string; en: string; unit: string }[] = [
  { key: 'output', zh: '产值', en: 'output', unit: '元' },
  { key: 'revenue', zh: '营收', en: 'revenue', unit: '元' },
  { key: 'tax', zh: '纳税', en: 'tax', unit: '元' },
  { key: 'employees', zh: '员工', en: 'employees', unit: '人' },
];

/** Enumerations: the format's value and the Chinese labels a cell may carry instead. */
export const ENUMS = {
  level: {
    // The first label is the one written; the others are what clerks also write (开平 is a 县级市).
    province: ['省', '自治区', '直辖市'], city: ['市', '地级市', '自治州'], county: ['县', '县级市', '自治县', '旗'],
    district: ['区', '市辖区'], town: ['镇', '乡', '乡镇', '民族乡'], street: ['街道', '街道办'],
    village: ['村', '社区', '行政村'], park: ['园区', '开发区', '产业园'],
  },
  kind: { region: ['区域品牌', '行政区品牌', '区域公用品牌'], party: ['党建品牌'] },
  category: {
    agricultural: ['农产品', '农业'], industrial: ['工业品', '工业'], service: ['服务', '服务业'],
    tourism: ['旅游'], cultural: ['文化', '文创'], other: ['其他'],
  },
  // 正向/逆向指标: how statistical evaluations name an indicator whose higher or lower figure is better.
  better: { higher: ['越高越好', '高', '正向', '正向指标'], lower: ['越低越好', '低', '逆向', '逆向指标', '负向'] },
  type: { series: ['序列'], reported: ['公布'], target: ['目标'] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type EnumName = keyof typeof ENUMS;

/** Yes/no cells. */
export const YES = ['是', '有', 'y', 'yes', 'true', '1', '√', '✓'];
export const NO = ['否', '无', 'n', 'no', 'false', '0', '×', '✗'];

/** A header without its unit, for matching: lower case, no spaces, `_`, `-` or the `*` of a required column. */
export function normalizeHeader(text: string): string {
  return simplified(splitUnit(text).label).toLowerCase().replace(/[\s_\-*＊]/g, '');
}

/** A column of row numbers (`序号`, `No.`), as clerks put first: no sheet reads it, not even as an enterprise metric. */
export function isRowNumberHeader(text: string): boolean {
  return ['序号', '行号', 'no', 'no.', '#'].includes(normalizeHeader(text));
}

/** Labels of a row of sums that clerks add below a list (`合计`, `合　计`, `總計`, `Total`). */
const TOTAL_LABELS = new Set(['合计', '合計', '总计', '小计', '共计', '总和', 'total', 'totals', 'subtotal', 'sum', 'grandtotal']);

/** True when a row's first filled cell labels it a row of sums, not an item of the list. */
export function isTotalRow(cells: readonly string[]): boolean {
  const first = cells.find((text) => text !== '');
  return first !== undefined && TOTAL_LABELS.has(normalizeHeader(first).replace(/[\s:：]/g, ''));
}

/**
 * Traditional characters of the format's sheet names, headers and labels, each before its
 * Simplified form: a workbook typed in 繁體 (地區, 產值(萬元), 縣, 無) reads as the format's own.
 */
export const TRADITIONAL_PAIRS =
  '萬万業业個个產产體体農农務务動动區区單单縣县發发號号圖图備备員员園园圍围對对總总據据數数無无來来標标環环蓋盖稱称稅税類类級级緯纬納纳組组細细織织經经編编範范規规計计認认許许證证說说運运鏈链鎮镇間间題题別别創创啟启啓启黨党遊游註注營营鄉乡' +
  // 開發區, 直轄市/市轄區, 街道辦 (levels); 發佈者 (the publisher as Hong Kong and Taiwan write it).
  '開开轄辖辦办佈布';

const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i < TRADITIONAL_PAIRS.length; i += 2) TO_SIMPLIFIED.set(TRADITIONAL_PAIRS[i]!, TRADITIONAL_PAIRS[i + 1]!);

/** The text with the format's Traditional characters in their Simplified form (other text unchanged). */
export function simplified(text: string): string {
  let out = '';
  for (const c of text) out += TO_SIMPLIFIED.get(c) ?? c;
  return out;
}

/**
 * Splits `数值(万元)` / `已覆盖（个）` into label and unit; a unit written after `单位：` in its
 * brackets, as county forms do (`产值（单位：万元）`, `(unit: 亩)`), is that unit.
 */
export function splitUnit(text: string): { label: string; unit: string | undefined } {
  const match = /^(.*?)\s*[(（]\s*(?:(?:单位|單位|unit)\s*[:：]\s*)?([^()（）]*?)\s*[)）]\s*$/i.exec(text.trim());
  return match ? { label: match[1]!.trim(), unit: match[2]! } : { label: text.trim(), unit: undefined };
}

/**
 * The sheet spec a sheet name denotes, if any, in either language and any case, with a copy's
 * number (`企业 (1)`, as a browser names a second download) or a part before or after ` - `: a
 * CSV file that Google Sheets exports is `<workbook> - <sheet>.csv`, a copy Windows makes
 * `<sheet> - 副本.csv`.
 */
export function sheetSpecFor(name: string): SheetSpec | undefined {
  const parts = name.split(/\s+[-–—]\s+/);
  for (const part of [name, ...parts.reverse()]) {
    const wanted = normalizeHeader(part);
    const spec = SHEETS.find((s) => [s.zh, s.en, s.key, ...(s.also ?? [])].some((n) => normalizeHeader(n) === wanted));
    if (spec) return spec;
  }
  return undefined;
}

/** The column spec a header denotes within a sheet, if any. */
export function columnSpecFor(sheet: SheetSpec, header: string): ColumnSpec | undefined {
  const wanted = normalizeHeader(header);
  return sheet.columns.find((c) => [c.zh, c.en, c.key, ...(c.also ?? [])].some((n) => normalizeHeader(n) === wanted));
}

/** Spreadsheet column letters of a zero-based index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
