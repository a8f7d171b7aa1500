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
import { FeatureCollectionSchema, type FeatureCollection, type Geo } from '../../core/schema.js';
import { fromValibotIssues } from '../../core/validate.js';
import { keyedCollection } from './cluster-map.geometry.js';

/** JSON Pointer of the geometry URL in the document (fetch and JSON errors point here). */
export const GEO_URL_PATH = '/geo/url';

/** True for an inline collection, false for `{ url }`. */
export function isInlineGeo(geo: Geo): geo is FeatureCollection {
  return (geo as { type?: unknown }).type === 'FeatureCollection';
}

const checked = new WeakMap<object, FeatureCollection | RbError>();

/**
 * Checks a loaded value as a FeatureCollection of Polygon/MultiPolygon features. Problems are
 * `invalid-data` issues with paths under `/geo` (`/geo/features/3/geometry`). Results are cached
 * per object, so the collection object (and its map registration) is stable per URL.
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
    ? error.issues.map((i) => ({ ...i, path: GEO_URL_PATH + i.path }))
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

const mapNames = new WeakMap<FeatureCollection, string>();
let mapCounter = 0;
let registrations = 0;

/**
 * Registers a collection with ECharts once and returns its map name (`rb-geo-1`, …). The same
 * collection object (an inline `geo`, or a `geo.url` document, which the loader caches per URL)
 * always gets the same name, however many widgets show it and however often they re-render.
 */
export function registerGeometry(collection: FeatureCollection): string {
  let name = mapNames.get(collection);
  if (name === undefined) {
    name = `rb-geo-${++mapCounter}`;
    // registerMap is implemented by the geo component: install it first (idempotent).
    use(GeoComponent);
    // ECharts' own GeoJSON type is stricter than ours (it wants literal geometry types); the shape is the same.
    registerMap(name, keyedCollection(collection) as unknown as Parameters<typeof registerMap>[1]);
    mapNames.set(collection, name);
    registrations++;
  }
  return name;
}

/** How many collections were registered with ECharts so far (for tests and diagnostics). */
export function geometryRegistrations(): number {
  return registrations;
}
