/** The strings of the notification settings screen, with the widgets' focus-area names. */
import { focusStrings, type FocusKey } from '@thb/widgets/focus-strings';

const en = {
  'notify.title': 'Notifications',
  'notify.intro': 'Choose what the platform mails you and how often. Unless you choose otherwise, you get one daily digest.',
  'notify.kind.announcements': 'Announcements of the secretariat',
  'notify.kind.members': 'New and changed member organisations',
  'notify.kind.resources': 'New resources',
  'notify.kind.events': 'New events',
  'notify.kind.reviews': 'Decisions on what your organisation proposed',
  'notify.cadence.daily': 'Daily digest',
  'notify.cadence.immediate': 'Immediately',
  'notify.cadence.weekly': 'Weekly digest',
  'notify.cadence.off': 'Off',
  'notify.filters': 'Only about some countries or focus areas ({count} chosen)',
  'notify.filters.hint': 'Nothing ticked: everything. Ticked countries and focus areas narrow it to what matches both.',
  'notify.countries': 'Countries',
  'notify.focus': 'Focus areas',
  'notify.language': 'Language of the mails',
  'notify.timeZone': 'Time zone of the digests',
  'notify.save': 'Save my choices',
  'notify.saved': 'Saved. Your choices apply from the next mail.',
  'notify.off': 'You get no mail about: {kinds}. An unsubscribe link in a mail turns a kind off; choose how often to get it again.',
  'notify.off.all': 'You get no mail from the platform: every kind is off.',
  'notify.news': 'Read the announcements for your organisation',
} as const satisfies Record<string, string>;

type OwnKey = keyof typeof en;

/** The screen's own keys and the focus areas' (`focus.<area>`). */
export type NotificationsKey = OwnKey | FocusKey;

const de: Record<OwnKey, string> = {
  'notify.title': 'Benachrichtigungen',
  'notify.intro': 'Wählen Sie, was die Plattform Ihnen mailt und wie oft. Solange Sie nichts anderes wählen, bekommen Sie eine tägliche Zusammenfassung.',
  'notify.kind.announcements': 'Mitteilungen des Sekretariats',
  'notify.kind.members': 'Neue und geänderte Mitgliedsorganisationen',
  'notify.kind.resources': 'Neue Ressourcen',
  'notify.kind.events': 'Neue Veranstaltungen',
  'notify.kind.reviews': 'Entscheidungen über Vorschläge Ihrer Organisation',
  'notify.cadence.daily': 'Tägliche Zusammenfassung',
  'notify.cadence.immediate': 'Sofort',
  'notify.cadence.weekly': 'Wöchentliche Zusammenfassung',
  'notify.cadence.off': 'Aus',
  'notify.filters': 'Nur zu einigen Ländern oder Schwerpunkten ({count} gewählt)',
  'notify.filters.hint': 'Nichts angekreuzt: alles. Angekreuzte Länder und Schwerpunkte beschränken auf das, was beides erfüllt.',
  'notify.countries': 'Länder',
  'notify.focus': 'Schwerpunkte',
  'notify.language': 'Sprache der Mails',
  'notify.timeZone': 'Zeitzone der Zusammenfassungen',
  'notify.save': 'Meine Auswahl speichern',
  'notify.saved': 'Gespeichert. Ihre Auswahl gilt ab der nächsten Mail.',
  'notify.off': 'Sie bekommen keine Mails zu: {kinds}. Ein Abmeldelink in einer Mail schaltet eine Art aus; wählen Sie, wie oft Sie sie wieder bekommen möchten.',
  'notify.off.all': 'Sie bekommen keine Mails von der Plattform: Alles ist ausgeschaltet.',
  'notify.news': 'Die Mitteilungen für Ihre Organisation lesen',
};

const fr: Record<OwnKey, string> = {
  'notify.title': 'Notifications',
  'notify.intro': 'Choisissez ce que la plateforme vous envoie par courriel et à quelle fréquence. Sauf autre choix, vous recevez un récapitulatif quotidien.',
  'notify.kind.announcements': 'Annonces du secrétariat',
  'notify.kind.members': 'Organisations membres nouvelles ou modifiées',
  'notify.kind.resources': 'Nouvelles ressources',
  'notify.kind.events': 'Nouveaux événements',
  'notify.kind.reviews': 'Décisions sur les propositions de votre organisation',
  'notify.cadence.daily': 'Récapitulatif quotidien',
  'notify.cadence.immediate': 'Immédiatement',
  'notify.cadence.weekly': 'Récapitulatif hebdomadaire',
  'notify.cadence.off': 'Désactivé',
  'notify.filters': 'Seulement certains pays ou domaines ({count} choisis)',
  'notify.filters.hint': 'Rien de coché : tout. Les pays et domaines cochés limitent à ce qui remplit les deux.',
  'notify.countries': 'Pays',
  'notify.focus': 'Domaines d’action',
  'notify.language': 'Langue des courriels',
  'notify.timeZone': 'Fuseau horaire des récapitulatifs',
  'notify.save': 'Enregistrer mes choix',
  'notify.saved': 'Enregistré. Vos choix s’appliquent dès le prochain courriel.',
  'notify.off': 'Vous ne recevez aucun courriel sur : {kinds}. Un lien de désinscription dans un courriel désactive un type ; choisissez une fréquence pour le recevoir à nouveau.',
  'notify.off.all': 'Vous ne recevez aucun courriel de la plateforme : tout est désactivé.',
  'notify.news': 'Lire les annonces pour votre organisation',
};

export const notificationsCatalogue = {
  en: { ...en, ...focusStrings.en },
  de: { ...de, ...(focusStrings.de ?? focusStrings.en) },
  fr: { ...fr, ...(focusStrings.fr ?? focusStrings.en) },
};
