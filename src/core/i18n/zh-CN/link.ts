import type { Messages } from '../messages.js';

/** zh-CN strings of link groups and the period control: their section of the default language (see `../zh-CN.ts`). */
export const link: Messages['link'] = {
  period: '期间',
  latest: '最新',
  play: '播放',
  pause: '暂停',
  selected: (name) => `已选中：${name}，按 Esc 键取消`,
  cleared: '已取消选择',
  periodShown: (p) => `正在显示 ${p}`,
};
