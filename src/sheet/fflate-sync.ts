/**
 * `fflate` with its asynchronous `zip` and `unzip` done synchronously. fflate moves large archives
 * to Web Workers built from function source text (Blob URLs): dynamic code that strict
 * Content-Security-Policies block, and that fails in Node. The build and the test server resolve
 * `fflate` to this module for read-excel-file and write-excel-file (see rollup.config.mjs).
 * The caller's callback still runs asynchronously, as fflate promises.
 */
import { unzipSync, zipSync, type AsyncZippable, type AsyncZipOptions, type AsyncUnzipOptions, type FlateCallback, type UnzipCallback, type Unzipped } from 'fflate';

export * from 'fflate';

type ZipCallback = FlateCallback;

/** `fflate.zip` without workers. */
export function zip(data: AsyncZippable, options: AsyncZipOptions | ZipCallback, callback?: ZipCallback): () => void {
  const cb = (typeof options === 'function' ? options : callback)!;
  const opts = typeof options === 'function' ? {} : options;
  queueMicrotask(() => {
    let out: Parameters<ZipCallback>[1];
    try {
      out = zipSync(data as Parameters<typeof zipSync>[0], opts) as typeof out;
    } catch (e) {
      return cb(e as Parameters<ZipCallback>[0], null as unknown as typeof out);
    }
    cb(null, out);
  });
  return () => {};
}

/** `fflate.unzip` without workers. */
export function unzip(data: Uint8Array, options: AsyncUnzipOptions | UnzipCallback, callback?: UnzipCallback): () => void {
  const cb = (typeof options === 'function' ? options : callback)!;
  const opts = typeof options === 'function' ? {} : options;
  queueMicrotask(() => {
    let out: Unzipped;
    try {
      out = unzipSync(data, opts);
    } catch (e) {
      return cb(e as Parameters<UnzipCallback>[0], null as unknown as Unzipped);
    }
    cb(null, out);
  });
  return () => {};
}
