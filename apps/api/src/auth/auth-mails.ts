/**
 * What the mails accounts send carry: how long a link works, and what an invitation tells. The
 * words are the mail templates' (`mail/templates/`), in the recipient's language.
 */
import type { OrganisationRole } from '../access/principal.ts';

/** How long a sign-in link works, in minutes, as the mails say it. */
export const SIGN_IN_LINK_MINUTES = 15;

/** What an invitation mail tells. */
export interface Invitation {
  organisation: string;
  role: OrganisationRole;
  inviter: string;
}
