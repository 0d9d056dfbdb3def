/** German emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** The writer, as subject, object or owner. */
const ME = 'ich|mich|mir|mein|meine|meinen|meinem|meiner|wir|uns|unser|unsere|unseren';
/** Someone else: pronouns, and the people a visitor writes about. */
const PEOPLE = 'er|sie|ihn|ihm|ihr|freund|freundin|schwester|bruder|tochter|sohn|mutter|mama|vater|frau|kind|kinder|baby|mädchen|junge|nachbarin|kollege|kollegin|kollegen|cousin|cousine|familie';
/** Whom it happens to, or now, again, a plea. */
const VICTIM = `${ME}|${PEOPLE}|jetzt|gerade|grad|wieder|sofort|hilfe|bitte|heute`;
/** Where someone is shut in, and the ways out they are denied. */
const PLACE = 'keller|raum|zimmer|haus|wohnung|container|auto|lkw|transporter|bad|hier|drin|kofferraum|fabrik|lager';
const OUT = 'raus|weg|hinaus|heraus|fliehen|entkommen|abhauen|flüchten|verlassen|gehen|los|fort|nach_hause|heim|aus_dem_haus|aus_der_wohnung';

/** Violence, present and past: verb forms only ("Vergewaltigung" asks about a subject). */
const VIOLENCE = 'schlägt|schlaegt|schlagt|schlagen!|schlug|schlugen|geschlagen!|zusammengeschlagen|zusammenschlagen|verprügel*|prügelt|prügeln|'
  + 'verpruegel*|verhauen|geohrfeigt|ohrfeigt|misshandelt|mißhandelt|misshandeln|vergewaltigt|vergewaltigen|vergewaltigte|vergewaltigten|'
  + 'würgt|würgen|würgte|gewürgt|erwürgt|erwürgen|erstickt|ersticken|foltert|foltern|gefoltert|quält|gequält|'
  + 'sticht|ersticht|erstechen|erstochen|abstechen|niedergestochen|tötet|töten|getötet|umbringen|umbring*|umzubringen|ermordet|ermorden|'
  + 'erschießen|erschiessen|erschossen|ertränken|ertraenken|ertränkt|überfallen|ueberfallen|abknallen|erschießt|erschiesst|angeschossen|runtergestoßen|runtergestossen|hinuntergestoßen|verbrannt|angegriffen|attackiert|missbraucht|missbrauchen';
/** Held against one's will. */
const HELD = 'eingesperrt|eingespert|eingeschlossen|weggesperrt|festgehalten|festgehalen|gefesselt|angekettet|angebunden|gefangen!|'
  + 'entführ*|verschlepp*|gekidnappt|geisel';

export const de: EmergencyPack = {
  rules: [
    `?${VIOLENCE} ${VICTIM}|wird|werde|wurde|bin`,
    `?${HELD} ${VICTIM}|${PLACE}|bin|sind|seit`,
    'lebensgefahr|todesangst|notfall|in_gefahr|gegen_meinen_willen|gegen_ihren_willen|gegen_unseren_willen|gefangen_gehalten|'
      + 'tritt_mich|tritt_uns|tritt_sie|treten_mich|treten_uns|mich_getreten|uns_getreten|sie_getreten|haut_mich|hauen_mich|'
      + 'bringt_mich_um|bringen_mich_um|bringt_uns_um|bringen_uns_um|bringt_sie_um|schlägt_mich_tot|schlagen_mich_tot|holt_mich|holt_uns|mich_selbst_töten|selbstmord|angst_um_mein_leben|angst_um_unser_leben|um_mein_leben|'
      + 'atmet_nicht|atmet_nicht_mehr|keine_luft|bewusstlos|reagiert_nicht|bewegt_sich_nicht|kein_puls|nicht_ansprechbar|überdosis|ohnmächtig|kollabiert|herzinfarkt|krampfanfall|wacht_nicht_auf|'
      + 'hilfeer*|hilfesie*|hilfeich*!|hilfebitte*|bittehilfe*|hilfemir*|hilfmir*|helftmir*|helfenmir*|'
      + 'bin_eine_gefangene|bin_ein_gefangener|sind_gefangene|als_gefangene|gefangene_in|gefangener_in|auf_mich_los|auf_uns_los|auf_sie_los|auf_ihn_los|verbarrikadiert|barrikadiert|versucht_reinzukommen|versuchen_reinzukommen|hat_sich_geschnitten|pulsadern',
    'bedroh*|droht|drohen|drohte|drohten|morddrohung* mich|mir|uns|mein|meine|meinen|meiner|meinem|umbringen|töten',
    `tut|tun|tat|taten ${VICTIM} weh`,
    'unterm_bett|unter_dem_bett|im_schrank|im_kleiderschrank er|sie|die|liege|versteck*|im_haus|in_der_wohnung',
    'sind_hier|ist_hier|sind_da|ist_da|sind_gekommen|ist_gekommen hilfe|bitte|schnell|angst|jetzt|warte',
    'weiß_nicht_wo_ich_bin|weiss_nicht_wo_ich_bin|weiß_nicht_wo_wir_sind|weiss_nicht_wo_wir_sind|keine_ahnung_wo_ich_bin',
    'holen_sich|holt_sich|kommen_für|kommen_wegen|holen meine|meinen|mich|uns|familie|kinder|mutter',
    'zerren|zerrt|ziehen|zieht|schubsen|schubst|drängen|drängt|stoßen mich|uns|sie|ihn|mädchen|frau|kind|jemanden auto|wagen|transporter|lkw|bus|van|lieferwagen|kofferraum',
    '~niemanden_sehen|niemanden_anrufen|mit_niemandem_reden|mit_niemandem_sprechen|niemanden_treffen darf|dürfen|lässt|kann|nie',
    '~hergebracht|hierher_gebracht|hergeholt pass|ausweis|papiere|schulde|schulden|kann_nicht|weiß_nicht|eingesperrt|genommen|weggenommen',
    `wehgetan|weh_getan|wehtun|antun|anzutun|angetan ${VICTIM}|haben|hat`,
    `tut|tun er|sie|die ${ME}|baby|kind|kinder|tochter|sohn was_an|etwas_an`,
    // Someone at the door or on the way back: with a threat, fear or "tonight", since speakers "come again" too.
    'kommen|kommt|kommt_zurück|kommen_zurück|zurück|wieder_da er|sie|die|typ|mann|männer|jemand|menschenhändler*|zuhälter* heute_nacht|heute_abend|stirbt|angst|umbringen|hämmert|hämmern|klopft|klopfen|wartet|warten|weiß_es|hilfe|bitte|gleich',
    'steht|stehen|wartet|warten|ist er|sie|die|typ|mann|männer|jemand vor_der_tür|vor_meiner_tür|vor_dem_haus|am_fenster',
    '~einbrechen|einzubrechen|bricht_ein|brechen_ein|eingebrochen|einbruch|tür_eintreten|tritt_die_tür_ein|treten_die_tür_ein|tritt_gegen_die_tür|treten_gegen_die_tür '
      + 'da|jemand|männer|mann|typ|er|sie|die|jetzt|gerade|hilfe|bitte|haus|wohnung|schreit|umbringen',
    '~fahren_mich|fährt_mich|bringen_mich|bringt_mich|bringen_uns|fahren_uns|nehmen_mich_mit|nimmt_mich_mit irgendwo|irgendwohin|weg|auto|wagen|transporter|weiß_nicht_wohin',
    '~überwacht|beobachtet|beobachten|bewacht|bewachen|überwachen mich|uns|ganze_zeit|rund_um_die_uhr|tag_und_nacht|ständig|24*',
    'verletzt|verletzen|verwundet|blut|blute|blutet|bluten|blutend mich|uns|bin|ist|sie|er|überall|kind|baby|mädchen|schwer|stark|sehr|arzt|jetzt|gerade',
    'vergreift|vergriffen|vergreifen sich',
    'gezerrt|gezogen|geschubst|gestoßen|geworfen|gesteckt|gezwungen auto|wagen|transporter|lkw|bus|van',
    '~mitgenommen|weggenommen|geschnappt meine|meinen|unsere tochter|sohn|kind|kinder|baby|schwester|bruder',
    'verkauft|gekauft mich|uns',
    '~verkauft|verkaufen|verkaufte ich|wir|meine|meinen|meiner|meinem',
    'gefahr|lebensgefahr ich|bin|wir|sind|mich|uns|großer|akuter|jetzt',
    'hilfe|helft|helfen|hilf sofort|schnell|dringend|jetzt|notfall|eilig',
    '=hilfe|hilf|helft|sos|notfall|polizei|notruf|hlfe|hife|beeilt|beeilung|dringend',
    '=helft|helfen|hilf|hilfe mir|uns',
    'sos|notruf ich|mich|mir|wir|uns|er|sie|hilfe|bitte|jetzt|mein|meine|hier|da',
    '~ruft|ruf|rufen|holt|hol|schickt|schicken polizei|notruf|hilfe|krankenwagen|112|110',
    'kommt|kommen schnell|sofort',
    `~lässt|lassen|lasst|läßt|laesst|lass|ließ|liessen mich|uns|sie|ihn ${OUT}|aus`,
    `~kann|kannst|können|komme|komm|kommen|darf|dürfen nicht|nie aus_dem_haus|${OUT}`,
    `~sperren|sperrt|sperrte|sperrten|schließt|schliesst|schließen|schliessen|halten|hält|haelt|halt|hielt|hielten mich|uns|sie|ihn ein|fest|weg|${PLACE}`,
    // Anchored on the place: "ich sitze in einem keller … fest" puts the verb far from its particle.
    `~${PLACE}|restaurant sitze|sitzen|sitzt|stecke|stecken fest`,
    '~brauche|brauchen polizei|krankenwagen|notarzt',
    '~pass|pässe|reisepass|ausweis|papiere|dokumente|handy|handys|telefon weggenommen|genommen|nimmt|nahm|abgenommen|gestohlen|versteckt',
    'waffe|pistole|messer|gewehr|knarre er|sie|mir|mich|uns|hat|haben|droht|bedroht|typ|mann|mit',
    'sterben will|werde|möchte|moechte',
    '~zwingt|zwingen|gezwungen|zwang mich|uns|werde|sie|ihn',
    '~angst er|ihn|umbringt|umbringen|findet|kommt|tötet|schlägt',
    '~verfolg*|hinterher|folgen|folgt mich|uns|ich|mir',
    '~gefunden|finden mich|uns',
    '~verstecke|verstecken|versteckt mich|uns|ich',
    '~geflohen|abgehauen|geflüchtet|entkommen|weggelaufen versteck*|suchen|sucht|jetzt|verfolg*|gefunden|hilfe|angst',
    '~suchen|sucht mich|uns',
    // Children kept from a parent, or a threat never to see someone again.
    'gibt|geben|gab|bringt|bringen|rückt|rücken|lässt|lassen nicht_zurück|nicht_mehr_zurück|nie_zurück|nicht_raus kind*|sohn|tochter|baby|sie|ihn|meine|meinen|unsere',
    'sagt|sagen|sagte|droht|drohen|gesagt|wirst|werdet nie_wieder|nie_mehr|niemals_wieder|nimmermehr sehen|sehe|siehst|seht|sieht',
    // Being moved on: somewhere else, at night, without knowing where.
    '~ander*|woanders|irgendwohin|ausland|über_die_grenze bringen|bringt|fahren|fährt|transportieren|verlegen|schicken|schaffen|nehmen uns|mich|sie|ihn '
      + 'nachts|nacht|weiß_nicht_wohin|weiss_nicht_wohin|keine_ahnung_wohin|gegen|gewalt|heimlich',
    // Debt bondage with a threat, and threats to break bones.
    '~schulde|schulden|schuld|abarbeiten umbringen|töten|brechen|bedroh*|droh*|sonst|eingesperrt|einsperren',
    'brechen|breche|brichst|bricht beine|bein|arme|arm|knochen|finger|genick|hals|nase|zähne',
    '~abhauen|abhaue|fliehen|fliehe|weglaufen|flüchten|reden|rede|polizei wenn_wir|wenn_ich|falls_ich|falls_wir|wenn_du findet|umbringen|töten|familien|kinder|erschießen|erschiessen|verkaufen',
    'geworfen|gestoßen|gestossen|geschubst|werfen|wirft|stoßen ins_wasser|über_bord|ins_meer|in_den_fluss|vom_boot mann|frau|jemand*|mich|uns|ihn|kind|mädchen|leute|menschen',
    'schießen|schiessen|schießt|schiesst|schüsse|geschossen waffen|waffe|auf_uns|auf_mich|jetzt|gerade|hier|hilfe|bitte',
    '?menschenhändler|zuhälter|schleuser|schlepper stehen|steht|sind|warten|wartet|kommen|kommt|gefunden|draußen|draussen|hier gerade|grad|hilfe|bitte|angst|schnell',
    'tut|tun|antun dem_baby|dem_kind|den_kindern|meinem_kind|meinen_kindern was|etwas|weh',
    '~ich_werde|wir_werden|werde_ich|werden_wir|hilfe|gerade gehandelt|ausgebeutet|verschachert|zwangsprostituiert|verkauft',
    `betäubt|vergiftet|ko_tropfen|k_o_tropfen|drogen_gegeben|was_gegeben|unter_drogen_gesetzt ${VICTIM}|wurde|bin|haben|hat`,
    '~hämmert|hämmern|tritt|treten|rüttelt|rütteln|bricht|brechen tür|fenster jemand|er|sie|die|mann|männer|typ|jetzt|gerade|hilfe',
  ],
  advice: 'wer|was|wem|woran|welche|wie_kann|wie_können|wie_melde|wie_erkenne|wie_erkennt|wie_helfe|wie_halten|wie_viele|wie_finde|wie_bekomme|wie_soll|wie_ist|wie_sind|wie_werden|'
    + 'menschenhandel|ist_das|zeichen|anzeichen|soll|sollte|melden|melde|meldet|kann_ich|darf_ich|kann_man',
  except: 'kein_notfall|schlüssel_im_auto_eingeschlossen|schlüssel_eingeschlossen|nicht_in_gefahr|keiner_gefahr|keine_gefahr|nicht_mehr_in_gefahr|gefahr_laufen|laufe_gefahr|im_notfall|in_einem_notfall|für_den_notfall|'
    + 'schlagen_sie_vor|schlagt_ihr_vor|schlägt_vor|schlagen_vor|schlug_vor|schlage_vor|konto_gesperrt|konto_ist_gesperrt|ausgesperrt|halten_sie_mich_auf_dem_laufenden|verfolgt_ihr|verfolgst_du|schlägt_die_tür_zu|schlug_die_tür_zu',
  // Violence told as past ("last year") or counted ("how many") is someone's story or a question, not danger now.
  ask: 'wie_melde|wo_melde|wie_kann_ich_melden|wo_kann_ich_melden|will_melden|doku|dokumentation|dokumentarfilm|film|buch|roman|serie|letztes_jahr|letzten_jahr|vor_jahren|vor_einem_jahr|vor_monaten|vor_langer_zeit|als_kind|wie_viele',
  filler: 'bitte schnell jemand',
  strings: {
    call: 'Notruf 112 anrufen',
    text: 'Rufen Sie jetzt die 112 an. Der Notruf ist kostenlos und funktioniert mit jedem Telefon. Wenn möglich, gehen Sie an einen sicheren Ort.',
    victimSupport: 'Opferhilfe',
    missingChildren: 'Vermisste Kinder',
  },
};
