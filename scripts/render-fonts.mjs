// The fonts the Node renderer (src/render) measures and draws text with, written to dist/fonts/
// at build time: Noto Sans SC (SIL Open Font License 1.1) from the @fontsource/noto-sans-sc
// package, its "chinese-simplified" cut (7,333 common hanzi plus Latin, digits and punctuation)
// and the few numbered slices holding what the cut lacks of the text the library writes itself: the
// symbols widgets draw (▲▼→⚠✓) and every character of its message files (zh-Hant's 畝, 緯 …),
// in weights 400 and 700.
// WOFF 1.0 is zlib-compressed tables: unpacked here to TrueType, which resvg reads. Every slice
// gets the same `name` table ("Noto Sans SC" Regular/Bold), so a renderer choosing by family and
// weight finds them all. Nothing is downloaded: the package is a devDependency.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

export const FONT_FAMILY = 'Noto Sans SC';
/** Symbols the widgets draw that the chinese-simplified cut lacks. */
const SYMBOLS = '▲▼→⚠✓✗';
const WEIGHTS = { 400: 'Regular', 700: 'Bold' };
/** The library's message files (every language; the widgets' and the renderer's own): the text it writes itself. */
export const MESSAGE_FILES = ['../src/core/i18n/', '../src/render/messages.ts'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

/** The symbols and the CJK characters (U+2E80 on) of the library's message files. */
export function libraryText() {
  const chars = new Set(SYMBOLS);
  const files = MESSAGE_FILES.flatMap((p) => (p.endsWith('.ts') ? [p] : readdirSync(p, { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => join(p, f))));
  for (const file of files) for (const c of readFileSync(file, 'utf8')) if (c.codePointAt(0) >= 0x2e80) chars.add(c);
  return [...chars].join('');
}

const tag = (s) => [...s].reduce((n, c) => n * 256 + c.charCodeAt(0), 0) >>> 0;

/** A `name` table naming `family` (ids 1, 16) with subfamily `style` (ids 2, 17). */
function nameTable(family, style) {
  const records = [[1, family], [2, style], [4, `${family} ${style}`], [6, `${family.replace(/\s+/g, '')}-${style}`], [16, family], [17, style]];
  const strings = records.map(([, s]) => Buffer.from(s, 'utf16le').swap16());
  const head = Buffer.alloc(6 + records.length * 12);
  head.writeUInt16BE(records.length, 2);
  head.writeUInt16BE(head.length, 4);
  let at = 0;
  records.forEach(([id], i) => {
    const r = 6 + i * 12;
    [3, 1, 0x409, id, strings[i].length, at].forEach((v, k) => head.writeUInt16BE(v, r + 2 * k));
    at += strings[i].length;
  });
  return Buffer.concat([head, ...strings]);
}

/** WOFF 1.0 → the OpenType/TrueType font it wraps, with `name` replacing its name table. */
export function unwoff(buf, name) {
  if (buf.readUInt32BE(0) !== tag('wOFF')) throw new Error('not a WOFF 1.0 file');
  const numTables = buf.readUInt16BE(12);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(buf.readUInt32BE(4), 0);
  [numTables, searchRange, entrySelector, numTables * 16 - searchRange].forEach((v, k) => header.writeUInt16BE(v, 4 + 2 * k));
  const chunks = [header];
  let offset = header.length;
  for (let i = 0; i < numTables; i++) {
    const [tableTag, at, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((k) => buf.readUInt32BE(44 + i * 20 + k));
    const raw = buf.subarray(at, at + compLength);
    const data = tableTag === tag('name') ? name : compLength < origLength ? inflateSync(raw) : raw;
    const e = 12 + i * 16;
    [tableTag, checksum, offset, data.length].forEach((v, k) => header.writeUInt32BE(v, e + 4 * k));
    const pad = (4 - (data.length % 4)) % 4;
    chunks.push(data, Buffer.alloc(pad));
    offset += data.length + pad;
  }
  return Buffer.concat(chunks);
}

/** True when a WOFF slice maps any of `chars` (its cmap read after unpacking). */
function cmapHas(font, chars) {
  const tables = new Map();
  for (let i = 0; i < font.readUInt16BE(4); i++) tables.set(font.readUInt32BE(12 + i * 16), font.readUInt32BE(20 + i * 16));
  const cmap = tables.get(tag('cmap'));
  const codes = [...chars].map((c) => c.codePointAt(0));
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const sub = cmap + font.readUInt32BE(cmap + 8 + i * 8);
    if (font.readUInt16BE(sub) !== 4) continue;
    const segX2 = font.readUInt16BE(sub + 6);
    for (let s = 0; s < segX2; s += 2) {
      const end = font.readUInt16BE(sub + 14 + s);
      const start = font.readUInt16BE(sub + 16 + segX2 + s);
      if (codes.some((c) => c >= start && c <= end)) return true;
    }
  }
  return false;
}

/** The font files to ship: `{ fileName, source }` for dist/, plus the licence. */
export function renderFonts() {
  let dir;
  try {
    dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json')), 'files');
  } catch {
    throw new Error('@fontsource/noto-sans-sc is missing: run `npm install` (it is a devDependency of the build)');
  }
  const out = [{ fileName: 'fonts/OFL.txt', source: readFileSync(join(dir, '..', 'LICENSE')) }];
  for (const [weight, style] of Object.entries(WEIGHTS)) {
    const name = nameTable(FONT_FAMILY, style);
    const slices = readdirSync(dir).filter((f) => new RegExp(`^noto-sans-sc-\\d+-${weight}-normal\\.woff$`).test(f));
    const cut = `noto-sans-sc-chinese-simplified-${weight}-normal.woff`;
    if (!existsSync(join(dir, cut))) throw new Error(`${cut} is missing from @fontsource/noto-sans-sc`);
    const cutFont = unwoff(readFileSync(join(dir, cut)), name);
    const lacking = [...libraryText()].filter((c) => !cmapHas(cutFont, c)).join('');
    const files = [cut, ...slices.filter((f) => cmapHas(unwoff(readFileSync(join(dir, f)), name), lacking))];
    for (const f of files) out.push({ fileName: `fonts/${f.replace(/\.woff$/, '.ttf')}`, source: unwoff(readFileSync(join(dir, f)), name) });
  }
  return out;
}
