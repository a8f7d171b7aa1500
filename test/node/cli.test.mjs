// The command line, run as a user would: real files in a temporary folder, exit codes, output.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { clerkBook, cli, root, sampleDocuments, sheet, tempDir } from './helpers.mjs';

const dir = tempDir();
const kaiping = join(root, 'demo/data/kaiping.json');

describe('template, export, import, validate', () => {
  test('template and --sample write workbooks; the sample imports to the Kaiping document', async () => {
    const template = join(dir, 'template.xlsx');
    const sample = join(dir, 'sample.xlsx');
    assert.equal((await cli('template', '-o', template)).code, 0);
    assert.equal((await cli('template', '--sample', '-o', sample)).code, 0);
    const out = join(dir, 'kaiping.json');
    const run = await cli('import', sample, '-o', out);
    assert.equal(run.code, 0, run.stderr);
    const kaipingDoc = sampleDocuments().find((d) => d.file === 'kaiping.json').document;
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), kaipingDoc);
    const book = await sheet.readWorkbookFile(readFileSync(template), 'template.xlsx');
    assert.ok(book.sheets.some((s) => s.name === '说明') && book.sheets.some((s) => s.name === '允许值'));
  });

  test('export to a folder of CSV files and import the folder back', async () => {
    const folder = join(dir, 'csv');
    assert.equal((await cli('export', kaiping, '-o', folder)).code, 0);
    assert.ok(readdirSync(folder).includes('企业.csv'));
    const run = await cli('import', folder);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).clusters.length, JSON.parse(readFileSync(kaiping, 'utf8')).clusters.length);
  });

  test('export names what the workbook cannot hold (inline GeoJSON, a field the format lacks); nothing for the samples', async () => {
    const doc = structuredClone(sampleDocuments().find((d) => d.file === 'taiping.json').document);
    doc.geo = { type: 'FeatureCollection', features: [] };
    doc.units[0].note = '旧名';
    const file = join(dir, 'inline-geo.json');
    writeFileSync(file, JSON.stringify(doc));
    const run = await cli('export', file, '-o', join(dir, 'inline-geo.xlsx'));
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.stderr.trim().split('\n').map((l) => l.trim().split(':')[0]).sort(), ['警告 /geo', '警告 /units/0/note']);
    const english = await cli('export', file, '-o', join(dir, 'inline-geo.en.xlsx'), '--lang', 'en');
    assert.match(english.stderr, /warning \/geo: the workbook cannot hold this/);
    for (const { file: name } of sampleDocuments()) {
      const plain = await cli('export', join(root, 'demo/data', name), '-o', join(dir, `${name}.xlsx`));
      assert.equal(plain.stderr, '', name);
    }
  });

  test('validate: a good document and a good workbook pass with exit 0; English with --lang en', async () => {
    const book = join(dir, 'en.xlsx');
    assert.equal((await cli('export', kaiping, '-o', book, '--lang', 'en')).code, 0);
    const run = await cli('validate', kaiping, book, '--lang', 'en');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /✓ .*kaiping\.json: valid/);
    assert.match(run.stdout, /✓ .*en\.xlsx: valid/);
  });

  test('validate: a workbook with an unknown unit prints the cell, the pointer and the message, exit 1; --json for machines', async () => {
    const workbook = clerkBook();
    workbook.sheets.find((s) => s.name === '企业').rows[2][2] = '大沙';
    const file = join(dir, 'clerk.xlsx');
    writeFileSync(file, await sheet.writeXlsx(workbook));
    const run = await cli('validate', file);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /企业!C3 \/clusters\/1\/enterprises\/0\/unit: “大沙”不是已知的单位/);
    const json = await cli('validate', file, kaiping, '--json');
    assert.equal(json.code, 1);
    const report = JSON.parse(json.stdout);
    assert.deepEqual(report.map((r) => r.ok), [false, true]);
    assert.equal(report[0].problems[0].cell, '企业!C3');
    const imported = await cli('import', file, '-o', join(dir, 'never.json'));
    assert.equal(imported.code, 1);
    assert.equal(existsSync(join(dir, 'never.json')), false, 'a workbook with errors imports nothing');
  });
});

describe('files as Windows editors save them', () => {
  // Notepad and Excel's "UTF-8" options start the file with a byte-order mark and end lines with
  // CRLF; browsers' decoders drop the mark, Node's readFileSync keeps it.
  const bom = (value) => `\uFEFF${JSON.stringify(value, null, 2).replace(/\n/g, '\r\n')}\r\n`;
  const doc = {
    format: 'region-brand-data', version: 1, asOf: '2024-12-31',
    region: { id: 'xiqiao', name: '溪桥县', level: 'county' },
    coverage: [{ id: 'fund', name: '公益基金参与', ratio: 0.7485 }],
  };

  test('a document with a byte-order mark validates, exports and renders like one without', async () => {
    const file = join(dir, 'notepad.json');
    writeFileSync(file, bom(doc));
    const run = await cli('validate', file);
    assert.equal(run.code, 0, run.stderr);
    assert.equal((await cli('export', file, '-o', join(dir, 'notepad.xlsx'))).code, 0);
    const spec = join(dir, 'notepad-spec.json');
    writeFileSync(spec, bom({ type: 'coverage-gauge', config: { coverage: 'fund' } }));
    const render = await cli('render', spec, '--data', file, '-o', join(dir, 'notepad.svg'));
    assert.equal(render.code, 0, render.stderr);
    assert.match(readFileSync(join(dir, 'notepad.svg'), 'utf8'), /74\.85%/);
  });

  test('a byte-order mark before text that is not JSON still places the mistake on line 1', async () => {
    const file = join(dir, 'notepad-bad.json');
    writeFileSync(file, '\uFEFF{"format": "region-brand-data",, }');
    const run = await cli('validate', file, '--lang', 'en');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /line 1, column 32 \(“,”\)/);
  });
});

describe('an empty document', () => {
  test('is said to be empty, not "a closing } or ] is missing" at line 1, column 1', async () => {
    for (const [text, lang, words] of [['', 'en', /the text is empty/], ['\uFEFF \n', 'zh-CN', /内容为空/], ['  ', 'zh-TW', /內容為空/]]) {
      const file = join(dir, 'empty.json');
      writeFileSync(file, text);
      const run = await cli('validate', file, '--lang', lang);
      assert.equal(run.code, 1);
      assert.match(run.stderr, words);
      assert.doesNotMatch(run.stderr, /[}\]]/, run.stderr);
    }
  });
});

describe('mistakes: one clear line on stderr, exit 1, no stack trace', () => {
  const cases = [
    ['a missing file', () => ['validate', join(dir, 'missing.json')], /找不到文件/],
    ['a wrong extension', () => ['import', kaiping, '-o', join(dir, 'x.json')], /不支持的文件类型/],
    ['a corrupt workbook', () => {
      const file = join(dir, 'corrupt.xlsx');
      writeFileSync(file, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
      return ['import', file];
    }, /已损坏/],
    ['a password-protected workbook', () => {
      const file = join(dir, 'protected.xlsx');
      writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
      return ['import', file, '--lang', 'en'];
    }, /password-protected/],
    ['a sheet without a header row', () => {
      const folder = join(dir, 'noheader');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, '地区.csv'), '\n\ntaiping,太平镇,镇,,2022-05-27\n');
      return ['import', folder];
    }, /“地区”表第 1 行没有可识别的表头/],
    ['an unknown command', () => ['frobnicate'], /未知命令/],
    ['an import written to a folder', () => {
      mkdirSync(join(dir, 'out-folder'), { recursive: true });
      return ['import', join(root, 'test/fixtures/clerk.xlsx'), '-o', join(dir, 'out-folder')];
    }, /无法写入 .*out-folder：这是一个文件夹，请给出文件名，如 .*data\.json/],
    ['an import written to a folder, in English', () => {
      mkdirSync(join(dir, 'json-folder'), { recursive: true });
      return ['import', join(root, 'test/fixtures/clerk.xlsx'), '-o', join(dir, 'json-folder'), '--lang', 'en'];
    }, /cannot write .*json-folder: it is a folder; give a file name such as .*data\.json/],
    ['an output below a file', () => {
      writeFileSync(join(dir, 'plain-file'), 'x');
      return ['template', '-o', join(dir, 'plain-file', 'template.xlsx')];
    }, /无法写入 .*template\.xlsx：路径中有一段是文件而不是文件夹/],
    ['-o without a file name', () => ['import', join(root, 'test/fixtures/clerk.xlsx'), '-o'], /-o 后面缺少值/],
    ['export without -o', () => ['export', kaiping, '--lang', 'en'], /give the output file with -o/],
    ['an unknown command, for a Taiwan reader', () => ['frobnicate', '--lang', 'zh-TW'], /未知命令「frobnicate」（見 --help）/],
    ['a bad render size, in Traditional Chinese', () => ['render', kaiping, '--width', 'abc', '-o', join(dir, 'x.png'), '--lang', 'zh-Hant'], /--width：應為大於 0、不超過 16384 的數，實際為「abc」/],
  ];
  for (const [name, args, message] of cases) {
    test(name, async () => {
      const run = await cli(...args());
      assert.equal(run.code, 1);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
      assert.equal(run.stderr.trim().split('\n').filter((l) => !/^[✗ ]/.test(l)).length <= 1, true, run.stderr);
    });
  }

  test('speaks the library’s languages: zh-Hant for zh-TW / zh-HK, English for en-GB', async () => {
    const hk = await cli('validate', kaiping, '--lang', 'zh-HK');
    assert.equal(hk.code, 0);
    assert.match(hk.stdout, /: 通過/);
    const help = await cli('--help', '--lang', 'zh-Hant');
    assert.match(help.stdout, /用法：region-brand-widgets <命令> \[選項\]/);
    assert.doesNotMatch(help.stdout, /选项|检查|数据/, 'no Simplified text in the Traditional help');
    const gb = await cli('validate', '--lang', 'en-GB');
    assert.equal(gb.code, 1);
    assert.match(gb.stderr, /validate: name at least one file/);
  });

  test('options before the command: `--lang en validate bad.json` validates (exit 1), not the help with exit 0', async () => {
    const bad = join(dir, 'version2.json');
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(kaiping, 'utf8')), version: 2 }));
    const run = await cli('--lang', 'en', 'validate', bad);
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stderr, /error \/version: .*unsupported version 2/);
    const json = await cli('--json', 'validate', kaiping);
    assert.equal(json.code, 0, json.stderr);
    assert.equal(JSON.parse(json.stdout)[0].ok, true);
    const help = await cli('--lang', 'en', 'import', '--help');
    assert.match(help.stdout, /^Usage: region-brand-widgets import/);
  });

  test('--help for the tool and for each command', async () => {
    for (const command of ['', 'validate', 'import', 'export', 'template']) {
      const run = await cli(...(command ? [command] : []), '--help', '--lang', 'en');
      assert.equal(run.code, 0);
      assert.match(run.stdout, new RegExp(`Usage: region-brand-widgets ${command || '<command>'}`));
    }
  });
});
