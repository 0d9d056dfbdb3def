/**
 * The portal's mails: an application received, an application rejected, confirming a call
 * subscription, a call opened (with RFC 8058 one-click unsubscribe) and the yearly entry check.
 * Each in the recipient's language, through the shared layout.
 */
import { fillTemplate } from '@thb/text/templates';
import type { Mail } from '../mailer.ts';
import { composeMail, oneLine } from './mail-layout.ts';
import { mailStrings } from './mail-strings.ts';
import { portalMailStrings } from './portal-mail-strings.ts';

/** Both catalogues of a language: the shared layout's words and the portal's. */
function words(language: string) {
  const { language: used, strings: portal } = portalMailStrings(language);
  return { language: used, portal, layout: mailStrings(used).strings };
}

/** An instant as the recipient reads it, in the zone the call was set in. */
export function formatInstant(iso: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short',
  }).format(new Date(iso));
}

/** "We received your application" (or "your draft is saved"), with the link to it. */
export function applicationReceivedMail(o: { to: string; language: string; organisation: string; call: string; closes: string; draft: boolean; url: string }): Mail {
  const { language, portal, layout } = words(o.language);
  const values = { organisation: oneLine(o.organisation), call: oneLine(o.call), closes: o.closes };
  const t = portal.applicationReceived;
  return composeMail({
    to: o.to, language, strings: layout, subject: fillTemplate(t.subject, values),
    blocks: [fillTemplate(o.draft ? t.draft : t.submitted, values)], action: { label: t.action, url: o.url }, notes: [t.keep],
  });
}

/** The rejection, with the secretariat's reason. */
export function applicationRejectedMail(o: { to: string; language: string; organisation: string; call: string; reason: string; url: string }): Mail {
  const { language, portal, layout } = words(o.language);
  const values = { organisation: oneLine(o.organisation), call: oneLine(o.call) };
  const t = portal.applicationRejected;
  return composeMail({
    to: o.to, language, strings: layout, subject: fillTemplate(t.subject, values),
    blocks: [fillTemplate(t.body, values), t.reasonLabel, { quote: o.reason }], action: { label: t.action, url: o.url }, notes: [],
  });
}

/** The double opt-in mail of "tell me when the next call opens". */
export function subscriptionConfirmMail(o: { to: string; language: string; url: string }): Mail {
  const { language, portal, layout } = words(o.language);
  const t = portal.subscriptionConfirm;
  return composeMail({ to: o.to, language, strings: layout, subject: t.subject, blocks: [t.intro], action: { label: t.action, url: o.url }, notes: [t.ignore] });
}

/**
 * "A call is open", with a one-click unsubscribe: `List-Unsubscribe` names the POST target and
 * `List-Unsubscribe-Post` says one POST is enough (RFC 8058), so mail clients offer it.
 */
export function callOpenedMail(o: { to: string; language: string; call: string; closes: string; url: string; unsubscribeUrl: string }): Mail {
  const { language, portal, layout } = words(o.language);
  const t = portal.callOpened;
  const values = { call: oneLine(o.call), closes: o.closes };
  const mail = composeMail({
    to: o.to, language, strings: layout, subject: fillTemplate(t.subject, values),
    blocks: [fillTemplate(t.body, values)], action: { label: t.action, url: o.url }, notes: [`${t.unsubscribe} ${o.unsubscribeUrl}`],
  });
  return { ...mail, headers: { 'List-Unsubscribe': `<${o.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } };
}

/** "Is your entry still correct?" with the one-click confirmation and a link to edit. */
export function entryCheckMail(o: { to: string; language: string; organisation: string; confirmUrl: string; editUrl: string; days: number }): Mail {
  const { language, portal, layout } = words(o.language);
  const t = portal.entryCheck;
  const values = { organisation: oneLine(o.organisation) };
  return composeMail({
    to: o.to, language, strings: layout, subject: fillTemplate(t.subject, values),
    blocks: [fillTemplate(t.body, values)], action: { label: t.action, url: o.confirmUrl },
    notes: [fillTemplate(t.expiry, { count: String(o.days) }), fillTemplate(t.edit, { url: o.editUrl })],
  });
}
