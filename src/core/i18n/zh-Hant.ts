import type { Messages } from './messages.js';
import { shared as zhCN } from './zh-CN/shared.js';

/** Chinese punctuation is the same in both scripts. */
const text = zhCN.text;

/** Words of the unit levels (`units[].level`) on the cluster map. */
const levelWords: Readonly<Record<string, string>> = { province: '省', city: '市', county: '縣', district: '區', town: '鎮', street: '街道', village: '村', park: '園區' };

/**
 * Traditional Chinese, as the 繁體 pages of Taiwan, Hong Kong and Macao government portals write
 * it (資料, 覆蓋, 產值, 億元). Chosen for `zh-Hant`, `zh-TW`, `zh-HK` and `zh-MO`.
 */
export const zhHant: Messages = {
  lang: 'zh-Hant',
  riseColour: 'red',
  units: { '个': '個', '户': '戶', '吨': '噸', '亩': '畝', '项': '項', '只': '隻', '平方米': '平方公尺' },
  text,
  periods: { ...zhCN.periods, quarter: (y, q) => `${y}年第${['一', '二', '三', '四'][q - 1]}季` },
  ui: {
    loading: '載入中…',
    source: '資料來源',
    name: '名稱',
    value: '數值',
    period: '期間',
    yoy: '年增率',
    pop: '較上期',
    target: '目標',
    empty: '暫無資料',
    noDataFor: (p) => `${p} 無資料`,
  },
  toolbar: {
    label: '匯出工具',
    dataTable: '資料表',
    downloadPng: '下載圖片',
    downloadCsv: '下載 CSV',
  },
  gauge: {
    full: '全面覆蓋',
    noCoverage: '還沒有覆蓋率指標：資料中的覆蓋清單（coverage）是空的',
    coverage: '覆蓋率',
    covered: '已覆蓋',
    total: '總數',
    breakdown: '各單位覆蓋情形',
    unitRow: (name, percent, counts) => `${name}：${percent}${counts ? `（${counts}）` : ''}`,
    moreUnits: (n) => `另有 ${n} 個單位`,
  },
  growth: {
    noGrowth: '—',
    noIndicators: '還沒有增長指標：資料中的指標清單（indicators）是空的',
    summary: (name, details) => (details ? `${name}：${details}` : name),
    trend: (points) => `走勢：${points}`,
    targetProgress: (percent, target) => `已達成目標 ${target} 的 ${percent}`,
    computedNote: (computed) => `依序列計算為 ${computed}，顯示公布數`,
  },
  matrix: {
    products: '產品',
    noBrands: '還沒有品牌：資料中的品牌清單（brands）是空的',
    title: (name) => `${name}品牌矩陣`,
    kind: { region: '區域品牌', party: '黨建品牌' },
    level: { province: '省級', city: '市級', county: '縣級', district: '區級', town: '鎮級', street: '街道級', village: '村級', park: '園區級', other: '其他' },
    levelCount: (_n, countText, level) => `${countText}個${level}品牌`,
    summary: (name, counts) => `${name}：${counts}`,
    launched: (date) => `${date}發布`,
    clusters: '產業集群',
    certified: '認證',
    certifications: '認證',
    unit: '所屬地區',
    parent: '上級品牌',
    kindColumn: '類型',
    levelColumn: '層級',
    metric: '指標',
    metricNames: { sales: '銷售額', value: '品牌價值', tax: '納稅', output: '產值', investment: '投資', enterprises: '企業數' },
    expand: (_n, countText) => `展開${countText}個下級品牌`,
    collapse: '收合下級品牌',
    ownShare: (name) => `${name}（其餘）`,
    brands: '品牌列表',
  },
  ranking: {
    of: { units: '單位', clusters: '產業集群', brands: '品牌', enterprises: '企業' },
    nothing: (what, list) => `還沒有可排行的${what}：資料中沒有列出（${list}）`,
    derived: { enterprises: '企業數', partyOrganizations: '黨組織數', aboveScale: '規上企業數', clusters: '產業集群數', brands: '品牌數', units: '覆蓋單位數' },
    title: (of, metric) => `${of}${metric}排行`,
    leveled: (levels, of) => `${levels.join('、')}${of}`,
    rank: '排名',
    row: (rank, name, value) => `第 ${rank} 名：${name}，${value}`,
    summary: (title, shown, total, first, value) =>
      `${title}：${total > shown ? `共 ${total} 項，顯示前 ${shown} 項` : `共 ${total} 項`}，第 1 名${first}（${value}）`,
    missing: (n) => `另有 ${n} 項無此指標資料`,
  },
  map: {
    enterprises: '企業',
    cluster: '產業集群',
    clusters: '產業集群列表',
    industry: '產業',
    places: (levels) => {
      const [first, ...rest] = levels.map((l) => levelWords[l] ?? l);
      return first === undefined ? '地區' : rest.length ? `${first}（${rest.join('、')}）` : first;
    },
    units: (places) => `所在${places}`,
    partyOrganizations: '黨組織',
    partyEnterprises: '有黨組織的企業',
    otherEnterprises: '其他企業',
    unitNodes: (places) => places,
    otherIndustry: '其他',
    metric: '指標',
    metrics: { revenue: '營收', employees: '員工', output: '產值', investment: '投資額', enterprises: '企業數', sales: '銷售額', jobs: '就業人數', projects: '專案數', value: '價值', tax: '稅收' },
    yes: '是',
    no: '否',
    total: (metric) => `${metric}合計`,
    summary: (clusters, units, places, metric, largest, value) =>
      `${clusters}個產業集群分布在${units}個${places}；${metric}最大的是${largest}（${value}）`,
    caption: (metric) => `產業集群（依${metric}）`,
    scale: (metric, places) => `${places}依集群${metric}合計著色`,
    none: '無所選集群',
    noClusters: '還沒有產業集群：資料中的集群清單（clusters）是空的',
    schematic: (places) => `${places}邊界為示意圖形，並非實際行政界線`,
  },
  screen: {
    page: (n) => `第 ${n} 頁`,
    pages: '頁面',
    showing: (n, total, title) => `第 ${n} 頁，共 ${total} 頁：${title}`,
    previous: '上一頁',
    next: '下一頁',
    pause: '暫停輪播',
    play: '繼續輪播',
    fullscreen: '全螢幕',
    exitFullscreen: '結束全螢幕',
  },
  link: {
    period: '期間',
    latest: '最新',
    play: '播放',
    pause: '暫停',
    selected: (name) => `已選取：${name}，按 Esc 鍵取消`,
    cleared: '已取消選取',
    periodShown: (p) => `正在顯示 ${p}`,
  },
};
