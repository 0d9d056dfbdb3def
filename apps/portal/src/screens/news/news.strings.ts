/** The strings of the members' news screen. */
const en = {
  'news.title': 'News',
  'news.intro': 'Announcements of the secretariat for your organisation, newest first.',
  'news.none': 'No announcement for your organisation yet.',
  'news.notifications': 'Choose which mails you get and how often',
  'news.published': 'Published {date}',
  'news.original': 'Not translated: the original in {language}.',
  'news.event': 'Event: {title}',
  'news.resource': 'Resource: {title}',
  'news.previous': 'Newer',
  'news.next': 'Older',
  'news.pageOf': 'Page {page} of {pages}',
  'news.pages': 'Pages of news',
} as const satisfies Record<string, string>;

export type NewsKey = keyof typeof en;

const de: Record<NewsKey, string> = {
  'news.title': 'Neuigkeiten',
  'news.intro': 'Mitteilungen des Sekretariats für Ihre Organisation, die neuesten zuerst.',
  'news.none': 'Noch keine Mitteilung für Ihre Organisation.',
  'news.notifications': 'Wählen, welche Mails Sie wie oft bekommen',
  'news.published': 'Veröffentlicht {date}',
  'news.original': 'Nicht übersetzt: das Original auf {language}.',
  'news.event': 'Veranstaltung: {title}',
  'news.resource': 'Ressource: {title}',
  'news.previous': 'Neuere',
  'news.next': 'Ältere',
  'news.pageOf': 'Seite {page} von {pages}',
  'news.pages': 'Seiten der Neuigkeiten',
};

const fr: Record<NewsKey, string> = {
  'news.title': 'Actualités',
  'news.intro': 'Les annonces du secrétariat pour votre organisation, les plus récentes d’abord.',
  'news.none': 'Aucune annonce pour votre organisation pour l’instant.',
  'news.notifications': 'Choisir quels courriels vous recevez et à quelle fréquence',
  'news.published': 'Publiée {date}',
  'news.original': 'Non traduite : l’original en {language}.',
  'news.event': 'Événement : {title}',
  'news.resource': 'Ressource : {title}',
  'news.previous': 'Plus récentes',
  'news.next': 'Plus anciennes',
  'news.pageOf': 'Page {page} sur {pages}',
  'news.pages': 'Pages d’actualités',
};

export const newsCatalogue = { en, de, fr };
