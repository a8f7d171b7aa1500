import type { Messages } from '../messages.js';

/** zh-CN strings of rb-cluster-map: its section of the default language (see `../zh-CN.ts`). */
export const map: Messages['map'] = {
  enterprises: '企业',
  cluster: '产业集群',
  clusters: '产业集群列表',
  industry: '产业',
  units: '所在镇（园区）',
  partyOrganizations: '党组织',
  partyEnterprises: '有党组织的企业',
  otherEnterprises: '其他企业',
  unitNodes: '镇（园区）',
  otherIndustry: '其他',
  metric: '指标',
  metrics: { revenue: '营收', employees: '员工', output: '产值', investment: '投资额', enterprises: '企业数', sales: '销售额', jobs: '就业人数', projects: '项目数', value: '价值', tax: '税收' },
  yes: '是',
  no: '否',
  total: (metric) => `${metric}合计`,
  summary: (clusters, units, metric, largest, value) =>
    `${clusters}个产业集群分布在${units}个镇（园区）；${metric}最大的是${largest}（${value}）`,
  caption: (metric) => `产业集群（按${metric}）`,
  scale: (metric) => `镇（园区）按集群${metric}合计着色`,
  none: '无所选集群',
  schematic: '镇界为示意图形，并非真实行政边界',
};
