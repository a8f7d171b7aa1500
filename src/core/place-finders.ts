/**
 * The code that finds where a mistake is: the item and field of a JSON Pointer in words
 * (`issue-location.ts`) and the line and column of JSON text that does not parse (`json-error.ts`).
 * Only a mistake needs it, so pages load it with their first one (`issue-places.ts`); the
 * DOM-free entries provide it at once (`i18n/all.ts`).
 */
import { locateIssue, withLocation } from './issue-location.js';
import { locateJsonError } from './json-error.js';

export const placeFinders = { locateIssue, withLocation, locateJsonError };

/** What `issue-places.ts` is given. */
export type PlaceFinders = typeof placeFinders;
