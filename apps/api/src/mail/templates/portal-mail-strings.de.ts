/** The portal's mails in German. */
import type { PortalMailStrings } from './portal-mail-strings.ts';

/** Deutsch. */
export const portalDe: PortalMailStrings = {
  applicationReceived: {
    subject: 'Ihre Bewerbung für {organisation}',
    submitted: 'Vielen Dank: Das Sekretariat hat die Bewerbung von {organisation} auf „{call}“ erhalten. Sie erhalten eine Mail, sobald darüber entschieden ist.',
    draft: 'Die Bewerbung von {organisation} auf „{call}“ ist als Entwurf gespeichert. Sie können sie bis {closes} fortsetzen; das Sekretariat erhält sie erst, wenn Sie sie einreichen.',
    action: 'Bewerbung ansehen',
    keep: 'Bewahren Sie diese Mail auf: Nur mit ihrem Link lässt sich die Bewerbung öffnen. Leiten Sie sie nicht weiter.',
  },
  applicationRejected: {
    subject: 'Ihre Bewerbung für {organisation}',
    body: 'Das Sekretariat hat entschieden, die Bewerbung von {organisation} auf „{call}“ nicht anzunehmen.',
    reasonLabel: 'Die Begründung des Sekretariats:',
    action: 'Mehr über die Plattform',
  },
  subscriptionConfirm: {
    subject: 'Bitte bestätigen: Benachrichtigung über den nächsten Aufruf',
    intro: 'Jemand möchte per Mail erfahren, wenn der nächste Aufruf zur Interessenbekundung der Plattform beginnt. Bestätigen Sie mit der Schaltfläche auf der Seite, die der Link öffnet.',
    action: 'Bestätigen',
    ignore: 'Wenn Sie das nicht angefordert haben, ignorieren Sie diese Mail: Sie erhalten dann nichts.',
  },
  callOpened: {
    subject: 'Ein Aufruf ist offen: {call}',
    body: 'Der Aufruf zur Interessenbekundung „{call}“ ist bis {closes} offen.',
    action: 'Bewerben',
    unsubscribe: 'Sie erhalten diese Mail, weil Sie über neue Aufrufe informiert werden wollten. Abbestellen mit diesem Link:',
  },
  entryCheck: {
    subject: 'Ist der Eintrag von {organisation} noch richtig?',
    body: 'Einmal im Jahr bitten wir jede Organisation, ihren Eintrag auf der Plattform zu prüfen. Ist der Eintrag von {organisation} noch richtig?',
    action: 'Ja, noch richtig',
    edit: 'Wenn sich etwas geändert hat, bearbeiten Sie den Eintrag im Portal: {url}',
    expiry: 'Die Schaltfläche funktioniert einmal und {count} Tage lang.',
  },
  pages: {
    subscribeTitle: 'Benachrichtigung über den nächsten Aufruf', subscribeButton: 'Bestätigen', subscribed: 'Erledigt: Sie erhalten eine Mail, wenn der nächste Aufruf beginnt.',
    unsubscribeTitle: 'Keine Mails mehr über neue Aufrufe', unsubscribeButton: 'Abbestellen', unsubscribed: 'Erledigt: Sie erhalten keine Mails mehr über neue Aufrufe.',
    checkTitle: 'Ist der Eintrag noch richtig?', checkButton: 'Ja, noch richtig', checked: 'Vielen Dank: Der Eintrag ist als heute bestätigt vermerkt.',
    linkUsed: 'Dieser Link wurde schon benutzt oder durch einen neueren ersetzt.', linkExpired: 'Dieser Link ist abgelaufen. Melden Sie sich im Portal an, um den Eintrag zu prüfen.',
  },
};
