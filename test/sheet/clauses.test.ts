// The workbooks of test/fixtures/clause-workbooks.json (spreadsheet-format.md clause by clause,
// checked in Node by test/node/sheet-clauses.test.mjs) imported in Chromium: as XLSX files through
// the converter's worker and in place, each giving the document or the problems Node gives.
import { expect } from '@esm-bundle/chai';
import { importWorkbookFiles, registerSheetLanguage, sheetMessagesFor, writeXlsx, type Cell, type WorkbookImportResult } from '../../src/sheet/index.js';
import { loadLanguage, registerLanguage } from '../../src/core/index.js';
import { withWorkers } from '../support/workers.js';

interface ClauseWorkbook {
  clause: string;
  lang?: string;
  sheets: Record<string, Cell[][]>;
  document?: unknown;
  warnings?: [string, string][];
  problems?: [string, string][];
}

const outcome = (result: WorkbookImportResult) => (result.ok
  ? { document: result.document, warnings: result.warnings.map((w) => [w.cell, w.path]) }
  : { problems: result.problems.map((p) => [p.cell, p.path]) });

describe('the clause workbooks in the browser', function () {
  this.timeout(60000);

  it('each gives, through the worker and in place, what it gives in Node', async () => {
    const workbooks = (await (await fetch('/test/fixtures/clause-workbooks.json')).json()) as ClauseWorkbook[];
    for (const w of workbooks) {
      const bytes = await writeXlsx({ sheets: Object.entries(w.sheets).map(([name, rows]) => ({ name, rows })) });
      const files = [{ name: 'clerk.xlsx', bytes }];
      const lang = w.lang ?? 'zh-CN';
      const watched = await withWorkers('watch', () => importWorkbookFiles(files, { lang }));
      expect(watched.answers.some((a) => 'result' in a.data), `${w.clause}: the worker answered`).to.equal(true);
      const inPlace = await withWorkers('none', () => importWorkbookFiles(files, { lang }));
      const wanted = w.document ? { document: w.document, warnings: w.warnings } : { problems: w.problems };
      expect(outcome(watched.value), w.clause).to.deep.equal(wanted);
      expect(watched.value, `${w.clause}: the same messages and rows`).to.deep.equal(inPlace.value);
    }
  });

  it('a language the page registered itself, which the worker does not have, says the problems as in place', async () => {
    const en = await loadLanguage('en');
    registerLanguage({ ...en, lang: 'fr' });
    registerSheetLanguage('fr', { ...sheetMessagesFor('en'), notNumber: (t) => `« ${t} » n’est pas un nombre` });
    const bytes = await writeXlsx({ sheets: [
      { name: '地区', rows: [['编号', '名称', '级别', '数据截至'], ['kp', '开平市', '县', '2025-06-30']] },
      { name: '覆盖', rows: [['名称', '已覆盖', '总数'], ['行政村', '约400', 424]] },
    ] });
    const watched = await withWorkers('watch', () => importWorkbookFiles([{ name: 'clerk.xlsx', bytes }], { lang: 'fr' }));
    const result = watched.value;
    if (result.ok) throw new Error('imported');
    expect(result.problems.map((p) => [p.cell, p.message])).to.deep.equal([['覆盖!B2', '« 约400 » n’est pas un nombre']]);
    expect(watched.answers.every((a) => !('result' in a.data)), 'the worker only read the file').to.equal(true);
  });
});
