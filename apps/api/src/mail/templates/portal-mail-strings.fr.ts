/** The portal's mails in French. */
import type { PortalMailStrings } from './portal-mail-strings.ts';

/** Français. */
export const portalFr: PortalMailStrings = {
  applicationReceived: {
    subject: 'Votre candidature pour {organisation}',
    submitted: 'Merci : le secrétariat a bien reçu la candidature de {organisation} à « {call} ». Vous serez informé par courriel de la décision.',
    draft: 'La candidature de {organisation} à « {call} » est enregistrée comme brouillon. Vous pouvez la poursuivre jusqu’au {closes} ; le secrétariat ne la reçoit qu’une fois soumise.',
    action: 'Voir la candidature',
    keep: 'Conservez ce courriel : son lien est le seul moyen d’ouvrir la candidature. Ne le transférez pas.',
  },
  applicationRejected: {
    subject: 'Votre candidature pour {organisation}',
    body: 'Le secrétariat a décidé de ne pas retenir la candidature de {organisation} à « {call} ».',
    reasonLabel: 'La raison donnée par le secrétariat :',
    action: 'En savoir plus sur la plateforme',
  },
  subscriptionConfirm: {
    subject: 'À confirmer : être prévenu du prochain appel',
    intro: 'Quelqu’un a demandé à être prévenu par courriel de l’ouverture du prochain appel à manifestation d’intérêt de la plateforme. Confirmez avec le bouton de la page que le lien ouvre.',
    action: 'Confirmer',
    ignore: 'Si vous n’avez rien demandé, ignorez ce courriel : rien ne vous sera envoyé.',
  },
  callOpened: {
    subject: 'Un appel est ouvert : {call}',
    body: 'L’appel à manifestation d’intérêt « {call} » est ouvert jusqu’au {closes}.',
    action: 'Candidater',
    unsubscribe: 'Vous recevez ce courriel car vous avez demandé à être prévenu des nouveaux appels. Pour ne plus le recevoir :',
  },
  entryCheck: {
    subject: 'La fiche de {organisation} est-elle toujours exacte ?',
    body: 'Une fois par an, nous demandons à chaque organisation de relire sa fiche sur la plateforme. La fiche de {organisation} est-elle toujours exacte ?',
    action: 'Oui, toujours exacte',
    edit: 'Si quelque chose a changé, modifiez la fiche dans le portail : {url}',
    expiry: 'Le bouton fonctionne une fois, pendant {count} jours.',
  },
  pages: {
    subscribeTitle: 'Être prévenu du prochain appel', subscribeButton: 'Confirmer', subscribed: 'C’est fait : vous recevrez un courriel à l’ouverture du prochain appel.',
    unsubscribeTitle: 'Ne plus être prévenu des nouveaux appels', unsubscribeButton: 'Se désabonner', unsubscribed: 'C’est fait : vous ne recevrez plus de courriels sur les nouveaux appels.',
    checkTitle: 'La fiche est-elle toujours exacte ?', checkButton: 'Oui, toujours exacte', checked: 'Merci : la fiche est notée comme confirmée aujourd’hui.',
    linkUsed: 'Ce lien a déjà servi, ou a été remplacé par un plus récent.', linkExpired: 'Ce lien a expiré. Connectez-vous au portail pour vérifier la fiche.',
  },
};
