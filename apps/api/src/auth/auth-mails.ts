/**
 * The texts of the mails accounts send: plain text, English for now. The mail templates (in the
 * recipient's language, with an HTML part) replace these; the links and facts they carry stay.
 */
import type { Mail } from '../mail/mailer.ts';
import type { OrganisationRole } from '../access/principal.ts';

/** How long a sign-in link works, in minutes, as the mails say it. */
export const SIGN_IN_LINK_MINUTES = 15;

/**
 * The mail with a sign-in link.
 * @example signInMail('ada@example.org', 'https://thb.example/v1/auth/confirm?token=…')
 */
export function signInMail(to: string, link: string): Mail {
  return {
    to,
    subject: 'Your sign-in link',
    text: [
      'Hello,',
      '',
      'Open this link to sign in to the THB Platform:',
      link,
      '',
      `It works once, for ${SIGN_IN_LINK_MINUTES} minutes. If you did not ask for it, ignore this mail: nobody can sign in without it.`,
    ].join('\n'),
  };
}

/** What an invitation mail tells. */
export interface Invitation {
  organisation: string;
  role: OrganisationRole;
  inviter: string;
}

/**
 * The mail inviting someone into an organisation; its link signs them in, which accepts it.
 * @example invitationMail('bo@example.org', link, { organisation: 'Helpline DE', role: 'editor', inviter: 'ada@example.org' })
 */
export function invitationMail(to: string, link: string, invitation: Invitation): Mail {
  const role = invitation.role === 'owner' ? 'an owner' : 'an editor';
  return {
    to,
    subject: `You are invited to ${invitation.organisation} on the THB Platform`,
    text: [
      'Hello,',
      '',
      `${invitation.inviter} invites you to keep the entry of ${invitation.organisation} on the THB Platform, as ${role}.`,
      'Open this link to sign in and accept:',
      link,
      '',
      `The link works once, for ${SIGN_IN_LINK_MINUTES} minutes. Later, ask for a new sign-in link with this address: the invitation waits for you.`,
    ].join('\n'),
  };
}
