/** The member entry an approved application becomes. */
import { ApplicantOrganisation, Member } from '@thb/schema';
import type { StoredApplication } from '@thb/store/portal';

/** A slug from a name: `Fundación Ana & Co.` → `fundacion-ana-co`. */
export function slugOf(name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return slug.length >= 2 ? slug : `member-${slug || 'new'}`;
}

/**
 * The member, published from today; undefined when the application's organisation is not
 * whole (a submitted one always is, since submitting checked it).
 */
export function memberFromApplication(application: StoredApplication, id: string, now: Date): Member | undefined {
  const organisation = ApplicantOrganisation.safeParse(application.organisation);
  if (!organisation.success) return undefined;
  const { publicEmail, ...fields } = organisation.data;
  const at = now.toISOString();
  const member = Member.safeParse({
    ...fields, id, contact: { email: publicEmail ?? application.contact.email },
    joined: at.slice(0, 10), updatedAt: at, lastConfirmedAt: at,
  });
  return member.success ? member.data : undefined;
}
