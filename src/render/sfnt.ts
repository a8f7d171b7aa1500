/**
 * Just enough of an OpenType/TrueType font to measure text as a browser lays it out: the
 * character map (`cmap` formats 4 and 12), the advance widths (`hmtx`), units per em and the
 * vertical metrics (the fonts are unpacked from WOFF at build time: scripts/render-fonts.mjs).
 * No shaping: CJK text has none, and the Latin figures we draw have no ligatures.
 */
/** A parsed font: advances by character, in font units. */
export interface FontMetrics {
  readonly family: string;
  readonly bold: boolean;
  readonly unitsPerEm: number;
  readonly ascender: number;
  readonly descender: number;
  /** Advance width of a code point's glyph, or undefined when the font has no glyph for it. */
  advance(codePoint: number): number | undefined;
}

const tag = (s: string): number => s.split('').reduce((n, c) => n * 256 + c.charCodeAt(0), 0) >>> 0;

/** Reads the metrics of an OpenType/TrueType font. */
export function readFontMetrics(font: Uint8Array): FontMetrics {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<number, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) tables.set(view.getUint32(12 + i * 16), view.getUint32(12 + i * 16 + 8));
  const table = (name: string): number => {
    const at = tables.get(tag(name));
    if (at === undefined) throw new Error(`font has no ${name} table`);
    return at;
  };
  const head = table('head');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const unitsPerEm = view.getUint16(head + 18);
  const ascender = view.getInt16(hhea + 4);
  const descender = view.getInt16(hhea + 6);
  const numberOfHMetrics = view.getUint16(hhea + 34);
  const glyphAdvance = (glyph: number): number => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
  const glyphs = readCmap(view, table('cmap'));
  const names = readNames(view, tables.get(tag('name')));
  const weight = tables.has(tag('OS/2')) ? view.getUint16(table('OS/2') + 4) : 400;
  return {
    family: names.family,
    bold: weight >= 600,
    unitsPerEm,
    ascender,
    descender,
    advance(codePoint) {
      const glyph = glyphs.get(codePoint);
      return glyph === undefined ? undefined : glyphAdvance(glyph);
    },
  };
}

/** The Unicode character map: format 12 (full range) when present, else format 4 (BMP). */
function readCmap(view: DataView, cmap: number): Map<number, number> {
  const count = view.getUint16(cmap + 2);
  let best = -1;
  let bestFormat = 0;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 4 + i * 8 + 2);
    const sub = cmap + view.getUint32(cmap + 4 + i * 8 + 4);
    const format = view.getUint16(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && (format === 12 || (format === 4 && bestFormat !== 12))) {
      best = sub;
      bestFormat = format;
    }
  }
  const map = new Map<number, number>();
  if (best < 0) return map;
  if (bestFormat === 12) {
    const groups = view.getUint32(best + 12);
    for (let g = 0; g < groups; g++) {
      const at = best + 16 + g * 12;
      const start = view.getUint32(at);
      const end = view.getUint32(at + 4);
      const glyph = view.getUint32(at + 8);
      for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
    }
    return map;
  }
  const segX2 = view.getUint16(best + 6);
  const ends = best + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const end = view.getUint16(ends + s);
    const start = view.getUint16(starts + s);
    const delta = view.getInt16(deltas + s);
    const rangeOffset = view.getUint16(rangeOffsets + s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsets + s + rangeOffset + 2 * (c - start));
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph) map.set(c, glyph);
    }
  }
  return map;
}

/** The family name (name id 16 when present, else 1). */
function readNames(view: DataView, name: number | undefined): { family: string } {
  if (name === undefined) return { family: '' };
  const count = view.getUint16(name + 2);
  const strings = name + view.getUint16(name + 4);
  const found = new Map<number, string>();
  for (let i = 0; i < count; i++) {
    const r = name + 6 + i * 12;
    const platform = view.getUint16(r);
    const nameId = view.getUint16(r + 6);
    if ((nameId !== 1 && nameId !== 16) || found.has(nameId) || (platform !== 3 && platform !== 0)) continue;
    const length = view.getUint16(r + 8);
    const at = strings + view.getUint16(r + 10);
    let s = '';
    for (let k = 0; k < length; k += 2) s += String.fromCharCode(view.getUint16(at + k));
    found.set(nameId, s);
  }
  return { family: found.get(16) ?? found.get(1) ?? '' };
}

/** The table directory of a font: offset and length by tag. */
function directory(view: DataView): Map<string, { offset: number; length: number }> {
  const out = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const r = 12 + i * 16;
    const name = String.fromCharCode(view.getUint8(r), view.getUint8(r + 1), view.getUint8(r + 2), view.getUint8(r + 3));
    out.set(name, { offset: view.getUint32(r + 8), length: view.getUint32(r + 12) });
  }
  return out;
}

/**
 * The font with the outlines of only the glyphs `codePoints` need (and the components of composite
 * glyphs); every other glyph keeps its id, advance and mapping but has an empty outline. A renderer
 * reading the font file for each run of text reads 100 KB instead of 2.5 MB. Glyph substitution
 * (`GSUB`) is dropped, so no run is substituted by a glyph left empty; the text is laid out with
 * the advances {@link readFontMetrics} measures. Null when the font has none of the glyphs.
 */
export function subsetFont(font: Uint8Array, codePoints: Iterable<number>): Uint8Array | null {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = directory(view);
  const head = tables.get('head');
  const loca = tables.get('loca');
  const glyf = tables.get('glyf');
  const maxp = tables.get('maxp');
  const cmap = tables.get('cmap');
  if (!head || !loca || !glyf || !maxp || !cmap) return font;
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const at = (g: number) => (longLoca ? view.getUint32(loca.offset + 4 * g) : 2 * view.getUint16(loca.offset + 2 * g));
  const map = readCmap(view, cmap.offset);
  const keep = new Set<number>([0]);
  let found = false;
  for (const cp of codePoints) {
    const g = map.get(cp);
    if (g !== undefined && g < numGlyphs) {
      keep.add(g);
      found = true;
    }
  }
  if (!found) return null;
  // Components of composite glyphs.
  const queue = [...keep];
  while (queue.length) {
    const g = queue.pop()!;
    const start = glyf.offset + at(g);
    if (at(g + 1) - at(g) < 10 || view.getInt16(start) >= 0) continue;
    let p = start + 10;
    for (;;) {
      const flags = view.getUint16(p);
      const component = view.getUint16(p + 2);
      if (!keep.has(component) && component < numGlyphs) {
        keep.add(component);
        queue.push(component);
      }
      p += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
      if (!(flags & 0x20)) break;
    }
  }
  const newLoca = Buffer.alloc(4 * (numGlyphs + 1));
  const pieces: Uint8Array[] = [];
  let offset = 0;
  for (let g = 0; g < numGlyphs; g++) {
    newLoca.writeUInt32BE(offset, 4 * g);
    if (!keep.has(g)) continue;
    const data = font.subarray(glyf.offset + at(g), glyf.offset + at(g + 1));
    const padded = data.length + ((4 - (data.length % 4)) % 4);
    pieces.push(data, new Uint8Array(padded - data.length));
    offset += padded;
  }
  newLoca.writeUInt32BE(offset, 4 * numGlyphs);
  const newHead = Buffer.from(font.subarray(head.offset, head.offset + head.length));
  newHead.writeInt16BE(1, 50);
  const replaced = new Map<string, Uint8Array>([
    ['glyf', Buffer.concat(pieces)],
    ['loca', newLoca],
    ['head', newHead],
  ]);
  const names = [...tables.keys()].filter((t) => t !== 'GSUB');
  const entrySelector = Math.floor(Math.log2(names.length));
  const header = Buffer.alloc(12 + 16 * names.length);
  header.writeUInt32BE(view.getUint32(0), 0);
  [names.length, 2 ** entrySelector * 16, entrySelector, names.length * 16 - 2 ** entrySelector * 16].forEach((v, k) => header.writeUInt16BE(v, 4 + 2 * k));
  const chunks: Uint8Array[] = [header];
  let position = header.length;
  names.forEach((name, i) => {
    const t = tables.get(name)!;
    const data = replaced.get(name) ?? font.subarray(t.offset, t.offset + t.length);
    const r = 12 + i * 16;
    header.write(name.padEnd(4, ' '), r, 'latin1');
    header.writeUInt32BE(0, r + 4);
    header.writeUInt32BE(position, r + 8);
    header.writeUInt32BE(data.length, r + 12);
    const pad = (4 - (data.length % 4)) % 4;
    chunks.push(data, new Uint8Array(pad));
    position += data.length + pad;
  });
  return Buffer.concat(chunks);
}
