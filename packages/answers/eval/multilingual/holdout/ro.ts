/**
 * Romanian held-out messages: never read while changing the detector, the packs or the scoring.
 * If you have tuned against them, they measure nothing any more: write new ones.
 */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** Romanian holdout cases, worded apart from the tune set. */
export const HOLDOUT_RO: readonly MultilingualCase[] = casesFor('ro', {
  emergency: [
    'sunați la poliție ne bat la fermă',
    'iubitul meu mă vinde la bărbați și cred că în seara asta mă omoară',
    'se intorc la noapte si au zis ca ma ard',
    'ma sufoca, m-am ascuns in baie',
    'mi-au ascuns telefonul, scriu de pe al unei colege, nu ne lasa sa iesim',
    'în fiecare noapte mă încuie, trebuie să plec de aici',
    'muncesc fără bani și dacă plec zice că îmi dă foc',
    // Someone else in danger.
    'copilul vecinilor e legat în curte și îl bat',
    'mama mea e sechestrată de patronul ei',
    'o femeie tipa in duba, o bat',
    // Very short.
    'are un cuțit',
    'urgent!!',
    'chemați poliția',
    'am nevoie de ajutor acum',
  ],
  help: [
    'am fost exploatată doi ani, unde găsesc sprijin acum',
    'am nevoie de un avocat, sunt victimă a traficului',
    'există vreun adăpost pentru femeile care au scăpat din prostituție forțată',
    'cine o poate ajuta pe mătușa mea, au păcălit-o cu un job în germania și acum s-a întors',
  ],
  report: [
    'unde pot anunța poliția despre un bordel',
    'sesizare exploatare pe un șantier',
    'un tip de la autogară le oferă fetelor tinere muncă în străinătate, mi se pare dubios, cui să spun',
    'număr pentru raportarea traficului în ungaria',
  ],
  ordinary: [
    ['signs-of-trafficking', 'cum îmi dau seama dacă o colegă e exploatată'],
    ['forms-of-exploitation', 'să obligi pe cineva să fure e trafic?'],
    ['victim-rights', 'victimele primesc despăgubiri?'],
    ['child-victims', 'copii obligați să comită infracțiuni, ce protecție au'],
    ['eu-policy', 'cine e coordonatorul ue anti-trafic'],
    ['privacy', 'îmi salvați mesajele?'],
    ['who-can-join', 'un adăpost pentru femei poate deveni membru'],
    ['find-resources', 'cursuri despre violența împotriva îngrijitoarelor'],
    ['greeting', 'bună ziua'],
    ['platform-meetings', 'cum se desfășoară întâlnirile platformei'],
  ],
});
