import type { Messages } from '../messages.js';

/** Words of the unit levels (`units[].level`). */
const levelWords: Readonly<Record<string, string>> = { province: '省', city: '市', county: '县', district: '区', town: '镇', street: '街道', village: '村', park: '园区' };

/** zh-CN strings of rb-cluster-map: its section of the default language (see `../zh-CN.ts`). */
export const map: Messages['map'] = {
  enterprises: '企业',
  cluster: '产业集群',
  clusters: '产业集群列表',
  industry: '产业',
  places: (levels) => {
    const [first, ...rest] = levels.map((l) => levelWords[l] ?? l);
    return first === undefined ? '地区' : rest.length ? `${first}（${rest.join('、')}）` : first;
  },
  units: (places) => `所在${places}`,
  partyOrganizations: '党组织',
  partyEnterprises: '有党组织的企业',
  otherEnterprises: '其他企业',
  unitNodes: (places) => places,
  otherIndustry: '其他',
  metric: '指标',
  metrics: { revenue: '营收', employees: '员工', output: '产值', investment: '投资额', enterprises: '企业数', sales: '销售额', jobs: '就业人数', projects: '项目数', value: '价值', tax: '税收' },
  yes: '是',
  no: '否',
  total: (metric) => `${metric}合计`,
  summary: (clusters, units, places, metric, largest, value) =>
    `${clusters}个产业集群分布在${units}个${places}；${metric}最大的是${largest}（${value}）`,
  caption: (metric) => `产业集群（按${metric}）`,
  scale: (metric, places) => `${places}按集群${metric}合计着色`,
  none: '无所选集群',
  noClusters: '还没有产业集群：数据中的集群列表（clusters）是空的',
  schematic: (places) => `${places}边界为示意图形，并非真实行政边界`,
};
