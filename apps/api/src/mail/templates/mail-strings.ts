/**
 * The words of the platform's mails, one catalogue per language (`mail-strings.<code>.ts`).
 * A language without a catalogue gets English; adding one is one file and one line below.
 */
import { isEuLanguage, primaryLanguage, type EuLanguage } from '@thb/schema';
import type { PluralTemplates } from '@thb/text/templates';
import type { OrganisationRole } from '../../access/principal.ts';
import { de } from './mail-strings.de.ts';
import { en } from './mail-strings.en.ts';
import { fr } from './mail-strings.fr.ts';

/** What the secretariat reviewed: a record of a kind, or a pending change of a member's name or country. */
export type ReviewedKind = 'members' | 'resources' | 'events' | 'change';

/** The secretariat's verdict. */
export type ReviewDecision = 'approved' | 'rejected';

/** One language's mail texts; `{name}` placeholders are filled by the templates. */
export interface MailStrings {
  /** The platform's full name, signed under every mail. */
  platformName: string;
  /** Before the link written out, for when the button does not work. */
  copyLink: string;
  signIn: {
    subject: string;
    intro: string;
    action: string;
    /** `{count}`: minutes until the link expires. */
    expiry: PluralTemplates;
    ignore: string;
  };
  /** The pages a sign-in link opens (`/v1/auth/confirm`), in the language of its mail. */
  signInPage: {
    title: string;
    press: string;
    button: string;
    missing: { title: string; text: string };
    used: { title: string; text: string };
    expired: { title: string; text: string };
    askNew: string;
  };
  invitation: {
    /** `{organisation}` */
    subject: string;
    /** `{inviter}`, `{organisation}` */
    intro: string;
    /** What the role lets the person do. */
    roles: Record<OrganisationRole, string>;
    action: string;
    noPassword: string;
    ignore: string;
  };
  /** To an organisation's owners when the platform turned off one of its webhook endpoints. */
  webhookDisabled: {
    subject: string;
    /** `{url}`: the endpoint; `{reason}`: why. */
    body: string;
    reasonLabel: string;
    enableAgain: string;
    action: string;
  };
  reviewDecision: {
    /** `{title}` */
    subject: Record<ReviewDecision, string>;
    /** `{title}` */
    body: Record<ReviewDecision, Record<ReviewedKind, string>>;
    reasonLabel: string;
    resubmit: string;
    action: Record<ReviewDecision, string>;
  };
}

const CATALOGUES: Partial<Record<EuLanguage, MailStrings>> & { en: MailStrings } = { en, de, fr };

/**
 * The catalogue for a language tag and the language it is in (`de-AT` → German; Polish → English
 * until it has a catalogue), so the HTML's `lang` tells the truth.
 * @example mailStrings('de-AT').language // 'de'
 */
export function mailStrings(language: string): { language: EuLanguage; strings: MailStrings } {
  const code = primaryLanguage(language);
  const strings = isEuLanguage(code) ? CATALOGUES[code] : undefined;
  if (strings && isEuLanguage(code)) return { language: code, strings };
  return { language: 'en', strings: CATALOGUES.en };
}
