/** Danish emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'mig|os|min|mit|mine|jeg|vi|ham|hende|ven|veninde|søster|bror|datter|søn|mor|kone|barn';

export const da: EmergencyPack = {
  rules: [
    `indespærret|kidnappet|bortført|fanget|tilbageholdt|gidsel|spærret|låst|laast|lukket_inde|holdt_fanget mig|os|jeg|vi|min|mit|mine`,
    'livsfare|mod_min_vilje|mod_hendes_vilje|slå_mig_ihjel|slår_mig_ihjel|dræbe_mig_selv|tage_mit_liv',
    `slår|slaar|slog|slået|tæsker|tævet|voldtag*|voldtog|voldtaget|dræbe|dræber|truer|truet|stikker|kvæler|angreb*|mishandl*|sparker|gør_ondt ${P}|nu`,
    'hjælp|hjælpe|hjælp_mig nu|hurtigt|straks|akut|omgående',
    '=hjælp|hjælpe|sos|nødsituation|politi|nød',
    '~lader|lade|lod mig|os|hende|ham gå|ud|slippe|tage_afsted',
    '~kan|må ikke komme_ud|slippe_væk|flygte|komme_væk|forlade|slippe_ud',
    '~pas|pasport|passet|papirer taget|tog|tager|konfiskeret|stjålet|gemt',
    'kniv|pistol|våben|gevær har|med|han|hun|truer',
    'dø vil',
    'selvmord jeg|vil|tænker',
    '~tvinger|tvunget|tvang mig|os|jeg|hende|ham',
    '~bange dræber|finder|slår|kommer_tilbage',
    '~følger|forfølger mig|os',
    'kom|kommer hurtigt|nu|straks',
    '~telefon|mobil taget|tog',
    'i_fare jeg|vi|mig|os|min|mit|mine',
    'lukke|lukker|lukket mig|os ud',
    'holdt_låst_inde mig|os|jeg|vi',
  ],
  advice: 'hvem|hvad|hvordan|menneskehandel|er_det|tegn',
  filler: 'venligst please nu',
  strings: {
    call: 'Ring 112',
    text: 'Ring 112 nu. Det er gratis og virker fra alle telefoner. Gå et sikkert sted hen, hvis du kan.',
    victimSupport: 'Offerrådgivning',
    missingChildren: 'Forsvundne børn',
  },
};
