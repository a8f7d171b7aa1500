// README.md's API tables are generated from custom-elements.json (`npm run docs`); this fails
// when either changed without regenerating, and checks the tables say what the manifest says.
import { expect } from '@esm-bundle/chai';
import { builtText as text } from '../support/built-files.js';
import { apiMarkdown, elementsOf, extractApiBlock, replaceApiBlock, START, END } from '../../scripts/readme-api-render.mjs';

describe('README API tables', () => {
  let readme = '';
  let manifest: any = null;
  before(async () => {
    readme = await text('/README.md');
    manifest = JSON.parse(await text('/custom-elements.json'));
  });

  it('are current: the block between the markers is what `npm run docs` generates', () => {
    const block = extractApiBlock(readme);
    expect(block, `README.md lacks the ${START} … ${END} markers`).to.not.equal(null);
    // Compare line by line first, so a failure names the first line that differs.
    const want = apiMarkdown(manifest).split('\n');
    const have = block!.split('\n');
    const first = want.findIndex((line, i) => line !== have[i]);
    if (first !== -1) {
      expect(have[first] ?? '(missing)', `README.md is out of date at line ${first + 1} of the block: run npm run docs`).to.equal(want[first]);
    }
    expect(have.length).to.equal(want.length);
  });

  it('name every element, its own events, parts and tokens from the manifest', () => {
    const block = apiMarkdown(manifest);
    const elements = elementsOf(manifest) as any[];
    expect(elements.map((e) => e.tagName)).to.include.members(['rb-coverage-gauge', 'rb-growth-indicator', 'rb-brand-matrix', 'rb-cluster-map', 'rb-dashboard']);
    for (const el of elements) {
      expect(block, el.tagName).to.contain(`### \`${el.tagName}\``);
      for (const a of el.attributes ?? []) expect(block, `${el.tagName} attribute ${a.name}`).to.contain(`| \`${a.name}\` |`);
      for (const e of (el.events ?? []).filter((x: any) => x.description)) expect(block, `${el.tagName} event ${e.name}`).to.contain(`| \`${e.name}\` |`);
      for (const p of el.cssParts ?? []) expect(block, `${el.tagName} part ${p.name}`).to.contain(`| \`${p.name}\` |`);
      for (const p of el.cssProperties ?? []) expect(block, `${el.tagName} token ${p.name}`).to.contain(`| \`${p.name}\` |`);
    }
    // The gauge's own part and token are under its heading, not only in the common section.
    const gauge = block.slice(block.indexOf('### `rb-coverage-gauge`'), block.indexOf('### `rb-dashboard`'));
    expect(gauge).to.contain('| `badge` |');
    expect(gauge).to.contain('| `--rb-color-good` |');
    expect(block, 'events without a description (analyzer artefacts) are left out').to.not.match(/\| `name` \|\s*\|/);
  });

  it('replacing the block is stable and keeps the rest of the README', () => {
    const block = apiMarkdown(manifest);
    const once = replaceApiBlock(readme, block);
    expect(replaceApiBlock(once, block)).to.equal(once);
    expect(once.slice(0, once.indexOf(START))).to.equal(readme.slice(0, readme.indexOf(START)));
    expect(once.slice(once.indexOf(END))).to.equal(readme.slice(readme.indexOf(END)));
    expect(() => replaceApiBlock('# no markers', block)).to.throw(/markers/);
  });
});
