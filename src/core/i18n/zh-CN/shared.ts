import type { Messages, SharedMessages } from '../messages.js';

const text: Messages['text'] = {
  field: (label, value) => `${label}：${value}`,
  listSeparator: '、',
  clauseSeparator: '，',
  groupSeparator: '；',
  withNote: (t, note) => `${t}（${note}）`,
};

/**
 * zh-CN strings every widget reads (punctuation, periods, the frame): the part of the default
 * language built into every entry. Each widget's own section (and the toolbar's, and linking's) is
 * a file beside this one, provided as its module is imported (see `../zh-CN.ts`). What mistakes
 * say is in `../problems.zh-CN.ts`.
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
  ui: {
    loading: '加载中…',
    source: '来源',
    name: '名称',
    value: '数值',
    period: '期间',
    yoy: '同比',
    pop: '环比',
    target: '目标',
    empty: '暂无数据',
    noDataFor: (p) => `${p} 无数据`,
  },
};
