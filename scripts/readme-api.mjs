#!/usr/bin/env node
// `npm run docs`: rewrites the API block of README.md from custom-elements.json (made by
// `npm run manifest`, which `npm run docs` runs first). `--check` only reports whether it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { apiMarkdown, extractApiBlock, replaceApiBlock } from './readme-api-render.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const block = apiMarkdown(manifest);

if (process.argv.includes('--check')) {
  const current = extractApiBlock(readme) === block;
  console.log(current ? 'README.md API tables are current' : 'README.md API tables are out of date: run npm run docs');
  process.exit(current ? 0 : 1);
}
const next = replaceApiBlock(readme, block);
if (next !== readme) writeFileSync('README.md', next);
console.log(next === readme ? 'README.md API tables were current' : 'README.md API tables rewritten');
