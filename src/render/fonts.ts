/// <reference types="node" />
/**
 * The bundled font (Noto Sans SC, regular and bold; dist/fonts/, made by scripts/render-fonts.mjs)
 * for measuring text in Node and for drawing it in PNGs. ECharts measures its labels with
 * {@link measureText} (through `setPlatformAPI`), the HTML widgets' SVG with {@link textWidth}, and
 * resvg draws with the same files: labels sit where the metrics say, as in a browser with that font.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFontMetrics, subsetFont, type FontMetrics } from './sfnt.js';

/** The family name every bundled font file carries. */
export const FONT_FAMILY = 'Noto Sans SC';

/** Where the font files are: dist/fonts next to the built entry. */
export const fontDir = (): string => fileURLToPath(new URL('./fonts/', import.meta.url));

let files: string[] | null = null;

/** The bundled font files (absolute paths), for resvg. */
export function fontFiles(): string[] {
  if (!files) {
    const dir = fontDir();
    let names: string[];
    try {
      names = readdirSync(dir).filter((f) => f.endsWith('.ttf'));
    } catch {
      names = [];
    }
    if (!names.length) throw new Error(`the bundled fonts are missing in ${dir}: build the package (npm run build)`);
    // The main cut first, then the symbol slices (a renderer's fallback searches in order).
    files = names.sort((a, b) => Number(/\d+-\d{3}-normal/.test(a)) - Number(/\d+-\d{3}-normal/.test(b)) || a.localeCompare(b)).map((f) => dir + f);
  }
  return files;
}

let faces: { regular: FontMetrics[]; bold: FontMetrics[] } | null = null;

function loadFaces(): { regular: FontMetrics[]; bold: FontMetrics[] } {
  if (!faces) {
    const all = fontFiles().map((f) => readFontMetrics(readFileSync(f)));
    faces = { regular: all.filter((f) => !f.bold), bold: all.filter((f) => f.bold) };
  }
  return faces;
}

/** Advance of a character in em, from the first face that has it (0.5 em when none has). */
function advanceEm(cp: number, list: readonly FontMetrics[]): number {
  for (const face of list) {
    const a = face.advance(cp);
    if (a !== undefined) return a / face.unitsPerEm;
  }
  if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0xfeff) return 0;
  return cp >= 0x2e80 ? 1 : 0.5;
}

/**
 * The characters of `text` that no bundled font file has a glyph for, each once, in order: a PNG
 * draws them as empty boxes (an SVG leaves them to the viewer's fonts). Blanks, control and
 * zero-width characters are not drawn and never count.
 */
export function glyphsMissing(text: string): string[] {
  const faces = loadFaces().regular;
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x21 || /\s/u.test(ch) || cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0xfeff) continue;
    if (!faces.some((face) => face.advance(cp) !== undefined)) missing.add(ch);
  }
  return [...missing];
}

const cache = new Map<string, number>();

/** Width of a string in pixels at a size and weight, with the bundled font's advances. */
export function textWidth(text: string, size: number, bold = false): number {
  const key = `${bold ? 'b' : 'r'}${text}`;
  let em = cache.get(key);
  if (em === undefined) {
    const list = bold ? loadFaces().bold : loadFaces().regular;
    em = 0;
    for (const ch of text) em += advanceEm(ch.codePointAt(0)!, list);
    if (cache.size > 20000) cache.clear();
    cache.set(key, em);
  }
  return em * size;
}

/** Ascent and descent of the font in em (line boxes and baselines). */
export function verticalMetrics(): { ascent: number; descent: number } {
  const face = loadFaces().regular[0]!;
  return { ascent: face.ascender / face.unitsPerEm, descent: -face.descender / face.unitsPerEm };
}

/** Size (px) and weight of a CSS `font` shorthand as ECharts writes it (`bold 28px "PingFang SC", …`). */
export function parseFont(font: string | undefined): { size: number; bold: boolean } {
  const size = /(\d+(?:\.\d+)?)px/.exec(font ?? '');
  const head = (font ?? '').slice(0, size?.index ?? 0);
  return { size: size ? Number(size[1]) : 12, bold: /\b(bold|bolder|[6-9]00)\b/.test(head) };
}

/** ECharts' `measureText` platform API with the bundled font's metrics. */
export function measureText(text: string, font?: string): { width: number } {
  const { size, bold } = parseFont(font);
  return { width: textWidth(text, size, bold) };
}

const bytes = new Map<string, Uint8Array>();

/**
 * Runs `use` with font files holding just the glyphs of `text` (see `subsetFont`), written to a
 * temporary folder that is removed afterwards: resvg reads a font file for every run of text, so
 * a 2.5 MB font costs seconds on a page of labels, its subset milliseconds.
 */
export async function withFontSubset<T>(text: string, use: (files: string[]) => Promise<T> | T): Promise<T> {
  const codePoints = new Set<number>();
  for (const ch of text) codePoints.add(ch.codePointAt(0)!);
  for (const ch of '0123456789.,%…-+ ') codePoints.add(ch.codePointAt(0)!);
  const dir = mkdtempSync(join(tmpdir(), 'rb-render-fonts-'));
  try {
    const written: string[] = [];
    fontFiles().forEach((file, i) => {
      let font = bytes.get(file);
      if (!font) bytes.set(file, (font = readFileSync(file)));
      const subset = subsetFont(font, codePoints);
      if (!subset) return;
      const path = join(dir, `${i}.ttf`);
      writeFileSync(path, subset);
      written.push(path);
    });
    return await use(written);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
