import { expect } from '@esm-bundle/chai';
import { validateDocument } from '../../src/core/validate.js';
import { describeIssue } from '../../src/core/errors.js';
import { sample } from '../support/helpers.js';

type Doc = Record<string, any>;

async function issuesOf(mutate: (d: Doc) => void, name: 'kaiping' | 'pingyuan' | 'taiping' = 'kaiping') {
  const doc = await sample(name);
  mutate(doc);
  const r = validateDocument(doc);
  if (r.ok) return { code: 'ok', paths: [] as string[], messages: [] as string[] };
  return {
    code: r.error.code,
    paths: r.error.issues.map((i) => i.path),
    messages: r.error.issues.map((i) => describeIssue(i, 'en')),
  };
}

describe('validateDocument', () => {
  it('accepts every bundled sample document', async () => {
    for (const name of ['kaiping', 'pingyuan', 'taiping'] as const) {
      const r = validateDocument(await sample(name));
      expect(r.ok, name).to.equal(true);
    }
  });

  it('rejects a wrong format marker at /format', async () => {
    const r = await issuesOf((d) => (d['format'] = 'region-data'));
    expect(r.code).to.equal('invalid-data');
    expect(r.paths).to.deep.equal(['/format']);
  });

  it('reports a higher major version as unsupported-version', async () => {
    const r = await issuesOf((d) => (d['version'] = 2));
    expect(r.code).to.equal('unsupported-version');
    expect(r.paths).to.deep.equal(['/version']);
  });

  it('finds a dangling brand parent with its JSON Pointer', async () => {
    const r = await issuesOf((d) => (d['brands'][3]['parent'] = 'nowhere'));
    expect(r.code).to.equal('invalid-data');
    expect(r.paths).to.deep.equal(['/brands/3/parent']);
    expect(r.messages[0]).to.contain('nowhere');
  });
});
