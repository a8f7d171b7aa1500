import type { Messages } from '../messages.js';

/** zh-CN strings of rb-brand-matrix: its section of the default language (see `../zh-CN.ts`). */
export const matrix: Messages['matrix'] = {
  products: '产品',
  noBrands: '还没有品牌：数据中的品牌列表（brands）是空的',
  title: (name) => `${name}品牌矩阵`,
  kind: { region: '区域品牌', party: '党建品牌' },
  level: { province: '省级', city: '市级', county: '县级', district: '区级', town: '镇级', street: '街道级', village: '村级', park: '园区级', other: '其他' },
  levelCount: (_n, countText, level) => `${countText}个${level}品牌`,
  summary: (name, counts) => `${name}：${counts}`,
  launched: (date) => `${date}发布`,
  clusters: '产业集群',
  certified: '认证',
  certifications: '认证',
  unit: '所属地区',
  parent: '上级品牌',
  kindColumn: '类型',
  levelColumn: '层级',
  metric: '指标',
  metricNames: { sales: '销售额', value: '品牌价值', tax: '纳税', output: '产值', investment: '投资', enterprises: '企业数' },
  expand: (_n, countText) => `展开${countText}个下级品牌`,
  collapse: '收起下级品牌',
  ownShare: (name) => `${name}（其余）`,
  brands: '品牌列表',
};
