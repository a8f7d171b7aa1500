/**
 * The cluster map's geometry outside the pure model: checking a GeoJSON FeatureCollection,
 * loading `geo.url` (through the shared, per-URL cached `loadJson`) and registering each
 * collection with ECharts exactly once.
 */
import * as v from 'valibot';
import { registerMap, use } from 'echarts/core';
import { GeoComponent } from 'echarts/components';
import { isAbort, loadJson, registerDocumentCache } from '../../core/data-source.js';
import { RbError, type ValidationIssue } from '../../core/errors.js';
import { movedIssue } from '../../core/mistakes-on-demand.js';
import { FeatureCollectionSchema, isArea, type AreaCollection, type FeatureCollection } from '../../core/schema.js';
import { fromValibotIssues } from '../../core/validate.js';
import { areasOf, keyedCollection } from './cluster-map.geometry.js';
import type { ResolvedGeometry } from './cluster-map.geo-option.js';

/** JSON Pointer of the geometry URL in the document (fetch and JSON errors point here). */
export const GEO_URL_PATH = '/geo/url';


const checked = new WeakMap<object, FeatureCollection | RbError>();

/**
 * Checks a loaded value as a GeoJSON FeatureCollection (features without a boundary are valid; the
 * map leaves them out: {@link resolveGeometry}). Problems are `invalid-data` issues with paths
 * under `/geo` (`/geo/features/3/geometry`). Results are cached per object, so the collection
 * object (and its map registration) is stable per URL.
 */
export function checkFeatureCollection(value: unknown): FeatureCollection | RbError {
  const cacheable = typeof value === 'object' && value !== null;
  if (cacheable) {
    const hit = checked.get(value);
    if (hit) return hit;
  }
  const result = v.safeParse(FeatureCollectionSchema, value, { abortEarly: false });
  const out = result.success ? result.output : new RbError('invalid-data', fromValibotIssues(result.issues, '/geo'));
  if (cacheable) checked.set(value, out);
  return out;
}

/** Loaded collections by absolute URL: later widgets and re-renders need no await. */
const loadedByUrl = new Map<string, FeatureCollection>();
registerDocumentCache(() => loadedByUrl.clear());

/** The collection already loaded from `href`, if any. */
export function loadedGeometry(href: string): FeatureCollection | undefined {
  return loadedByUrl.get(href);
}

/** Moves an error of the geometry file to `/geo/url` in the document. */
function atGeoUrl(error: RbError): RbError {
  const issues: ValidationIssue[] = error.issues.length
    ? error.issues.map((i) => movedIssue(i, GEO_URL_PATH + i.path))
    : [{ path: GEO_URL_PATH, key: 'other', params: [] }];
  return new RbError(error.code, issues);
}

/**
 * Loads and checks the geometry at an absolute URL. Rejects only when `signal` aborts; a failure resolves to an
 * {@link RbError} (`fetch-failed` / `invalid-json` at `/geo/url`, `invalid-data` under `/geo`).
 */
export async function loadGeometry(
  href: string,
  options: { fresh?: boolean; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<FeatureCollection | RbError> {
  let value: unknown;
  try {
    value = (await loadJson(href, options)).value;
  } catch (e) {
    if (e instanceof RbError) return atGeoUrl(e);
    if (isAbort(e)) throw e;
    return new RbError('fetch-failed', [{ path: GEO_URL_PATH, key: 'fetchNetwork', params: [href] }]);
  }
  const result = checkFeatureCollection(value);
  if (!(result instanceof RbError)) loadedByUrl.set(href, result);
  return result;
}

const mapNames = new WeakMap<AreaCollection, string>();
/** Map names by content: ECharts cannot unregister a map, so equal geometry is registered once. */
const namesByContent = new Map<string, string>();
let mapCounter = 0;
let registrations = 0;

/** A 53-bit hash of a text (cyrb53), with its length: a key for equal contents. */
function contentKey(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/**
 * Registers a collection with ECharts once and returns its map name (`rb-geo-1`, …). The same
 * geometry always gets the same name, however many widgets show it, however often they
 * re-render, and however often a refresh fetches it again as a new object (a big screen that
 * refreshes for weeks registers its map once); only a changed geometry is registered anew.
 */
export function registerGeometry(collection: AreaCollection): string {
  let name = mapNames.get(collection);
  if (name === undefined) {
    const key = contentKey(JSON.stringify(collection));
    name = namesByContent.get(key);
    if (name === undefined) {
      name = `rb-geo-${++mapCounter}`;
      // registerMap is implemented by the geo component: install it first (idempotent).
      use(GeoComponent);
      // ECharts' own GeoJSON type is stricter than ours (it wants literal geometry types); the shape is the same.
      registerMap(name, keyedCollection(collection) as unknown as Parameters<typeof registerMap>[1]);
      namesByContent.set(key, name);
      registrations++;
    }
    mapNames.set(collection, name);
  }
  return name;
}

/**
 * What the map draws of a checked collection: its features with a boundary ({@link areasOf}; an
 * unlocated feature, a point or a line is left out), registered with ECharts under their map name.
 */
export function resolveGeometry(collection: FeatureCollection): ResolvedGeometry {
  const areas = areasOf(collection);
  const leftOut = areas === collection ? [] : collection.features.flatMap((f) => (f.geometry && !isArea(f.geometry) ? [String(f.geometry.type)] : []));
  return { mapName: registerGeometry(areas), collection: areas, leftOut };
}

/** How many collections were registered with ECharts so far (for tests and diagnostics). */
export function geometryRegistrations(): number {
  return registrations;
}
