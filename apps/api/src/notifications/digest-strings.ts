/**
 * The words of the notification digest in English, German and French; any other language gets
 * English (as `mailStrings` does for the other mails).
 */
import type { NotificationKind } from '@thb/schema';

/** One language's digest words; `{count}` is filled by the template. */
export interface DigestStrings {
  subject: { immediate: string; daily: string; weekly: string };
  intro: string;
  kinds: Record<NotificationKind, string>;
  /** Put before a changed item (an update rather than a new one). */
  changed: string;
  settings: string;
  /** `{kind}` */
  unsubscribe: string;
  /** The page a mail's unsubscribe link opens; `{kind}` in `press`. */
  unsubscribePage: { title: string; press: string; button: string; done: string; doneText: string };
}

const en: DigestStrings = {
  subject: { immediate: 'New on the THB platform', daily: 'Your daily THB platform digest', weekly: 'Your weekly THB platform digest' },
  intro: 'Here is what is new on the platform since our last mail.',
  kinds: { announcements: 'Announcements', members: 'New members', resources: 'New resources', events: 'Events and their changes', reviews: 'Review decisions for your organisation' },
  changed: 'Changed:',
  settings: 'Notification settings',
  unsubscribe: 'To stop these mails about "{kind}", use the unsubscribe link of your mail program or change your settings.',
  unsubscribePage: {
    title: 'Unsubscribe', press: 'Press the button to stop mails about: {kind}.', button: 'Unsubscribe',
    done: 'You are unsubscribed', doneText: 'You will get no more mails of this kind. You can turn them on again in your notification settings.',
  },
};

const de: DigestStrings = {
  subject: { immediate: 'Neu auf der THB-Plattform', daily: 'Ihre tägliche Zusammenfassung der THB-Plattform', weekly: 'Ihre wöchentliche Zusammenfassung der THB-Plattform' },
  intro: 'Das ist neu auf der Plattform seit unserer letzten E-Mail.',
  kinds: { announcements: 'Mitteilungen', members: 'Neue Mitglieder', resources: 'Neue Ressourcen', events: 'Veranstaltungen und Änderungen', reviews: 'Prüfentscheidungen für Ihre Organisation' },
  changed: 'Geändert:',
  settings: 'Benachrichtigungseinstellungen',
  unsubscribe: 'Um diese E-Mails zu „{kind}“ abzubestellen, nutzen Sie den Abmeldelink Ihres E-Mail-Programms oder ändern Sie Ihre Einstellungen.',
  unsubscribePage: {
    title: 'Abbestellen', press: 'Drücken Sie die Schaltfläche, um keine E-Mails mehr zu erhalten zu: {kind}.', button: 'Abbestellen',
    done: 'Abbestellt', doneText: 'Sie erhalten keine E-Mails dieser Art mehr. In Ihren Benachrichtigungseinstellungen können Sie sie wieder einschalten.',
  },
};

const fr: DigestStrings = {
  subject: { immediate: 'Nouveau sur la plateforme THB', daily: 'Votre résumé quotidien de la plateforme THB', weekly: 'Votre résumé hebdomadaire de la plateforme THB' },
  intro: 'Voici les nouveautés de la plateforme depuis notre dernier message.',
  kinds: { announcements: 'Annonces', members: 'Nouveaux membres', resources: 'Nouvelles ressources', events: 'Événements et leurs modifications', reviews: 'Décisions de revue pour votre organisation' },
  changed: 'Modifié :',
  settings: 'Paramètres des notifications',
  unsubscribe: 'Pour ne plus recevoir ces messages sur « {kind} », utilisez le lien de désinscription de votre messagerie ou modifiez vos paramètres.',
  unsubscribePage: {
    title: 'Se désinscrire', press: 'Appuyez sur le bouton pour ne plus recevoir de messages sur : {kind}.', button: 'Se désinscrire',
    done: 'Vous êtes désinscrit', doneText: 'Vous ne recevrez plus de messages de ce type. Vous pouvez les réactiver dans vos paramètres de notification.',
  },
};

const CATALOGUES: Readonly<Record<string, DigestStrings>> = { en, de, fr };

/** The catalogue for a language tag (`de-AT` reads `de`), English when there is none. */
export function digestStrings(language: string): { language: 'en' | 'de' | 'fr'; strings: DigestStrings } {
  const primary = language.toLowerCase().split('-')[0] ?? 'en';
  const used = primary === 'de' || primary === 'fr' ? primary : 'en';
  return { language: used, strings: CATALOGUES[used] ?? en };
}
