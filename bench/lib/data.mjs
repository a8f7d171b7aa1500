/** Documents the benchmark generates from the sample data (deterministic). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded PRNG, so every run draws the same points. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Bounding box [minLon, minLat, maxLon, maxLat] of the units' centres. */
export function centreBounds(doc) {
  const cs = doc.units.map((u) => u.center).filter(Boolean);
  return [Math.min(...cs.map((c) => c[0])), Math.min(...cs.map((c) => c[1])), Math.max(...cs.map((c) => c[0])), Math.max(...cs.map((c) => c[1]))];
}

/** The Kaiping sample with its geometry inline (no second request). */
export function inlineGeoDoc(root) {
  const doc = JSON.parse(readFileSync(join(root, 'demo/data/kaiping.json'), 'utf8'));
  doc.geo = JSON.parse(readFileSync(join(root, 'demo/data/kaiping-towns.geojson'), 'utf8'));
  return doc;
}

/**
 * The inline-geometry sample with `count` generated enterprises (spread over the clusters,
 * ~30 % with a party organisation) at random locations inside the centres' bounding box.
 */
export function enterprisesDoc(root, count) {
  const doc = inlineGeoDoc(root);
  const [x0, y0, x1, y1] = centreBounds(doc);
  const rand = prng(20261124);
  const lists = doc.clusters.map(() => []);
  for (let i = 0; i < count; i++) {
    const ci = i % doc.clusters.length;
    const cluster = doc.clusters[ci];
    lists[ci].push({
      id: `bench-${i}`,
      name: `企业 ${i + 1}`,
      unit: cluster.units[i % cluster.units.length],
      location: [Math.round((x0 + rand() * (x1 - x0)) * 1e5) / 1e5, Math.round((y0 + rand() * (y1 - y0)) * 1e5) / 1e5],
      partyOrganization: rand() < 0.3,
      aboveScale: rand() < 0.2,
    });
  }
  doc.clusters.forEach((c, i) => (c.enterprises = lists[i]));
  return doc;
}
