/**
 * Danish emergency rules and strings (notation: ../emergency-pack.ts). On a phone æ ø å are
 * often typed as a o a, or as ae oe aa ("hjaelp", "slaar"): folding turns æ into ae and ø, å into
 * o, a, so the plain spellings are listed too.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** The writer, as subject, object or owner. */
const ME = 'jeg|mig|min|mit|mine|vi|os|vores';
/** Someone else: pronouns, and the people a visitor writes about. */
const PEOPLE = 'han|hun|ham|hende|ven|veninde|kæreste|søster|soster|bror|lillebror|datter|søn|son|mor|far|kone|barn|børn|born|baby|pige|piger|dreng|drenge|kvinder|nabo|naboen|kollega|fætter|kusine|familie';
/** Whom it happens to, or now, again, a plea. */
const VICTIM = `${ME}|${PEOPLE}|nu|lige_nu|igen|i_nat|i_aften|hjælp|hjalp|please|straks`;
/** Where someone is shut in, and the ways out they are denied. */
const PLACE = 'kælder*|kalder*|værelse*|varelse*|rum|rummet|hus|huset|lejlighed*|container*|bil|bilen|varevogn*|bagagerum*|badeværelse*|fabrik*|baglokale*|lokale*|lager*|her';
const OUT = 'gå|ga|gaa|ud|slippe|slippe_væk|slippe_vaek|slippe_vak|flygte|tage_afsted|tage_hjem|komme_hjem|hjem|komme_ud|komme_væk|komme_vaek|komme_vak|forlade';

/** Violence, present and past, in the usual spellings ("voldtægt" asks about a subject). */
const VIOLENCE = 'slår|slaar|slå|slaa|slog|skudt|skyder|skyde|skød|slået|slaaet|slaet|tæver|taever|taver|tævet|taevet|tævede|tæsker|taesker|tasker|tæsket|banker_mig|bankede|banket|'
  + 'sparker|sparkede|sparket|kvæler|kvaeler|kvaler|kvæle|kvaele|kvale|kvalte|kvælte|kvalt|kvælt|knivstak|knivstikker|knivstukket|stak|stukket|'
  + 'voldtager|voldtog|voldtaget|voldtage|dræber|draeber|draber|dræbe|draebe|drabe|dræbt|draebt|myrde|myrder|myrdet|brændte|braendte|brandte|'
  + 'mishandler|mishandlet|mishandlede|angriber|angrebet|overfaldet|overfalder|torturerer|tortureret|forgriber|forgreb|misbruger|lussing|lussinger|kvælertag|kvaelertag|kvalertag|drukne|druknede';
/** Held against one's will. */
const HELD = 'låst_inde|laast_inde|spærret_inde|spaerret_inde|sparret_inde|lukket_inde|indespærret|indespaerret|indesparret|holdt_fanget|'
  + 'holdes_fanget|bliver_holdt|tilbageholdt|kidnappet|bortført|bortfort|bortfoert|gidsel|lænket|laenket|lanket|fastbundet|bundet|fanget';

export const da: EmergencyPack = {
  rules: [
    `?${VIOLENCE} ${VICTIM}|bliver|blev|er`,
    `?${HELD} ${VICTIM}|${PLACE}|været|vaeret|dage`,
    'livsfare|dødsangst|dodsangst|mod_min_vilje|mod_hendes_vilje|mod_vores_vilje|dræbe_mig_selv|draebe_mig_selv|tage_mit_liv|selvmord|'
      + 'bange_for_mit_liv|frygter_for_mit_liv|skåret_mig|skaret_mig|skar_mig|skåret_hende|gemmer_mig|gemmer_os|gemt_mig|skjuler_mig|skjult|'
      + 'få_mig_ud|faa_mig_ud|fa_mig_ud|få_os_ud|faa_os_ud|fa_os_ud|er_fange|er_fanger|som_fange|som_fanger|fange_i|barrikader*|prøver_at_komme_ind|prover_at_komme_ind|proever_at_komme_ind|prøver_at_bryde_ind',
    'slå|slår|slaar|slar|slog|slaa|slået ihjel',
    'truer|truet|truede|trusler|dødstrusler mig|os|min|mit|mine|vores|jeg|vi|dræbe|draebe|ihjel',
    'gør|gor|gøre|gjort|gjorde ondt|fortræd|fortraed|fortrad',
    `~gør|gor|gøre han|hun|de ${ME}|baby|barn|børn|born noget|fortræd|fortraed`,
    'hjælphan*|hjælphun*|hjælpjeg*|hjælpmig*|hjaelpmig*|hjaelphan*|hjaelpjeg*|hjalpmig*|hjalphan*|hjalpjeg*',
    // Someone at the door or on the way back: with fear, a threat or "tonight", since speakers "come back" too.
    'tilbage|uden_for_døren|udenfor_døren|ved_døren|foran_døren|ved_vinduet|foran_huset|udenfor han|hun|de|fyren|manden|mændene|nogen|menneskehandler*|alfons* '
      + 'i_nat|i_aften|bange|dræbe|draebe|ihjel|hamrer|banker|venter|ved_jeg|hjælp|hjaelp|hjalp|snart|sparker|råber',
    'står|staar|star|venter han|hun|de|fyren|manden|nogen uden_for_døren|udenfor_døren|ved_døren|foran_døren|foran_huset|ved_vinduet',
    'få_luft|faa_luft|ikke_vejret|bevidstløs|reagerer_ikke|vågner_ikke|vaagner_ikke|vagner_ikke|ingen_puls|bevæger_sig_ikke|bevidstlos|bevidstloes|overdosis|besvimet|hjertestop|brug_for_en_ambulance|brug_for_ambulance|'
      + 'ved_ikke_hvor_jeg_er|ved_ikke_hvor_vi_er|aner_ikke_hvor_jeg_er|må_ikke_se_nogen|ma_ikke_se_nogen|må_ikke_tale_med_nogen',
    'under_sengen|i_skabet|i_klædeskabet han|hun|de|ligger|gemmer|i_huset',
    '?er_her|kom_her hjælp|hjaelp|hjalp|please|bange|hurtigt|nu',
    'kommer_efter|komme_efter|henter|hente min|mine|mig|os|familie|børn|born',
    'trække|trækker|traekke|slæbe|slæber|slaebe|skubbe|tvinge mig|os|hende|ham|pige|kvinde|barn|nogen bil|bilen|varevogn|varevognen',
    'venter_på_mig|venter_paa_mig|venter_på_os|holder_øje_med_huset han|hun|de|nogen|mand|manden|fyren',
    'bragte_mig_hertil|bragt_hertil|bragt_mig_hertil|bragte_os_hertil pas|papirer|skylder|gæld|gaeld|kan_ikke|ved_ikke|låst|laast',
    '~kører_mig|korer_mig|koerer_mig|kørte_mig|tager_mig_med|tog_mig_med|bringer_mig|kører_os et_sted_hen|væk|vaek|vak|bil|bilen|varevogn|ved_ikke_hvor',
    '~overvåget|overvaaget|overvaget|overvåger|overvaager|holder_øje|holder_oje|holder_oeje|bevogtet|bevogter mig|os|bliver|døgnet_rundt|hele_tiden|altid|konstant|24*',
    'stikke|stikker|stak mig|os|hende|ham ned',
    '~luk|lukke|lukker mig|os|hende|ham ud',
    'såret|saret|saaret|skadet|kommet_til_skade|kvæstet|bløder|bloder|bloeder|blod jeg|mig|hårdt|haardt|hardt|meget|slemt|alvorligt|nu|han|hun',
    'skubbede|slæbte|slaebte|trak|tvang|smed|puttede bil|bilen|varevogn|varevognen|van|lastbil|bagagerummet|bagagerum',
    '~tog|taget|hentet|snuppet min|mine datter|søn|son|barn|børn|born|baby|søster|bror|dreng|pige|lillebror|lillesøster',
    'solgt|købt|kobt|koebt|sælger|saelger mig|os|hende',
    '~solgt|købt|kobt jeg|vi|min|mine|mit',
    'i_fare jeg|vi|mig|os|min|mit|mine',
    'ikke_i_sikkerhed jeg|her|vi',
    'hjælp|hjælpe|hjaelp|hjalp|hjelp|hjlep|hjælp_mig nu|hurtigt|straks|akut|omgående|omgaende|skynd',
    '=hjælp|hjælpe|hjaelp|hjalp|hjelp|hjlep|hjææ*|sos|nødsituation|politi|nød|skynd',
    'sos|nødsituation|nodsituation jeg|mig|vi|os|han|hun|de|hjælp|hjaelp|hjalp|nu|min|her',
    'kom|kommer hurtigt|nu|straks',
    '~ring|ringe|ringer|send|sende politiet|politi|112|ambulance|hjælp|nogen',
    'bryder|bryde|brød|brod|sparker døren|doren|doeren|ind',
    `~lader|lade|lod mig|os|hende|ham ${OUT}`,
    `~kan|må|ma|maa ikke|aldrig ${OUT}`,
    `~låser|laaser|laser|låst|laast|holder|holdt|holde mig|os|hende|ham inde|fanget|fast|${PLACE}`,
    `~sidder|sad fast ${PLACE}`,
    'døren|doren|doeren låst|laast|last',
    // A hostage and a demand.
    `holder|holdt|tilbageholder min|mit|mine|vores|${PEOPLE} løsepenge|losepenge|loesepenge|penge|betale|dræbe|draebe|ihjel|gidsel`,
    '?løsepenge|losepenge|loesepenge vil|kræver|kraever|betale|min|mit|vores',
    '~pas|passet|pasport|papirer|telefon|telefoner|mobil taget|tog|tager|konfiskeret|stjålet|stjalet|gemt',
    'kniv|pistol|våben|vaaben|vaben|gevær|gevaer|gevar|skydevåben har|med|han|hun|truer|mod|fyr|mand',
    'dø|do|doe vil',
    'selvmord jeg|vil|tænker',
    '~tvinger|tvunget|tvang mig|os|jeg|hende|ham|bliver',
    '~bange|angst dræber|draeber|finder|slår|slar|kommer_tilbage',
    '~følger|folger|foelger|forfølger|forfolger|forfulgt|fulgt|leder_efter|jagter mig|os|hende|blevet|bliver',
    '~fundet mig|os',
    '~flygtet|stukket_af|sluppet_væk|undsluppet gemmer|leder|jagter|nu|hjælp|bange|følger|fundet',
    // Children kept from a parent, or a threat never to see someone again.
    'giver|give|gav|sender|bringer|afleverer|aflevere tilbage ikke|aldrig|nægter|naegter børn*|born*|barn*|søn|son|sønnen|datter*|baby|dem|ham|hende|mine',
    'siger|sagde|truer|truede|sagt aldrig|aldrig_mere se|ser|får_at_se|faar_at_se',
    // Being moved on: somewhere else, at night, without knowing where.
    '~anden|andet|andre|et_andet_sted|væk|vaek|udlandet|over_grænsen flytter|flytte|kører|korer|koerer|fragter|sender|sende|transporterer|tager|bringer os|mig|hende|ham '
      + 'i_nat|i_aften|om_natten|ved_ikke_hvor*|aner_ikke_hvor*|mod|tvang|hemmeligt',
    // Debt bondage with a threat, and threats to break bones.
    '~skylder|skyld|gæld|gaeld|gald|betale_tilbage|afbetale dræbe|draebe|ihjel|brække|braekke|true*|truer|ellers|låst|laast|slå|slår',
    'brække|braekke|brakke|brækker|braekker|brakker|bræk ben|benene|arme|armen|armene|knogler|fingre|fingrene|nakken|halsen|næsen|tænder|kæben',
    '~stikker_af|stikke_af|flygter|flygte|siger_noget|taler|politiet hvis_vi|hvis_jeg|hvis_du finder|dræber|draeber|ihjel|familier|børn|born|sælger|skyder',
    'over_bord|i_vandet|i_havet|i_floden smed|smider|kastede|kaster|skubbede|skubber mand|kvinde|nogen|mig|os|ham|hende|barn|pige|folk',
    '?sætte_ild|saette_ild|sat_ild|stikke_ild|i_brand huset|os|mig|indenfor|inde|truer|vil|hjælp',
    '?menneskehandler*|alfons*|smuglere|bagmænd står|venter|kommer|fundet|udenfor|uden_for|her nu|lige_nu|hjælp|hjaelp|hjalp|bange',
    '?jeg_er|vi_er|er_jeg|jeg_bliver|vi_bliver|bliver_jeg|bliver offer_for_menneskehandel|udnyttet|handlet|solgt|tvunget_til_prostitution nu|lige_nu|hjælp|hjaelp|hjalp|stadig|her|please|sos|akut',
    `bedøvet|bedovet|drugget|drogget|forgiftet|givet_hende_stoffer|givet_mig_stoffer|givet_stoffer|kommet_noget_i ${VICTIM}|blev|er|har`,
    'hamrer|hamre|sparker|river|rykker_i|prøver_at_åbne døren|doren|doeren|vinduet|vinduer nogen|han|hun|de|manden|mænd|nu|hjælp|hjaelp|hjalp',
  ],
  advice: 'hvem|hvad|hvordan|menneskehandel|er_det|tegn|anmelde|anmelder|melde|kan_man|skal_jeg|må_et|findes',
  except: 'skyder_skylden|døren_til_kontoret|doren_til_kontoret|kontoret_var_låst|kontoret_er_låst|fulgt_op|følge_op|folge_op|følger_op|ikke_i_fare|låst_ude|laast_ude|last_ude|lukket_ude|konto_er_låst|kontoen_er_låst|konto_er_laast|i_en_nødsituation|i_nødstilfælde|slå_alarm|slår_alarm|slå_op|slår_op',
  // Violence told as past ("last year") or counted ("how many") is someone's story or a question, not danger now.
  ask: 'hvordan_anmelder|hvordan_melder|hvor_anmelder|hvordan_kan_jeg_anmelde|hvor_kan_jeg_anmelde|anmelde_en|anmelde_et|dokumentar*|en_film|en_bog|artikel|nyhederne|er_det_almindeligt|sidste_år|sidste_aar|år_siden|aar_siden|for_længe_siden|for_laenge_siden|måneder_siden|som_barn|hvor_mange',
  filler: 'venligst please nu',
  strings: {
    call: 'Ring 112',
    text: 'Ring 112 nu. Det er gratis og virker fra alle telefoner. Gå et sikkert sted hen, hvis du kan.',
    victimSupport: 'Offerrådgivning',
    missingChildren: 'Forsvundne børn',
  },
};
