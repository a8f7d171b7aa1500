import type { Messages } from '../messages.js';

/** zh-CN strings of the export toolbar (`toolbar: true`): its section of the default language (see `../zh-CN.ts`). */
export const toolbar: Messages['toolbar'] = {
  label: '导出工具',
  dataTable: '数据表',
  downloadPng: '下载图片',
  downloadCsv: '下载 CSV',
};
