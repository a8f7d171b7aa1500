import type { WorkbookRows } from '../../src/sheet/index.js';

/**
 * A small workbook with a clerk's mistakes: under a title row (企业名单), 甲公司's town 大沙 is no
 * unit (企业!C3, `/clusters/0/enterprises/0/unit`), 乙公司's 产值 十二 is no number (企业!D4); and a
 * sheet the format lacks (笔记, a warning).
 */
export function faultyBook(): WorkbookRows {
  return {
    sheets: [
      { name: '地区', rows: [['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', '镇', '2022-05-27']] },
      { name: '单位', rows: [['编号', '名称', '级别'], ['dasha', '大沙镇', '镇']] },
      { name: '集群', rows: [['编号', '名称', '单位'], ['tea', '茶产业', 'dasha']] },
      { name: '企业', rows: [['太平镇企业名单（2022年）'], ['集群', '名称', '单位', '产值(万元)'], ['tea', '甲公司', '大沙', 12], ['tea', '乙公司', 'dasha', '十二']] },
      { name: '笔记', rows: [['待核对']] },
    ],
  };
}
