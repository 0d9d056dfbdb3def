/** The mails in German. */
import type { MailStrings } from './mail-strings.ts';

/** Deutsch. */
export const de: MailStrings = {
  platformName: 'EU-Plattform der Zivilgesellschaft gegen Menschenhandel',
  copyLink: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
  signIn: {
    subject: 'Anmeldung bei der EU-Plattform der Zivilgesellschaft gegen Menschenhandel',
    intro: 'Für diese E-Mail-Adresse wurde eine Anmeldung bei der Plattform angefordert. Öffnen Sie den Link und bestätigen Sie mit der Schaltfläche „Anmelden“.',
    action: 'Anmelden',
    expiry: { one: 'Der Link funktioniert nur einmal und läuft in {count} Minute ab.', other: 'Der Link funktioniert nur einmal und läuft in {count} Minuten ab.' },
    ignore: 'Wenn Sie keine Anmeldung angefordert haben, können Sie diese E-Mail ignorieren: Ohne den Link kann sich niemand anmelden.',
  },
  signInPage: {
    title: 'Anmeldung bei der THB-Plattform',
    press: 'Drücken Sie die Schaltfläche, um die Anmeldung auf diesem Gerät abzuschließen.',
    button: 'Anmelden',
    missing: { title: 'Dieser Link ist unvollständig', text: 'Dem Anmeldelink fehlt das Token. Öffnen Sie den ganzen Link aus der E-Mail oder fordern Sie einen neuen an.' },
    used: { title: 'Dieser Link funktioniert nicht mehr', text: 'Anmeldelinks funktionieren nur einmal: Dieser wurde schon benutzt oder ersetzt. Fordern Sie einen neuen an, um sich anzumelden.' },
    expired: { title: 'Dieser Link ist abgelaufen', text: 'Anmeldelinks funktionieren 15 Minuten lang. Fordern Sie einen neuen an, um sich anzumelden.' },
    askNew: 'Neuen Anmeldelink anfordern',
  },
  invitation: {
    subject: 'Einladung zu {organisation} auf der EU-Plattform der Zivilgesellschaft gegen Menschenhandel',
    intro: '{inviter} hat Sie eingeladen, bei {organisation} auf der Plattform mitzuwirken.',
    roles: {
      editor: 'Mit der Rolle „Redaktion“ können Sie den Eintrag der Organisation bearbeiten und ihre Ressourcen und Veranstaltungen veröffentlichen.',
      owner: 'Mit der Rolle „Verwaltung“ können Sie den Eintrag der Organisation bearbeiten, ihre Ressourcen und Veranstaltungen veröffentlichen, Mitwirkende einladen und entfernen und ihre API-Schlüssel verwalten.',
    },
    action: 'Einladung annehmen',
    noPassword: 'Sie melden sich mit dieser E-Mail-Adresse an; ein Passwort ist nicht nötig.',
    ignore: 'Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.',
  },
  webhookDisabled: {
    subject: 'Webhook abgeschaltet: {url}',
    body: 'Zustellungen an Ihren Webhook-Endpunkt {url} sind wiederholt fehlgeschlagen; die Plattform hat ihn deshalb abgeschaltet. Es werden keine Ereignisse mehr an ihn gesendet.',
    reasonLabel: 'Das letzte Problem:',
    enableAgain: 'Sobald der Endpunkt wieder funktioniert, schalten Sie ihn unter „Unsere Webhooks“ wieder ein.',
    action: 'Unsere Webhooks öffnen',
  },
  reviewDecision: {
    subject: { approved: 'Freigegeben: {title}', rejected: 'Nicht freigegeben: {title}' },
    body: {
      approved: {
        members: 'Das Sekretariat hat den Eintrag von {title} freigegeben. Er ist jetzt auf der Plattform veröffentlicht.',
        resources: 'Das Sekretariat hat die Ressource „{title}“ freigegeben. Sie ist jetzt auf der Plattform veröffentlicht.',
        events: 'Das Sekretariat hat die Veranstaltung „{title}“ freigegeben. Sie ist jetzt auf der Plattform veröffentlicht.',
        change: 'Das Sekretariat hat die Änderung von Name oder Land von {title} freigegeben. Der Eintrag zeigt sie jetzt an.',
      },
      rejected: {
        members: 'Das Sekretariat hat den Eintrag von {title} nicht freigegeben.',
        resources: 'Das Sekretariat hat die Ressource „{title}“ nicht freigegeben.',
        events: 'Das Sekretariat hat die Veranstaltung „{title}“ nicht freigegeben.',
        change: 'Das Sekretariat hat die Änderung von Name oder Land von {title} nicht freigegeben; der Eintrag behält seinen bisherigen Namen und sein Land.',
      },
    },
    reasonLabel: 'Begründung des Sekretariats:',
    resubmit: 'Sie können die Angaben ändern und erneut einreichen.',
    action: { approved: 'Auf der Plattform ansehen', rejected: 'Öffnen und bearbeiten' },
  },
};
