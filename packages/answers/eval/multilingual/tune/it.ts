/** Italian messages to tune the emergency detector and the topic rules against; read them freely. */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** Italian tune cases, typed the way visitors type: "e" for "è", no accents, panic. */
export const TUNE_IT: readonly MultilingualCase[] = casesFor('it', {
  emergency: [
    // A real miss of the first detector.
    'aiuto sono in pericolo',
    'mi hanno chiuso a chiave in camera',
    'mi sta picchiando adesso',
    'vi prego aiutatemi, ho paura che mi ammazzi',
    'mi hanno preso il passaporto e non mi lasciano andare',
    'non posso uscire di casa mi controllano sempre',
    'dice che mi uccide',
    'minacciano la mia famiglia se parlo',
    'il mio capo mi picchia e non mi rida i documenti non riesco a scappare',
    'sono chiusa in un appartamento e non so dove sono',
    'HO PAURA, TORNA E MI PICCHIA',
    'aiuto mi sta strozzando',
    'mi obbligano ad andare con uomini e mi picchiano se dico di no',
    'sono in una cantina e non posso uscire',
    'mi ha preso il cell, scrivo di nascosto, help',
    'mi tengono qui contro la mia volonta',
    'venite presto perche mi vuole ammazzare',
    // Someone else in danger.
    'la mia amica e chiusa dentro e la picchiano',
    'mia sorella è tenuta prigioniera',
    'una ragazza viene costretta, le stanno facendo male adesso',
    'mio cugino lo tengono in un cantiere e lo pestano',
    // Very short.
    'aiuto!!',
    'aiutooo',
    'AIUTATEMI',
  ],
  help: [
    'credo di essere una vittima, chi mi può aiutare',
    'dove può trovare supporto una vittima',
    'adesso non sono in pericolo ma ho bisogno di parlare con qualcuno di quello che mi è successo al lavoro',
    "c'è un'associazione per le vittime di tratta a torino",
    'mio fratello è stato sfruttato nei campi, ora è tornato, chi lo può aiutare',
    'aiuto per vittime senza permesso di soggiorno?',
  ],
  report: [
    'come segnalo un sospetto',
    'la colf dei miei vicini sembra sfruttata, dove lo segnalo',
    'si può segnalare in modo anonimo',
    'nel campo qui vicino i braccianti dormono nei container, a chi lo dico',
    'che informazioni servono alla polizia per una segnalazione',
    'voglio segnalare un centro massaggi, le ragazze dormono lì',
  ],
  ordinary: [
    ['signs-of-trafficking', 'quali sono i segnali del lavoro forzato'],
    ['what-is-trafficking', "cos'è la tratta di esseri umani"],
    ['forms-of-exploitation', "l'accattonaggio forzato è sfruttamento?"],
    ['victim-rights', 'le vittime hanno diritto a restare in italia'],
    ['child-victims', 'e se la vittima è un bambino'],
    ['next-event', 'quando è la prossima riunione'],
    ['find-members', 'organizzazioni in italia che lavorano con i migranti'],
    ['find-resources', 'mi aiuti a trovare guide sul lavoro forzato'],
    ['find-resources', 'rapporti sulla violenza contro le donne migranti'],
    ['how-to-join', 'come può aderire la nostra ong'],
    ['privacy', 'questa chat è anonima?'],
    ['greeting', 'ciao grazie'],
    ['support-the-cause', 'come posso donare o fare volontariato'],
    ['eu-policy', "cosa fa l'ue contro la tratta"],
    ['contact', 'come contatto la segreteria'],
    ['contact', 'il mio account sul portale è bloccato, a chi scrivo'],
  ],
});
