/**
 * A link group's state in the page URL's hash: `rb.<group>=unit:magang` and
 * `rb.<group>.period=2023` pairs, so a shared link opens on the same selection and period.
 *
 * The hash may also be the portal's own (a hash router's `#/news/list?id=3`, a bare anchor
 * `#contacts`): that text is kept exactly as it is, byte for byte, and the group's pairs go after
 * it as query pairs — after `?` behind a route that has no query yet (`#/news?rb.county=…`), so
 * the router still finds its route, else after `&`.
 */
import type { Focus } from './contract.js';

/** What a group keeps in the hash. */
export interface HashState {
  readonly period: string | undefined;
  readonly focus: Focus | undefined;
}

const FOCUS_KINDS = new Set(['unit', 'brand', 'cluster']);

/** A selection from an `rb-select` detail, when it is one a group shares. */
export function focusOf(detail: { kind?: unknown; id?: unknown } | null | undefined): Focus | undefined {
  return detail && FOCUS_KINDS.has(detail.kind as string) && typeof detail.id === 'string'
    ? { kind: detail.kind as Focus['kind'], id: detail.id }
    : undefined;
}

const key = (group: string) => `rb.${group}`;

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The hash's text without `#`, split before each `?` or `&`: each part keeps the separator it follows. */
function hashParts(): string[] {
  if (typeof location === 'undefined') return [];
  const text = location.hash.replace(/^#/, '');
  return text ? text.split(/(?=[?&])/) : [];
}

/** The key and value of one part (its separator left off; null value for a bare word). */
function pair(part: string): [string, string | null] {
  const text = /^[?&]/.test(part) ? part.slice(1) : part;
  const at = text.indexOf('=');
  return at < 0 ? [decode(text), null] : [decode(text.slice(0, at)), decode(text.slice(at + 1))];
}

/** The group's state as the hash holds it; `hasPeriod` when it names a period. */
export function readHash(group: string): { state: HashState; hasPeriod: boolean } {
  const entries = new Map(hashParts().map(pair));
  const sel = entries.get(key(group));
  const period = entries.get(`${key(group)}.period`);
  const colon = sel ? sel.indexOf(':') : -1;
  const focus = sel && colon > 0 ? focusOf({ kind: sel.slice(0, colon), id: sel.slice(colon + 1) }) : undefined;
  return { state: { focus, period: period || undefined }, hasPeriod: typeof period === 'string' && period !== '' };
}

/** Writes the group's state into the hash (replacing the history entry), leaving everything else in it as it was. */
export function writeHash(group: string, state: HashState): void {
  if (typeof location === 'undefined' || typeof history === 'undefined') return;
  const mine = [key(group), `${key(group)}.period`];
  let kept = '';
  let query = false;
  for (const part of hashParts()) {
    if (mine.includes(pair(part)[0])) {
      // The pair right after a route's `?` hands that `?` to the next one kept.
      query ||= part.startsWith('?');
      continue;
    }
    kept += part.startsWith('&') && (query || !kept) ? `${kept ? '?' : ''}${part.slice(1)}` : part;
    query = false;
  }
  const enc = (s: string) => encodeURIComponent(s).replace(/%3A/g, ':');
  const pairs: string[] = [];
  if (state.focus) pairs.push(`${enc(key(group))}=${enc(`${state.focus.kind}:${state.focus.id}`)}`);
  if (state.period) pairs.push(`${enc(`${key(group)}.period`)}=${enc(state.period)}`);
  const route = /^!?\//.test(kept) && !kept.includes('?');
  const hash = pairs.length ? `${kept}${kept ? (route ? '?' : '&') : ''}${pairs.join('&')}` : kept;
  const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
  // Replace, not push: choosing items does not fill the back button's history.
  history.replaceState(history.state, '', url);
}
