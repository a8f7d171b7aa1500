/**
 * Publish step, pure: the embed code of a widget or a dashboard in three forms (HTML with the
 * `<script>` tag, React, Vue). Config JSON goes into a single-quoted attribute, so `'`, `&` and `<`
 * are escaped: a title from the data can never end the attribute or open a tag.
 */
export interface EmbedTarget {
  /** Element name without `rb-` (`coverage-gauge`, `dashboard` …). */
  readonly type: string;
  readonly config: Readonly<Record<string, unknown>>;
}

export interface EmbedUrls {
  /** Where the page finds the data document. */
  readonly dataUrl: string;
  /** Where the page finds the library: the single IIFE file, or an ES module entry. */
  readonly scriptUrl: string;
}

export interface Snippets {
  readonly html: string;
  readonly react: string;
  readonly vue: string;
}

/** Text for an attribute value in single quotes (`config='…'`). */
const singleQuoted = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');
/** Text for an attribute value in double quotes (`src="…"`). */
const doubleQuoted = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const pascal = (type: string) => type.replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase());

/** The three embed forms of one element. */
export function embedSnippets(target: EmbedTarget, urls: EmbedUrls): Snippets {
  const tag = `rb-${target.type}`;
  const json = JSON.stringify(target.config);
  const src = doubleQuoted(urls.dataUrl);
  const module = !/\.iife\.js($|\?)/.test(urls.scriptUrl);
  const script = `<script${module ? ' type="module"' : ''} src="${doubleQuoted(urls.scriptUrl)}"></script>`;
  const element = `<${tag} src="${src}" config='${singleQuoted(json)}'></${tag}>`;
  const importLine = `import 'region-brand-widgets/${target.type}.js';`;
  const literal = JSON.stringify(JSON.stringify(target.config));
  const react = [
    importLine,
    '',
    `export function ${pascal(target.type)}() {`,
    `  return <${tag} src=${JSON.stringify(urls.dataUrl)} config={${literal}} />;`,
    '}',
  ].join('\n');
  const vue = [
    '<script setup>',
    importLine,
    `// vite.config: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('rb-') } } })`,
    `const config = ${literal};`,
    '</script>',
    '',
    '<template>',
    `  <${tag} src=${JSON.stringify(urls.dataUrl)} :config="config"></${tag}>`,
    '</template>',
  ].join('\n');
  return { html: `${script}\n${element}`, react, vue };
}
