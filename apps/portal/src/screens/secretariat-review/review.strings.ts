/** The strings of the review queue. */
const en = {
  'review.title': 'Review queue',
  'review.empty': 'Nothing waits for review.',
  'review.count.one': '{count} item waits for review.',
  'review.count.other': '{count} items wait for review.',
  'review.item': '{kind} “{title}” ({id})',
  'review.new': 'New, never published',
  'review.change': 'Change to a published record',
  'review.by': 'Asked for by {who} on {when}',
  'review.field': 'Field',
  'review.now': 'Now',
  'review.proposed': 'Proposed',
  'review.approve': 'Approve',
  'review.reject': 'Reject with this reason',
  'review.approved': 'Approved: {title} is live.',
  'review.rejected': 'Rejected: the organisation is told why.',
} as const satisfies Record<string, string>;

export type ReviewKey = keyof typeof en;

const de: Record<ReviewKey, string> = {
  'review.title': 'Prüfliste',
  'review.empty': 'Nichts wartet auf Prüfung.',
  'review.count.one': '{count} Eintrag wartet auf Prüfung.',
  'review.count.other': '{count} Einträge warten auf Prüfung.',
  'review.item': '{kind} „{title}“ ({id})',
  'review.new': 'Neu, noch nie veröffentlicht',
  'review.change': 'Änderung an einem veröffentlichten Eintrag',
  'review.by': 'Beantragt von {who} am {when}',
  'review.field': 'Feld',
  'review.now': 'Jetzt',
  'review.proposed': 'Vorgeschlagen',
  'review.approve': 'Freigeben',
  'review.reject': 'Mit dieser Begründung ablehnen',
  'review.approved': 'Freigegeben: {title} ist online.',
  'review.rejected': 'Abgelehnt: Die Organisation erfährt den Grund.',
};

const fr: Record<ReviewKey, string> = {
  'review.title': 'File de validation',
  'review.empty': 'Rien n’attend de validation.',
  'review.count.one': '{count} élément attend une validation.',
  'review.count.other': '{count} éléments attendent une validation.',
  'review.item': '{kind} « {title} » ({id})',
  'review.new': 'Nouveau, jamais publié',
  'review.change': 'Modification d’une fiche publiée',
  'review.by': 'Demandé par {who} le {when}',
  'review.field': 'Champ',
  'review.now': 'Actuel',
  'review.proposed': 'Proposé',
  'review.approve': 'Approuver',
  'review.reject': 'Refuser avec ce motif',
  'review.approved': 'Approuvé : {title} est en ligne.',
  'review.rejected': 'Refusé : l’organisation en est informée.',
};

export const reviewCatalogue = { en, de, fr };
