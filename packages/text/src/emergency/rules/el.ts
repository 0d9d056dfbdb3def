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
const HELD = 'κλειδωμέν*|κλείδωσαν|κλείδωσε|κλειδώνουν|κλεισμέν*|κλείσανε|φυλακισμέν*|απήγαγαν|απήγαγε|απαγάγ*|apagag*|απαγμέν*|όμηρ*'
  + '|αιχμάλωτ*|αλυσοδεμέν*|δεμέν*|παγιδευμέν*|εγκλωβισμέν*|κρατούμεν*|kleidomen*|klidomen*|kleidos*|klidos*|kleidws*|klidws*|kleismen*|apigagan|έχουν_κλείσει|exoun_kleisei|με_έκλεισαν|μας_έκλεισαν|kleisane|kleisan';
/** Violence done now: hitting, rape, killing, choking, burning, bleeding. */
const HURT = 'χτυπ*|δέρν*|έδειρε|δείρει|δείρουν|βιάζ*|βίασε|βίασαν|βιάσει|βιασμέν*|σκοτώσ*|σκοτών*|απειλεί|απειλούν|απείλησ*|μαχαίρωσ*|μαχαιρώθηκ*|μαχαιρωμέν*'
  + '|πνίγ*|στραγγαλ*|επιτέθηκ*|κλωτσ*|γρονθοκόπ*|χαστούκ*|πληγωμέν*|τραυμάτισ*|αιμορραγ*|βασανίζ*'
  + '|κακοποιούν|κακοποιεί|έκαψαν|έκαψε|καίνε|καίει|πυροβολ*|νάρκωσ*|κλοτσ*|σαπίζ*|έσπρωξ*|πειράξουν|πειράξει|βλάψουν|βλάψει|έδεσαν|έδεσε|σέρνει|σέρνουν|narkos*|xtyp*|xtip*|htyp*|htip*|derni!|dernei!|dernoun!|dernane!|derneis!|skotos*|skotws*|apeil*|viase|viazei|pnig*|klots*|aimorrag*|emorag*|pyrovol*|pirovol*|maxairws*|maxairos*';
/** The writer or a close one: narrower than WHO, for the weaker signs. */
const ME = 'με|μας|μου|εγώ|είμαι|me|mas|eimai';

export const el: EmergencyPack = {
  rules: [
    `?${HELD} ${WHO}|τώρα|εδώ`,
    `?σε_κίνδυνο|se_kindyno|se_kindino ${WHO}|τώρα|βοήθ*|voith*|εδώ|tora|twra|edw|edo`,
    'κινδυνεύω|κινδυνεύουμε|κινδυνεύει_η_ζωή|παρά_τη_θέλησή_μου|με_το_ζόρι|αυτοκτον*|kindyneuo|kinduneuo|kindineuo|kindinevo|kindynevo|aftoktono|autoktono',
    `κινδυνεύει|κινδυνεύουν ${WHO}`,
    // 'με' is also 'with' ("whoever threatens a victim with a gun"): alone it makes the rule one a question silences.
    `${HURT} μας|μου|εγώ|είμαι|είμαστε|τώρα|στιγμή|tora|twra|mas|eimai`,
    `?${HURT} ${WHO}|τον|την|τη|τους|τις|ton|tin|ti|tous|εδώ|edw|edo`,
    '?βοήθεια|βοηθήστε|βοήθησε|voitheia|voithia|voithiste|voithise|boitheia|help γρήγορα|αμέσως|τώρα|επείγον|grigora|amesos|amesws|tora|twra|sos',
    '=βοήθεια*|βοηθήστε|βοήθησε|σώστε|αστυνομία|voithia*!|voitheia*!|voithiste|voithise|boitheia*!|boithia*!|soste|sos',
    `sos|επείγον|έκτακτη_ανάγκη ${ME}|καλέστε|αστυνομία|βοήθεια|κόρη|γιος|κίνδυνο`,
    'καλέστε|πάρτε|φωνάξτε|ειδοποιήστε|kaleste|parte αστυνομία|astynomia|astinomia|112|100',
    'κρατούν|κρατάνε|κρατάει|kratane|kratoun|kratai|krataei με|μας|me|mas',
    `?κρατούν|κρατάνε|κρατάει|kratane|kratoun κλειδωμέν*|φυλακισμέν*|όμηρ*|${WHO}`,
    '~αφήνουν|αφήνει|αφήσουν|afin*|afhn* φύγω|βγω|φύγουμε|βγούμε|ξεφύγω|fyg*|fig*|vgo|vgw',
    '~δεν|den μπορώ|μπορούμε|μπορεί|mporo|boro φύγω|φύγει|βγω|βγει|ξεφύγω|ξεφύγει|δραπετεύσω|φύγουμε|αναπνεύσω|ανασάνω|γυρίσω|επιστρέψω|γυρίσουμε|fygo|figo|vgo|xefygo|gyriso|giriso',
    '~διαβατήριο|διαβατήρια|χαρτιά|έγγραφα|ταυτότητα|κινητό|τηλέφωνο|diavatirio|diabatirio|kinito|passport|pasaporta πήραν|πήρε|πήρανε|κατάσχεσαν|έκλεψαν|έκρυψαν|κρατάνε|κρατάει|pira*|pire|kratai|krataei|kratane',
    '?μαχαίρι|όπλο|πιστόλι|maxairi|mahairi|oplo|pistoli λαιμό|βάζει|έχει|έχουν|απειλεί|σημαδεύει|με|exei|ehei|me',
    'πεθάνω|pethano θέλω|thelo',
    '~αναγκάζ*|εξαναγκάζ*|anagkaz*|anagaz* με|μας|me|mas',
    'αναγκάζουν|αναγκάζει|εξαναγκάζουν|βάζουν|anagkazoun σεξ|κοιμάμαι|άντρες|πελάτες|εκδίδομαι|πορνεία|sex',
    '~φοβάμαι|fovam*|fobam* σκοτώσει|βρει|γυρίσει|χτυπήσει|skotosei|πολύ',
    '~ακολουθεί|ακολουθούν|παρακολουθεί|παρακολουθούν|καταδιώκει|κυνηγάει|κυνηγούν|akolouth*|akoloyth*|parakolouth*|kynig* με|μας|me|mas',
    'ελάτε|έλα|elate γρήγορα|αμέσως|grigora|amesos',
    `έβαλαν|πήραν|βάλανε|πήρανε|έσπρωξαν|ανέβασαν|πήρε|άρπαξε|έβαλε|τράβηξε|πάνε|μεταφέρουν|πηγαίνουν|μετακινούν|ebalan|piran|pire|pane φορτηγό|βαν|αυτοκίνητο|αμάξι|φορτηγάκι|πορτμπαγκάζ|van|fortigo ${WHO}`,
    'πούλησαν|πουλάνε|πουλάει|πουλήσανε|πουλημέν*|poulisan|poulane|poulaei|pouloun με|μας|μου|me άντρα|άντρες|σε|κύκλωμα|νταβατζή',
    'με_βρήκαν|μας_βρήκαν|με_βρήκε|με_βρήκανε|me_vrikan',
    'ξέφυγα|έφυγα|το_έσκασα|δραπέτευσα|γλίτωσα κρύβομαι|κρυμμέν*|κρυβόμαστε|ψάχνουν',
    'κρύβομαι|κρυβόμαστε|είμαι_κρυμμένη|είμαι_κρυμμένος|krivomai',
    // Fear for one's life, being looked for, sold, watched: how people describe danger without its words.
    'φοβάμαι_για_τη_ζωή_μου|φοβάμαι_για_την_ζωή_μου|φοβάμαι_για_τη_ζωή_των_παιδιών_μου|fovamai_gia_ti_zoi_mou|θα_με_σκοτώσει|θα_μας_σκοτώσει|θα_με_σκοτώσουν|tha_me_skotosei',
    '?ψάχνουν|ψάχνει|κυνηγούν|psaxnoun|psahnoun με|μας|me|mas|παντού',
    'με_πούλησαν|μας_πούλησαν|με_πούλησε|με_πουλήσανε|me_poulisan|me_poulise|με_πουλάνε|μας_πουλάνε|με_πουλάει|me_poulane|mas_poulane|me_poulaei',
    '?την_πούλησαν|τον_πούλησαν|τα_πούλησαν|tin_poulisan',
    '?δεν_είμαι_ελεύθερη|δεν_είμαι_ελεύθερος|δεν_είμαστε_ελεύθερ* να|φύγω|βγω|φύγουμε',
    // The body: what was done to it, said the way one reports it.
    'έσπασε|έσπασαν|espase χέρι|πόδι|μύτη|πλευρά|δόντια|σαγόνι|δάχτυλ*|xeri|heri',
    'κεφάλι νερό|τοίχο|nero',
    'μαλλιά|malia τραβάει|τραβάνε|σέρνει|τράβηξε|άρπαξε|travaei',
    'έκαναν_κακό|έκανε_κακό|κάνουν_κακό|κάνει_κακό|πείραξαν|έβλαψαν|ekanan_kako της|του|μου|μας|την|τον|tis|tou',
    'αίματα|αίμα|aimata παντού|πολύ|τρέχει|τρέχουν|trexoun|trexei',
    '?δεν_ξέρω_πού_είμαι|den_xero_pou_eimai|δεν_ξέρω_πού_βρίσκομαι',
    '?εξαφανίστηκε|εξαφανίστηκαν|χάθηκε|αγνοείται|exafanistike φοβάται|φοβάμαι|κλαίει|απειλ*|πήραν|έγραψε|μήνυμα|πήρε_τηλέφωνο',
    '?πόρτα|porta έξω|πίσω|στην φωνάζει|περιμένει|περιμένουν|χτυπάει',
    '?βάζουν|αναγκάζουν|βάζει δουλεύουμε|δουλεύω|ζητιανεύω|κλέβω απλήρωτ*|χωρίς|βράδυ|δέρνουν|κλειδώνουν|λεφτά',
    'έσπασε|έσπασαν|έριξε|espase πόρτα|porta',
    // Held in a car boot, tied, pushed, organs, the door locked from outside, quoted threats, "help they are taking me".
    'πορτμπαγκάζ|portbagaz είμαι|είμαστε|στο|κλεισμέν*|κλειδωμέν*',
    'έδεσαν|έδεσε|δεμένα χέρια|πόδια',
    'έσπρωξε|έσπρωξαν|πέταξε σκάλες|παράθυρο',
    'θέλουν|θέλει|πάρουν νεφρό|όργανα|όργανο',
    'πήδηξα|πετάχτηκα παράθυρο',
    '?ξέφυγα|το_έσκασα|έφυγα αμάξι|αυτοκίνητο|βαν|φορτηγό',
    'κλειδωμέν*|κλεισμέν* απ_έξω|από_έξω|απέξω',
    '?κοντέινερ|υπόγειο είμαστε|κορίτσια|κλεισμέν*|κλειδωμέν*',
    '?μωρό_μου|παιδί_μου|γιο_μου|κόρη_μου|παιδιά_μου|paidi_mou|mwro_mou|moro_mou|kori_mou|gio_mou πήραν|έκλεψαν|άρπαξαν|pirane|piran|eklepsan|arpaxan|πήρε|έκλεψε|άρπαξε|αρπάζει|αρπάζουν|apigage|arpaxe',
    'βοήθεια|voitheia|voithia παίρνουν|παίρνει|πάνε|pairnoun',
    'θέλω_να_τελειώσω|θέλω_να_πεθάνω|δεν_θέλω_να_ζω|να_τελειώσω_τη_ζωή_μου',
    'θα_σε_σκοτώσουμε|θα_σε_σκοτώσω|θα_σε_βρούμε|σε_σκοτώνουμε|tha_se_skotosoume',
    'με_τη_βία μπει|μπουν|σπίτι',
    // Round 4: a break-in, taken off the street, kept like slaves, 'please help me'.
    '?μπήκαν|μπήκε|εισέβαλαν|εισέβαλε|μπαίνουν|mpikan σπίτι|διαμέρισμα|spiti',
    'με|μας|me|mas πήραν|άρπαξαν|pirane|piran|arpaxan δρόμο|αυτοκίνητο|αμάξι|ζόρι|dromo|amaxi|zori',
    '?σαν_σκλάβ*|san_sklav* με|μας|κρατάνε|έχουν|me|mas',
    '~βοηθήστε|βοήθησε|voithise|voithiste με|μας|me|mas παρακαλώ|τώρα|γρήγορα|parakalo|parakalw',
    // Round 3: the body failing (unconscious, fainted, not breathing), 'save me', unable to talk with him near, a cry heard next door.
    '?αναίσθητ*|λιπόθυμ*|λιποθύμησ*|δεν_αναπνέει|δεν_ανασαίνει|δεν_ξυπνάει|δεν_ξυπνά|anaisthit*|anesthit*|lipothym*|lipothim*|den_anapnei|den_anapnee|den_xypnaei|den_ksipnaei',
    '?αιμορραγεί|αιμορραγώ|αιμορραγούν|aimorragei|aimoragei|emoragei|aimorragw|aimorrago',
    `σώστε|σώσε|swste|soste|swse|sose ${ME}|μας`,
    '=σώστε|swste|soste',
    'δεν_μπορώ_να_μιλήσω|δεν_μπορώ_να_μιλάω|den_mporo_na_miliso|den_mporw_na_milisw|den_boro_na_miliso δίπλα|ακούει|εδώ|βοήθ*|voith*|dipla|akouei|edw|edo',
    '?φωνάζει|φωνάζουν|ουρλιάζει|ουρλιάζουν|κλαίει|fonazei|fwnazei|ourliazei βοήθεια|voitheia|voithia|δίπλα|γείτον*|διπλανό|dipla',
  ],
  advice: 'ποιος|τι|πώς|εμπορία|είναι_αυτό|σημάδια|ti|pos|pws|ποινή|έγκλημα|θεωρείται',
  except: 'με_πήραν_τηλέφωνο|με_πήρε_τηλέφωνο|μας_πήραν_τηλέφωνο|me_pirane_tilefono|me_piran_tilefono|με_χτύπησε_αυτοκίνητο|με_χτύπησε_ένα_αυτοκίνητο|με_χτύπησε_μηχανή',
  ask: 'καταγγέλλω|καταγγείλω|καταγγελία|αναφέρω|σημάδια|αναγνωρίζω|αναγνωρίσω|δικαιώματα|podcast|ντοκιμαντέρ|ταινία|βιβλίο|kataggelia|ποινή|καταλαβαίνω|μυθιστόρημα|αποζημιω*|πού_το|εδώ_και_μήνες|νόμιμο|νόμιμα|παράνομο|επιτρέπεται|nomimo|paranomo|ειδήσ*|άρθρο|στατιστικ*|στη_σειρά|σίριαλ|επεισόδιο|ρεαλιστικ*|πόσα|πόσοι|πόσες|αίτηση|μέλους|ιστοσελίδα|site|κωδικό|τι_κάνω_όταν|τι_κάνει_κανείς|τι_πρέπει_να_κάνει|poini|tainia|vivlio|kataggel*|dikaiwmata|dikaiomata|simadia',
  calm: 'δεν_κινδυνεύω|δεν_κινδυνεύουμε|δεν_είμαι_σε_κίνδυνο|δεν_είναι_επείγον|den_kindyneuo|den_kindinevo|den_eimai_se_kindyno',
  filler: 'παρακαλώ parakalo parakalw γρήγορα',
  strings: {
    call: 'Καλέστε το 112',
    text: 'Καλέστε τώρα το 112. Είναι δωρεάν και λειτουργεί από κάθε τηλέφωνο. Αν μπορείτε, πηγαίνετε σε ασφαλές μέρος.',
    victimSupport: 'Υποστήριξη θυμάτων',
    missingChildren: 'Εξαφανισμένα παιδιά',
  },
};
