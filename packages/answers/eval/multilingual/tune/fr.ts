/** French messages to tune the emergency detector and the topic rules against; read them freely. */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** French tune cases, typed the way visitors type: no accents, no "ne", SMS spelling, panic. */
export const TUNE_FR: readonly MultilingualCase[] = casesFor('fr', {
  emergency: [
    // Real misses of the first detector.
    'ils me retiennent de force, aidez-moi',
    'aidez-moi',
    "ils m'ont enfermée dans la chambre",
    'il me frappe la maintenant',
    'aidez moi svp je suis en danger',
    'ils ont pris mon passeport et me laissent pas partir',
    'je peux pas sortir de la maison ils me surveillent',
    "il dit qu'il va me tuer",
    'ils menacent ma famille si je parle',
    'il me bat tous les jours et je peux pas partir',
    'je suis enfermee dans un appart je sais pas ou',
    "J'AI PEUR IL VA REVENIR ET ME FRAPPER",
    "aide moi il m'etrangle",
    'ils me forcent a coucher avec des hommes et me frappent si je refuse',
    'je suis dans une cave je peux pas sortir aidez',
    "il m'a pris mon tel j'ecris en cachette svp help",
    'mon patron me garde ici de force et me rend pas mes papiers',
    // Someone else in danger.
    'mon amie est enfermée et on la frappe',
    'ma soeur est retenue par son mec',
    'une fille est forcée, ils lui font du mal en ce moment',
    'mon cousin est retenu sur un chantier et ils le tabassent',
    // Very short.
    'au secours!!',
    "a l'aide!!",
    'SOS VITE',
  ],
  help: [
    "je pense que je suis victime, qui peut m'aider",
    'où une victime peut-elle trouver du soutien',
    "je suis pas en danger maintenant mais j'ai besoin de parler à quelqu'un de ce qui m'est arrivé au travail",
    'y a-t-il une association pour les victimes à lyon',
    "mon frère a été exploité en espagne, il est rentré, qui peut l'aider",
    'aide pour les victimes sans papiers ?',
  ],
  report: [
    'comment signaler une suspicion',
    "la femme de ménage de mes voisins a l'air exploitée, je peux signaler ça où",
    "est-ce qu'on peut signaler anonymement",
    "des ouvriers dorment dans des conteneurs à la ferme d'à côté, je préviens qui",
    'quelles infos donner à la police pour un signalement',
    'je veux signaler un salon de massage, les filles dorment sur place',
  ],
  ordinary: [
    ['signs-of-trafficking', 'quels sont les signes du travail forcé'],
    ['what-is-trafficking', "qu'est-ce qu'on entend par traite des humains"],
    ['forms-of-exploitation', "la mendicité forcée c'est de l'exploitation ?"],
    ['victim-rights', 'les victimes ont-elles le droit de rester en france'],
    ['child-victims', 'et quand la victime est mineure'],
    ['next-event', "c'est quand la prochaine réunion"],
    ['find-members', 'associations en belgique'],
    ['find-resources', 'des guides sur le travail forcé svp'],
    ['find-resources', "vous pouvez m'aider à trouver un rapport sur les violences faites aux migrantes"],
    ['how-to-join', 'comment notre ONG peut rejoindre la plateforme'],
    ['privacy', 'ce chat est anonyme ?'],
    ['greeting', 'merci pour les infos'],
    ['support-the-cause', 'comment faire un don ou devenir bénévole'],
    ['eu-policy', "l'europe fait quoi concrètement contre la traite"],
    ['contact', 'je voudrais joindre le secrétariat de la plateforme'],
    ['contact', 'mon compte est bloqué sur le portail, je contacte qui'],
  ],
});
