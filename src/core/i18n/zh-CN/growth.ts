import type { Messages } from '../messages.js';

/** zh-CN strings of rb-growth-indicator: its section of the default language (see `../zh-CN.ts`). */
export const growth: Messages['growth'] = {
  noGrowth: '—',
  noIndicators: '还没有增长指标：数据中的指标列表（indicators）是空的',
  summary: (name, details) => (details ? `${name}：${details}` : name),
  trend: (points) => `走势：${points}`,
  targetProgress: (percent, target) => `已完成目标 ${target} 的 ${percent}`,
  computedNote: (computed) => `按序列计算为 ${computed}，显示公布数`,
};
