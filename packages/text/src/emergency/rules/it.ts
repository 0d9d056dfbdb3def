/** Italian emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'mi|me|ci|noi|mio|mia|miei|mie|io|lui|lei|stata|stato|amico|amica|sorella|fratello|figlia|figlio|madre|mamma|moglie|bambino|bambina';

export const it: EmergencyPack = {
  rules: [
    `rinchius*|sequestrat*|rapit*|prigionier*|ostaggio|intrappolat*|segregat* ${P}|sono|siamo`,
    'chius*_a_chiave|chius*_dentro|in_pericolo|pericolo_di_vita|contro_la_mia_volontà|contro_la_sua_volontà|uccidermi|ammazzarmi|suicidarmi|togliermi_la_vita',
    `picchia*|picchiat*|botte|colpisc*|colpit*|stupr*|violentat*|uccid*|ammazz*|minacci*|accoltell*|strangol*|aggredit*|aggredisc*|ferito|ferita|maltratt*|pestat*|abusa ${P}|adesso|ora`,
    'aiuto|aiutami|aiutatemi|aiutateci|aiutaci subito|presto|urgente|ora|adesso|immediatamente|veloce|emergenza',
    '=aiuto|aiutami|aiutatemi|aiutateci|soccorso|sos|emergenza|polizia',
    '~lasciano|lascia|lasciare|fanno uscire|andare|andar_via|scappare|partire',
    '~posso|possiamo|riesco|riusciamo|può uscire|scappare|fuggire|andarmene|andare_via|scappar*',
    'trattengono|trattiene|trattenut*|tengono|tiene mi|ci|chiusa|chiuso|prigionier*|contro|forza',
    '~passaporto|passaporti|documenti|carta_d_identità preso|presi|presa|tolto|tolti|tolta|prendono|sequestrat*|ritirat*|rubat*|nascost*|confiscat*',
    'pistola|coltello|arma|fucile ha|hanno|con|mi|lui|punta',
    'morire voglio|vado|sto',
    '~costringono|costringe|costretta|costretto|obbligano|obbliga|forzano mi|ci|sono|siamo',
    '~paura lui|ammazz*|uccid*|trova|torna',
    '~segue|seguono|seguendo|perseguita mi|ci',
    'venite|venga|vieni subito|presto|veloce',
    '~cell|cellulare|telefono preso|tolto',
    'sono_chius*|siamo_chius*|facendo_male|lo_pest*|la_pest*|lo_picchi*|la_picchi*',
    'strozz*|soffoc* mi|ci|sta|stanno',
  ],
  advice: 'chi|cosa|come|tratta|è_normale|segno|segnali|devo',
  filler: 'per favore ti prego vi subito',
  strings: {
    call: 'Chiama il 112',
    text: 'Chiama subito il 112. È gratuito e funziona da qualsiasi telefono. Se puoi, vai in un luogo sicuro.',
    victimSupport: 'Aiuto alle vittime',
    missingChildren: 'Bambini scomparsi',
  },
};
