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
  + '|lapsia|tyttö*|naapuri*|työkaveri*|työntekijä*|vauva*';
/** Held: locked, shut, kidnapped, kept prisoner, chained, trapped (participles, past and passive forms). */
const HELD = 'lukittu*|lukinnut|lukitsi|lukitsivat|lukitaan|lukitsee|lukitsevat|lukkoon|lukossa|teljetty*|teljettiin|vangittu*|vankina|vangiksi|kaapattu*'
  + '|kaappasi*|siepattu*|sieppasi*|kidnapattu*|kidnappas*|panttivan*|pidetään|pidettiin|suljettu*|sulkivat|sulki|kahlittu*'
  + '|kahlittiin|sidottu*|loukussa|ansassa';
/** Violence done now: hitting, rape, killing, choking, burning, bleeding. */
const HURT = 'lyö*|löi|löivät|huumas*|huumattiin|raahaa|raahasi|raahaavat|työnsi|sitoi|sitoivat|hakkaa*|hakkas*|hakataan|hakattu*|pahoinpit*|pahoinpidel*|raiskas*|raiskaa*'
  + '|raiskattu*|raiskataan|tappaa|tappavat|tapan|tappaisi|tapetaan|uhkaa|uhkaavat|uhkailee|uhkailevat|uhkas*|puukott*|kuristaa'
  + '|kuristi|kuristavat|hyökkäs*|hyökkää|potkii|potki|potkivat|potkaisi|satuttaa|satuttavat|satutti|läimi*|läpsii|poltti'
  + '|polttavat|polttaa|vuodan|vuotaa|verta|loukkaantu*|haavoittu*|kidutt*|ampuu|ampui';
/** The writer or a close one: narrower than WHO, for the weaker signs. */
const ME = 'minua|minut|mua|mut|meitä|meidät|olen|oon|mä|minä|me';

export const fi: EmergencyPack = {
  rules: [
    `?${HELD} ${WHO}|nyt|täällä`,
    'vaarassa|hengenvaara*|vastoin_tahtoani|vastoin_tahtoaan|tappaa_itseni|itsemurha*|lukkojen_takana|väkisin',
    `${HURT} ${ME}|nyt|just_nyt`,
    `?${HURT} ${WHO}`,
    `käyttää|käyttävät|käytti|käyttivät hyväksi ${WHO}`,
    'apua|auta|autta*|help nyt|heti|nopeasti|kiire|kiireellisesti|äkkiä|hätä|sos',
    '=apua*|auttakaa|auta|hätä|sos|poliisi|hätätilanne',
    `sos|hätä|hätätilanne|hätätilanteessa ${ME}|soittakaa|poliisi*|apua|tytär|poika|vaarassa|tää|tämä|on`,
    'soittakaa|soita|kutsukaa|hälyttäkää poliisi*|112|hätänumero*|ambulanssi',
    '~päästä|päästävät|päästetä ulos|lähtemään|pois|karkuun|kotiin',
    '~en|enkä|emme|ei|eikä|eivät pääse|voi|voida|pääsen|päästä|saa|saada ulos|pois|pakoon|karkuun|lähtemään|lähteä|kotiin',
    '~passi*|henkilöpaperi*|paperi*|puhelin*|kännyk*|luuri* vei|veivät|ottanut|ottaneet|ottivat|otti|takavarik*|piilott*',
    'veitsi|veitsen|veitsellä|veistä|ase|aseen|aseella|pistooli*|puukko|puukon|puukolla on|hänellä|sillä|uhkaa|uhkailee|kanssa|osoittaa|mua|minua|kurkulla|kurkkua|pitää',
    'kuolla haluan',
    '~pakott* minua|meitä|minut|meidät|mut|mua|olen|sitä|häntä|hänet|miehet',
    'pakottaa|pakottavat|pakotetaan seksi*|myymään|prostitu*|asiakka*',
    '~pelkään|pelottaa tappaa|löytää|satuttaa|lyö|tosi|paljon',
    '~seuraa|seuraavat|vainoaa|vainoavat|jahtaa|jahtaavat minua|meitä|mua|mut',
    'tulkaa|tule nopeasti|heti|äkkiä|apuun',
    `vei|veivät|laittoi|laittoivat|työnsi|heitti|raahas*|vietiin paketti*|auto*|rekka*|kuorma*|takakontti*|paku* ${WHO}`,
    `?myi|myivät|myyty|myytiin|myyvät ${WHO}|jollekin|miehelle|miehille`,
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
    '?vauva*|lapse*|lapsi|poja*|tyttäre* vei|veivät|ottivat|otti',
    'apua|auttakaa vie|vievät|viedään|viekää',
    'lopettaa_kaiken|lopettaa_elämäni|en_halua_elää|haluun_kuolla|haluan_kuolla',
    'tapetaan_sut|tapan_sut|tapamme_sinut|löydetään_sut|me_löydetään|sut_tapetaan|ja_tapetaan',
    'murtautu*|murtaa kotiin|sisään|asuntoon|mun',
    'vuodan|vuotaa verta|paljon',
  ],
  advice: 'kuka|mitä|miten|ihmiskauppa*|onko|merkki|merkit|rangaistus|lasketaanko',
  ask: 'ilmoitan|ilmoittaa|ilmoitus|rikosilmoitus*|tunnistaa|tunnistan|oikeudet|oikeuksia|podcast*|dokumentti*|elokuva|kirja|rangaistus|tietää_onko|romaani|korvau*|mihin_ilmoitan|kuukausia',
  calm: 'en_ole_vaarassa|en_oo_vaarassa|emme_ole_vaarassa|ei_ole_hätää|ei_oo_hätää|lukittu_ulos|lukittuna_ulos',
  filler: 'kiitos pliis please nyt',
  strings: {
    call: 'Soita 112',
    text: 'Soita heti 112. Soitto on maksuton ja onnistuu mistä tahansa puhelimesta. Mene turvalliseen paikkaan, jos voit.',
    victimSupport: 'Rikosuhrien tuki',
    missingChildren: 'Kadonneet lapset',
  },
};
