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
import { TEXT, cliText } from './cli-text.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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
    else if (arg === '-o' || arg === '--out' || arg === '--lang') {
      const value = argv[++i];
      if (value === undefined) args.missingValue ??= arg;
      else if (arg === '--lang') args.lang = value;
      else args.out = value;
    }
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
    if (!csvs.length) throw new UsageError(m.file.noCsv(file));
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

function formatProblem(p, t) {
  const where = [p.cell, p.path].filter(Boolean).join(' ');
  const label = p.severity === 'error' ? t.error : t.warning;
  return `  ${label}${where ? ` ${where}` : ''}: ${p.message}`;
}

async function validate(lib, args, m, lang, t) {
  if (!args.files.length) throw new UsageError(t.needFile);
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
      const status = t.status(errors, warnings);
      const lines = [`${errors ? '✗' : '✓'} ${r.file}: ${status}`, ...r.problems.map((p) => formatProblem(p, t))];
      (errors ? process.stderr : process.stdout).write(lines.join('\n') + '\n');
    }
  }
  return failed ? 1 : 0;
}

function needOut(args, t, what) {
  if (!args.out) throw new UsageError(t.needOut(what));
  return args.out;
}

async function importCommand(lib, args, m, lang, t) {
  if (args.files.length !== 1) throw new UsageError(t.oneBook);
  const file = args.files[0];
  if (!existsSync(file)) throw new UsageError(m.file.missing(file));
  if (!isWorkbook(file)) throw new UsageError(m.file.extension(file, '.xlsx, .csv'));
  const result = lib.workbookToDocument(await readBook(lib, file, m), { lang });
  const problems = result.ok ? result.warnings : result.problems;
  if (problems.length) process.stderr.write(problems.map((p) => formatProblem(p, t)).join('\n') + '\n');
  if (!result.ok) return 1;
  const text = JSON.stringify(result.document, null, 2) + '\n';
  if (args.out) writeOut(args.out, text, t);
  else process.stdout.write(text);
  return 0;
}

function writeOut(file, content, t) {
  writing(file, t, () => {
    mkdirSync(dirname(resolve(file)), { recursive: true });
    writeFileSync(file, content);
  });
}

/**
 * Runs a write; what the file system refuses (`-o` naming a folder, a path through a file, no
 * permission) is the typist's mistake: one line saying so, not Node's error and "please report".
 */
function writing(file, t, write) {
  try {
    return write();
  } catch (e) {
    const code = typeof e?.code === 'string' ? e.code : '';
    if (!/^E[A-Z]+$/.test(code)) throw e;
    if (code === 'EISDIR') throw new UsageError(t.isFolder(file, join(file, extname(file) ? 'x' + extname(file) : 'data.json')));
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new UsageError(t.notFolder(file));
    throw new UsageError(t.cannotWrite(file, code));
  }
}

async function writeBook(lib, book, out, m, t) {
  const ext = extname(out).toLowerCase();
  if (ext === '.xlsx') return writeOut(out, await lib.writeXlsx(book), t);
  if (ext) throw new UsageError(m.file.extension(out, '.xlsx, FOLDER/'));
  for (const csv of lib.writeCsv(book)) writeOut(join(out, `${csv.name}.csv`), csv.text, t);
}

async function exportCommand(lib, args, m, lang, t) {
  const out = needOut(args, t, 'export');
  if (args.files.length !== 1) throw new UsageError(t.oneDocument);
  const file = args.files[0];
  if (extname(file).toLowerCase() !== '.json') throw new UsageError(m.file.extension(file, '.json'));
  const { document, problems } = readDocument(lib, file, m, lang);
  if (!document) {
    process.stderr.write(problems.map((p) => formatProblem(p, t)).join('\n') + '\n');
    return 1;
  }
  const book = lib.documentToWorkbook(document, { lang });
  await writeBook(lib, book, out, m, t);
  // What the workbook cannot hold (inline GeoJSON, fields the format does not define) is named, so
  // nobody publishes a re-import believing it is the whole document.
  const back = lib.workbookToDocument(book, { lang });
  const lost = back.ok ? missingIn(document, back.document) : [];
  for (const path of lost.slice(0, 10)) {
    process.stderr.write(`  ${t.warning} ${path}: ${t.cannotHold}\n`);
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

async function templateCommand(lib, args, m, lang, t) {
  const out = needOut(args, t, 'template');
  const sample = JSON.parse(readFileSync(join(root, 'demo', 'data', 'kaiping.json'), 'utf8'));
  const result = lib.validateDocument(sample);
  await writeBook(lib, lib.documentToWorkbook(result.data, { lang, template: !args.sample }), out, m, t);
  return 0;
}

/** A number option of `render` (width, height, scale): positive, or a usage error. */
function numberOption(args, name, t) {
  const raw = args.render[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  const most = name === 'scale' ? 8 : 16384;
  if (!Number.isFinite(n) || n <= 0 || n > most) throw new UsageError(t.positiveNumber(name, raw, most));
  return n;
}

async function renderCommand(lib, args, m, lang, t) {
  const out = needOut(args, t, 'render');
  if (args.files.length !== 1) throw new UsageError(t.oneSpec);
  const format = extname(out).toLowerCase();
  if (format !== '.png' && format !== '.svg') throw new UsageError(m.file.extension(out, '.png, .svg'));
  const options = { width: numberOption(args, 'width', t), height: numberOption(args, 'height', t), scale: numberOption(args, 'scale', t), page: numberOption(args, 'page', t) };
  const render = await loadRenderer();
  const type = args.render.type;
  if (type !== undefined && !render.RENDER_TYPES.includes(type)) {
    throw new UsageError(t.unknownType(type, render.RENDER_TYPES.join(t.list)));
  }
  const theme = args.render.theme;
  if (theme !== undefined && !render.themeNames().includes(theme)) throw new UsageError(t.unknownTheme(theme, render.themeNames().join(t.list)));
  const period = args.render.period;
  if (period !== undefined && lib.parsePeriod(period) === null) throw new UsageError(t.notPeriod(period));
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
    if (dataFile === undefined) throw new UsageError(t.needData);
    if (!existsSync(dataFile) || statSync(dataFile).isDirectory()) throw new UsageError(m.file.missing(dataFile));
    const parsed = lib.parseJson(readFileSync(dataFile, 'utf8'));
    if (!parsed.ok) problems.push(render.problemOf(parsed.error, lang));
    else data = parsed.value;
  }
  if (!problems.length) {
    const baseUrl = pathToFileURL(resolve(dataFile)).href;
    const result = await render.renderSvg(input.value, { data, baseUrl, lang: args.lang, theme, width: options.width, height: options.height, page: options.page ? Math.floor(options.page) - 1 : 0, period: args.render.period });
    if (options.page !== undefined && Math.floor(options.page) > result.pages) throw new UsageError(t.noSuchPage(Math.floor(options.page), result.pages));
    const glyphs = format === '.png' ? render.missingGlyphsWarning(result.svg, lang) : null;
    for (const w of glyphs ? [...result.warnings, glyphs] : result.warnings) process.stderr.write(`  ${t.warning}${w.widget ? ` ${w.widget}` : ''} ${w.path || '/'}: ${w.message}\n`);
    problems.push(...result.errors);
    if (!problems.length) {
      const bytes = format === '.png' ? await png(render, result.svg, options.scale, lang) : Buffer.from(result.svg, 'utf8');
      writing(out, t, () => writeAtomically(out, bytes));
      process.stdout.write(`✓ ${out} (${result.width}×${result.height}${format === '.png' && options.scale ? ` ×${options.scale}` : ''})\n`);
      return 0;
    }
  }
  const label = t.error;
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
  // Options may come before the command (`--lang en validate a.json`) as well as after it.
  const args = parseArgs(argv);
  const command = args.files.shift();
  const lang = args.lang ?? 'zh-CN';
  const lib = await loadLibrary();
  const t = cliText(lib.languageTag(lang));
  if (args.lang !== undefined && !lib.speaksLanguage(args.lang)) throw new UsageError(t.unknownLang(args.lang, Object.keys(TEXT).join(t.list)));
  const commands = { validate, import: importCommand, export: exportCommand, template: templateCommand, render: renderCommand };
  if (!command || command === 'help' || (args.help && !Object.hasOwn(commands, command))) {
    process.stdout.write(t.help.main + '\n');
    return 0;
  }
  if (!Object.hasOwn(commands, command)) throw new UsageError(t.unknownCommand(command));
  if (args.help) {
    process.stdout.write(t.help[command] + '\n');
    return 0;
  }
  if (args.unknown) throw new UsageError(t.unknownOption(args.unknown, command));
  if (args.missingValue) throw new UsageError(t.needValue(args.missingValue));
  const m = lib.sheetMessagesFor(lang);
  try {
    return await commands[command](lib, args, m, lang, t);
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
