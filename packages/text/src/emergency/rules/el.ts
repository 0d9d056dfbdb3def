/**
 * Greek emergency rules and strings (notation: ../emergency-pack.ts), in Greek letters (accents
 * fold away) and in the Latin "Greeklish" people type on phones without a Greek keyboard, written
 * as concept vocabularies (who, being held, violence, weapons…) that the rules combine.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Someone it is happening to: the writer, someone close, a person word (not articles: they are everywhere). */
const WHO = 'με|μου|μας|εμένα|εγώ|εμείς|είμαι|είμαστε|φίλ*|αδερφ*|αδελφ*|κόρη|γιο|γιος|μητέρα|μάνα|γυναίκα|παιδ*|κοπέλα*|κορίτσι*'
  + '|ξάδερφ*|γείτον*|συνάδελφ*|εργάτ*|μωρό|me|mou|mas|eimai|imai|kori|paidi*|fili*|aderf*';
/** Held: locked in, kidnapped, kept, chained, trapped (participles and verb forms, not the nouns of a question). */
const HELD = 'κλειδωμέν*|κλείδωσαν|κλείδωσε|κλειδώνουν|κλεισμέν*|κλείσανε|φυλακισμέν*|απήγαγαν|απήγαγε|απαγάγει|απαγμέν*|όμηρ*'
  + '|αιχμάλωτ*|αλυσοδεμέν*|δεμέν*|παγιδευμέν*|εγκλωβισμέν*|κρατούμεν*|kleidomen*|klidomen*|kleidos*|klidos*|kleismen*|apigagan';
/** Violence done now: hitting, rape, killing, choking, burning, bleeding. */
const HURT = 'χτυπ*|χτύπ*|δέρν*|έδειρε|δείρει|δείρουν|βιάζ*|βίασε|βίασαν|βιάσει|βιασμέν*|σκοτώσ*|σκοτών*|σκότωσ*|απειλεί|απειλούν|απείλησ*|μαχαίρωσ*'
  + '|πνίγ*|στραγγαλ*|επιτέθηκ*|κλωτσ*|κλώτσ*|γρονθοκόπ*|χαστούκ*|πληγωμέν*|τραυματισμέν*|τραυμάτισ*|αιμορραγ*|βασανίζ*'
  + '|κακοποιούν|κακοποιεί|έκαψαν|έκαψε|καίνε|καίει|πυροβολ*|νάρκωσ*|σέρνει|σέρνουν|narkos*|xtyp*|xtip*|htyp*|htip*|derni!|dernei!|dernoun!|dernane!|derneis!|skotos*|skotws*|apeil*|viase|viazei|pnig*|klots*';
/** The writer or a close one: narrower than WHO, for the weaker signs. */
const ME = 'με|μας|μου|εγώ|είμαι|me|mas|eimai';

export const el: EmergencyPack = {
  rules: [
    `?${HELD} ${WHO}|τώρα|εδώ`,
    'σε_κίνδυνο|κινδυνεύω|κινδυνεύουμε|κινδυνεύει_η_ζωή|παρά_τη_θέλησή_μου|με_το_ζόρι|αυτοκτον*|se_kindyno|se_kindino|kindyneuo|kinduneuo|kindineuo|kindinevo|kindynevo|aftoktono|autoktono',
    `κινδυνεύει|κινδυνεύουν ${WHO}`,
    `${HURT} ${WHO}|τώρα|στιγμή|τον|την|τη|τους|τις`,
    'βοήθεια|βοηθήστε|βοήθησε|voitheia|voithia|voithiste|voithise|boitheia|help γρήγορα|αμέσως|τώρα|επείγον|grigora|amesos|amesws|tora|twra|sos',
    '=βοήθεια*|βοηθήστε|βοήθησε|σώστε|αστυνομία|voithia*!|voitheia*!|voithiste|voithise|boitheia*!|boithia*!|soste|sos',
    `sos|επείγον|έκτακτη_ανάγκη ${ME}|καλέστε|αστυνομία|βοήθεια|κόρη|γιος|κίνδυνο`,
    'καλέστε|πάρτε|φωνάξτε|ειδοποιήστε|kaleste|parte αστυνομία|αστυνομια|astynomia|astinomia|112|100',
    'κρατούν|κρατάνε|κρατάει|kratane|kratoun με|μας|me|mas|κλειδωμέν*|φυλακισμέν*',
    '~αφήνουν|αφήνει|αφήσουν|afinoun|afhnoun φύγω|βγω|φύγουμε|βγούμε|ξεφύγω|fygo|figo|vgo',
    '~δεν|den μπορώ|μπορούμε|μπορεί|mporo|boro φύγω|φύγει|βγω|βγει|ξεφύγω|ξεφύγει|δραπετεύσω|φύγουμε|αναπνεύσω|ανασάνω|γυρίσω|επιστρέψω|γυρίσουμε|fygo|figo|vgo|xefygo|gyriso|giriso',
    '~διαβατήριο|διαβατήρια|χαρτιά|έγγραφα|ταυτότητα|κινητό|τηλέφωνο|diavatirio|diabatirio|kinito πήραν|πήρε|κατάσχεσαν|έκλεψαν|έκρυψαν|κρατάνε|piran|pire',
    'μαχαίρι|όπλο|πιστόλι|maxairi|mahairi|oplo|pistoli έχει|έχουν|απειλεί|σημαδεύει|με|exei|ehei|me',
    'πεθάνω|pethano θέλω|thelo',
    '~αναγκάζ*|εξαναγκάζ*|anagkaz*|anagaz* με|μας|me|mas',
    'αναγκάζουν|αναγκάζει|εξαναγκάζουν|anagkazoun σεξ|πελάτες|εκδίδομαι|πορνεία|sex',
    '~φοβάμαι|fovamai σκοτώσει|βρει|γυρίσει|χτυπήσει|skotosei|πολύ',
    '~ακολουθεί|ακολουθούν|παρακολουθεί|παρακολουθούν|καταδιώκει|κυνηγάει|κυνηγούν με|μας|me|mas',
    'ελάτε|έλα|elate γρήγορα|αμέσως|grigora|amesos',
    `έβαλαν|πήραν|βάλανε|πήρανε|έσπρωξαν|ανέβασαν|ebalan|piran φορτηγό|βαν|αυτοκίνητο|αμάξι|φορτηγάκι|πορτμπαγκάζ|van|fortigo ${WHO}`,
    'πούλησαν|πουλάνε|πουλήσανε|πουλημέν*|poulisan με|μας|μου|me άντρα|άντρες|σε|κύκλωμα|νταβατζή',
    'με_βρήκαν|μας_βρήκαν|με_βρήκε|με_βρήκανε|me_vrikan',
    'ξέφυγα|έφυγα|το_έσκασα|δραπέτευσα|γλίτωσα κρύβομαι|κρυμμέν*|κρυβόμαστε|ψάχνουν',
    'κρύβομαι|κρυβόμαστε|είμαι_κρυμμένη|είμαι_κρυμμένος|krivomai',
    // Fear for one's life, being looked for, sold, watched: how people describe danger without its words.
    'φοβάμαι_για_τη_ζωή_μου|φοβάμαι_για_την_ζωή_μου|φοβάμαι_για_τη_ζωή_των_παιδιών_μου|fovamai_gia_ti_zoi_mou|θα_με_σκοτώσει|θα_μας_σκοτώσει|θα_με_σκοτώσουν|tha_me_skotosei',
    '?ψάχνουν|ψάχνει|κυνηγούν|psaxnoun|psahnoun με|μας|me|mas|παντού',
    'με_πούλησαν|μας_πούλησαν|με_πούλησε|την_πούλησαν|με_πουλήσανε|me_poulisan|me_poulise',
    '?δεν_είμαι_ελεύθερη|δεν_είμαι_ελεύθερος|δεν_είμαστε_ελεύθερ* να|φύγω|βγω|φύγουμε',
    // The body: what was done to it, said the way one reports it.
    'έσπασε|έσπασαν|espase χέρι|πόδι|μύτη|πλευρά|δόντια|σαγόνι|δάχτυλ*|xeri|heri',
    'κεφάλι νερό|τοίχο|nero',
    'μαλλιά|malia τραβάει|τραβάνε|σέρνει|τράβηξε|άρπαξε|travaei',
    'έκαναν_κακό|έκανε_κακό|κάνουν_κακό|κάνει_κακό|πείραξαν|έβλαψαν|ekanan_kako της|του|μου|μας|την|τον|tis|tou',
    'αίματα|αίμα παντού|πολύ|τρέχει',
    '?δεν_ξέρω_πού_είμαι|δεν_ξέρω_που_είμαι|den_xero_pou_eimai|δεν_ξέρω_πού_βρίσκομαι',
    '?εξαφανίστηκε|εξαφανίστηκαν|χάθηκε|αγνοείται|exafanistike φοβάται|φοβάμαι|κλαίει|απειλ*|πήραν|έγραψε|μήνυμα|πήρε_τηλέφωνο',
    '?πόρτα|porta έξω|πίσω|στην φωνάζει|περιμένει|περιμένουν|χτυπάει',
    '?βάζουν|αναγκάζουν|βάζει δουλεύουμε|δουλεύω|ζητιανεύω|κλέβω απλήρωτ*|χωρίς|βράδυ|δέρνουν|κλειδώνουν|λεφτά',
    'έσπασε|έσπασαν|έριξε|espase πόρτα|porta',
  ],
  advice: 'ποιος|τι|πώς|εμπορία|είναι_αυτό|σημάδια|ti|pos|pws|ποινή|έγκλημα|θεωρείται',
  ask: 'καταγγέλλω|καταγγείλω|καταγγελία|αναφέρω|σημάδια|αναγνωρίζω|αναγνωρίσω|δικαιώματα|podcast|ντοκιμαντέρ|ταινία|βιβλίο|kataggelia',
  calm: 'δεν_κινδυνεύω|δεν_κινδυνεύουμε|δεν_είμαι_σε_κίνδυνο|δεν_είναι_επείγον|den_kindyneuo|den_kindinevo|den_eimai_se_kindyno',
  filler: 'παρακαλώ parakalo parakalw γρήγορα',
  strings: {
    call: 'Καλέστε το 112',
    text: 'Καλέστε τώρα το 112. Είναι δωρεάν και λειτουργεί από κάθε τηλέφωνο. Αν μπορείτε, πηγαίνετε σε ασφαλές μέρος.',
    victimSupport: 'Υποστήριξη θυμάτων',
    missingChildren: 'Εξαφανισμένα παιδιά',
  },
};
