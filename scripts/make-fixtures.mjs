// Writes the clerk's workbook used by the browser test (test/fixtures/clerk.xlsx) and the document
// Node imports from it (clerk.json). The Node test `fixtures` checks that they still agree.
// Run after a change to the converter: `node scripts/make-fixtures.mjs` (needs dist/: `npm install` or `npm run build`).
import { writeFileSync } from 'node:fs';
import { clerkBook, sheet } from '../test/node/helpers.mjs';

export function clerkWorkbook() {
  return clerkBook({
    指标: [['名称', '单位', '累计'], ['工业总产值', '亿元', '否'], ['办理服务事项', '件', '是']],
    指标数据: [
      ['指标', '期间', '数值', '同比(%)', '类型'],
      ['工业总产值', '2021-Q1', 31.05, null, '序列'],
      ['工业总产值', '2022-Q1', 37.83, 21.85, '公布'],
      ['办理服务事项', '2022-04', '6,791', null, '公布'],
    ],
    覆盖: [['名称', '已覆盖', '总数', '比例'], ['联合体覆盖村', 424, 424, null], ['新风公益基金', null, null, '74.85%']],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const book = clerkWorkbook();
  writeFileSync('test/fixtures/clerk.xlsx', await sheet.writeXlsx(book));
  const result = sheet.workbookToDocument(book);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  writeFileSync('test/fixtures/clerk.json', JSON.stringify(result.document, null, 1) + '\n');
}
