/** Finnish emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'minua|minut|minulla|minun|mun|oon|minä|mä|mua|mut|meitä|meidät|me|meillä|häntä|hänet|olen|olemme|ystäväni|kaverini|siskoni|veljeni|tyttäreni|poikani|äitini|vaimoni|lapseni';

export const fi: EmergencyPack = {
  rules: [
    `lukittu*|lukinnut|lukitsi|lukitsivat|teljetty|vangittu|kaapattu|siepattu|vankina|panttivanki*|pidetään|suljettu ${P}`,
    'vaarassa|hengenvaarassa|vastoin_tahtoani|tappaa_itseni|itsemurha*|lukkojen_takana',
    `lyö|lyövät|löi|hakkaa*|hakataan|pahoinpit*|pahoinpidel*|raiskas*|raiskaa*|tappaa|tappavat|tapan|uhkaa*|uhkailee|uhkailevat|puukott*|kuristaa|hyökkä*|potkii|satuttaa|satuttavat ${P}|nyt`,
    'apua|auttakaa|auta|autta* nyt|heti|nopeasti|kiire|kiireellisesti',
    '=apua*|auttakaa|auta|hätä|sos|poliisi|hätätilanne',
    '~päästä|päästävät|päästetä ulos|lähtemään|pois|karkuun',
    '~en|enkä|emme|ei pääse|voi|voida|pääsen ulos|pois|pakoon|karkuun|lähtemään|lähteä',
    '~passi*|henkilöpaperi*|paperi* vei|veivät|ottanut|ottaneet|ottivat|otti|takavarik*|piilott*',
    'veitsi|veitsen|ase|aseen|pistooli* on|hänellä|uhkaa|kanssa',
    'kuolla haluan',
    '~pakott* minua|meitä|minut|meidät|mut|olen',
    '~pelkään|pelottaa tappaa|löytää|satuttaa|lyö',
    '~seuraa|seuraavat|vainoaa minua|meitä|mua',
    'tulkaa|tule nopeasti|heti',
    '~puhelin*|kännyk* vei|otti|ottanut',
  ],
  advice: 'kuka|mitä|miten|ihmiskauppa*|onko|merkki',
  filler: 'kiitos pliis please nyt',
  strings: {
    call: 'Soita 112',
    text: 'Soita heti 112. Soitto on maksuton ja onnistuu mistä tahansa puhelimesta. Mene turvalliseen paikkaan, jos voit.',
    victimSupport: 'Rikosuhrien tuki',
    missingChildren: 'Kadonneet lapset',
  },
};
