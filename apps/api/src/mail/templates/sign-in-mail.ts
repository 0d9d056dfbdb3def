/** The magic-link mail: the link, that it works once and expires, and that it can be ignored. */
import { fillPlural } from '@thb/text/templates';
import type { Mail } from '../mailer.ts';
import { composeMail } from './mail-layout.ts';
import { mailStrings } from './mail-strings.ts';

/** What `signInMail` needs. */
export interface SignInMailOptions {
  to: string;
  /** The recipient's language tag; English when it has no catalogue yet. */
  language: string;
  /** The sign-in link (it opens the confirm page). */
  url: string;
  /** Minutes until the link expires. */
  minutes: number;
}

/**
 * The sign-in mail in the recipient's language.
 * @example signInMail({ to: 'ana@example.org', language: 'de', url: 'https://thb.example.org/v1/auth/confirm?token=…', minutes: 15 })
 */
export function signInMail({ to, language, url, minutes }: SignInMailOptions): Mail {
  const { language: used, strings } = mailStrings(language);
  const words = strings.signIn;
  return composeMail({
    to, language: used, strings, subject: words.subject,
    blocks: [words.intro],
    action: { label: words.action, url },
    notes: [fillPlural(words.expiry, minutes, used), words.ignore],
  });
}
