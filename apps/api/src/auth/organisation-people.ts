/**
 * The people of each member organisation, kept in Better Auth's organization tables: one
 * Better Auth organisation per member entry, whose `slug` is our member id. Reads join the
 * tables with Kysely; writes go through Better Auth's adapter, which stores ids, dates and
 * booleans the way Better Auth reads them back on each backend.
 */
import type { Kysely } from 'kysely';
import type { OrganisationRole } from '../access/principal.ts';
import type { BetterAuth } from './better-auth.ts';

/** The columns of Better Auth's tables that we read (its names, camelCase). */
export interface AccountTables {
  user: { id: string; email: string; name: string };
  organization: { id: string; slug: string; name: string };
  member: { id: string; organizationId: string; userId: string; role: string; createdAt: string | Date };
  invitation: {
    id: string; organizationId: string; email: string; role: string | null; status: string;
    expiresAt: string | Date; inviterId: string;
  };
}

/** One person of an organisation. */
export interface OrganisationPerson {
  userId: string;
  email: string;
  name: string;
  role: OrganisationRole;
  /** When they joined, ISO 8601. */
  since: string;
}

/** How long an invitation waits for its first sign-in. */
export const INVITATION_DAYS = 14;

/** A role as we know it: anything else Better Auth might hold counts as the lesser one. */
export function organisationRole(role: string | null | undefined): OrganisationRole {
  return role === 'owner' ? 'owner' : 'editor';
}

/** SQLite gives ISO strings, PostgreSQL Date objects. */
function isoDate(value: string | Date): string {
  return new Date(value).toISOString();
}

type AuthContext = Awaited<BetterAuth['$context']>;

/** The organisation-side operations of accounts, on one database and Better Auth instance. */
export function organisationPeople(db: Kysely<AccountTables>, context: () => Promise<AuthContext>, now: () => Date) {
  async function organisationId(memberId: string): Promise<string | undefined> {
    const row = await db.selectFrom('organization').select('id').where('slug', '=', memberId).executeTakeFirst();
    return row?.id;
  }

  async function membership(memberId: string, userId: string) {
    return db.selectFrom('member')
      .innerJoin('organization', 'organization.id', 'member.organizationId')
      .select(['member.id', 'member.role', 'member.organizationId'])
      .where('organization.slug', '=', memberId).where('member.userId', '=', userId)
      .executeTakeFirst();
  }

  return {
    organisationId,

    /** The organisation of a member entry, created on first use; returns its Better Auth id. */
    async ensureOrganisation(memberId: string, name: string): Promise<string> {
      const existing = await organisationId(memberId);
      if (existing) return existing;
      const { adapter } = await context();
      try {
        const created = await adapter.create<{ name: string; slug: string; createdAt: Date }, { id: string }>({
          model: 'organization', data: { name, slug: memberId, createdAt: now() },
        });
        return created.id;
      } catch (error) {
        // Another request created it meanwhile: the slug is unique.
        const raced = await organisationId(memberId);
        if (raced) return raced;
        throw error;
      }
    },

    /** The member ids of a person's organisations, with their role in each. */
    async organisationsOf(userId: string): Promise<Map<string, OrganisationRole>> {
      const rows = await db.selectFrom('member')
        .innerJoin('organization', 'organization.id', 'member.organizationId')
        .select(['organization.slug', 'member.role'])
        .where('member.userId', '=', userId)
        .execute();
      return new Map(rows.map((row) => [row.slug, organisationRole(row.role)]));
    },

    /** Everyone of an organisation, owners first, then by email. */
    async people(memberId: string): Promise<OrganisationPerson[]> {
      const rows = await db.selectFrom('member')
        .innerJoin('organization', 'organization.id', 'member.organizationId')
        .innerJoin('user', 'user.id', 'member.userId')
        .select(['user.id', 'user.email', 'user.name', 'member.role', 'member.createdAt'])
        .where('organization.slug', '=', memberId)
        .execute();
      return rows
        .map((row) => ({ userId: row.id, email: row.email, name: row.name, role: organisationRole(row.role), since: isoDate(row.createdAt) }))
        .sort((a, b) => (a.role === b.role ? (a.email < b.email ? -1 : 1) : a.role === 'owner' ? -1 : 1));
    },

    /** The invitations of an organisation still waiting (not accepted, replaced or expired), by email. */
    async pendingInvitations(memberId: string): Promise<{ email: string; role: OrganisationRole; expiresAt: string }[]> {
      const rows = await db.selectFrom('invitation')
        .innerJoin('organization', 'organization.id', 'invitation.organizationId')
        .select(['invitation.email', 'invitation.role', 'invitation.expiresAt'])
        .where('organization.slug', '=', memberId).where('invitation.status', '=', 'pending')
        .execute();
      return rows
        .filter((row) => new Date(row.expiresAt).getTime() > now().getTime())
        .map((row) => ({ email: row.email, role: organisationRole(row.role), expiresAt: isoDate(row.expiresAt) }))
        .sort((a, b) => (a.email < b.email ? -1 : 1));
    },

    membership,

    /** Changes a person's role; false when they are not in the organisation. */
    async setRole(memberId: string, userId: string, role: OrganisationRole): Promise<boolean> {
      const found = await membership(memberId, userId);
      if (!found) return false;
      const { adapter } = await context();
      await adapter.update({ model: 'member', where: [{ field: 'id', value: found.id }], update: { role } });
      return true;
    },

    /** Takes a person out of the organisation; false when they were not in it. */
    async removeMembership(memberId: string, userId: string): Promise<boolean> {
      const found = await membership(memberId, userId);
      if (!found) return false;
      const { adapter } = await context();
      await adapter.delete({ model: 'member', where: [{ field: 'id', value: found.id }] });
      return true;
    },

    /**
     * Records an invitation, replacing a pending one for the same address; the mail is the caller's.
     * @returns false when the address already belongs to someone of the organisation
     */
    async recordInvitation(organizationId: string, email: string, role: OrganisationRole, inviterId: string): Promise<boolean> {
      const already = await db.selectFrom('member').innerJoin('user', 'user.id', 'member.userId')
        .select('member.id').where('member.organizationId', '=', organizationId).where('user.email', '=', email)
        .executeTakeFirst();
      if (already) return false;
      const { adapter } = await context();
      await adapter.updateMany({
        model: 'invitation',
        where: [{ field: 'organizationId', value: organizationId }, { field: 'email', value: email }, { field: 'status', value: 'pending' }],
        update: { status: 'canceled' },
      });
      await adapter.create({
        model: 'invitation',
        data: {
          organizationId, email, role, status: 'pending', inviterId, createdAt: now(),
          expiresAt: new Date(now().getTime() + INVITATION_DAYS * 86_400_000),
        },
      });
      return true;
    },

    /** Makes a person a member of every organisation that invited their address and still waits. */
    async acceptInvitations(userId: string): Promise<void> {
      const user = await db.selectFrom('user').select('email').where('id', '=', userId).executeTakeFirst();
      if (!user) return;
      const pending = await db.selectFrom('invitation').select(['id', 'organizationId', 'role', 'expiresAt'])
        .where('email', '=', user.email.toLowerCase()).where('status', '=', 'pending').execute();
      const { adapter } = await context();
      for (const invitation of pending) {
        if (new Date(invitation.expiresAt).getTime() <= now().getTime()) continue;
        const member = await db.selectFrom('member').select('id')
          .where('organizationId', '=', invitation.organizationId).where('userId', '=', userId).executeTakeFirst();
        if (!member) {
          await adapter.create({
            model: 'member',
            data: { organizationId: invitation.organizationId, userId, role: organisationRole(invitation.role), createdAt: now() },
          });
        }
        await adapter.update({ model: 'invitation', where: [{ field: 'id', value: invitation.id }], update: { status: 'accepted' } });
      }
    },
  };
}

