/** Members as the read API returns them. */
import { resolveText, type EuLanguage, type Member, type MemberView } from '@thb/schema';
import type { MemberFilter } from '@thb/store';

/**
 * A member with its description in one language (English when it lacks a translation).
 * @example toMemberView(member, 'fr').description
 */
export function toMemberView(member: Member, language: EuLanguage): MemberView {
  return { ...member, description: resolveText(member.description, language) };
}

/** The store filter for validated member query parameters. */
export function memberFilter(query: MemberFilter): MemberFilter {
  return { country: query.country, focus: query.focus, scope: query.scope, q: query.q };
}
