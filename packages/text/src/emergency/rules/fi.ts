/**
 * Finnish emergency rules and strings (notation: ../emergency-pack.ts), written as concept
 * vocabularies (who, being held, violence, weapons…) that the rules combine. Finnish inflects
 * heavily: prefixes cover the cases and tenses of a stem ("hakkaa*": hakkaa, hakkaavat,
 * hakkasi), the spoken forms (mä, mua, mut, ne) sit beside the written ones (minä, minua, minut).
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Someone it is happening to: the writer, someone close, a person word (partitive and accusative forms). */
const WHO = 'minua|minut|minulla|minun|mun|oon|minä|mä|mää|mua|mut|meitä|meidät|me|meillä|meidän|häntä|hänet|hänellä|olen|olemme'
  + '|ollaan|sitä|sen|niitä|ystävä*|kaveri*|sisko*|sisar*|veli|velje*|tytär*|tyttäre*|poika*|poja*|äiti*|vaimo*|lapsi|lapse*'
  + '|lapsia|tyttö*|tytö*|naapuri*|työkaveri*|työntekijä*|vauva*|serkku*|serku*|mies|mieheni|poikaystävä*|tyttöystävä*|nainen|mummo*|isoäiti*';
/** Held: locked, shut, kidnapped, kept prisoner, chained, trapped (participles, past and passive forms). */
const HELD = 'lukit*|lukinnut|lukkoon|lukossa|teljet*|vangit*|vankina|vankeina|vangiksi|kaappa*|kaapat*'
  + '|sieppa*|siepat*|kidnap*|panttivan*|pidetään|pidettiin|suljet*|sulkivat|sulki|kahlit*'
  + '|sidottu*|loukussa|ansassa|jumissa';
/** Violence done now: hitting, rape, killing, choking, burning, bleeding. */
const HURT = 'lyö*|löi|löivät|huumas*|huumattiin|raahaa|raahasi|raahaavat|työnsi|sitoi|sitoivat|hakkaa*|hakkas*|hakataan|hakattu*|hakattiin|pahoinpi*|raiska*'
  + '|tappaa|tappavat|tapan|tappaisi|tapetaan|tappoi|uhkaa|uhkaavat|uhkail*|uhkas*|uhataan|uhattiin|puukot*|kuristaa'
  + '|kuristi|kuristavat|hyökkäs*|hyökkää|potkii|potki|potkivat|potkaisi|satuttaa|satuttavat|satutti|läimi*|läpsii|poltti'
  + '|polttavat|polttaa|vuodan|vuotaa|verta|loukkaantu*|haavoittu*|kidutt*|ampuu|ampui|ampuivat|ammuttiin|ammuttu';
/** The writer or a close one: narrower than WHO, for the weaker signs. */
const ME = 'minua|minut|mua|mut|meitä|meidät|olen|oon|mä|minä|me';

export const fi: EmergencyPack = {
  rules: [
    `?${HELD} ${WHO}|nyt|täällä`,
    'vastoin_tahtoani|vastoin_tahtoaan|tappaa_itseni|itsemurha*|lukkojen_takana',
    // In danger said of oneself or a close one; 'what to do if someone is in danger' is a question.
    `?vaarassa|hengenvaar*|väkisin ${WHO}|nyt|apua|auta|auttakaa|heti|täällä`,
    '=vaarassa|hengenvaarassa',
    `${HURT} ${ME}|nyt|just_nyt`,
    `?${HURT} ${WHO}`,
    `käyttää|käyttävät|käytti|käyttivät hyväksi ${WHO}`,
    '?apua|auta|autta*|help nyt|heti|nopeasti|kiire|kiireellisesti|äkkiä|hätä|sos',
    '=apua*|auttakaa|auta|hätä|sos|poliisi|hätätilanne',
    `sos|hätä|hätätilanne|hätätilanteessa ${ME}|soittakaa|poliisi*|apua|tytär|poika|vaarassa|tää|tämä|on`,
    'soittakaa|soita|kutsukaa|hälyttäkää poliisi*|112|hätänumero*|ambulanssi',
    '~päästä|päästävät|päästetä ulos|lähtemään|pois|karkuun|kotiin',
    '~en|enkä|emme|ei|eikä|eivät pääse|voi|voida|pääsen|päästä|saa|saada ulos|pois|pakoon|karkuun|lähtemään|lähteä|kotiin',
    '~passi*|henkilöpaperi*|paperi*|puhelin*|kännyk*|luuri* vei|veivät|ottanut|ottaneet|ottivat|otti|takavarik*|piilott*',
    'veitsi|veitsen|veitsellä|veistä|ase|aseen|aseella|pistooli*|puukko|puukon|puukolla on|hänellä|sillä|uhkaa|uhkailee|kanssa|osoittaa|mua|minua|kurkulla|kurkkua|pitää',
    'kuolla haluan',
    '~pakott*|pakote* minua|meitä|minut|meidät|mut|mua|olen|sitä|häntä|hänet|miehet',
    'pakottaa|pakottavat|pakotetaan seksi*|myymään|prostitu*|asiakka*',
    // Said in the past it may be a book or a story ('a book about women who were forced into prostitution').
    '?pakotettiin|pakotti|pakottivat seksi*|myymään|prostitu*|asiakka*',
    '~pelkään|pelottaa tappaa|löytää|satuttaa|lyö|tosi|paljon',
    '~seuraa|seuraavat|vainoaa|vainoavat|jahtaa|jahtaavat minua|meitä|mua|mut',
    'tulkaa|tule|tuu|tuukaa nopeasti|nopeesti|heti|äkkiä|apuun',
    `vei|veivät|veti|vetivät|kiskoi|nappasi|nappasivat|laittoi|laittoivat|työnsi|heitti|raahas*|vietiin paketti*|auto*|rekka*|kuorma*|takakontti*|paku* ${WHO}`,
    `?myi|myivät|myyty|myytiin|myyvät|myy|myydään ${WHO}|jollekin|miehelle|miehille`,
    'löysi|löysivät mut|minut|meidät|mua',
    'pakenin|karkasin|pakenimme|karkasimme|pääsin piileskelen|piilo*|etsii|etsivät',
    'piileskelen|piileskellään|piiloudun|olen_piilossa|oon_piilossa',
    'en_saa_henkeä|en_saa_happea|en_pysty_hengittämään|en_voi_hengittää',
    // Fear for one's life, being looked for, watched: how people describe danger without its words.
    'henkeni_puolesta|henkemme_puolesta|lasteni_puolesta|henkensä_puolesta|tappaa_mut|tappaa_minut|tappaa_meidät',
    `auttakaa|autakaa|auta ${HURT}`,
    '?tulee|tulevat|tulee_takaisin|palaa|palaavat takaisin|illalla|yöllä pelkään|pelottaa|pelkäät|hirveesti',
    '?etsii|etsivät|jahtaa mua|mut|minua|meitä|kaikkialta',
    '?en_ole_vapaa|en_oo_vapaa|emme_ole_vapaita|ei_oo_vapaa lähtemään|lähteä|pois|ulos',
    '?vahtii|vahtivat|valvoo|valvovat|tarkkailee|tarkkailevat mua|minua|meitä|koko_ajan',
    // The body: what was done to it, said the way one reports it.
    'mursi|murskasi|katkaisi|rikkoi käde*|käsi*|jala*|jalka*|nenä*|kylkiluu*|hampa*|sormi*|leuka*',
    'veden_alle|vedenalle|seinää_vasten|seinään pää*|mun|minun|painoi|löi',
    'hiuksista|tukasta vetää|repii|raahaa|raahas*|kiskoo',
    '?seksuaalisesti käytiin|kävi|kävivät|ahdisteli*|hyväksikäyt*|päälle|hyökkäsi',
    'perässä|perään|peräs juoksee|juoksevat|juoksi|tulee|ajaa mun|minun|meidän',
    'potkas*|potkaisi|rikkoi|mursi|hajotti oven|ovea|ovi',
    '?katosi|kadonnut|kadoksissa|kateissa pelottaa|pelkää|pelkään|itkee|uhkaa*|vietiin|veivät|kirjoitti|viestin|viesti|soitti',
    '?ilman_palkkaa|ilman_rahaa töitä|tekemään|kerjäämään|lyödään|lukitaan|yöksi',
    '?en_tiedä_missä_oon|en_tiedä_missä_olen|en_tiedä_missä_ollaan|en_tiiä_missä_oon',
    // Held in a car boot, tied, pushed, organs, the door locked from outside, quoted threats, "help they are taking me".
    'takakont* oon|olen|ollaan|olemme|lukittu*|suljettu*',
    'sitoi|sitoivat|sidottiin|sidotut käde*|jala*',
    'työnsi|tönäisi|heitti portai*|ikkuna*',
    'haluu|haluaa|haluavat|ottaa munuai*|elim*',
    'hyppäsin|hyppäs ikkunasta',
    '?karkasin|pakenin|pääsin autosta|pakusta|autosta_pois',
    'lukossa|lukittu* ulkoa|ulkopuolelta',
    '?kontti*|kellari* ollaan|olemme|tyttöä|tytöt|lukittu*|suljettu*|meitä',
    '?vauva*|lapse*|lapsi|poja*|tyttäre* vei|veivät|ottivat|otti|varastettiin|varasti|varastivat|vietiin|siepattiin',
    // Round 4: taken off the street, harm done or promised, a threat at the door.
    `vei|veivät|vietiin|nappasi|nappasivat|sieppasi ${ME}|mun|lapsen|tytön|pojan kadulta|väkisin|autoon`,
    '?tekee|tekevät|teki|tekivät pahaa|kipeää',
    `?${HURT} oven_takana|ovella|ovelle|täällä|tässä|ulkona|pihalla`,
    'apua|auttakaa vie|vievät|viedään|viekää',
    'lopettaa_kaiken|lopettaa_elämäni|en_halua_elää|haluun_kuolla|haluan_kuolla',
    'tapetaan_sut|tapan_sut|tapamme_sinut|löydetään_sut|me_löydetään|sut_tapetaan|ja_tapetaan',
    'murtautu*|murtaa kotiin|sisään|asuntoon|mun',
    'vuodan|vuotaa verta|paljon',
    // Round 3: the body failing (not breathing, unconscious, shot), threats tied to a debt or to
    // leaving, being moved abroad, kept (pitää) somewhere, unable to talk with him near, a cry heard next door.
    'ei|eikä|enää|en hengitä|hengittänyt|hengitä_enää',
    '?ei_herää|eikä_herää|ei_reagoi|ei_liiku|eikä_liiku se|hän|isä*|äiti*|lapsi|vauva*|tyttö*|poika*|sisko*|mieheni|vaimoni|mun|nyt|apua|ambulanssi|auttakaa|kaveri*|ystävä*|äiti*|isä*|mies|vaimo*|veli',
    '?tajuton*|tajuttom*|menetti_tajunnan|menettänyt_tajunnan|pyörtyi|pyörtyny*|yliannost*',
    `?jos_en_maksa|ellen_maksa|jos_en_tee|jos_en_tottele|jos_lähden|jos_karkaan|jos_puhun|jos_kerron perhe*|kärsi*|huonosti|${HURT}`,
    '?velka*|velkaa perhe*|perheen|perheelle|kärsi*|tapp*|tapet*|satut*|hakkaa*',
    `?siirretään|siirtävät|viedään|vievät|kuljetetaan|kuljettavat ${ME} toiseen_maahan|ulkomaille|rajan_yli|muualle|enkä_halua|väkisin`,
    `pitää|pitävät|pitivät|piti ${ME} täällä|vankina|vankeina|väkisin|lukittuna|kiinni|panttivankina`,
    'en_voi_puhua|en_pysty_puhumaan|en_voi_soittaa|en_uskalla_puhua vieressä|kuulee|lähellä|huoneessa|auta*|apua',
    `pelastakaa|pelasta|pelastakka ${ME}|meidät|mut|minut`,
    '=pelastakaa|pelasta',
    '?huuta*|kirku*|huusi apua|apuun|avuksi|naapuri*|viereis*|seinän_takana',
  ],
  advice: 'kuka|mitä|miten|ihmiskauppa*|onko|merkki|merkit|rangaistus|lasketaanko',
  ask: 'vuosia_sitten|vuos_sitten|vuotta_sitten|kuukausia_sitten|viime_vuonna|lapsena|tarinani|sarja*|jakso*|oikeasti|leffa*|elokuv*|kirjaa|kirjoja|ilmoit*|rikosilmoitus*|tunnistaa|tunnistan|oikeudet|oikeuksia|podcast*|dokumentti*|elokuva|kirja|rangaistus|tietää_onko|romaani|korvau*|mihin_ilmoitan|kuukausia|uutis*|uutinen|artikkeli*|lehdessä|saako|laillista|laitonta|kuinka_usein|kuinka_moni|montako|tilasto*|voiko|voinko|miten_tukea|miten_autan|miten_auttaa|mitä_tehdä_jos|mitä_tehdä_kun|miten_toimia|hakemu*|jäsen*|lomake*|raport*|sivusto*|nettisivu*|salasan*',
  calm: 'en_ole_vaarassa|en_oo_vaarassa|emme_ole_vaarassa|ei_ole_hätää|ei_oo_hätää|lukittu_ulos|lukittuna_ulos',
  filler: 'kiitos pliis please nyt',
  strings: {
    call: 'Soita 112',
    text: 'Soita heti 112. Soitto on maksuton ja onnistuu mistä tahansa puhelimesta. Mene turvalliseen paikkaan, jos voit.',
    victimSupport: 'Rikosuhrien tuki',
    missingChildren: 'Kadonneet lapset',
  },
};
