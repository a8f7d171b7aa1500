// Property-based tests (fast-check): no JSON value and no mutation of a valid document makes the
// validator throw, or makes a widget throw: it renders or shows its error state.
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { validateDocument } from '../../src/core/validate.js';
import '../../src/index.js';
import { sample } from '../support/helpers.js';

type Json = unknown;
const CODES = ['invalid-json', 'invalid-data', 'unsupported-version'];

/** Every path (as keys) inside a JSON value. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

/** A copy of `doc` with the value at `path` replaced (or deleted when `replacement` is undefined). */
function mutate(doc: Json, path: (string | number)[], replacement: Json): Json {
  if (!path.length) return replacement === undefined ? {} : replacement;
  const copy = structuredClone(doc) as any;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key];
  const last = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(target)) target.splice(Number(last), 1);
    else delete target[last];
  } else target[last] = replacement;
  return copy;
}

const mutation = (docPaths: (string | number)[][]) =>
  fc.record({
    index: fc.nat({ max: docPaths.length - 1 }),
    replacement: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined), fc.string(), fc.double(), fc.integer({ min: -5, max: 500 })),
  });

function expectResultShape(r: ReturnType<typeof validateDocument>): void {
  if (!r.ok) {
    expect(CODES).to.include(r.error.code);
    for (const issue of r.error.issues) expect(issue.path).to.match(/^(\/[^/]*)*$/);
  }
}

describe('property-based', function () {
  this.timeout(60000);

  it('the validator never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectResultShape(validateDocument(value));
      }),
      { numRuns: 500 },
    );
  });

  it('the validator never throws on mutations of a valid document', async () => {
    for (const name of ['kaiping', 'pingyuan', 'taiping'] as const) {
      const doc = await sample(name);
      const docPaths = paths(doc);
      fc.assert(
        fc.property(mutation(docPaths), ({ index, replacement }) => {
          expectResultShape(validateDocument(mutate(doc, docPaths[index]!, replacement)));
        }),
        { numRuns: 400 },
      );
    }
  });

  it('widgets render or show their error state for mutated documents, never throwing', async () => {
    const doc = await sample('kaiping');
    // The geometry beside the sample, by a URL that does not depend on the test page's address;
    // its URL is not mutated (a random URL is a 404 in the log, and fetch-failed is tested elsewhere).
    doc['geo'] = { url: '/demo/data/kaiping-towns.geojson' };
    const docPaths = paths(doc).filter((p) => !(p[0] === 'geo' && p[1] === 'url'));
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const tags = ['rb-coverage-gauge', 'rb-growth-indicator', 'rb-brand-matrix', 'rb-cluster-map'].filter((t) => customElements.get(t));
    const host = document.createElement('div');
    document.body.append(host);
    try {
      await fc.assert(
        fc.asyncProperty(mutation(docPaths), fc.constantFrom(...tags), async ({ index, replacement }, tag) => {
          const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
          const settled = new Promise<string>((resolve) => {
            el.addEventListener('rb-load', () => resolve('load'), { once: true });
            el.addEventListener('rb-error', () => resolve('error'), { once: true });
          });
          const value = mutate(doc, docPaths[index]!, replacement);
          el.data = value;
          host.append(el);
          if (value === null || value === undefined) {
            // No document at all (the whole of it replaced by null): a widget without data is idle.
            await el.updateComplete;
            expect((el as unknown as { state: string }).state).to.equal('idle');
            el.remove();
            return;
          }
          const outcome = await Promise.race([settled, new Promise((r) => setTimeout(() => r('timeout'), 2000))]);
          await el.updateComplete;
          expect(outcome).to.be.oneOf(['load', 'error']);
          if (outcome === 'error') expect(el.shadowRoot!.querySelector('[part=error]')).to.not.equal(null);
          el.remove();
        }),
        { numRuns: 60 },
      );
      await new Promise((r) => setTimeout(r, 50));
      expect(uncaught).to.deep.equal([]);
    } finally {
      host.remove();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
