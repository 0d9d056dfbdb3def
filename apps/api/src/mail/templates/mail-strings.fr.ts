/** The mails in French (a no-break space before the high punctuation, as French typography wants). */
import type { MailStrings } from './mail-strings.ts';

/** Français. */
export const fr: MailStrings = {
  platformName: 'Plateforme de la société civile de l’UE contre la traite des êtres humains',
  copyLink: 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur\u00a0:',
  signIn: {
    subject: 'Connexion à la plateforme de la société civile de l’UE contre la traite des êtres humains',
    intro: 'Une connexion à la plateforme a été demandée pour cette adresse e-mail. Ouvrez le lien et confirmez avec le bouton «\u00a0Se connecter\u00a0».',
    action: 'Se connecter',
    expiry: { one: 'Le lien ne fonctionne qu’une fois et expire dans {count} minute.', other: 'Le lien ne fonctionne qu’une fois et expire dans {count} minutes.' },
    ignore: 'Si vous n’avez pas demandé à vous connecter, vous pouvez ignorer ce message\u00a0: personne ne peut se connecter sans ce lien.',
  },
  signInPage: {
    title: 'Connexion à la plateforme THB',
    press: 'Appuyez sur le bouton pour terminer la connexion sur cet appareil.',
    button: 'Se connecter',
    missing: { title: 'Ce lien est incomplet', text: 'Le lien de connexion n’a pas de jeton. Ouvrez le lien complet depuis le message, ou demandez-en un nouveau.' },
    used: { title: 'Ce lien ne fonctionne plus', text: 'Un lien de connexion ne fonctionne qu’une fois : celui-ci a déjà servi ou a été remplacé. Demandez-en un nouveau pour vous connecter.' },
    expired: { title: 'Ce lien a expiré', text: 'Un lien de connexion fonctionne 15 minutes. Demandez-en un nouveau pour vous connecter.' },
    askNew: 'Demander un nouveau lien de connexion',
  },
  invitation: {
    subject: 'Invitation à rejoindre {organisation} sur la plateforme de la société civile de l’UE contre la traite des êtres humains',
    intro: '{inviter} vous invite à rejoindre {organisation} sur la plateforme.',
    roles: {
      editor: 'Avec le rôle «\u00a0édition\u00a0», vous pouvez modifier la fiche de l’organisation et publier ses ressources et ses événements.',
      owner: 'Avec le rôle «\u00a0administration\u00a0», vous pouvez modifier la fiche de l’organisation, publier ses ressources et ses événements, inviter et retirer les personnes qui y contribuent et gérer ses clés d’API.',
    },
    action: 'Accepter l’invitation',
    noPassword: 'Vous vous connectez avec cette adresse e-mail, sans mot de passe.',
    ignore: 'Si vous ne vous attendiez pas à cette invitation, vous pouvez ignorer ce message.',
  },
  webhookDisabled: {
    subject: 'Webhook désactivé : {url}',
    body: 'Les envois vers votre point de terminaison webhook {url} ont échoué à plusieurs reprises ; la plateforme l’a donc désactivé. Plus aucun événement ne lui est envoyé.',
    reasonLabel: 'Le dernier problème :',
    enableAgain: 'Quand le point de terminaison fonctionne de nouveau, réactivez-le dans « Nos webhooks ».',
    action: 'Ouvrir nos webhooks',
  },
  reviewDecision: {
    subject: { approved: 'Approuvé\u00a0: {title}', rejected: 'Non approuvé\u00a0: {title}' },
    body: {
      approved: {
        members: 'Le secrétariat a approuvé la fiche de {title}. Elle est maintenant publiée sur la plateforme.',
        resources: 'Le secrétariat a approuvé la ressource «\u00a0{title}\u00a0». Elle est maintenant publiée sur la plateforme.',
        events: 'Le secrétariat a approuvé l’événement «\u00a0{title}\u00a0». Il est maintenant publié sur la plateforme.',
        change: 'Le secrétariat a approuvé le changement de nom ou de pays de {title}. La fiche l’affiche désormais.',
      },
      rejected: {
        members: 'Le secrétariat n’a pas approuvé la fiche de {title}.',
        resources: 'Le secrétariat n’a pas approuvé la ressource «\u00a0{title}\u00a0».',
        events: 'Le secrétariat n’a pas approuvé l’événement «\u00a0{title}\u00a0».',
        change: 'Le secrétariat n’a pas approuvé le changement de nom ou de pays de {title}\u00a0; la fiche garde son nom et son pays actuels.',
      },
    },
    reasonLabel: 'Motif indiqué par le secrétariat\u00a0:',
    resubmit: 'Vous pouvez modifier les informations et les soumettre à nouveau.',
    action: { approved: 'Voir sur la plateforme', rejected: 'Ouvrir et modifier' },
  },
};
