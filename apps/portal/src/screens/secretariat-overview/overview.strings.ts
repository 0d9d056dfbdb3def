/** The strings of the secretariat's overview. */
const en = {
  'overview.title': 'Secretariat',
  'overview.calls': 'Calls and their applications: open, edit and close calls; approve or reject applications.',
  'overview.review': 'Review queue: name and country changes, resources and events that wait for approval.',
  'overview.records': 'Records: search, edit, suspend and restore members, resources and events; trusted organisations; entries not confirmed for 13 months.',
  'overview.audit': 'Audit log: every write, who did it and when.',
  'overview.announcements': 'Announcements: write, preview and publish news for all members or some, and for the public.',
  'overview.meetings': 'Platform meetings: plan them, fix their date, cancel; the participants, waiting list and needs.',
} as const satisfies Record<string, string>;

export type OverviewKey = keyof typeof en;

const de: Record<OverviewKey, string> = {
  'overview.title': 'Sekretariat',
  'overview.calls': 'Aufrufe und ihre Bewerbungen: Aufrufe eröffnen, bearbeiten und schließen; Bewerbungen annehmen oder ablehnen.',
  'overview.review': 'Prüfliste: Namens- und Länderänderungen, Ressourcen und Veranstaltungen, die auf Freigabe warten.',
  'overview.records': 'Einträge: Mitglieder, Ressourcen und Veranstaltungen suchen, bearbeiten, sperren und wiederherstellen; vertrauenswürdige Organisationen; seit 13 Monaten unbestätigte Einträge.',
  'overview.audit': 'Protokoll: jede Änderung, wer sie wann gemacht hat.',
  'overview.announcements': 'Mitteilungen: Neuigkeiten für alle oder einige Mitglieder und für die Öffentlichkeit schreiben, prüfen und veröffentlichen.',
  'overview.meetings': 'Plattformtreffen: planen, Datum festlegen, absagen; Teilnehmende, Warteliste und Bedarfe.',
};

const fr: Record<OverviewKey, string> = {
  'overview.title': 'Secrétariat',
  'overview.calls': 'Appels et candidatures : ouvrir, modifier et clore des appels ; accepter ou refuser des candidatures.',
  'overview.review': 'File de validation : changements de nom et de pays, ressources et événements en attente d’approbation.',
  'overview.records': 'Fiches : rechercher, modifier, suspendre et rétablir membres, ressources et événements ; organisations de confiance ; fiches non confirmées depuis 13 mois.',
  'overview.audit': 'Journal d’audit : chaque écriture, qui l’a faite et quand.',
  'overview.announcements': 'Annonces : rédiger, prévisualiser et publier des nouvelles pour tous les membres ou certains, et pour le public.',
  'overview.meetings': 'Réunions de la plateforme : les prévoir, fixer leur date, les annuler ; participant·es, liste d’attente et besoins.',
};

export const overviewCatalogue = { en, de, fr };
