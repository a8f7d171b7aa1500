import type { Messages, SharedMessages } from '../messages.js';

const text: Messages['text'] = {
  field: (label, value) => `${label}：${value}`,
  listSeparator: '、',
  clauseSeparator: '，',
  groupSeparator: '；',
  withNote: (t, note) => `${t}（${note}）`,
};

/**
 * zh-CN strings every widget reads (punctuation, periods, error titles, the frame, linking): the
 * part of the default language built into every entry. Each widget's own section is a file beside
 * this one, provided as the widget's module is imported (see `../zh-CN.ts`).
 */
export const shared: SharedMessages = {
  lang: 'zh-CN',
  riseColour: 'red',
  units: {},
  text,
  periods: {
    yearToDate: (y, m) => `${y}年1–${m}月`,
    year: (y) => `${y}年`,
    half: (y, h) => `${y}年${h === 1 ? '上' : '下'}半年`,
    quarter: (y, q) => `${y}年${['一', '二', '三', '四'][q - 1]}季度`,
    month: { year: 'numeric', month: 'long' },
    day: { year: 'numeric', month: 'long', day: 'numeric' },
  },
  errorTitle: {
    'fetch-failed': '数据加载失败',
    'invalid-json': '数据不是有效的 JSON',
    'invalid-data': '数据不符合格式要求',
    'invalid-config': '图表配置有误',
    internal: '组件内部错误',
    'unsupported-version': '不支持的数据格式版本',
  },
  ui: {
    loading: '加载中…',
    path: '位置',
    code: '错误代码',
    stale: (t) => `数据未能更新，显示的是 ${t} 的数据`,
    allProblems: (n) => `全部 ${n} 处问题`,
    source: '来源',
    covered: '已覆盖',
    total: '总数',
    coverage: '覆盖率',
    name: '名称',
    value: '数值',
    unit: '单位',
    by: '覆盖方式',
    period: '期间',
    yoy: '同比',
    pop: '环比',
    target: '目标',
    dataTable: '数据表',
    empty: '暂无数据',
    toolbar: '导出工具',
    downloadPng: '下载图片',
    moreProblems: (first, more) => `${first}（另有 ${more} 处问题）`,
    downloadCsv: '下载 CSV',
  },
  link: {
    noDataFor: (p) => `${p} 无数据`,
    period: '期间',
    latest: '最新',
    play: '播放',
    pause: '暂停',
    selected: (name) => `已选中：${name}，按 Esc 键取消`,
    cleared: '已取消选择',
    periodShown: (p) => `正在显示 ${p}`,
  },
};
