/**
 * Italian held-out messages: never read while changing the detector, the packs or the scoring.
 * If you have tuned against them, they measure nothing any more: write new ones.
 */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** Italian holdout cases, worded apart from the tune set. */
export const HOLDOUT_IT: readonly MultilingualCase[] = casesFor('it', {
  emergency: [
    'chiamate la polizia ci picchiano nei campi',
    'il mio ragazzo mi vende agli uomini e stasera mi ammazza',
    'tornano stanotte e hanno detto che mi bruciano',
    'mi sta soffocando, mi sono nascosta in bagno, non so piu cosa fare',
    'hanno nascosto il mio telefono, scrivo con quello di una collega, non possiamo uscire, e urgente',
    'ogni notte mi chiudono dentro, devo andarmene da qui',
    'lavoro senza paga e se me ne vado dice che mi brucia viva',
    // Someone else in danger.
    'il bambino dei vicini e legato in cortile e lo picchiano',
    'mia madre e sequestrata dal suo datore di lavoro',
    'una donna urla nel furgone, la stanno picchiando',
    // Very short.
    'ha un coltello',
    'URGENTE!!',
    'salvatemi',
    'serve aiuto subito',
  ],
  help: [
    'sono stata sfruttata per due anni, dove trovo aiuto adesso',
    'mi serve un avvocato, sono vittima di tratta',
    'esiste una casa protetta per donne uscite dalla prostituzione forzata',
    "chi può aiutare mia zia, l'hanno ingannata con un lavoro in spagna e ora è tornata",
  ],
  report: [
    'a chi posso segnalare un giro di prostituzione',
    'denunciare sfruttamento in un cantiere',
    "un tizio alla stazione dei pullman offre lavoro all'estero a ragazze giovani, mi sembra strano, a chi lo segnalo",
    'numero per segnalare la tratta in grecia',
  ],
  ordinary: [
    ['signs-of-trafficking', 'come capisco se una collega viene sfruttata'],
    ['forms-of-exploitation', 'costringere qualcuno a rubare è tratta?'],
    ['victim-rights', 'le vittime ricevono un risarcimento?'],
    ['child-victims', 'minori costretti a commettere reati, che tutela hanno'],
    ['eu-policy', "chi è il coordinatore ue contro la tratta"],
    ['privacy', 'salvate i miei messaggi?'],
    ['who-can-join', 'una casa rifugio per donne può diventare membro'],
    ['find-resources', 'formazione sulla violenza contro le badanti'],
    ['greeting', 'buongiorno a tutti'],
    ['platform-meetings', 'come funzionano gli incontri della piattaforma'],
  ],
});
