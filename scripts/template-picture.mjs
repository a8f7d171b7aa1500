// Renders docs/template.png for the README: the template's instructions sheet and the Kaiping
// sample's enterprises sheet, drawn as a spreadsheet would show them (column letters, row numbers,
// sheet tabs), from the rows the converter writes. Headless Chromium; needs dist/ (npm install).
//   flock /tmp/rb-browser.lock node scripts/template-picture.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../test/support/chromium.mjs';

const root = join(import.meta.dirname, '..');
const sheet = await import(join(root, 'dist/sheet.js'));
const { validateDocument } = await import(join(root, 'dist/validate.js'));
const kaiping = validateDocument(JSON.parse(readFileSync(join(root, 'demo/data/kaiping.json'), 'utf8'))).data;

const escape = (text) => String(text ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const letter = (i) => String.fromCharCode(65 + i);

/** One sheet as a spreadsheet window: caption, grid and the tabs of every sheet. */
function window(caption, book, name, maxRows, maxColumns) {
  const rows = book.sheets.find((s) => s.name === name).rows.slice(0, maxRows);
  const width = Math.min(maxColumns, Math.max(...rows.map((r) => r.length)));
  const head = `<tr><th></th>${Array.from({ length: width }, (_, i) => `<th>${letter(i)}</th>`).join('')}</tr>`;
  const body = rows
    .map((r, i) => `<tr class="${i === 0 && name !== '说明' ? 'header' : ''}"><th>${i + 1}</th>${Array.from({ length: width }, (_, c) => `<td class="${typeof r[c] === 'number' ? 'n' : ''}">${escape(r[c])}</td>`).join('')}</tr>`)
    .join('');
  const tabs = book.sheets.map((s) => `<span class="${s.name === name ? 'on' : ''}">${escape(s.name)}</span>`).join('');
  return `<figure><figcaption>${escape(caption)}</figcaption><table>${head}${body}</table><nav>${tabs}</nav></figure>`;
}

const template = sheet.documentToWorkbook(kaiping, { template: true });
const sample = sheet.documentToWorkbook(kaiping);
const html = `<!doctype html><meta charset="utf-8"><style>
  body { margin: 0; padding: 16px; background: #f3f4f6; font: 13px "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: #1f2937; width: 1180px; }
  figure { margin: 0 0 16px; background: #fff; border: 1px solid #d1d5db; }
  figcaption { padding: 6px 10px; background: #1d6f42; color: #fff; font-weight: 600; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #e5e7eb; padding: 3px 6px; white-space: nowrap; max-width: 760px; overflow: hidden; text-overflow: ellipsis; }
  th { background: #f3f4f6; color: #6b7280; font-weight: normal; text-align: center; }
  tr.header td { background: #e8f1ec; font-weight: 600; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; }
  nav { display: flex; gap: 2px; padding: 4px 6px; background: #f9fafb; border-top: 1px solid #d1d5db; flex-wrap: wrap; }
  nav span { padding: 2px 8px; border: 1px solid #d1d5db; background: #fff; }
  nav span.on { background: #1d6f42; color: #fff; border-color: #1d6f42; }
</style>
${window('npx region-brand-widgets template -o 模板.xlsx — “说明”表', template, '说明', 11, 1)}
${window('npx region-brand-widgets template --sample -o 开平.xlsx — “企业”表（固定列之后的每一列是企业的指标，如 产值(元)、员工(人)）', sample, '企业', 6, 10)}`;

const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs, defaultViewport: { width: 1212, height: 600, deviceScaleFactor: 1 } });
const page = await browser.newPage();
await page.setContent(html, { waitUntil: 'load' });
const body = await page.$('body');
await body.screenshot({ path: join(root, 'docs/template.png') });
await browser.close();
console.log('wrote docs/template.png');
