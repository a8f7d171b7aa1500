/**
 * Pure geometry of the cluster map: area-weighted centroids of GeoJSON polygons, the key under
 * which each feature is registered with ECharts, and the match between features and units.
 * Coordinates are treated as planar (longitude, latitude), which is accurate enough for the
 * county-sized regions this widget shows.
 */
import { isArea, type AdminUnit, type AreaCollection, type AreaGeometry, type FeatureCollection, type Geo } from '../../core/schema.js';

export type Position = readonly [number, number];

/** True for an inline collection, false for `{ url }`. */
export function isInlineGeo(geo: Geo): geo is FeatureCollection {
  return (geo as { type?: unknown }).type === 'FeatureCollection';
}
type Ring = readonly (readonly number[])[];

/** Area and first moments of a ring (shoelace); the sign follows the ring's orientation. */
function ringMoments(ring: Ring): { area: number; mx: number; my: number } {
  let twiceArea = 0;
  let mx = 0;
  let my = 0;
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % n]!;
    const x0 = p[0]!, y0 = p[1]!, x1 = q[0]!, y1 = q[1]!;
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    mx += (x0 + x1) * cross;
    my += (y0 + y1) * cross;
  }
  // Centroid of the ring = (mx, my) / (6 · area) with area = twiceArea / 2.
  return { area: twiceArea / 2, mx: mx / 6, my: my / 6 };
}

/** Accumulates area-weighted moments; holes count negatively whatever their orientation. */
interface Moments {
  area: number;
  mx: number;
  my: number;
  /** Vertex sum, the fallback for shapes without area. */
  vx: number;
  vy: number;
  vn: number;
}

const emptyMoments = (): Moments => ({ area: 0, mx: 0, my: 0, vx: 0, vy: 0, vn: 0 });

function addPolygon(acc: Moments, rings: readonly Ring[]): void {
  rings.forEach((ring, i) => {
    const m = ringMoments(ring);
    // Normalise orientation: the exterior adds, holes subtract.
    const sign = (m.area < 0 ? -1 : 1) * (i === 0 ? 1 : -1);
    acc.area += sign * m.area;
    acc.mx += sign * m.mx;
    acc.my += sign * m.my;
    if (i === 0) {
      for (const p of ring) {
        acc.vx += p[0]!;
        acc.vy += p[1]!;
        acc.vn++;
      }
    }
  });
}

function centroidOf(acc: Moments): Position | null {
  if (Math.abs(acc.area) > 1e-12) return [acc.mx / acc.area, acc.my / acc.area];
  if (acc.vn) return [acc.vx / acc.vn, acc.vy / acc.vn];
  return null;
}

/** The area-weighted centroid of one polygon (exterior ring then holes); null when empty. */
export function polygonCentroid(rings: readonly Ring[]): Position | null {
  const acc = emptyMoments();
  addPolygon(acc, rings);
  return centroidOf(acc);
}

type Geometry = AreaGeometry;

function geometryMoments(geometry: Geometry, acc: Moments = emptyMoments()): Moments {
  if (geometry.type === 'Polygon') addPolygon(acc, geometry.coordinates);
  else for (const polygon of geometry.coordinates) addPolygon(acc, polygon);
  return acc;
}

/** Area-weighted centroid of a Polygon or MultiPolygon (a MultiPolygon weighs its parts by area). */
export function geometryCentroid(geometry: Geometry): Position | null {
  return centroidOf(geometryMoments(geometry));
}

/** Area of a Polygon or MultiPolygon, in squared degrees. */
export function geometryArea(geometry: Geometry): number {
  return Math.abs(geometryMoments(geometry).area);
}

const areas = new WeakMap<FeatureCollection, AreaCollection>();

/**
 * The features of a collection that have a boundary (Polygon, MultiPolygon): what the map draws,
 * registers and matches units with. A feature without geometry (`null`, unlocated) or a point or
 * line is left out, so its unit is placed as a unit without geometry is. The collection itself
 * when every feature is an area; memoised per collection object.
 */
export function areasOf(collection: FeatureCollection): AreaCollection {
  let out = areas.get(collection);
  if (!out) {
    const drawn = collection.features.filter((f) => isArea(f.geometry)) as AreaCollection['features'];
    areas.set(collection, (out = drawn.length === collection.features.length ? (collection as AreaCollection) : { ...collection, features: drawn }));
  }
  return out;
}

/** Centroid of a whole collection (where a cluster that names the region itself is drawn). */
export function collectionCentroid(collection: AreaCollection): Position | null {
  const acc = emptyMoments();
  for (const f of collection.features) geometryMoments(f.geometry, acc);
  return centroidOf(acc);
}

/** `[minLon, minLat, maxLon, maxLat]` of a collection, or null when it has no coordinates. */
export function collectionBounds(collection: AreaCollection): [number, number, number, number] | null {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const visit = (ring: Ring) => {
    for (const p of ring) {
      x0 = Math.min(x0, p[0]!);
      y0 = Math.min(y0, p[1]!);
      x1 = Math.max(x1, p[0]!);
      y1 = Math.max(y1, p[1]!);
    }
  };
  for (const f of collection.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') g.coordinates.forEach(visit);
    else g.coordinates.forEach((poly) => poly.forEach(visit));
  }
  return Number.isFinite(x0) ? [x0, y0, x1, y1] : null;
}

/** What the widget knows about one feature. */
export interface FeatureInfo {
  /** Unique name the feature is registered under (`properties.rbKey` in the registered copy). */
  readonly key: string;
  readonly id?: string;
  readonly name?: string;
  readonly centroid: Position | null;
  /** True when the feature says its boundary is schematic (`properties.schematic`). */
  readonly schematic: boolean;
}

/** The property that carries a feature's unique key in the GeoJSON registered with ECharts. */
export const KEY_PROPERTY = 'rbKey';

const described = new WeakMap<AreaCollection, readonly FeatureInfo[]>();

const propText = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/**
 * Keys, ids, names and centroids of the features (memoised per collection object). The key is
 * `properties.id`, else `properties.name`, else `#index`, made unique by appending `#index`.
 */
export function describeFeatures(collection: AreaCollection): readonly FeatureInfo[] {
  const cached = described.get(collection);
  if (cached) return cached;
  const used = new Set<string>();
  const out = collection.features.map((f, i): FeatureInfo => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const id = propText(props['id']);
    const name = propText(props['name']);
    let key = id ?? name ?? `#${i}`;
    if (used.has(key)) key = `${key}#${i}`;
    used.add(key);
    return {
      key,
      ...(id !== undefined ? { id } : {}),
      ...(name !== undefined ? { name } : {}),
      centroid: geometryCentroid(f.geometry),
      schematic: props['schematic'] === true,
    };
  });
  described.set(collection, out);
  return out;
}

/** A copy of the collection whose features carry their key in `properties.rbKey`. */
export function keyedCollection(collection: AreaCollection): AreaCollection {
  const infos = describeFeatures(collection);
  return {
    ...collection,
    features: collection.features.map((f, i) => ({ ...f, properties: { ...(f.properties ?? {}), [KEY_PROPERTY]: infos[i]!.key } })),
  };
}

/**
 * The feature of each unit: `properties.id` equal to the unit id, else `properties.name` equal
 * to the unit name.
 */
export function matchUnits(units: readonly Pick<AdminUnit, 'id' | 'name'>[], features: readonly FeatureInfo[]): Map<string, FeatureInfo> {
  const byId = new Map<string, FeatureInfo>();
  const byName = new Map<string, FeatureInfo>();
  for (const f of features) {
    if (f.id !== undefined && !byId.has(f.id)) byId.set(f.id, f);
    if (f.name !== undefined && !byName.has(f.name)) byName.set(f.name, f);
  }
  const out = new Map<string, FeatureInfo>();
  for (const u of units) {
    const f = byId.get(u.id) ?? byName.get(u.name);
    if (f) out.set(u.id, f);
  }
  return out;
}
