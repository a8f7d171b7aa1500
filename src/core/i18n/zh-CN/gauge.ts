import type { Messages } from '../messages.js';

/** zh-CN strings of rb-coverage-gauge: its section of the default language (see `../zh-CN.ts`). */
export const gauge: Messages['gauge'] = {
  full: '全覆盖',
  noCoverage: '还没有覆盖率指标：数据中的覆盖列表（coverage）是空的',
  coverage: '覆盖率',
  covered: '已覆盖',
  total: '总数',
  breakdown: '分单位覆盖情况',
  unitRow: (name, percent, counts) => `${name}：${percent}${counts ? `（${counts}）` : ''}`,
  moreUnits: (n) => `另有 ${n} 个单位`,
};
