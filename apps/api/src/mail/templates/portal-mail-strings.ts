/**
 * The words of the portal's mails (applications, call subscriptions, the yearly check), one
 * catalogue per language beside the other mails' (`portal-mail-strings.<code>.ts`); a language
 * without one gets English. `{name}` placeholders are filled by `portal-mails.ts`.
 */
import { isEuLanguage, primaryLanguage, type EuLanguage } from '@thb/schema';
import { portalDe } from './portal-mail-strings.de.ts';
import { portalEn } from './portal-mail-strings.en.ts';
import { portalFr } from './portal-mail-strings.fr.ts';

/** One language's portal mail texts. */
export interface PortalMailStrings {
  applicationReceived: {
    /** `{organisation}` */ subject: string;
    /** `{call}`, `{organisation}` */ submitted: string;
    /** `{call}`, `{organisation}`, `{closes}` */ draft: string;
    action: string;
    keep: string;
  };
  applicationRejected: { /** `{organisation}` */ subject: string; /** `{organisation}`, `{call}` */ body: string; reasonLabel: string; action: string };
  subscriptionConfirm: { subject: string; intro: string; action: string; ignore: string };
  callOpened: { /** `{call}` */ subject: string; /** `{call}`, `{closes}` */ body: string; action: string; unsubscribe: string };
  entryCheck: {
    /** `{organisation}` */ subject: string;
    /** `{organisation}` */ body: string;
    action: string;
    /** `{url}` */ edit: string;
    /** `{count}` days */ expiry: string;
  };
  /** The confirm pages' words (for subscriptions and the yearly check). */
  pages: {
    subscribeTitle: string; subscribeButton: string; subscribed: string;
    unsubscribeTitle: string; unsubscribeButton: string; unsubscribed: string;
    checkTitle: string; checkButton: string; checked: string;
    linkUsed: string; linkExpired: string;
  };
}

const CATALOGUES: Partial<Record<EuLanguage, PortalMailStrings>> & { en: PortalMailStrings } = { en: portalEn, de: portalDe, fr: portalFr };

/**
 * The catalogue for a language tag and the language it is in.
 * @example portalMailStrings('fr-BE').language // 'fr'
 */
export function portalMailStrings(language: string): { language: EuLanguage; strings: PortalMailStrings } {
  const code = primaryLanguage(language);
  const strings = isEuLanguage(code) ? CATALOGUES[code] : undefined;
  if (strings && isEuLanguage(code)) return { language: code, strings };
  return { language: 'en', strings: CATALOGUES.en };
}
