/**
 * French held-out messages: never read while changing the detector, the packs or the scoring.
 * If you have tuned against them, they measure nothing any more: write new ones.
 */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** French holdout cases, worded apart from the tune set. */
export const HOLDOUT_FR: readonly MultilingualCase[] = casesFor('fr', {
  emergency: [
    'il a sorti un couteau',
    'appelez la police svp ils nous frappent à la ferme',
    'mon copain me vend à des hommes et ce soir il va me tuer je crois',
    "les hommes reviennent cette nuit ils ont dit qu'ils me bruleraient",
    "il m'etouffe, je me suis cachee dans la salle de bain",
    "ils ont cache mon portable, j'ecris avec celui d'une collegue, on a pas le droit de sortir",
    "on me ferme à clé chaque nuit il faut que je parte d'ici",
    'je travaille sans salaire et il menace de me bruler si je pars',
    // Someone else in danger.
    'le gamin des voisins est attaché dans la cour, ils le battent',
    'ma mère est séquestrée par son employeur',
    'une femme crie dans le camion, ils la frappent',
    // Very short.
    "c'est urgent!!",
    'sauvez-moi',
    "besoin d'aide maintenant",
  ],
  help: [
    "j'ai été exploitée pendant deux ans, où trouver du soutien maintenant",
    "j'ai besoin d'un avocat, je suis victime de traite",
    'il existe un foyer pour les femmes sorties de la prostitution forcée ?',
    "qui peut aider ma tante, on l'a piégée avec un travail en italie et maintenant elle est rentrée",
  ],
  report: [
    'où prévenir la police pour une maison close',
    "signaler de l'exploitation sur un chantier",
    "un type à la gare routière propose du travail à l'étranger à des jeunes filles, ça me paraît louche, je le signale à qui",
    'numéro pour signaler la traite au luxembourg',
  ],
  ordinary: [
    ['signs-of-trafficking', 'comment savoir si une collègue est exploitée'],
    ['forms-of-exploitation', "forcer quelqu'un à voler c'est de la traite ?"],
    ['victim-rights', 'les victimes sont indemnisées ?'],
    ['child-victims', 'enfants forcés à commettre des délits, quelle protection'],
    ['eu-policy', "qui est le coordinateur de l'ue contre la traite"],
    ['privacy', 'mes messages sont enregistrés quelque part ?'],
    ['who-can-join', 'un foyer pour femmes peut devenir membre ?'],
    ['find-resources', 'formations sur les violences envers les aides à domicile'],
    ['greeting', 'rebonjour'],
    ['platform-meetings', 'comment se passent les réunions de la plateforme'],
  ],
});
