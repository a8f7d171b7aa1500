// Reading the shipped files (dist/, README, manifest) from the test server.
import { expect } from '@esm-bundle/chai';

/** A file's text; fails with a hint when the build has not run. */
export async function builtText(url: string): Promise<string> {
  const r = await fetch(url);
  expect(r.ok, `${url} is missing: run npm run build`).to.equal(true);
  return r.text();
}

/**
 * An ESM file and every chunk it imports statically (not through `import()`), recursively, as one
 * text. The test server may hand files back re-encoded, with non-ASCII text as \uXXXX escapes:
 * those are decoded, so the text can be searched for Chinese.
 */
export async function staticClosure(url: string, seen = new Set<string>()): Promise<string> {
  if (seen.has(url)) return '';
  seen.add(url);
  const code = (await builtText(url)).replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const base = url.slice(0, url.lastIndexOf('/') + 1);
  let all = code;
  for (const m of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
    all += await staticClosure(new URL(m[1]!, location.origin + base).pathname, seen);
  }
  return all;
}
