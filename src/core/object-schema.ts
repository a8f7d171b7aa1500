/**
 * JSON objects only, for the document's and the configs' schemas: valibot's object and record
 * schemas take arrays too (`"metrics": []` passed as an empty map, `"reported": []` was read for
 * its `pop` method), where the format has an object and a list is the wrong type.
 */
import * as v from 'valibot';

const isObject = (input: unknown) => typeof input === 'object' && input !== null && !Array.isArray(input);

/** `schema` for a JSON object (not a list, not null), checked before its fields; a mistake says `object`. */
export function notArray<const S extends v.GenericSchema<unknown, object>>(schema: S) {
  return v.pipe(v.custom<v.InferInput<S>>(isObject, 'object'), schema);
}
