import { isWidgetTag } from '../../scripts/tool-tags.mjs';
// custom-elements.json, which README tables, Storybook docs and controls and IDEs read, lists the
// public API of each element only, every entry described: attributes, properties and methods,
// the four rb-* events, CSS parts and tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName && isWidgetTag(d.tagName)));
const INTERNAL = ['configSchema', 'scope', 'documents', 'echartsModules', 'chartContainer', 'chartOption', 'chartTooltip', 'tooltipBox', 'chartSelect', 'buildModel', 'prepare', 'view', 'accepted'];

test('every element lists its public API only, each entry described', () => {
  assert.ok(elements.length >= 5, `elements: ${elements.map((e) => e.tagName)}`);
  for (const el of elements) {
    const names = el.members.map((m) => m.name);
    assert.deepEqual(el.members.filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name), [], `${el.tagName}: private or protected`);
    assert.deepEqual(names.filter((n) => INTERNAL.includes(n)), [], `${el.tagName}: internal members`);
    for (const n of ['src', 'data', 'config', 'lang', 'theme', 'state', 'lastError', 'reload']) assert.ok(names.includes(n), `${el.tagName}.${n}`);
    assert.deepEqual(el.events.map((e) => e.name).sort(), ['rb-error', 'rb-load', 'rb-select', 'rb-warning'], el.tagName);
    assert.ok(el.cssParts.length >= 10 && el.cssProperties.length >= 15, `${el.tagName}: parts and tokens`);
    const entries = [...el.members, ...el.attributes, ...el.events, ...el.cssParts, ...el.cssProperties];
    assert.deepEqual(entries.filter((x) => !x.description).map((x) => x.name), [], `${el.tagName}: undescribed`);
  }
});

test('config and data are typed with what a page writes', () => {
  for (const el of elements) {
    const type = (name) => el.members.find((m) => m.name === name)?.type?.text ?? '';
    assert.match(type('config'), /ConfigInput/, `${el.tagName}.config: ${type('config')}`);
    assert.match(type('data'), /RegionBrandDataInput/, `${el.tagName}.data: ${type('data')}`);
  }
});
