/**
 * Media queries shared by every element of the page: a `matchMedia` call costs about 0.1 ms, so
 * each query is made once, not once per widget or per build; each element adds and removes its
 * own `change` listener on the shared list.
 */
const lists = new Map<string, MediaQueryList>();

/** The page's one `MediaQueryList` for `query`; undefined where there is no `matchMedia` (Node). */
export function mediaQuery(query: string): MediaQueryList | undefined {
  if (typeof matchMedia !== 'function') return undefined;
  let list = lists.get(query);
  if (!list) lists.set(query, (list = matchMedia(query)));
  return list;
}
