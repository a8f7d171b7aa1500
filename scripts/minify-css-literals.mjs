/**
 * Rollup plugin: minifies the CSS inside Lit's css`…` templates of our sources with lightningcss
 * (whitespace, comments, shorter colours and values), as the build minifies the code around them.
 * Terser leaves template text alone, and every widget's first load carries its styles (about
 * 10 KB of CSS text for the KPI card). Templates with `${…}` or a backslash are left as written:
 * what lightningcss returns is put back only when it can be a template's text unchanged.
 */
import { transform } from 'lightningcss';
import MagicString from 'magic-string';

const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

/** The minified text of one stylesheet, or null to keep it as written. */
export function minifyCss(text, filename = 'styles.css') {
  if (text.includes('${') || text.includes('\\')) return null;
  const { code } = transform({ filename, code: Buffer.from(text), minify: true });
  const out = code.toString();
  return out.includes('`') || out.includes('${') || out.includes('\\') ? null : out;
}

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const s = new MagicString(code);
      for (const m of code.matchAll(CSS_TEMPLATE)) {
        const out = minifyCss(m[1], id);
        if (out === null) continue;
        const start = m.index + m[0].length - m[1].length - 1;
        s.overwrite(start, start + m[1].length, out);
      }
      return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
