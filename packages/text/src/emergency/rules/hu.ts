/**
 * Hungarian emergency rules and strings (notation: ../emergency-pack.ts). Hungarian marks the
 * person on the verb ("megvernek": they beat me), so many rules are single verb forms.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'engem|engemet|nekem|minket|nekünk|én|őt|vagyok|vagyunk|barátom|barátnőm|húgom|nővérem|öcsém|bátyám|lányom|fiam|anyám|feleségem|gyerekem';

export const hu: EmergencyPack = {
  rules: [
    'bezártak|bezárt_engem|fogva_tart*|elraboltak|elrabolt|túsz|túszként|fogságban|vagyok_zárva|vagyunk_zárva|megvernek|megvert|megvertek|bántanak|megerőszakolt*|megölnek|megöl|fenyegetnek|megszúrt|megtámadtak|vernek|üldöznek|életveszély*|akaratom_ellenére|öngyilkos*',
    `bezár*|elrabol*|bántják|bántanak|bánt|bántott|bántottak|bántalmaz|bántalmazott|bántalmaznak|fenyeget|fenyegetett|fenyegettek|megtámad*|megver*|megöl*|ütött|ütöttek|kényszerít|kényszerített ${P}|most`,
    'segítség|segítsen|segítsetek|segíts gyorsan|azonnal|most|sürgős*',
    '=segítség|segítsen|segítsetek|segíts|sos|rendőrség|rendőrt|mentsetek',
    '~engednek|enged|engedik ki|el|elmenni|kimenni',
    '~nem_tudok|nem_tudunk|nem_bírok kijutni|elmenni|menekülni|megszökni|kimenni|elszökni',
    '~útlevel*|irat*|papír*|dokumentum*|személyi* elvették|elvette|elvett*|elkobozt*|ellopt*|elrejtett*',
    'kés|kése|késsel|fegyver*|pisztoly* van|nála|fenyeget*|vele',
    'meghalni akarok',
    '~félek megöl*|megtalál|visszajön|megver*',
    'jöjjenek|gyertek|jöjjön gyorsan|azonnal',
    '~telefonom*|mobilom* elvette|elvették',
    'veszélyben vagyok|vagyunk|életem|engem|minket',
    'bezárva|kényszerítenek engem|minket|vagyok|vagyunk|tartanak_engem',
    'ver|vernek|verik|verte|rugdos|fojtogat* minket|engem|most|férjem|párom|főnök*',
    'rugdos|fojtogat|fojtogatnak|üt_és_rugdos',
  ],
  advice: 'mit|hogyan|honnan|emberkereskedelem|ez|jelei',
  filler: 'kérem kérlek légyszi gyorsan',
  strings: {
    call: 'Hívja a 112-t',
    text: 'Hívja most a 112-t. Ingyenes, és bármilyen telefonról működik. Ha teheti, menjen biztonságos helyre.',
    victimSupport: 'Áldozatsegítés',
    missingChildren: 'Eltűnt gyermekek',
  },
};
