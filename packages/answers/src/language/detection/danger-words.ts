/**
 * Words of the messages where the language matters most: someone hit, locked in, threatened,
 * afraid, their passport or phone taken, asking for help fast. An emergency answer must be in
 * the visitor's language, and these short panicked messages often hold no stop word at all.
 * Also the colloquial forms chat uses ("mun", "mä" in Finnish) and, for Bulgarian and Greek,
 * the Latin spellings typed on phones without a Cyrillic or Greek keyboard.
 * Only evidence of the language: deciding that a message IS an emergency is `src/safety`'s job.
 */
import type { EuLanguage } from '@thb/schema/enums';

/** Danger and colloquial words per language, as typed (folded at build). */
export const DANGER_WORDS: Readonly<Record<EuLanguage, readonly string[]>> = {
  bg: ['бие', 'убие', 'убият', 'страх', 'заключена', 'заключен', 'нож', 'паспорт', 'бързо', 'шеф', 'шефът', 'документи',
    'pomosht', 'pomogni', 'pomognete', 'molya', 'politsia', 'politsiya', 'bie', 'moga', 'dokumenti', 'sega', 'tuk', 'strah'],
  cs: ['zachraňte', 'bije', 'zabít', 'zabije', 'bojím', 'zamčená', 'zamčený', 'zavřená', 'nůž', 'pas', 'rychle', 'šéf', 'mě', 'se',
    'nemůžu', 'nemohu', 'doklady', 'mobil'],
  da: ['slår', 'dræbe', 'bange', 'låst', 'indespærret', 'kniv', 'pas', 'hurtigt', 'chef', 'mig', 'kan', 'ikke', 'slået'],
  de: ['schlägt', 'geschlagen', 'umbringen', 'bringt', 'angst', 'eingesperrt', 'messer', 'pass', 'ausweis', 'schnell',
    'chef', 'weg', 'raus', 'festgehalten'],
  el: ['χτυπάει', 'σκοτώσει', 'φοβάμαι', 'κλειδωμένη', 'κλειδωμένος', 'μαχαίρι', 'διαβατήριο', 'γρήγορα', 'αφεντικό',
    'χαρτιά', 'voithia', 'voitheia', 'voithiste', 'voithise', 'parakalo', 'kindyno', 'kindino', 'kindinevo', 'astynomia',
    'astinomia', 'mou', 'den', 'einai', 'eimai', 'kai', 'mporo', 'thelo', 'xartia', 'afentiko', 'tora', 'grigora'],
  en: ['hit', 'hitting', 'beat', 'beating', 'kill', 'afraid', 'scared', 'locked', 'knife', 'passport', 'quick', 'quickly',
    'urgent', 'let', 'leave', 'cant', 'won'],
  es: ['pega', 'golpea', 'matar', 'miedo', 'encerrada', 'encerrado', 'cuchillo', 'pasaporte', 'rápido', 'jefe', 'socorro',
    'auxilio', 'amenaza', 'amenazan', 'dejan', 'salir', 'estoy'],
  et: ['lööb', 'peksab', 'tappa', 'tapab', 'kardan', 'hirmus', 'lukus', 'nuga', 'pass', 'kiiresti', 'ülemus', 'mu', 'mul',
    'meid', 'ta', 'tal', 'ära', 'ei', 'saa', 'telefon'],
  fi: ['jos', 'mun', 'mua', 'mut', 'mulla', 'mulle', 'sä', 'oon', 'olla', 'että', 'eikä', 'tosi', 'nopeasti', 'heti',
    'hätä', 'pelkään', 'lyö', 'tappaa', 'pomo', 'passi', 'puhelin', 'onko', 'voiko', 'mistä', 'kenelle', 'lukittu', 'päästä'],
  fr: ['frappe', 'tuer', 'tue', 'peur', 'enfermé', 'enfermée', 'couteau', 'passeport', 'vite', 'patron', 'laisse',
    'sortir', 'retiennent', 'papiers'],
  ga: ['bualadh', 'buaileann', 'marú', 'maróidh', 'eagla', 'glas', 'ghlas', 'scian', 'pas', 'phas', 'tapa', 'siad', 'ag',
    'agus', 'doras', 'fón'],
  hr: ['upomoć', 'unutra', 'vani', 'su', 'tuče', 'tuku', 'ubiti', 'ubit', 'bojim', 'zaključana', 'zaključan', 'zatvorena', 'nož', 'putovnica', 'putovnicu',
    'brzo', 'šef', 'se', 'me', 'mog', 'moju', 'mogu', 'dokumente'],
  hu: ['verik', 'megvert', 'ver', 'megöl', 'megölni', 'félek', 'bezárt', 'bezártak', 'kés', 'útlevél', 'útlevelem', 'gyorsan', 'főnök',
    'engem', 'minket', 'és', 'nem', 'tudok', 'telefonom'],
  it: ['picchia', 'uccidere', 'ammazza', 'paura', 'chiusa', 'chiuso', 'rinchiusa', 'coltello', 'passaporto', 'veloce',
    'presto', 'capo', 'soccorso', 'fanno', 'uscire', 'documenti'],
  lt: ['gelbėkit', 'gelbėkite', 'muša', 'nužudyti', 'nužudys', 'bijau', 'užrakinta', 'užrakintas', 'peilis', 'pasas', 'greitai', 'viršininkas',
    'negaliu', 'išeiti', 'dokumentus', 'telefoną'],
  lv: ['palīgā', 'glābiet', 'sit', 'nogalināt', 'nogalinās', 'baidos', 'bail', 'ieslēgta', 'ieslēgts', 'nazis', 'pase', 'ātri', 'priekšnieks',
    'manu', 'mūs', 'nevaru', 'laiž', 'dokumentus', 'telefonu'],
  mt: ['isawwat', 'isawwatni', 'joqtol', 'joqtolni', 'nibża', 'maqful', 'maqfula', 'sikkina', 'passaport', 'malajr',
    'qal', 'qalli', 'nistax', 'jħallini', 'jħallunix', 'għandu', 'għandi', 'mobile'],
  nl: ['slaat', 'vermoorden', 'bang', 'opgesloten', 'mes', 'paspoort', 'snel', 'baas', 'vastgehouden', 'word', 'ben',
    'laat', 'weg', 'mag', 'niet'],
  pl: ['ratunku', 'bije', 'zabić', 'zabije', 'boję', 'zamknięta', 'zamknięty', 'nóż', 'paszport', 'szybko', 'szef', 'mnie', 'się',
    'nie', 'mogę', 'wyjść', 'dokumenty', 'telefon'],
  pt: ['bate', 'matar', 'medo', 'presa', 'trancada', 'fechada', 'faca', 'passaporte', 'rápido', 'patrão', 'chefe',
    'socorro', 'você', 'vocês', 'ele', 'ela', 'deixa', 'sair'],
  ro: ['bate', 'omoare', 'omorî', 'frică', 'închisă', 'închis', 'cuțit', 'pașaport', 'pașaportul', 'repede', 'șef',
    'șeful', 'salvați', 'lasă', 'ies', 'actele'],
  sk: ['zachráňte', 'môjho', 'moju', 'držia', 'bije', 'zabiť', 'zabije', 'bojím', 'zamknutá', 'zamknutý', 'zatvorená', 'nôž', 'pas', 'rýchlo', 'šéf', 'ma', 'mňa',
    'von', 'som', 'sa', 'nemôžem', 'že', 'niekto', 'doklady', 'mobil', 'si', 'sme', 'ste', 'sú', 'nie', 'teba', 'preč',
    'ešte', 'pretože', 'keď', 'ak', 'alebo', 'kam', 'komu', 'manžel', 'manželka', 'priateľ', 'priateľka', 'hneď'],
  sl: ['notri', 'zunaj', 'tepe', 'pretepa', 'pretepajo', 'ubiti', 'ubil', 'bojim', 'zaprta', 'zaprt', 'nož', 'potni', 'hitro', 'šef', 'se',
    'me', 'mojo', 'mojega', 'ali', 'ne', 'morem', 'dokumente'],
  sv: ['slår', 'döda', 'rädd', 'inlåst', 'låst', 'kniv', 'pass', 'snabbt', 'chef', 'tipsa', 'mig', 'inte', 'får', 'ut'],
};

/**
 * English words typed in messages of every language ("please help", "sos", "boss"): they
 * count for English only a little, so a Finnish message with "please help" in it stays Finnish.
 */
export const LOAN_WORDS: readonly string[] = [
  'help', 'please', 'pls', 'plz', 'sos', 'ok', 'okay', 'boss', 'chat', 'hi', 'hello', 'hey', 'thanks', 'thx', 'sorry',
  'bye', 'mobile', 'email', 'online', 'ngo',
];
