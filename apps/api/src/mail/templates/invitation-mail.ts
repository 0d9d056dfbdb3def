/** The mail inviting a person into an organisation, with what their role lets them do. */
import { fillTemplate } from '@thb/text/templates';
import type { OrganisationRole } from '../../access/principal.ts';
import type { Mail } from '../mailer.ts';
import { composeMail, oneLine } from './mail-layout.ts';
import { mailStrings } from './mail-strings.ts';

/** What `invitationMail` needs. */
export interface InvitationMailOptions {
  to: string;
  /** The recipient's language tag; English when it has no catalogue yet. */
  language: string;
  organisationName: string;
  role: OrganisationRole;
  /** The link that accepts the invitation. */
  url: string;
  /** Who invited them, as the recipient will recognise it: a name, an address, "the secretariat". */
  inviterLabel: string;
}

/**
 * The invitation in the recipient's language.
 * @example invitationMail({ to: 'ana@example.org', language: 'fr', organisationName: 'La Strada', role: 'editor', url, inviterLabel: 'Jan (jan@example.org)' })
 */
export function invitationMail({ to, language, organisationName, role, url, inviterLabel }: InvitationMailOptions): Mail {
  const { language: used, strings } = mailStrings(language);
  const words = strings.invitation;
  const values = { organisation: oneLine(organisationName), inviter: oneLine(inviterLabel) };
  return composeMail({
    to, language: used, strings,
    subject: fillTemplate(words.subject, values),
    blocks: [fillTemplate(words.intro, values), words.roles[role], words.noPassword],
    action: { label: words.action, url },
    notes: [words.ignore],
  });
}
