import { expect } from '@esm-bundle/chai';
import {
  MIN_SIZE_SHARE,
  defaultMetric,
  flatten,
  metricKeys,
  rootIdsOf,
  toHierarchy,
  type BrandNode,
} from '../../../src/widgets/brand-matrix/brand-matrix.hierarchy.js';
import type { Brand } from '../../../src/core/schema.js';
import { sample } from '../../support/helpers.js';
import { bigDocument, smallDocument, valid } from './fixtures.js';

describe('brand-matrix hierarchy (pure)', () => {
  it('builds the Kaiping 1+8 matrix: one county brand over eight town brands', async () => {
    const data = valid(await sample('kaiping'));
    const roots = toHierarchy(data, rootIdsOf(data.brands), 'sales');
    expect(roots.map((r) => r.id)).to.deep.equal(['kaiping-youpin']);
    const root = roots[0]!;
    expect(root.depth).to.equal(0);
    expect(root.parentId).to.equal(undefined);
    expect(root.children).to.have.length(8);
    expect(root.descendants).to.equal(8);
    expect(root.children[0]!.id).to.equal('magang-youpin');
    expect(root.children.every((c) => c.depth === 1 && c.parentId === 'kaiping-youpin')).to.equal(true);
    expect(root.children[0]!.metric?.value).to.equal(50_000_000);
    expect(root.metric?.value).to.equal(180_000_000);
  });

  it('finds the roots (brands without parent) in document order', () => {
    const data = valid(smallDocument());
    expect(rootIdsOf(data.brands)).to.deep.equal(['root', 'party']);
  });

  it('shows a subtree for a root below the top', () => {
    const data = valid(smallDocument());
    const [a] = toHierarchy(data, ['a'], 'sales');
    expect(a!.id).to.equal('a');
    expect(a!.depth).to.equal(0);
    expect(a!.children.map((c) => c.id)).to.deep.equal(['a1', 'a2']);
    expect(a!.children[0]!.depth).to.equal(1);
  });

  it('sizes parents at least by the sum of their children and gives brands without the metric a small minimum', () => {
    const data = valid(smallDocument());
    const [root] = toHierarchy(data, ['root'], 'sales');
    const byId = new Map(flatten([root!]).map((n) => [n.id, n] as const));
    const min = 3e8 * MIN_SIZE_SHARE;
    expect(byId.get('b')!.size).to.equal(min);
    expect(byId.get('a2')!.size).to.equal(min);
    expect(byId.get('a1')!.size).to.equal(2e7);
    // `a` has 1亿 of its own, more than its villages: its own figure wins.
    expect(byId.get('a')!.size).to.equal(1e8);
    const check = (n: BrandNode): void => {
      expect(n.size, n.id).to.be.greaterThan(0);
      const sum = n.children.reduce((s, c) => s + c.size, 0);
      expect(n.size, n.id).to.be.at.least(sum - 1e-6);
      n.children.forEach(check);
    };
    check(root!);
  });

  it('gives every brand size 1 when no brand has the metric', () => {
    const data = valid(smallDocument());
    const [root] = toHierarchy(data, ['root'], 'no-such-metric');
    expect(root!.children.find((c) => c.id === 'b')!.size).to.equal(1);
    expect(root!.size).to.equal(1 + 2); // a = a1 + a2, b = 1
  });

  it('chooses sales by default, else the first metric found, else none', () => {
    const brands = valid(smallDocument()).brands;
    expect(defaultMetric(brands)).to.equal('sales');
    expect(defaultMetric(brands, 'tax')).to.equal('tax');
    const noSales = brands.map((b) => ({ ...b, metrics: b.metrics?.['tax'] ? { tax: b.metrics['tax'] } : {} })) as Brand[];
    expect(defaultMetric(noSales)).to.equal('tax');
    expect(defaultMetric(brands.map((b) => ({ ...b, metrics: {} })))).to.equal(undefined);
    expect(metricKeys(brands)).to.deep.equal(['sales', 'tax']);
  });

  it('lists parents before children (depth first) and terminates on a cycle', () => {
    const data = valid(smallDocument());
    expect(flatten(toHierarchy(data, rootIdsOf(data.brands), 'sales')).map((n) => n.id)).to.deep.equal(['root', 'a', 'a1', 'a2', 'b', 'party']);
    const cyclic = [
      { id: 'x', name: 'X', kind: 'region', parent: 'y' },
      { id: 'y', name: 'Y', kind: 'region', parent: 'x' },
    ] as Brand[];
    const nodes = toHierarchy({ brands: cyclic }, ['x'], undefined);
    expect(flatten(nodes).map((n) => n.id)).to.deep.equal(['x', 'y']);
  });

  it('builds 400 brands in four levels', () => {
    const data = valid(bigDocument(400));
    const roots = toHierarchy(data, rootIdsOf(data.brands), 'sales');
    expect(flatten(roots)).to.have.length(400);
    expect(Math.max(...flatten(roots).map((n) => n.depth))).to.equal(3);
  });
});
