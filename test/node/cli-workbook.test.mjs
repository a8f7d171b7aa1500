// The command line on a workbook with problems, run as a user would: a folder of CSV files, the
// exit code and what stderr lists.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cli, tempDir } from './helpers.mjs';

const dir = tempDir();

describe('a workbook with errors and warnings', () => {
  test('import and validate list the format’s warnings after the errors', async () => {
    // 覆盖: 9 covered of 8 (an error of the format's rules); 同比 39.33 without % (a warning of them).
    const folder = join(dir, 'errors-and-warnings');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, '地区.csv'), '编号,名称,级别,数据截至\ntaiping,太平镇,镇,2022-05-27\n');
    writeFileSync(join(folder, '指标.csv'), '编号,名称,单位\ntax,税收收入,万元\n');
    writeFileSync(join(folder, '指标数据.csv'), '指标,期间,数值,同比,类型\n税收收入,2022-Q1,,39.33,公布\n');
    writeFileSync(join(folder, '覆盖.csv'), '名称,已覆盖,总数\n村,9,8\n');
    const imported = await cli('import', folder, '--lang', 'en');
    assert.equal(imported.code, 1);
    const lines = imported.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, imported.stderr);
    assert.match(lines[0], /^  error 覆盖!B2 \/coverage\/0\/covered: /);
    assert.match(lines[1], /^  warning 指标数据!D2 \/indicators\/0\/reported\/yoy: .*0\.3933/);
    const validated = await cli('validate', folder, '--lang', 'en');
    assert.equal(validated.code, 1);
    assert.match(validated.stderr, /: 1 error\(s\), 1 warning\(s\)\n  error 覆盖!B2 .*\n  warning 指标数据!D2 /);
  });
});
