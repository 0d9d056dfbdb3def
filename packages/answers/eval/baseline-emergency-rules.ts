/**
 * The baseline of the emergency benchmark: the en/de/fr emergency rules the language packs
 * carried before the shared 24-language table (copied as they were), in their old format of
 * groups of alternatives. Only for measuring; the engine never reads them.
 */
import type { EmergencyPack } from '@thb/text/emergency';
import { emergencyStrings } from '@thb/text/emergency';

type OldRule = readonly (readonly string[])[];

const OLD_RULES: Readonly<Record<'en' | 'de' | 'fr', readonly OldRule[]>> = {
  en: [
    [['locked', 'lockd', 'lockt', 'loked', 'lokced', 'lcoked', 'trapped', 'traped', 'kidnapped', 'kidnaped',
      'abducted', 'imprisoned', 'captive', 'sos', 'emergency', 'suicide', 'bleeding']],
    [['hit*', 'beat*', 'punch*', 'kick*', 'hurt*', 'attack*', 'rape', 'raped', 'raping', 'stab', 'stabbed', 'stabbing',
      'chok*', 'strangl*', 'kill*', 'murder*', 'threaten*', 'slap*'],
      ['me', 'us', 'my', 'myself', 'mum', 'mom', 'sister', 'brother', 'daughter', 'son', 'wife', 'friend', 'now']],
    [['danger', 'unsafe'], ['i', 'im', 'me', 'we', 'us', 'my', 'am', 'are', 'life']],
    [['help', 'helpp', 'hlep'], ['now', 'quick', 'quickly', 'asap', 'urgent', 'urgently', 'immediately', 'fast']],
    [['let', 'lets'], ['me', 'us'], ['leave', 'out', 'go']],
    [['held', 'kept', 'keeping', 'holding', 'hold'], ['against'], ['will']],
    [['escape', 'escaping', 'flee'], ['cant', 'cannot', 't', 'how', 'help', 'need']],
    [['gun', 'knife', 'weapon', 'pistol'], ['me', 'us', 'he', 'she', 'they', 'has', 'with']],
    [['die'], ['want', 'wanna', 'gonna', 'going'], ['to', 'gonna', 'wanna']],
  ],
  de: [
    [['eingesperrt', 'eingeschlossen', 'entführt', 'gefangen', 'festgehalten', 'notfall', 'lebensgefahr', 'suizid',
      'selbstmord', 'sos']],
    [['schlag*', 'schläg*', 'schlaeg*', 'schlug*', 'geschlagen', 'verprügel*', 'vergewaltig*', 'bedroh*', 'getreten',
      'tritt', 'würgt', 'gewürgt', 'umbring*', 'töten', 'tötet', 'ersticht', 'misshandel*'],
      ['mich', 'uns', 'mir', 'meine', 'meinen', 'meiner', 'meinem', 'mein']],
    [['verletzt', 'verletzen'], ['mich', 'mir', 'uns']],
    [['gefahr'], ['ich', 'bin', 'wir', 'sind', 'mich', 'uns', 'mein', 'meine']],
    [['hilfe', 'helft', 'helfen', 'hilf'], ['sofort', 'schnell', 'dringend', 'jetzt', 'notfall']],
    [['lässt', 'lassen', 'lasst'], ['mich', 'uns'], ['nicht'], ['gehen', 'raus', 'weg', 'los']],
    [['bringt', 'bringen', 'bring'], ['mich', 'uns'], ['um']],
    [['halten', 'hält', 'halt', 'hielt'], ['mich', 'uns'], ['fest']],
    [['fliehen', 'entkommen', 'abhauen', 'flüchten'], ['nicht', 'wie', 'hilfe', 'muss']],
    [['waffe', 'pistole', 'messer'], ['mich', 'uns', 'er', 'mir', 'hat', 'droht']],
    [['sterben'], ['will', 'werde', 'möchte']],
  ],
  fr: [
    [['enferm*', 'séquestr*', 'kidnapp*', 'urgence', 'secours', 'suicide', 'prisonnier', 'prisonnière', 'sos']],
    [['frap*', 'battu*', 'bat', 'bats', 'battre', 'tabass*', 'viol', 'violée', 'violer', 'tuer', 'tue', 'tuera',
      'menac*', 'étrangl*', 'poignard*', 'agress*', 'cogn*', 'blessé*'],
      ['me', 'm', 'nous', 'moi', 'ma', 'mon', 'mes', 'je', 'j']],
    [['danger'], ['je', 'j', 'suis', 'sommes', 'nous', 'moi', 'ma', 'mon']],
    [['aide', 'aidez', 'aider', 'aidez-moi'], ['vite', 'urgent', 'urgence', 'maintenant', 'immédiatement', 'tout de suite']],
    [['laisse', 'laissent', 'laisser'], ['partir', 'sortir']],
    [['échapper', 'fuir', 'enfuir', 'sauver'], ['peux', 'comment', 'aide', 'pas', 'dois']],
    [['arme', 'couteau', 'pistolet', 'fusil'], ['me', 'nous', 'il', 'elle', 'ils', 'a']],
    [['mourir'], ['veux', 'vais', 'voudrais']],
  ],
};

/** The old rules in the phrase table's notation (a phrase's spaces become `_`). */
function toNotation(rule: OldRule): string {
  return rule.map((group) => group.map((term) => term.replace(/ /g, '_')).join('|')).join(' ');
}

/** The old packs, ready for an `EmergencyDetector`. */
export const OLD_EMERGENCY_PACKS: Readonly<Record<'en' | 'de' | 'fr', EmergencyPack>> = {
  en: { rules: OLD_RULES.en.map(toNotation), strings: emergencyStrings('en') },
  de: { rules: OLD_RULES.de.map(toNotation), strings: emergencyStrings('de') },
  fr: { rules: OLD_RULES.fr.map(toNotation), strings: emergencyStrings('fr') },
};
