#!/usr/bin/env node
// The command line for editors and portals' CI: validate documents and workbooks, import a
// workbook into a document, export a document into a workbook, write the template. Plain Node: it
// uses the package's DOM-free entries in dist/ (in this repository, `npm install` builds them).
// `render` draws a widget or a dashboard as SVG/PNG through dist/render.js (Node only).
// Every mistake of the person typing (missing file, wrong extension, damaged workbook …) is one
// line on stderr and exit code 1, never a stack trace.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const HELP = {
  en: {
    main: `Usage: region-brand-widgets <command> [options]

Commands:
  validate FILE…                    check documents (.json) and workbooks (.xlsx, folder of .csv)
  import BOOK.xlsx|FOLDER -o data.json   workbook → document
  export data.json -o book.xlsx|FOLDER   document → workbook (.xlsx, or one .csv per sheet in FOLDER)
  template [--sample] -o book.xlsx  the empty template (or the filled Kaiping sample)
  render SPEC.json --data data.json -o out.png|out.svg   a widget or dashboard as a picture

Options: --lang en|zh-CN (messages and sheet headers), --help (for each command)`,
    validate: `Usage: region-brand-widgets validate FILE… [--json] [--lang en]
Checks each file (.json document, .xlsx workbook, or a folder of .csv sheets) with the rules the
widgets apply. Prints every problem with its cell and JSON Pointer; --json prints them as JSON.
Exit code 1 when any file has an error (warnings alone exit 0).`,
    import: `Usage: region-brand-widgets import BOOK.xlsx|FOLDER_OF_CSV [-o data.json] [--lang en]
Converts a workbook into a region-brand-data document (to stdout without -o). A workbook with
errors writes nothing and exits 1.`,
    export: `Usage: region-brand-widgets export data.json -o book.xlsx|FOLDER [--lang en]
Converts a document into a workbook: an .xlsx file, or one .csv file per sheet in FOLDER.`,
    template: `Usage: region-brand-widgets template [--sample] -o book.xlsx [--lang en]
Writes the empty template workbook (instructions and allowed values included), or with --sample
the filled Kaiping sample.`,
    render: `Usage: region-brand-widgets render SPEC.json [--data data.json] -o out.png|out.svg
       [--type TYPE] [--width PX] [--height PX] [--scale N] [--page N] [--period 2024] [--lang en] [--theme dark]
Draws one widget or a whole rb-dashboard spec as an SVG or PNG, without a browser. SPEC.json is a
dashboard spec ({ "widgets": [...] }), a widget as a dashboard lists it ({ "type", "config" }), or
a widget's config with --type (coverage-gauge, growth-indicator, brand-matrix, cluster-map, ranking,
dashboard). --data defaults to the spec's "src". --scale sets PNG pixels per CSS pixel; a stage
is drawn whole at its design size (or scaled to --width/--height); --page picks a page (1 = first);
--period shows that period in every widget (as the page's period control does).
Bad input prints its code, JSON Pointer and message, exits 1 and writes no file.`,
  },
  zh: {
    main: `用法：region-brand-widgets <命令> [选项]

命令：
  validate 文件…                     检查数据文件（.json）和工作簿（.xlsx，或 .csv 文件夹）
  import 工作簿.xlsx|文件夹 -o data.json  工作簿 → 数据文件
  export data.json -o 工作簿.xlsx|文件夹  数据文件 → 工作簿（.xlsx，或在文件夹中每表一个 .csv）
  template [--sample] -o 工作簿.xlsx   空白填报模板（--sample 为开平示例）
  render 配置.json --data data.json -o 图.png|图.svg   把组件或大屏画成图片

选项：--lang en|zh-CN（提示语言和表头语言），--help（每个命令都有）`,
    validate: `用法：region-brand-widgets validate 文件… [--json] [--lang en]
按组件使用的同一套规则检查每个文件（.json 数据、.xlsx 工作簿或 .csv 文件夹），列出每个问题所在的
单元格和 JSON 指针；--json 以 JSON 输出。有任何错误时退出码为 1（只有警告时为 0）。`,
    import: `用法：region-brand-widgets import 工作簿.xlsx|CSV文件夹 [-o data.json] [--lang en]
把工作簿转换为 region-brand-data 数据文件（未给 -o 时输出到标准输出）。有错误的工作簿不写出任何内容，退出码 1。`,
    export: `用法：region-brand-widgets export data.json -o 工作簿.xlsx|文件夹 [--lang en]
把数据文件转换为工作簿：.xlsx 文件，或在文件夹中每个工作表一个 .csv 文件。`,
    template: `用法：region-brand-widgets template [--sample] -o 工作簿.xlsx [--lang en]
写出空白填报模板（含说明和允许值），--sample 写出填好的开平示例。`,
    render: `用法：region-brand-widgets render 配置.json [--data data.json] -o 图.png|图.svg
       [--type 类型] [--width 像素] [--height 像素] [--scale 倍数] [--page 页] [--period 2024] [--lang en] [--theme dark]
不用浏览器，把一个组件或整个 rb-dashboard 大屏配置画成 SVG 或 PNG。配置.json 可以是大屏配置
（{ "widgets": [...] }）、大屏中的一个组件（{ "type", "config" }），或配合 --type 的组件配置
（coverage-gauge、growth-indicator、brand-matrix、cluster-map、ranking、dashboard）。未给 --data 时使用
配置中的 "src"。--scale 为 PNG 每 CSS 像素的像素数；大屏（stage）按设计尺寸完整绘制（或按 --width/--height
缩放）；--page 选择页（1 为第一页）；--period 让每个组件显示该期（与页面上的期间控件相同）。输入有误时列出错误代码、JSON 指针和说明，
退出码 1，不写出文件。`,
  },
};

/** A mistake of the person typing: shown as one line, exit code 1. */
class UsageError extends Error {}

function parseArgs(argv) {
  const args = { files: [], json: false, sample: false, help: false, out: undefined, lang: undefined, render: {} };
  const renderOptions = ['data', 'type', 'width', 'height', 'scale', 'theme', 'page', 'period'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--sample') args.sample = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '-o' || arg === '--out') args.out = argv[++i];
    else if (arg === '--lang') args.lang = argv[++i];
    else if (arg.startsWith('--lang=')) args.lang = arg.slice(7);
    else if (renderOptions.includes(arg.slice(2).split('=')[0]) && arg.startsWith('--')) {
      const [name, value] = arg.slice(2).split(/=(.*)/s);
      args.render[name] = value ?? argv[++i];
    }
    else if (arg.startsWith('-')) args.unknown ??= arg;
    else args.files.push(arg);
  }
  return args;
}

async function loadLibrary() {
  const entries = ['validate.js', 'sheet.js'].map((f) => join(root, 'dist', f));
  if (entries.some((f) => !existsSync(f))) {
    throw new UsageError('dist/ is missing: run `npm install` (or `npm run build`) in the package folder first');
  }
  const [validate, sheet] = await Promise.all(entries.map((f) => import(new URL(`file://${f}`).href)));
  return { ...validate, ...sheet };
}

/** Reads a workbook: an .xlsx/.csv file, or a folder whose .csv files are its sheets. */
async function readBook(lib, file, m) {
  if (!existsSync(file)) throw new UsageError(m.file.missing(file));
  if (statSync(file).isDirectory()) {
    const csvs = readdirSync(file).filter((f) => extname(f).toLowerCase() === '.csv').sort();
    if (!csvs.length) throw new UsageError(m.file.extension(file, '.xlsx, .csv'));
    const sheets = [];
    for (const name of csvs) sheets.push(...(await lib.readWorkbookFile(readFileSync(join(file, name)), name)).sheets);
    return { sheets };
  }
  return lib.readWorkbookFile(readFileSync(file), file);
}

/** Reads a JSON document: its validation result, or the problems of its text. */
function readDocument(lib, file, m, lang) {
  if (!existsSync(file) || statSync(file).isDirectory()) throw new UsageError(m.file.missing(file));
  const parsed = lib.parseJson(readFileSync(file, 'utf8'));
  if (!parsed.ok) return { problems: issuesToProblems(lib, parsed.error.issues, lang, undefined, 'error') };
  const result = lib.validateDocument(parsed.value);
  if (!result.ok) return { problems: issuesToProblems(lib, result.error.issues, lang, parsed.value, 'error') };
  return { document: result.data, problems: issuesToProblems(lib, result.warnings, lang, result.data, 'warning') };
}

function issuesToProblems(lib, issues, lang, doc, severity) {
  return issues.map((issue) => ({
    severity: issue.severity ?? severity,
    cell: '',
    path: issue.path,
    message: lib.describeIssue(issue, lang, doc),
  }));
}

const isWorkbook = (file) => ['.xlsx', '.csv'].includes(extname(file).toLowerCase()) || (existsSync(file) && statSync(file).isDirectory());

/** Checks one file; never throws for problems of the file's content. */
async function check(lib, file, m, lang) {
  if (isWorkbook(file)) {
    const result = lib.workbookToDocument(await readBook(lib, file, m), { lang });
    return result.ok ? { document: result.document, problems: result.warnings } : { problems: result.problems };
  }
  if (extname(file).toLowerCase() !== '.json') throw new UsageError(m.file.extension(file, '.json, .xlsx, .csv'));
  return readDocument(lib, file, m, lang);
}

function formatProblem(p, english) {
  const where = [p.cell, p.path].filter(Boolean).join(' ');
  const label = p.severity === 'error' ? (english ? 'error' : '错误') : english ? 'warning' : '警告';
  return `  ${label}${where ? ` ${where}` : ''}: ${p.message}`;
}

async function validate(lib, args, m, lang, english) {
  if (!args.files.length) throw new UsageError(english ? 'validate: name at least one file' : 'validate：请给出至少一个文件');
  const reports = [];
  for (const file of args.files) {
    try {
      reports.push({ file, ...(await check(lib, file, m, lang)) });
    } catch (e) {
      if (!(e instanceof UsageError || e instanceof lib.WorkbookFileError)) throw e;
      reports.push({ file, problems: [{ severity: 'error', cell: '', path: '', message: lineOf(e, lang) }] });
    }
  }
  const failed = reports.some((r) => r.problems.some((p) => p.severity === 'error'));
  if (args.json) {
    const out = reports.map((r) => ({ file: r.file, ok: !r.problems.some((p) => p.severity === 'error'), problems: r.problems }));
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    for (const r of reports) {
      const errors = r.problems.filter((p) => p.severity === 'error').length;
      const warnings = r.problems.length - errors;
      const status = errors
        ? english ? `${errors} error(s), ${warnings} warning(s)` : `${errors} 个错误，${warnings} 个警告`
        : english ? `valid${warnings ? `, ${warnings} warning(s)` : ''}` : `通过${warnings ? `，${warnings} 个警告` : ''}`;
      const lines = [`${errors ? '✗' : '✓'} ${r.file}: ${status}`, ...r.problems.map((p) => formatProblem(p, english))];
      (errors ? process.stderr : process.stdout).write(lines.join('\n') + '\n');
    }
  }
  return failed ? 1 : 0;
}

function needOut(args, english, what) {
  if (!args.out) throw new UsageError(english ? `${what}: give the output file with -o` : `${what}：请用 -o 指定输出文件`);
  return args.out;
}

async function importCommand(lib, args, m, lang, english) {
  if (args.files.length !== 1) throw new UsageError(english ? 'import: name one workbook (.xlsx or a folder of .csv)' : 'import：请给出一个工作簿（.xlsx 或 .csv 文件夹）');
  const file = args.files[0];
  if (!existsSync(file)) throw new UsageError(m.file.missing(file));
  if (!isWorkbook(file)) throw new UsageError(m.file.extension(file, '.xlsx, .csv'));
  const result = lib.workbookToDocument(await readBook(lib, file, m), { lang });
  const problems = result.ok ? result.warnings : result.problems;
  if (problems.length) process.stderr.write(problems.map((p) => formatProblem(p, english)).join('\n') + '\n');
  if (!result.ok) return 1;
  const text = JSON.stringify(result.document, null, 2) + '\n';
  if (args.out) writeOut(args.out, text);
  else process.stdout.write(text);
  return 0;
}

function writeOut(file, content) {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, content);
}

async function writeBook(lib, book, out, m) {
  const ext = extname(out).toLowerCase();
  if (ext === '.xlsx') return writeOut(out, await lib.writeXlsx(book));
  if (ext) throw new UsageError(m.file.extension(out, '.xlsx, FOLDER/'));
  for (const csv of lib.writeCsv(book)) writeOut(join(out, `${csv.name}.csv`), csv.text);
}

async function exportCommand(lib, args, m, lang, english) {
  const out = needOut(args, english, 'export');
  if (args.files.length !== 1) throw new UsageError(english ? 'export: name one .json document' : 'export：请给出一个 .json 数据文件');
  const file = args.files[0];
  if (extname(file).toLowerCase() !== '.json') throw new UsageError(m.file.extension(file, '.json'));
  const { document, problems } = readDocument(lib, file, m, lang);
  if (!document) {
    process.stderr.write(problems.map((p) => formatProblem(p, english)).join('\n') + '\n');
    return 1;
  }
  const book = lib.documentToWorkbook(document, { lang });
  await writeBook(lib, book, out, m);
  // What the workbook cannot hold (inline GeoJSON, fields the format does not define) is named, so
  // nobody publishes a re-import believing it is the whole document.
  const back = lib.workbookToDocument(book, { lang });
  const lost = back.ok ? missingIn(document, back.document) : [];
  for (const path of lost.slice(0, 10)) {
    process.stderr.write(`  ${english ? 'warning' : '警告'} ${path}: ${english ? 'the workbook cannot hold this; importing it back leaves it out' : '工作簿无法保存此项，导回时会缺失'}\n`);
  }
  if (lost.length > 10) process.stderr.write(`  … ${lost.length - 10}\n`);
  return 0;
}

/** JSON Pointers of the values of `original` that `copy` lacks or holds otherwise (the outermost). */
function missingIn(original, copy, path = '') {
  if (Object.is(original, copy)) return [];
  const bothObjects = original && copy && typeof original === 'object' && typeof copy === 'object' && Array.isArray(original) === Array.isArray(copy);
  if (!bothObjects) return [path || '/'];
  return Object.keys(original).flatMap((key) =>
    original[key] === undefined ? [] : missingIn(original[key], copy[key], `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`));
}

async function templateCommand(lib, args, m, lang) {
  const out = needOut(args, lang.startsWith('en'), 'template');
  const sample = JSON.parse(readFileSync(join(root, 'demo', 'data', 'kaiping.json'), 'utf8'));
  const result = lib.validateDocument(sample);
  await writeBook(lib, lib.documentToWorkbook(result.data, { lang, template: !args.sample }), out, m);
  return 0;
}

/** A number option of `render` (width, height, scale): positive, or a usage error. */
function numberOption(args, name, english) {
  const raw = args.render[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || (name !== 'scale' && n > 16384) || (name === 'scale' && n > 8)) {
    throw new UsageError(english ? `--${name}: expected a positive number, got “${raw}”` : `--${name}：应为正数，实际为“${raw}”`);
  }
  return n;
}

async function renderCommand(lib, args, m, lang, english) {
  const out = needOut(args, english, 'render');
  if (args.files.length !== 1) throw new UsageError(english ? 'render: name one spec or config (.json)' : 'render：请给出一个配置文件（.json）');
  const format = extname(out).toLowerCase();
  if (format !== '.png' && format !== '.svg') throw new UsageError(m.file.extension(out, '.png, .svg'));
  const options = { width: numberOption(args, 'width', english), height: numberOption(args, 'height', english), scale: numberOption(args, 'scale', english), page: numberOption(args, 'page', english) };
  const render = await loadRenderer();
  const type = args.render.type;
  if (type !== undefined && !render.RENDER_TYPES.includes(type)) {
    throw new UsageError(english ? `--type: unknown type “${type}” (${render.RENDER_TYPES.join(', ')})` : `--type：未知类型“${type}”（${render.RENDER_TYPES.join('、')}）`);
  }
  const specFile = args.files[0];
  if (!existsSync(specFile) || statSync(specFile).isDirectory()) throw new UsageError(m.file.missing(specFile));
  const problems = [];
  const input = render.readInput(readFileSync(specFile, 'utf8'), type, lang);
  if (input.error) problems.push(input.error);
  let data;
  let dataFile = args.render.data;
  if (!input.error) {
    const src = input.value.type === 'dashboard' ? input.value.config?.src : undefined;
    if (dataFile === undefined && typeof src === 'string' && !/^[a-z]+:/i.test(src)) dataFile = resolve(dirname(specFile), src);
    if (dataFile === undefined) throw new UsageError(english ? 'render: give the data document with --data' : 'render：请用 --data 指定数据文件');
    if (!existsSync(dataFile) || statSync(dataFile).isDirectory()) throw new UsageError(m.file.missing(dataFile));
    const parsed = lib.parseJson(readFileSync(dataFile, 'utf8'));
    if (!parsed.ok) problems.push(render.problemOf(parsed.error, lang));
    else data = parsed.value;
  }
  if (!problems.length) {
    const baseUrl = pathToFileURL(resolve(dataFile)).href;
    const theme = args.render.theme;
    const result = await render.renderSvg(input.value, { data, baseUrl, lang: args.lang, theme, width: options.width, height: options.height, page: options.page ? Math.floor(options.page) - 1 : 0, period: args.render.period });
    for (const w of result.warnings) process.stderr.write(`  ${english ? 'warning' : '警告'}${w.widget ? ` ${w.widget}` : ''} ${w.path || '/'}: ${w.message}\n`);
    problems.push(...result.errors);
    if (!problems.length) {
      const bytes = format === '.png' ? await png(render, result.svg, options.scale, lang) : Buffer.from(result.svg, 'utf8');
      writeAtomically(out, bytes);
      process.stdout.write(`✓ ${out} (${result.width}×${result.height}${format === '.png' && options.scale ? ` ×${options.scale}` : ''})\n`);
      return 0;
    }
  }
  const label = english ? 'error' : '错误';
  for (const p of problems) {
    const lines = [`✗ ${p.widget ? `${p.widget}: ` : ''}${p.code} ${p.path || '/'}: ${p.message}`];
    if (p.issues.length > 1) lines.push(...p.issues.map((i) => `  ${label} ${i.path || '/'}: ${i.message}`));
    process.stderr.write(lines.join('\n') + '\n');
  }
  return 1;
}

/** PNG bytes; without the optional @resvg/resvg-js, one line saying so (and that SVG works). */
async function png(render, svg, scale, lang) {
  try {
    return await render.svgToPng(svg, { scale });
  } catch (e) {
    if (e?.code === 'png-unavailable') throw new UsageError(lineOf(e, lang));
    throw e;
  }
}

/** Writes a whole file or nothing: a temporary file beside it, renamed into place. */
function writeAtomically(file, bytes) {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  const temp = join(dirname(resolve(file)), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

async function loadRenderer() {
  const entry = join(root, 'dist', 'render.js');
  if (!existsSync(entry)) throw new UsageError('dist/render.js is missing: run `npm install` (or `npm run build`) in the package folder first');
  try {
    return await import(pathToFileURL(entry).href);
  } catch (e) {
    throw new UsageError(`the renderer cannot start (${e?.message ?? e})`);
  }
}

function lineOf(error, lang) {
  return typeof error.localizedMessage === 'function' ? error.localizedMessage(lang) : error.message;
}

async function main(argv) {
  const [command, ...rest] = argv;
  const args = parseArgs(rest);
  const lang = args.lang ?? (command === '--lang' ? rest[0] : undefined) ?? 'zh-CN';
  const english = lang.toLowerCase().startsWith('en');
  const help = HELP[english ? 'en' : 'zh'];
  const commands = { validate, import: importCommand, export: exportCommand, template: templateCommand, render: renderCommand };
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(help.main + '\n');
    return 0;
  }
  if (!Object.hasOwn(commands, command)) throw new UsageError(english ? `unknown command “${command}” (see --help)` : `未知命令“${command}”（见 --help）`);
  if (args.help) {
    process.stdout.write(help[command] + '\n');
    return 0;
  }
  if (args.unknown) throw new UsageError(english ? `unknown option ${args.unknown} (see ${command} --help)` : `未知选项 ${args.unknown}（见 ${command} --help）`);
  const lib = await loadLibrary();
  const m = lib.sheetMessagesFor(lang);
  try {
    return await commands[command](lib, args, m, lang, english);
  } catch (e) {
    if (e instanceof lib.WorkbookFileError) throw new UsageError(e.localizedMessage(lang));
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    if (error instanceof UsageError) process.stderr.write(`region-brand-widgets: ${error.message}\n`);
    else process.stderr.write(`region-brand-widgets: ${error?.message ?? error} (please report this)\n`);
    process.exitCode = 1;
  },
);
