// Pure: custom-elements.json → the README's API tables (no Node APIs, so the browser test that
// checks the README imports it too). `npm run docs` (scripts/readme-api.mjs) writes the result
// between the markers; test/build/readme.test.ts fails when the README is out of date.

import { CONTROL_TAGS, isWidgetTag } from './tool-tags.mjs';

export const START = '<!-- api:start — generated from custom-elements.json by `npm run docs`; do not edit by hand -->';
export const END = '<!-- api:end -->';

/** Markdown table cell: one line, pipes escaped. */
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();

function table(head, rows) {
  if (!rows.length) return '';
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** Every custom element of the manifest, sorted by tag name. */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) out.push(d);
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const isPublic = (m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_') && !m.name.startsWith('#');
const code = (s) => `\`${s}\``;

function typeText(m) {
  const t = m.type?.text ?? '';
  return t ? code(t) : '';
}

function signature(m) {
  const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional || p.default !== undefined ? '?' : ''}`).join(', ');
  return code(`${m.name}(${params})`);
}

/** The rows of one element, by section; each row keyed so sections can be compared across elements. */
function sections(el) {
  const attrs = el.attributes ?? [];
  const members = (el.members ?? []).filter(isPublic);
  const attrFields = new Set(attrs.map((a) => a.fieldName).filter(Boolean));
  const props = [
    ...attrs.map((a) => ({
      key: `attr:${a.name}:${a.description ?? ''}`,
      cells: [code(a.name), a.fieldName ? code(a.fieldName) : '—', typeText(a), a.description ?? ''],
    })),
    ...members
      .filter((m) => m.kind === 'field' && !attrFields.has(m.name) && m.description)
      .map((m) => ({
        key: `prop:${m.name}:${m.description}`,
        cells: ['—', code(m.name), typeText(m), `${m.readonly ? '(read-only) ' : ''}${m.description}`],
      })),
  ];
  const methods = members
    .filter((m) => m.kind === 'method' && m.description)
    .map((m) => ({ key: `method:${m.name}:${m.description}`, cells: [signature(m), m.description] }));
  // Events without a description are analyzer artefacts (`new CustomEvent(name, …)` in a helper).
  const events = (el.events ?? [])
    .filter((e) => e.name && e.description)
    .map((e) => ({ key: `event:${e.name}:${e.description}`, cells: [code(e.name), e.description] }));
  const parts = (el.cssParts ?? []).map((p) => ({ key: `part:${p.name}:${p.description ?? ''}`, cells: [code(p.name), p.description ?? ''] }));
  const tokens = (el.cssProperties ?? []).map((p) => ({ key: `token:${p.name}:${p.description ?? ''}`, cells: [code(p.name), p.description ?? ''] }));
  return [
    { title: 'Attributes and properties', head: ['attribute', 'property', 'type', 'description'], rows: props },
    { title: 'Methods', head: ['method', 'description'], rows: methods },
    { title: 'Events', head: ['event', 'description'], rows: events },
    { title: 'CSS parts', head: ['part', 'description'], rows: parts },
    { title: 'CSS custom properties', head: ['property', 'description'], rows: tokens },
  ];
}

function renderSections(list, level) {
  return list
    .filter((s) => s.rows.length)
    .map((s) => `${'#'.repeat(level)} ${s.title}\n\n${table(s.head, s.rows.map((r) => r.cells))}`)
    .join('\n\n');
}

/** The generated block (without markers): what every element shares, then what each adds. */
export function apiMarkdown(manifest) {
  const elements = elementsOf(manifest);
  const all = elements.map(sections);
  // A row (same name and description) that every widget has is listed once, as common; tools
  // (the workbench) share none of it and are listed in full.
  const widgets = all.filter((_, i) => isWidgetTag(elements[i].tagName));
  const common = widgets[0]
    ? widgets[0].map((s, i) => ({ ...s, rows: s.rows.filter((r) => widgets.every((el) => el[i].rows.some((x) => x.key === r.key))) }))
    : [];
  const commonKeys = new Set(common.flatMap((s) => s.rows.map((r) => r.key)));
  const out = [
    `Generated from \`custom-elements.json\` (\`npm run docs\`). Elements: ${elements.map((e) => code(e.tagName)).join(', ')}.`,
    '### Common to every widget',
    renderSections(common, 4),
  ];
  elements.forEach((el, i) => {
    const widget = isWidgetTag(el.tagName);
    const own = widget ? all[i].map((s) => ({ ...s, rows: s.rows.filter((r) => !commonKeys.has(r.key)) })) : all[i];
    out.push(`### \`${el.tagName}\``);
    const summary = el.summary ?? '';
    if (summary) out.push(cell(summary));
    out.push(
      widget
        ? `Everything in *Common to every widget*, and:`
        : CONTROL_TAGS.includes(el.tagName)
          ? 'A control that drives the widgets of its link group, not a widget (none of the common rows):'
          : 'A tool for editors, not a widget (its own entry; none of the common rows):',
    );
    out.push(renderSections(own, 4));
  });
  return out.filter(Boolean).join('\n\n');
}

/** The text between the markers, or null when the README has no markers. */
export function extractApiBlock(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return null;
  return readme.slice(start + START.length, end).trim();
}

/** The README with the block between the markers replaced. */
export function replaceApiBlock(readme, block) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n\n${block}\n\n${readme.slice(end)}`;
}
