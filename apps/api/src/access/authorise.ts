/**
 * Who may do what, in one table (issue 11): the public reads; an organisation's editors keep its
 * entry, resources and events; its owners also manage its people and keys; the secretariat may
 * do everything. An organisation's API key acts as its editor, a secretariat key as the secretariat.
 */
import type { OrganisationRole, Principal } from './principal.ts';

/** A principal's standing towards one organisation's records. */
export type Standing = 'secretariat' | OrganisationRole | 'none';

/** How a principal stands towards the organisation `organisationId` (null: the Commission's own records). */
export function standingOf(principal: Principal, organisationId: string | null): Standing {
  if (principal.type === 'anonymous') return 'none';
  if (principal.secretariat) return 'secretariat';
  if (organisationId === null) return 'none';
  if (principal.type === 'key') return principal.organisation === organisationId ? 'editor' : 'none';
  return principal.organisations.get(organisationId) ?? 'none';
}

/** Whether a principal may edit an organisation's records (its entry, resources and events). */
export function mayEdit(principal: Principal, organisationId: string | null): boolean {
  return standingOf(principal, organisationId) !== 'none';
}

/** Whether a principal may manage an organisation's people and keys. */
export function mayManage(principal: Principal, organisationId: string): boolean {
  const standing = standingOf(principal, organisationId);
  return standing === 'secretariat' || standing === 'owner';
}

/** Whether a principal is the secretariat (a person of it, or a secretariat key). */
export function isSecretariat(principal: Principal): boolean {
  return principal.type !== 'anonymous' && principal.secretariat;
}

/** The audit log's name for a principal. */
export function actorOf(principal: Principal): { actor: string; label: string } {
  if (principal.type === 'anonymous') return { actor: 'anonymous', label: 'anonymous' };
  return { actor: `${principal.type}:${principal.id}`, label: principal.label };
}
