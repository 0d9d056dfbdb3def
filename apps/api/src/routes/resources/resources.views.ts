/** Resources as the read API returns them. */
import type { ResourceFilter } from '@thb/store';

export { toResourceView } from '@thb/store/views';

/** The store filter for validated resource query parameters. */
export function resourceFilter(query: ResourceFilter): ResourceFilter {
  const { q, type, topic, language, country, audience } = query;
  return { q, type, topic, language, country, audience };
}
