// The workbook converter in the browser: a workbook chosen as a File imports to the same document
// as in Node (test/fixtures/clerk.json, checked by the Node test `fixtures`); the XLSX library is
// fetched only when a file is read; the clerk's mistakes reach the widgets as messages.
import { expect } from '@esm-bundle/chai';
import { readWorkbookFile, workbookToDocument, documentToWorkbook, writeXlsx } from '../../src/sheet/index.js';
import '../../src/widgets/growth-indicator/index.js';
import '../../src/widgets/coverage-gauge/index.js';
import { cleanup, mount, nextEvent, sample, shadow } from '../support/helpers.js';

const fetchedXlsxLibrary = () => performance.getEntriesByType('resource').some((e) => e.name.includes('read-excel-file'));

describe('workbook import in the browser', () => {
  afterEach(cleanup);

  it('imports a workbook from a File to the same document as Node, loading the XLSX library only then', async () => {
    // Fetched after this point only if no module loaded so far had pulled it in statically.
    performance.setResourceTimingBufferSize(100000);
    performance.clearResourceTimings();
    const blob = await (await fetch('/test/fixtures/clerk.xlsx')).blob();
    const file = new File([blob], 'clerk.xlsx', { type: blob.type });
    const result = workbookToDocument(await readWorkbookFile(await file.arrayBuffer(), file.name));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const fromNode = await (await fetch('/test/fixtures/clerk.json')).json();
    expect(result.document).to.deep.equal(fromNode);
    expect(fetchedXlsxLibrary(), 'the XLSX library is fetched on the first import').to.equal(true);
  });

  it('round-trips the Kaiping sample through an XLSX written in the browser', async () => {
    const kaiping = await sample('kaiping');
    const book = documentToWorkbook(kaiping as never);
    const bytes = await writeXlsx(book);
    const result = workbookToDocument(await readWorkbookFile(bytes, 'kaiping.xlsx'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(result.document.clusters).to.deep.equal((kaiping as { clusters: unknown }).clusters);
  });

  it('fills merged cells down in the browser as in Node: a merged 集群 cell belongs to every row it covers', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/universal');
    const rows = (data: unknown[][]) => data.map((row) => row.map((c) => (c === null || typeof c === 'object' ? c : { value: c })));
    const blob = await writeXlsxFile([
      { sheet: '地区', data: rows([['编号', '名称', '级别', '数据截至'], ['taiping', '太平镇', '镇', '2022-05-27']]) },
      { sheet: '集群', data: rows([['名称', '单位'], ['鹅产业', '太平镇']]) },
      { sheet: '企业', data: rows([['集群', '名称'], [{ value: '鹅产业', rowSpan: 3 }, '甲'], [null, '乙'], [null, '丙'], [null, '丁']]) },
    ] as never).toBlob();
    const book = await readWorkbookFile(await blob.arrayBuffer(), 'merged.xlsx');
    const outside = workbookToDocument(book);
    // 丁 is below the merged cell: its cluster is missing.
    expect(outside.ok ? [] : outside.problems.map((p) => p.cell)).to.deep.equal(['企业!A5']);
    book.sheets.find((s) => s.name === '企业')!.rows.pop();
    const result = workbookToDocument(book);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.document.clusters[0]!.enterprises!.map((e) => e.name)).to.deep.equal(['甲', '乙', '丙']);
  });
});

describe('the clerk’s mistakes, as widgets show them', () => {
  afterEach(cleanup);

  it('a full-width comma: line, column, character and hint in the widget', async () => {
    const el = mount(`<rb-growth-indicator data='{"format": "region-brand-data"，"version": 1}'></rb-growth-indicator>`);
    const event = await nextEvent<{ code: string; message: string }>(el, 'rb-error');
    expect(event.detail.code).to.equal('invalid-json');
    expect(event.detail.message).to.match(/第 1 行第 31 列的“，”.*全角/);
    expect(shadow(el).textContent).to.include('第 1 行第 31 列');
  });

  it('a growth of 21.85 raises rb-warning naming 0.2185; money in 亿元 is an error in 元', async () => {
    const taiping = (await sample('taiping')) as { indicators: { reported?: { yoy?: number; value?: number }; unit?: string }[] };
    taiping.indicators[0]!.reported!.yoy = 21.85;
    const el = mount('<rb-growth-indicator></rb-growth-indicator>');
    const warning = nextEvent<{ message: string; path: string }>(el, 'rb-warning');
    (el as unknown as { data: unknown }).data = taiping;
    const { detail } = await warning;
    expect(detail.path).to.equal('/indicators/0/reported/yoy');
    expect(detail.message).to.match(/21\.85.*0\.2185/);

    const money = structuredClone(taiping);
    money.indicators[0]!.reported!.yoy = 0.2185;
    money.indicators[0]!.unit = '亿元';
    money.indicators[0]!.reported!.value = 37.83;
    const broken = mount('<rb-growth-indicator></rb-growth-indicator>');
    const error = nextEvent<{ message: string; path: string }>(broken, 'rb-error');
    (broken as unknown as { data: unknown }).data = money;
    expect((await error).detail.message).to.match(/37\.83 亿元 → 3783000000，单位 元/);
  });

  it('a coverage ratio of 74.85 is an error that names the item and says it looks like a percentage', async () => {
    const pingyuan = (await sample('pingyuan')) as { coverage: { id: string; ratio?: number; name: string }[] };
    const index = pingyuan.coverage.findIndex((c) => c.ratio !== undefined);
    pingyuan.coverage[index]!.ratio = 74.85;
    // The gauge shows this figure: the mistake is an error for it (elsewhere only a warning).
    const el = mount(`<rb-coverage-gauge config='{"coverage": "${pingyuan.coverage[index]!.id}"}'></rb-coverage-gauge>`);
    const error = nextEvent<{ message: string; path: string }>(el, 'rb-error');
    (el as unknown as { data: unknown }).data = pingyuan;
    const { detail } = await error;
    expect(detail.path).to.equal(`/coverage/${index}/ratio`);
    expect(detail.message).to.include(`第 ${index + 1} 个覆盖指标“${pingyuan.coverage[index]!.name}”的“比例”（ratio）：比例 74.85`);
    expect(detail.message).to.include('0.7485');
  });

  it('an unknown config option lists the options that exist', async () => {
    const el = mount(`<rb-growth-indicator src="/demo/data/taiping.json" config='{"indicatr": "tax"}'></rb-growth-indicator>`);
    const { detail } = await nextEvent<{ code: string; message: string }>(el, 'rb-error');
    expect(detail.code).to.equal('invalid-config');
    expect(detail.message).to.match(/不认识的配置项“indicatr”。可用的配置项：.*\bindicator\b.*\bcompare\b/);
  });
});
