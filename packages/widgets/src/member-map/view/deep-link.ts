/** The `#member=<id>` deep link: read on load and on `hashchange`, written when a member is selected. */

const PREFIX = '#member=';

/**
 * The member id in the page's fragment, if any.
 * @example memberFromHash('#member=la-strada') // 'la-strada'
 */
export function memberFromHash(hash: string = location.hash): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  const id = decodeURIComponent(hash.slice(PREFIX.length));
  return id || undefined;
}

/** Writes (or, with `undefined`, removes) the member link without adding history entries. */
export function writeMemberHash(id: string | undefined): void {
  if (id !== undefined) {
    const hash = `${PREFIX}${encodeURIComponent(id)}`;
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  } else if (location.hash.startsWith(PREFIX)) {
    history.replaceState(history.state, '', location.pathname + location.search);
  }
}
