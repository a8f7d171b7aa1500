import type { Messages } from '../messages.js';

/** zh-CN strings of rb-dashboard's pages and big-screen controls: its section of the default language (see `../zh-CN.ts`). */
export const screen: Messages['screen'] = {
  page: (n) => `第 ${n} 页`,
  pages: '页面',
  showing: (n, total, title) => `第 ${n} 页，共 ${total} 页：${title}`,
  previous: '上一页',
  next: '下一页',
  pause: '暂停轮播',
  play: '继续轮播',
  fullscreen: '全屏',
  exitFullscreen: '退出全屏',
};
