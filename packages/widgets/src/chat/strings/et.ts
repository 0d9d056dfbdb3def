/** Estonian strings of the chat; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { ChatOwnKey } from '../chat.strings.ts';

export default {
  launcher: 'Vestlus: küsi meilt',
  title: 'Küsimused inimkaubanduse kohta',
  close: 'Sulge vestlus',
  welcome: 'Tere! Vastan küsimustele inimkaubanduse kohta: mis see on, kuidas seda ära tunda, kust ohvrid abi saavad ja kuidas juhtumist teatada. Oskan leida ka liikmesorganisatsioone, juhendeid ja järgmisi üritusi. Kui oled ohus, helista 112.',
  conversation: 'Vestlus',
  you: 'Sina:',
  assistant: 'Assistent:',
  message: 'Sinu sõnum',
  send: 'Saada',
  typing: 'Assistent kirjutab…',
  suggestions: 'Soovitatud küsimused',
  privacy: 'Palun ära jaga nimesid, aadresse ega telefoninumbreid. Vestlus unustatakse, kui sa selle vahelehe sulged.',
  'wait.one': 'Liiga palju sõnumeid korraga. Palun oota {count} sekund ja proovi siis uuesti.',
  'wait.other': 'Liiga palju sõnumeid korraga. Palun oota {count} sekundit ja proovi siis uuesti.',
  waitMoment: 'Liiga palju sõnumeid korraga. Palun oota hetk ja proovi siis uuesti.',
  offline: 'Vestlusega ei saanud ühendust. Kontrolli oma ühendust ja proovi uuesti.',
  failed: 'Meie poolel läks midagi valesti. Palun proovi uuesti.',
  call: 'Helista {phone}',
  addToCalendar: 'Lisa kalendrisse',
  'season.spring': 'Kevad',
  'season.summer': 'Suvi',
  'season.autumn': 'Sügis',
  'season.winter': 'Talv',
  seasonYear: '{season} {year}',
  'chip.get-help': 'Kust ma abi saan?',
  'chip.what-is-trafficking': 'Mis on inimkaubandus?',
  'chip.next-event': 'Millal on järgmine üritus?',
  'chip.privacy': 'Kas see vestlus on anonüümne?',
} satisfies Translation<ChatOwnKey>;
