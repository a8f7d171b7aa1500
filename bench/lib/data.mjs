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

/**
 * A brand hierarchy of `count` brands in four levels (one county brand, 9 towns, 5 villages per
 * town, the rest cooperatives under the villages; half of them with a sales figure), as the brand
 * matrix test builds it.
 */
export function brandsDoc(count) {
  const brands = [{ id: 'b0', name: '大县优品', kind: 'region', level: 'county', metrics: { sales: { value: 5e8, unit: '元' } } }];
  const villages = [];
  for (let t = 1; t <= 9; t++) brands.push({ id: `t${t}`, name: `镇品牌${t}`, kind: 'region', level: 'town', parent: 'b0' });
  for (let t = 1; t <= 9; t++) {
    for (let v = 1; v <= 5; v++) {
      villages.push(`v${t}-${v}`);
      brands.push({ id: `v${t}-${v}`, name: `村品牌${t}-${v}`, kind: 'region', level: 'village', parent: `t${t}` });
    }
  }
  for (let i = 0; brands.length < count; i++) brands.push({ id: `p${i}`, name: `合作社品牌${i}`, kind: i % 3 ? 'region' : 'party', parent: villages[i % villages.length] });
  brands.forEach((b, i) => {
    if (i % 2 === 0 && !b.metrics) b.metrics = { sales: { value: 1e6 + i * 1000, unit: '元', period: '2024' } };
  });
  return { format: 'region-brand-data', version: 1, region: { id: 'daxian', name: '大县', level: 'county' }, asOf: '2025-06-30', brands };
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
