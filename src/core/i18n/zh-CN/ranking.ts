import type { Messages } from '../messages.js';

/** zh-CN strings of rb-ranking: its section of the default language (see `../zh-CN.ts`). */
export const ranking: Messages['ranking'] = {
  of: { units: '单位', clusters: '产业集群', brands: '品牌', enterprises: '企业' },
  nothing: (what, list) => `还没有可排行的${what}：数据中没有列出（${list}）`,
  derived: { enterprises: '企业数', partyOrganizations: '党组织数', aboveScale: '规上企业数', clusters: '产业集群数', brands: '品牌数', units: '覆盖单位数' },
  title: (of, metric) => `${of}${metric}排行`,
  leveled: (levels, of) => `${levels.join('、')}${of}`,
  rank: '排名',
  row: (rank, name, value) => `第 ${rank} 名：${name}，${value}`,
  summary: (title, shown, total, first, value) =>
    `${title}：${total > shown ? `共 ${total} 项，显示前 ${shown} 项` : `共 ${total} 项`}，第 1 名${first}（${value}）`,
  missing: (n) => `另有 ${n} 项无此指标数据`,
};
