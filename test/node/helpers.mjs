// Shared set-up of the Node tests: the built DOM-free entries (dist/, built by `npm test` or
// `npm install`), the sample documents, temporary folders and a runner for the command line.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const sheet = await import(join(root, 'dist/sheet.js'));
export const validation = await import(join(root, 'dist/validate.js'));

/** The documents in demo/data/, validated (lists filled in), by file name. */
export function sampleDocuments() {
  const dir = join(root, 'demo/data');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const result = validation.validateDocument(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!result.ok) throw new Error(`${f}: ${result.error.message}`);
      return { file: f, document: result.data };
    });
}

export function tempDir() {
  return mkdtempSync(join(tmpdir(), 'rb-editors-'));
}

/** Runs the command line; resolves with exit code, stdout and stderr. */
export function cli(...args) {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'bin/region-brand-widgets.mjs'), ...args], { cwd: root }, (error, stdout, stderr) => {
      done({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

/** A workbook from sheets given as arrays of rows. */
export function book(sheets) {
  return { sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) };
}

/** A small valid workbook a clerk might write: the region, two towns, a cluster, enterprises. */
export function clerkBook(overrides = {}) {
  return book({
    地区: [['编号', '名称', '级别', '上级', '数据截至'], ['taiping', '太平镇', '镇', '清新区', '2022-05-27']],
    单位: [['名称', '编号', '级别'], ['马冈镇', 'magang', '镇'], ['大沙镇', 'dasha', '镇']],
    集群: [['名称', '单位', '编号'], ['鹅产业', '马冈镇', 'goose'], ['茶产业', 'dasha', 'tea']],
    企业: [
      ['集群', '名称', '单位', '产值(万元)', '有党组织'],
      ['goose', '甲公司', '马冈镇', 1300, '是'],
      ['茶产业', '乙公司', 'dasha', '2.5亿', '否'],
    ],
    ...overrides,
  });
}
