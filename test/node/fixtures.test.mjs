// The browser test imports test/fixtures/clerk.xlsx from a File and compares with clerk.json:
// here Node reads the same file, so both sides are held to one document.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root, sheet } from './helpers.mjs';
import { clerkWorkbook } from '../../scripts/make-fixtures.mjs';

test('Node imports the fixture workbook to the fixture document, and the fixture is the clerk workbook', async () => {
  const bytes = readFileSync(join(root, 'test/fixtures/clerk.xlsx'));
  const result = sheet.workbookToDocument(await sheet.readWorkbookFile(bytes, 'clerk.xlsx'));
  assert.ok(result.ok, JSON.stringify(result.problems));
  const expected = JSON.parse(readFileSync(join(root, 'test/fixtures/clerk.json'), 'utf8'));
  assert.deepEqual(result.document, expected);
  const fromRows = sheet.workbookToDocument(clerkWorkbook());
  assert.deepEqual(fromRows.document, expected);
  assert.equal(expected.indicators[0].reported.value, 3783000000);
  assert.equal(expected.indicators[0].reported.yoy, 0.2185);
});
