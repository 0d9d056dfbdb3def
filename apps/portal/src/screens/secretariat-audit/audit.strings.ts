/** The strings of the audit log. */
const en = {
  'audit.title': 'Audit log',
  'audit.filter': 'Filter the log',
  'audit.kind': 'Kind',
  'audit.any': 'any',
  'audit.record': 'Record id',
  'audit.organisation': 'Organisation id',
  'audit.actor': 'Who (actor id)',
  'audit.from': 'From (date)',
  'audit.to': 'To (date)',
  'audit.go': 'Show',
  'audit.count.one': '{count} entry',
  'audit.count.other': '{count} entries',
  'audit.col.at': 'When',
  'audit.col.who': 'Who',
  'audit.col.action': 'What',
  'audit.col.record': 'Record',
  'audit.col.route': 'Through',
  'audit.changes': 'What changed',
} as const satisfies Record<string, string>;

export type AuditKey = keyof typeof en;

const de: Record<AuditKey, string> = {
  'audit.title': 'Protokoll',
  'audit.filter': 'Protokoll filtern',
  'audit.kind': 'Art',
  'audit.any': 'alle',
  'audit.record': 'Kennung des Eintrags',
  'audit.organisation': 'Kennung der Organisation',
  'audit.actor': 'Wer (Kennung)',
  'audit.from': 'Von (Datum)',
  'audit.to': 'Bis (Datum)',
  'audit.go': 'Anzeigen',
  'audit.count.one': '{count} Eintrag',
  'audit.count.other': '{count} Einträge',
  'audit.col.at': 'Wann',
  'audit.col.who': 'Wer',
  'audit.col.action': 'Was',
  'audit.col.record': 'Eintrag',
  'audit.col.route': 'Über',
  'audit.changes': 'Was sich geändert hat',
};

const fr: Record<AuditKey, string> = {
  'audit.title': 'Journal d’audit',
  'audit.filter': 'Filtrer le journal',
  'audit.kind': 'Type',
  'audit.any': 'tous',
  'audit.record': 'Identifiant de la fiche',
  'audit.organisation': 'Identifiant de l’organisation',
  'audit.actor': 'Qui (identifiant)',
  'audit.from': 'Du (date)',
  'audit.to': 'Au (date)',
  'audit.go': 'Afficher',
  'audit.count.one': '{count} entrée',
  'audit.count.other': '{count} entrées',
  'audit.col.at': 'Quand',
  'audit.col.who': 'Qui',
  'audit.col.action': 'Quoi',
  'audit.col.record': 'Fiche',
  'audit.col.route': 'Par',
  'audit.changes': 'Ce qui a changé',
};

export const auditCatalogue = { en, de, fr };
