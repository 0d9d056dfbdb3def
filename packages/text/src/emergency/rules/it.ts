/**
 * Italian emergency rules and strings (notation: ../emergency-pack.ts), written as concept
 * vocabularies (who, being held, violence, weapons…) that the rules combine, so that a phrasing
 * nobody wrote down yet is still caught. Typed without accents ("e" for "è"), with typos.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Someone it is happening to: the writer, someone close, a person word, "am/is". */
const WHO = 'mi|me|ci|noi|mio|mia|miei|mie|io|lui|lei|lo|la|li|le|gli|sono|siamo|sta|stanno|stata|stato'
  + '|amico|amica|sorella|fratello|figlia|figlio|madre|mamma|moglie|bambin*|ragazz*|cugin*|vicin*|collegh*|operai*|lavorator*';
/** Held: shut in, kidnapped, kept, chained, trapped (participles and present forms). */
const HELD = 'rinchius*|sequestrata|sequestrato|sequestrati|sequestrate|sequestrano|rapit*|rapiscono|prigionier*|ostaggi*|intrappolat*|segregat*|incatenat*|legat*|imprigionat*'
  + '|rinchiudono|chiusi|chiusa|chiuse';
/** Violence done now: hitting, rape, killing, choking, burning, bleeding (verb forms, not the nouns of a question). */
const HURT = 'picchia*|botte|colpisc*|colpit*|stupr*|violentat*!|violentano|uccid*|ammazz*|minacci*|minaci*'
  + '|accoltell*|strangol*|strozz*|soffoc*|aggredit*|aggredisc*|ferit*|maltrattano|maltratta|maltrattat*!|pestat*|pestano|abusa|abusano'
  + '|menando|menano|mena|menat*|calci|pugni|schiaff*|bruciat*|bruciano|sanguin*|tortur*|sparano|sparato|trascin*|massacr*|drogat*|annega*|spint*|legat*';
/** The writer or a close one: narrower than WHO, for the weaker signs. */
const ME = 'mi|me|ci|noi|io|sono|siamo';

export const it: EmergencyPack = {
  rules: [
    `?${HELD} ${WHO}|qui|dentro|adesso`,
    'chius*_a_chiave|chiudono_a_chiave|chiude_a_chiave|chius*_dentro|salvatemi|salvami|salvateci|in_pericolo|pericolo_di_vita|contro_la_mia_volontà|contro_la_sua_volontà|uccidermi|ammazzarmi|suicidarmi|togliermi_la_vita|con_la_forza',
    `${HURT} mi|me|ci|noi|io|sono|siamo|adesso|ora|proprio_adesso`,
    `?${HURT} ${WHO}`,
    'aiuto|aiutami|aiutatemi|aiutateci|aiutaci|help subito|presto|urgente|ora|adesso|immediatamente|veloce|emergenza|sos',
    '=aiuto*|aiutami*|aiutatemi*|aiutateci|aiutaci|soccorso|sos|emergenza|polizia|carabinieri',
    `sos|emergenza|urgenza ${ME}|chiamate|polizia|aiuto|figlia|figlio|pericolo`,
    'chiamate|chiama|chiamare_subito polizia|carabinieri|112|113|118|soccorsi|ambulanza|pompieri',
    '~lasciano|lascia|lasciare|fanno|fa uscire|andare|andar_via|scappare|partire|andarmene|telefonare|chiamare|parlare',
    '~non posso|possiamo|riesco|riusciamo|può|possono uscire|fuggire|andarmene|andare_via|scappar*|respirare|andarcene|tornare_a_casa|tornare_nel_mio_paese|tornare_a_casa_mia',
    'trattengono|trattiene|trattenut*|tengono|tiene mi|ci|chiusa|chiuso|chiusi|prigionier*|contro|forza|rinchius*',
    '~passaporto|passaporti|documenti|carta_d_identità|cell|cellulare|telefono preso|presi|presa|tolto|tolti|tolta|prendono|sequestrat*|ritirat*|rubat*|nascost*|confiscat*|prende|tiene|tengono|hanno_i_nostri|hanno_i_miei|hanno_il_mio|ha_il_mio|ha_i_miei|ha_i_nostri',
    'pistola|coltello|arma|fucile|lama ha|hanno|con|col|mi|lui|punta|addosso|tiene|tira|tirato|estrae',
    'morire voglio|vado|sto',
    '~costringono|costringe|costretta|costretto|obbligano|obbliga|forzano mi|ci|sono|siamo',
    'costringono|costringe|obbligano|obbliga|forzano|fanno sesso|andare_con|prostitu*|clienti|uomini',
    '~paura lui|ammazz*|uccid*|trova|torna',
    '~segue|seguono|seguendo|perseguita|inseguono|insegue mi|ci',
    'venite|venga|vieni subito|presto|veloce',
    'sono_chius*|siamo_chius*|facendo_male|fanno_male|lo_pest*|la_pest*|lo_picchi*|la_picchi*|preso_a_calci|presa_a_calci',
    `portato_via|portata_via|portati_via|caricat*|caricano|portano|messo|messa|buttat* furgone|camion|furgoncino|van|macchina|auto|bagagliaio ${WHO}`,
    'venduta|venduto|venduti|vendute|vendono mi|ci|mia|figlia|sorella uomo|uomini|rete|tizio|protettore|bordello',
    'mi_hanno_trovat*|ci_hanno_trovat*|mi_ha_trovat*|mi_trovano|ci_trovano',
    'scappata|scappato|scappati|fuggita|fuggito|evasa nascondo|nascost*|nascondiamo|cercano',
    'mi_nascondo|ci_nascondiamo|sono_nascost*|siamo_nascost*',
    'respiro|respirare non',
    'bloccat* qui|dentro|casa|stanza|cantina|camion',
    // Fear for one's life, being looked for, sold, watched: how people describe danger without its words.
    'paura_per_la_mia_vita|paura_per_i_miei_figli|temo_per_la_mia_vita|paura_di_morire|mi_fa_fuori|ci_fa_fuori|mi_fanno_fuori|mi_ammazza|mi_uccide',
    '?cercando|cercano|cerca|inseguono mi|ci|dappertutto|ovunque',
    'mi_hanno_vendut*|mi_vendono|ci_vendono|la_vendono|vendermi|venderci|ci_hanno_vendut*|mi_ha_vendut*|l_hanno_vendut*|sono_stata_venduta|sono_stato_venduto',
    '?controllano|controlla|sorvegliano|sorveglia mi|ci|sempre|tutto_il_tempo',
    '?non_sono_libera|non_sono_libero|non_siamo_liberi|non_è_libera di|andarmene|uscire|andare',
    // The body: what was done to it, said the way one reports it.
    'rotto|rotta|spaccato|fratturato braccio|gamba|naso|costol*|denti|mascella|polso|dit*',
    'testa|faccia sott_acqua|sott|acqua|contro_il_muro',
    'capelli trascina*|tira|tirando|afferra*|prende',
    'mi_ha_drogat*|mi_hanno_drogat*|ci_hanno_drogat*',
    '?aggredit*|violentat*|molestat*|toccat* sessualmente',
    'sangue dappertutto|ovunque|tanto|molto|esce',
    'fatto_del_male|fatto_male|fanno_del_male|fa_del_male le|gli|lo|la|mi|ci|hanno|ha',
    '?non_so_dove_sono|non_so_dove_siamo|non_so_più_dove_sono',
    '?scomparsa|scomparso|sparit* paura|piange|minacci*|portata|portato|costrett*|scritto|messaggio|chiamato',
    '?fuori_dalla_porta|davanti_alla_porta|sotto_casa|dietro_la_porta lui|loro|è|sono|urla|aspetta|aspettano',
    '?tornano|torna|tornerà|torneranno paura|ammazz*|uccid*|picchi*|stasera|stanotte',
    '?fanno|costringono|obbligano lavorare|elemosina|rubare|accattonaggio senza|notte|picchiano|chiudono|paga|soldi',
    'sfondato|sfonda|rotto|spaccato|buttato_giù porta',
    // Held in a car boot, tied, pushed, organs, the door locked from outside, quoted threats, "help they are taking me".
    'bagagliaio|baule sono|siamo|nel|chius*|dentro',
    'legato|legata|legate|legati|ammanettat* mani|polsi|piedi',
    'spinta|spinto|buttata|buttato scale|finestra',
    'vogliono|vuole|prendermi|togliermi rene|organi|organo',
    'buttata|buttato|saltata|saltato finestra',
    '?scappata|scappato|fuggita|fuggito macchina|auto|furgone|camion',
    'chiusa|chiuso da_fuori|dall_esterno|a_chiave_da_fuori',
    '?container|scantinato|seminterrato|cantina siamo|sono|ragazze|chius*|rinchius*',
    '?mio_bambino|mia_bambina|mio_figlio|mia_figlia|miei_figli preso|presi|portato_via|rubato',
    'aiuto|aiutatemi|aiutami portano_via|portando_via|portano|prendono',
    'farla_finita|non_voglio_più_vivere|voglio_morire',
    'ti_ammazziamo|ti_ammazzo|ti_uccidiamo|ti_troviamo|ti_troveremo|ti_ammazza',
    'fa_male|fa_del_male se_non|lavoro|soldi',
    // Round 3: mutilation threats, being moved, armed men, ransom, the unconscious, slavery, intruders, fire.
    'taglia|tagliano|tagliare|taglio|mozza|spezza|spezzano|rompe|rompono dita|dito|mano|mani|gola|orecchie|orecchio|faccia|lingua|gambe|braccia',
    '~portano|porteranno|spostano|trasferiscono|portare ci|mi altra|unaltra|altro|città|paese|domani',
    'armato|armati tizio|uomo|uomini|ragazzo|c_è|ce|tipo|tipi|con|sono|è',
    'riscatto vogliono|chiedono|chiede|vuole|pagare|soldi',
    'svenut*|incoscient*|overdose|convulsion* è|sta|mia|mio|lei|lui|aiuto|per_terra|non',
    '~schiav* sono|siamo|mi|ci|trattano_come',
    'entrato|entrati|entrata qualcuno|ladri|ladro|uomo|uomini|tizio casa|stanza|appartamento',
    'vi_prego|ti_prego|scongiuro venite|aiut*|salva*|presto',
    '~mi_vuole_portare_via|vogliono_portarmi_via|mi_portano_via|ci_portano_via|ci_vogliono_portare_via',
    '~fuoco|incendio c_è|casa|palazzo|appartamento|brucia',
    // Round 4: screams for help nearby, fire and acid as threats.
    'urla|urlano|urlando|grida|gridano|gridando|strill* aiuto|chiedendo_aiuto|soccorso',
    'perde|perdo|perdendo|perso sangue|conoscenza|sensi',
    'fuoco|benzina|acido|candeggina mi|ci|darmi|dare|darle|dargli|buttare|gettare|versare|bruciar*',
  ],
  advice: 'chi|legale|illegale|cosa|come|tratta|è_normale|segno|segni|segnali|devo|reato|pena|conta',
  ask: 'segnalare|anni_fa|mesi_fa|tempo_fa|testimonianza|parlarne|indizi|indizio|sembra|sembrano|chi_avviso|a_chi|avvisare|avviso|segnalo|segnalazione|denunciare|denuncio|segnali|riconoscere|diritti|podcast|documentario|film|libro|pena|punito|capire_se|romanzo|risarciment*|dove_lo_segnalo|da_mesi',
  calm: 'non_sono_in_pericolo|non_siamo_in_pericolo|più_in_pericolo|non_è_urgente|non_è_un_emergenza',
  filler: 'per favore ti prego vi subito',
  strings: {
    call: 'Chiama il 112',
    text: 'Chiama subito il 112. È gratuito e funziona da qualsiasi telefono. Se puoi, vai in un luogo sicuro.',
    victimSupport: 'Aiuto alle vittime',
    missingChildren: 'Bambini scomparsi',
  },
};
