/** Dutch emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** The writer, as subject, object or owner ("m'n" folds to "m n"). */
const ME = 'ik|me|mij|mijn|m_n|mezelf|we|wij|ons|onze';
/** Someone else: pronouns, and the people a visitor writes about. */
const PEOPLE = 'hij|ze|zij|hem|haar|vriend|vriendin|zus|zusje|broer|broertje|dochter|zoon|moeder|mama|vader|vrouw|kind|kindje|kinderen|baby|meisje|meisjes|jongen|jongens|buurvrouw|buurman|buren|collega|neef|nicht|familie';
/** Whom it happens to, or now, again, a plea. */
const VICTIM = `${ME}|${PEOPLE}|nu|weer|alweer|vannacht|vanavond|help|alsjeblieft|aub`;
/** Where someone is shut in, and the ways out they are denied. */
const PLACE = 'kelder|kamer|achterkamer|slaapkamer|huis|woning|appartement|container|auto|busje|kofferbak|badkamer|fabriek|loods|hier';
const OUT = 'gaan|weg|eruit|uit|vertrekken|verlaten|wegkomen|naar_buiten|naar_huis|ontsnappen|vluchten';

/** Violence, present and past: verb forms only ("verkrachting" asks about a subject). */
const VIOLENCE = 'slaat|slaan|sloeg|sloegen|geslagen|mishandelt|mishandelen|mishandeld|mishandelde|verkracht|verkrachten|verkrachtte|'
  + 'vermoord*|gewurgd|doodmaken|verdrinken|verdronken|afmaken|afmaakt|maken_me_af|maakt_me_af|maakt_ons_af|doodmaakt|doden|doodt|gedood|wurg*|aangevallen|aanvallen|valt_aan|valt_ons_aan|valt_me_aan|valt_mij_aan|valt_haar_aan|valt_hem_aan|vallen_ons_aan|vallen_me_aan|viel_me_aan|viel_ons_aan|viel_haar_aan|schopt|schoppen|geschopt|schopte|'
  + 'martelt|martelen|gemarteld|steekt_me|steekt_haar|steekt_hem|gestoken!|neersteken|neergeschoten|doodgeschoten|beschoten|doodschiet|neergestoken|neerschieten|doodschieten|'
  + 'verbrand|verbrandt|aangerand|aanranden|randt|misbruikt|in_elkaar_geslagen|in_elkaar_slaan|in_elkaar_getrapt|trapt|getrapt';
/** Held against one's will. */
const HELD = 'opgesloten|opgeslooten|vastgehouden|vast_gehouden|ontvoerd|gegijzeld|gevangen!|vastgebonden|vastgeketend|geketend|'
  + 'ingesloten|gevangengehouden|gekidnapt|gekidnapped|ontvoeren';

export const nl: EmergencyPack = {
  rules: [
    `?${VIOLENCE} ${VICTIM}|word|wordt|werd|ben|is|iemand`,
    `?${HELD} ${VICTIM}|${PLACE}|word|wordt|zit|zitten`,
    'in_gevaar|levensgevaar|doodsbang|tegen_mijn_wil|tegen_haar_wil|tegen_zijn_wil|tegen_onze_wil|zelfmoord|mezelf_doden|mezelf_van_kant|'
      + 'haal_me_hier*|haal_mij_hier*|haal_ons_hier*|haal_me_weg|haal_me_eruit|laat_me_eruit|laat_ons_eruit|gebarricadeerd|barricade*|ben_een_gevangene|zijn_gevangenen|als_gevangene|gevangene_in',
    'bedreig*|dreigt|dreigen|dreigde|doodsbedreiging* me|mij|mijn|ons|onze|ik|we|vermoorden|doden|dood',
    'doen|doet|deed|deden|gedaan haar|hem|me|mij|ons pijn',
    'onder_het_bed|in_de_kast|in_de_kledingkast hij|ze|zij|lig|verstop*|in_huis|binnen',
    '?zijn_hier|is_hier|zijn_er|is_er_weer|zijn_gekomen|is_gekomen help|hulp|aub|alsjeblieft|snel|bang|nu',
    'weet_niet_waar_ik_ben|weet_niet_waar_we_zijn|geen_idee_waar_ik_ben',
    'komen_halen|komt_halen|komen_voor|achter_mijn_familie mijn|me|mij|ons|familie|kinderen|moeder',
    'trekken|trekt|trok|trokken|sleuren|sleurt|sleurde|sleurden|sleept|sleepte|duwen|duwt|duwde|duwden me|mij|ons|haar|hem|meisje|vrouw|kind|iemand auto|busje|bus|bestelbus|vrachtwagen',
    '~niemand_zien|niemand_bellen|met_niemand_praten|niemand_spreken mag|mogen|laat|kan|nooit',
    '~de_deur_uit|naar_buiten mag|mogen nooit|niet',
    'hierheen_gebracht|hier_gebracht|hier_bracht|hierheen_bracht paspoort|papieren|schuld|kan_niet|weet_niet|opgesloten|afgepakt',
    'bloed overal|veel|ze|hij|zij|haar|hem|ik|me|mijn|ligt|help',
    'beweegt_niet|ademt_niet|geen_lucht|bewusteloos|overdosis|flauwgevallen|hartaanval|reageert_niet|verkoopt_me|verkoopt_mij|verkopen_me|wordt_niet_wakker|'
      + 'bang_voor_mijn_leven|vrees_voor_mijn_leven|angst_voor_mijn_leven|voor_mijn_leven|helphij*|helpze*|helpik*|helpme*|hulpik*|helpaub*',
    'keel knijpt|knijpen|dicht|dichtgeknepen|dichtknijpen|mes|handen|hand',
    // Someone at the door or on the way back: with a threat, fear or "tonight", since speakers "come back" too.
    'terug|terugkomen|terugkomt|komt_terug|komen_terug|voor_de_deur|voor_mijn_deur|bij_het_raam|voor_het_huis|buiten hij|ze|zij|die|man|mannen|gast|iemand|mensenhandelaar*|pooier* '
      + 'vannacht|vanavond|bang|vermoord*|dood|bonkt|bonken|klopt|kloppen|wacht|wachten|weet_ik|help|aub|alsjeblieft|straks|trapt|schreeuwt',
    'staat|staan|wacht|wachten hij|ze|zij|die|man|mannen|gast|iemand voor_de_deur|voor_mijn_deur|voor_het_huis|bij_het_raam',
    '~binnen_te_komen|binnen_te_dringen|inbreken|in_te_breken|breekt_in|breken_in|ingebroken|trapt_de_deur_in|trappen_de_deur_in|deur_intrappen|schopt_tegen_de_deur|trapt_tegen_de_deur '
      + 'er|iemand|mannen|man|gast|hij|ze|nu|help|huis|proberen|probeert|deur|vermoord*|schreeuwt',
    'meegenomen|ontvoerd|weggehaald|weggenomen vreemde|onbekende|man|mannen|auto|busje|iemand dochter*|zoon*|kind*|baby|zus*|broer*|meisje|jongen*',
    '~rijden_me|rijdt_me|brengen_me|brengt_me|nemen_me_mee|neemt_me_mee|rijden_ons|brengen_ons ergens|ergens_heen|weg|auto|busje|bus|weet_niet_waar*',
    '~doet|doen|zal|gaat hij|ze|zij iets_aan|wat_aan|aandoen',
    '~aandoen kinderen|familie|mijn|ons|me|mij|haar|hem',
    '~in_de_gaten|bewaakt|bewaken|bewaakten me|mij|ons|word|worden|dag_en_nacht|hele_tijd|altijd|constant|24*',
    '~op_zoek_naar_me|op_zoek_naar_mij|op_zoek_naar_ons|naar_me_op_zoek|naar_mij_op_zoek|naar_ons_op_zoek|zitten_achter_me_aan|zit_achter_me_aan',
    'maakt|maken|maak dood',
    'klap|klappen|mep|meppen|gemept|trap|trappen me|mij|ons|haar|hem',
    'gewond|gewonde|verwond|zwaargewond|bloedt|bloeden ik|ben|is|zwaar|erg|heel|me|hem|haar|nu',
    'geduwd|gesleurd|getrokken|gegooid|gedwongen auto|busje|bus|bestelbus|vrachtwagen|kofferbak',
    '~meegenomen|afgepakt|weggehaald|ontvoerd mijn|onze dochter*|zoon*|kind*|baby|zus*|broer*',
    'verkocht|gekocht me|mij|ons',
    '~verkocht|gekocht ik|we|wij|mijn|onze',
    'gevaar ik|ben|we|zijn|ons|me|mij|groot|acuut|nu',
    'niet_veilig|onveilig ik|hier|we|thuis|ben',
    'help|hulp|helpen|help_me snel|nu|dringend|meteen|onmiddellijk|direct|spoed',
    '=help|hulp|helpen|sos|noodgeval|politie|nood|schiet_op|spoed|dringend',
    'sos|noodgeval ik|me|mij|we|ons|hij|ze|help|nu|mijn|hier',
    'kom|komen snel|nu|alsjeblieft',
    '~bel|bellen|belt|stuur|stuurt|sturen politie|ambulance|112|hulp|iemand',
    `~laten|laat|lieten me|mij|ons|haar|hem ${OUT}`,
    `~kan|kunnen|kom|komen|mag|mogen niet ${OUT}`,
    `~sluiten|sluit|sloten|sloot|houden|houdt|hield|hielden me|mij|ons|haar|hem op|vast|gevangen|opgesloten|${PLACE}`,
    `~zit|zitten vast ${PLACE}`,
    '~heb|hebben politie|ambulance nodig',
    'gillen|gilt|gillende|schreeuwen|schreeuwt|om_hulp_roepen hoor|hoort|horen',
    // A hostage and a demand.
    `houden|houdt|hield|hielden mijn|onze|${PEOPLE} losgeld|geld|betalen|vermoord*|dood|gegijzeld|gijzelaar`,
    '?losgeld willen|wil|eisen|eist|betalen|mijn|onze',
    'op_slot deur|kamer|huis|kelder|container|opgesloten|binnen|buiten',
    '~paspoort|paspoorten|id_kaart|documenten|papieren|telefoon|telefoons|mobiel afgepakt|afgenomen|ingenomen|gepakt|gestolen|verstopt|genomen',
    'mes|pistool|wapen|geweer|vuurwapen heeft|hebben|met|hij|zij|ze|bedreigt|tegen|man',
    'dood wil|ga',
    '~dwingen|dwingt|gedwongen|dwong me|mij|ons|ik|word',
    '~bang vermoord*|vindt|terugkomt|doodmaakt|slaat|doden',
    '~volgt|volgen|achtervolgt|achtervolgen|gevolgd|achtervolgd me|mij|ons|haar|word|worden|wordt',
    '~gevonden|zoeken|zoekt me|mij|ons',
    '~verstop|verstopt|verstoppen me|mij|ons|ik',
    '~ontsnapt|gevlucht|weggelopen|weggerend verstop*|zoeken|zoekt|nu|help|bang|volgen|gevonden',
    // Children kept from a parent, or a threat never to see someone again.
    'geeft|geven|gaf|brengt|brengen|laat|laten niet_terug|nooit_terug|niet_meer_terug|niet_mee kinderen|kind|zoon|dochter|baby|ze|hem|haar|mijn|onze',
    'zegt|zeggen|zei|dreigt|dreigen|gezegd|zult|zal nooit_meer|nooit_weer|nooit_terug zie|zien|ziet|terugzien',
    // Being moved on: somewhere else, at night, without knowing where.
    '~andere|ander|ergens|elders|buitenland|over_de_grens brengen|brengt|rijden|rijdt|vervoeren|verhuizen|sturen|stuurt|verplaatsen|nemen ons|me|mij|haar|hem '
      + 'vannacht|vanavond|nachts|nacht|weet_niet_waar*|geen_idee_waar*|tegen|geweld|stiekem',
    // Debt bondage with a threat, and threats to break bones.
    '~schuld|schulden|schuldig|afbetalen|terugbetalen vermoorden|dood|breken|aandoen|pijn|bedreig*|dreig*|anders|opgesloten|opsluiten|slaan',
    'breken|breek|breekt benen|been|armen|arm|botten|vingers|nek|neus|tanden|kaak',
    '~weglopen|wegloop|vluchten|vlucht|ontsnappen|praten|politie als_we|als_ik|als_je|wanneer_ik vindt|vermoord*|dood|families|kinderen|verkoopt',
    'overboord|in_het_water|in_zee|in_de_rivier gegooid|geduwd|gooien|gooit|duwen|duwt man|vrouw|iemand|me|ons|hem|haar|kind|meisje|mensen',
    'schieten|schiet|schoten wapens|wapen|op_ons|op_me|nu|hier|help',
    '?in_brand|brand_te_steken|in_de_fik|aansteken|benzine huis|ons|me|erin|binnen|dreig*|gaat|wil|help',
    '?mensenhandelaar*|pooier*|smokkelaar* staan|staat|zijn|wachten|wacht|komen|komt|gevonden|buiten|hier nu|help|aub|bang|snel',
    '~komen|komt me|mij|ons halen',
    '~ik_word|we_worden|word_ik|worden_we|wordt|help|nu verhandeld|uitgebuit|gedwongen_tot_prostitutie|tot_prostitutie_gedwongen',
    `gedrogeerd|gedrugd|drogeren|verdoofd|vergiftigd|iets_in_mijn_drankje|iets_gegeven ${VICTIM}|werd|ben|hebben|heeft|is`,
    '~bonkt|bonken|beukt|beuken|trapt|trappen|schopt|schoppen|rammelt|forceert|forceren|breekt|breken deur|raam|ramen iemand|hij|ze|zij|man|mannen|gast|nu|help',
  ],
  advice: 'wie|wat|hoe|mensenhandel|is_dat|signaal|signalen|moet|melden|meld|kan_ik|mag_een',
  except: 'slaan_jullie|slaat_u|opslaan|opgeslagen|niet_in_gevaar|geen_gevaar|in_een_noodgeval|bij_nood|alarm_slaan|alarm_slaat|alarm_geslagen|slaat_op|account_geblokkeerd|buitengesloten',
  // Violence told as past ("last year") or counted ("how many") is someone's story or a question, not danger now.
  ask: 'hoe_meld|waar_meld|waar_kan_ik_melden|hoe_kan_ik_melden|wil_melden|melding_maken|aangifte_doen|documentaire|roman|film|boek|serie|vorig_jaar|vorige_jaar|jaren_geleden|jaar_geleden|maanden_geleden|lang_geleden|als_kind|hoeveel',
  filler: 'alsjeblieft alstublieft aub pls snel',
  strings: {
    call: 'Bel 112',
    text: 'Bel nu 112. Het is gratis en werkt met elke telefoon. Ga als het kan naar een veilige plek.',
    victimSupport: 'Slachtofferhulp',
    missingChildren: 'Vermiste kinderen',
  },
};
