#!/usr/bin/env node
/**
 * Generates SCHEMATIC town boundaries for the Kaiping sample document.
 *
 * No real boundary data is available to this project, so the cluster map's sample geometry is
 * made up: a Voronoi cell around each unit's `center` in demo/data/kaiping.json, clipped to a
 * rough outline (the convex hull of the centres, pushed outwards). The cells tile the outline,
 * look like a map and let the widget be shown and tested, but they are NOT the real borders of
 * Kaiping's towns. Every feature carries `properties.schematic: true`, and the document's
 * `sources` says so.
 *
 * Usage: node scripts/make-sample-geometry.mjs [document.json] [out.geojson]
 * No dependencies: each Voronoi cell is the outline clipped by the perpendicular bisector
 * half-planes towards every other centre (exact for a convex outline, n² for n units; n is small).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? resolve(root, 'demo/data/kaiping.json');
const output = process.argv[3] ?? resolve(root, 'demo/data/kaiping-towns.geojson');

/** Outward margin of the outline around the outermost centres, in degrees. */
const MARGIN = 0.09;
/** Decimal places written (≈ 11 m). */
const DIGITS = 4;

/** Convex hull (Andrew's monotone chain), counter-clockwise, without repeating the first point. */
export function convexHull(points) {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return pts;
  const cross = (o, a, b) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list) => {
    const out = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2], out[out.length - 1], p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(pts), ...half([...pts].reverse())];
}

/**
 * A rounded outline around a convex hull: each hull vertex becomes a few points on a circle of
 * radius `margin` (a Minkowski sum with a disc, sampled), so the outline stays convex.
 */
export function roundedOutline(hull, margin, stepsPerVertex = 5) {
  const out = [];
  const n = hull.length;
  for (let i = 0; i < n; i++) {
    const prev = hull[(i - 1 + n) % n];
    const p = hull[i];
    const next = hull[(i + 1) % n];
    // Outward normals of the edges before and after this vertex (hull is counter-clockwise).
    const a0 = Math.atan2(-(p[0] - prev[0]), p[1] - prev[1]);
    let a1 = Math.atan2(-(next[0] - p[0]), next[1] - p[1]);
    while (a1 < a0) a1 += 2 * Math.PI;
    for (let s = 0; s <= stepsPerVertex; s++) {
      const a = a0 + ((a1 - a0) * s) / stepsPerVertex;
      out.push([p[0] + margin * Math.cos(a), p[1] + margin * Math.sin(a)]);
    }
  }
  return out;
}

/**
 * Sutherland–Hodgman: the part of `polygon` where `a·x + b·y <= c`.
 */
export function clipHalfPlane(polygon, a, b, c) {
  const out = [];
  const inside = (p) => a * p[0] + b * p[1] <= c + 1e-12;
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i];
    const q = polygon[(i + 1) % polygon.length];
    const pin = inside(p);
    const qin = inside(q);
    if (pin) out.push(p);
    if (pin !== qin) {
      const fp = a * p[0] + b * p[1] - c;
      const fq = a * q[0] + b * q[1] - c;
      const t = fp / (fp - fq);
      out.push([p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t]);
    }
  }
  return out;
}

/** The Voronoi cell of `sites[i]` inside `outline`. */
export function voronoiCell(sites, i, outline) {
  let cell = outline;
  const s = sites[i];
  for (let j = 0; j < sites.length && cell.length; j++) {
    if (j === i) continue;
    const t = sites[j];
    // Points closer to s than to t: 2(t-s)·x <= |t|² - |s|².
    const a = 2 * (t[0] - s[0]);
    const b = 2 * (t[1] - s[1]);
    const c = t[0] * t[0] + t[1] * t[1] - s[0] * s[0] - s[1] * s[1];
    cell = clipHalfPlane(cell, a, b, c);
  }
  return cell;
}

const round = (x) => Number(x.toFixed(DIGITS));

/** A closed, counter-clockwise GeoJSON ring with rounded coordinates and no repeated points. */
function ring(points) {
  const pts = [];
  for (const p of points) {
    const r = [round(p[0]), round(p[1])];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== r[0] || last[1] !== r[1]) pts.push(r);
  }
  if (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
  let area = 0;
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i];
    const q = pts[(i + 1) % pts.length];
    area += p[0] * q[1] - q[0] * p[1];
  }
  if (area < 0) pts.reverse();
  return [...pts, pts[0]];
}

function main() {
  const doc = JSON.parse(readFileSync(input, 'utf8'));
  const units = (doc.units ?? []).filter((u) => Array.isArray(u.center));
  if (units.length < 2) throw new Error(`${input}: need at least two units with a center`);
  const sites = units.map((u) => u.center);
  const outline = roundedOutline(convexHull(sites), MARGIN);
  const features = units.map((u, i) => ({
    type: 'Feature',
    properties: { id: u.id, name: u.name, schematic: true },
    geometry: { type: 'Polygon', coordinates: [ring(voronoiCell(sites, i, outline))] },
  }));
  const collection = {
    type: 'FeatureCollection',
    // Foreign member (allowed by RFC 7946): says what this file is.
    description: `Schematic town cells (Voronoi around unit centres) for ${doc.region?.name ?? 'the sample'}; NOT real boundaries. Generated by scripts/make-sample-geometry.mjs.`,
    features,
  };
  writeFileSync(output, JSON.stringify(collection) + '\n');
  console.log(`wrote ${features.length} schematic cells to ${output}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
