/**
 * Greek emergency rules and strings (notation: ../emergency-pack.ts), in Greek letters and in
 * the Latin "Greeklish" people type on phones without a Greek keyboard.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'με|μου|μας|εμένα|εγώ|εμείς|είμαι|είμαστε|φίλος|φίλη|φίλο|φίλη_μου|αδερφή|αδερφό|αδελφή|κόρη|γιος|γιο|μητέρα|μάνα|γυναίκα|παιδί|me|mou|mas|eimai|imai';

export const el: EmergencyPack = {
  rules: [
    `κλειδωμέν*|κλείδωσαν|κλείδωσε|κλεισμέν*|φυλακισμέν*|απήγαγαν|απαγωγή|όμηρ*|αιχμάλωτ*|kleidomen*|klidomen*|kleidosan|klidosan ${P}`,
    'σε_κίνδυνο|κινδυνεύω|κινδυνεύουμε|κινδυνεύει_η_ζωή|παρά_τη_θέλησή_μου|αυτοκτον*|se_kindyno|se_kindino|kindyneuo|kinduneuo|kindineuo|aftoktono|autoktono',
    `χτυπά*|χτυπούν|δέρνουν|χτύπησε|χτυπάνε|δέρν*|έδειρε|βιάζ*|βίασε|βιασμέν*|σκοτώσ*|σκοτών*|απειλ*|μαχαίρωσ*|πνίγ*|επιτέθηκ*|κλωτσ*|πληγωμέν*|τραυματισμέν*|βασανίζ*|xtypa*|xtipa*|htypa*|htipa*|dernei|skotos*|skotws*|apeil* ${P}|τώρα|στιγμή|τον|την|τη`,
    'κρατούν|κρατάνε|κρατάει|kratane|kratoun με|μας|me|mas|κλειδωμέν*|φυλακισμέν*',
    'βοήθεια|βοηθήστε|βοήθησε|voitheia|voithia|voithiste|voithise|boitheia|βοηθεια γρήγορα|αμέσως|τώρα|επείγον|grigora|amesos|amesws|tora|twra',
    '=βοήθεια|βοηθήστε|βοήθησε|σώστε|αστυνομία|voitheia|voithia|voithiste|voithise|boitheia|soste|sos',
    '~αφήνουν|αφήνει|αφήσουν|afinoun|afhnoun φύγω|βγω|φύγουμε|βγούμε|ξεφύγω|fygo|figo|vgo',
    '~μπορώ|μπορούμε|μπορεί|mporo|boro φύγω|βγω|ξεφύγω|δραπετεύσω|φύγουμε|fygo|figo|vgo|xefygo',
    '~διαβατήριο|διαβατήρια|χαρτιά|έγγραφα|ταυτότητα|diavatirio|diabatirio πήραν|πήρε|κατάσχεσαν|έκλεψαν|έκρυψαν|piran|pire',
    'μαχαίρι|όπλο|πιστόλι|maxairi|mahairi|oplo έχει|έχουν|απειλεί|exei|ehei',
    'πεθάνω|pethano θέλω|thelo',
    '~αναγκάζ*|εξαναγκάζ*|anagkaz*|anagaz* με|μας|me|mas',
    '~φοβάμαι|fovamai σκοτώσει|βρει|γυρίσει|χτυπήσει|skotosei',
    '~ακολουθεί|παρακολουθεί|καταδιώκει με|μας',
    'ελάτε|έλα|elate γρήγορα|αμέσως|grigora|amesos',
    '~κινητό|τηλέφωνο πήρε|πήραν',
  ],
  advice: 'ποιος|τι|πώς|εμπορία|είναι_αυτό|σημάδια|ti|pos|pws',
  filler: 'παρακαλώ parakalo parakalw γρήγορα',
  strings: {
    call: 'Καλέστε το 112',
    text: 'Καλέστε τώρα το 112. Είναι δωρεάν και λειτουργεί από κάθε τηλέφωνο. Αν μπορείτε, πηγαίνετε σε ασφαλές μέρος.',
    victimSupport: 'Υποστήριξη θυμάτων',
    missingChildren: 'Εξαφανισμένα παιδιά',
  },
};
