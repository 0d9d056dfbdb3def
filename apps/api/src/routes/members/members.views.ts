/** Members as the read API returns them. */
import type { MemberFilter } from '@thb/store';

export { toMemberView } from '@thb/store/views';

/** The store filter for validated member query parameters. */
export function memberFilter(query: MemberFilter): MemberFilter {
  return { country: query.country, focus: query.focus, scope: query.scope, q: query.q };
}
