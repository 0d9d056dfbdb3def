/** Danish strings of the chat; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { ChatOwnKey } from '../chat.strings.ts';

export default {
  launcher: 'Chat: spørg os',
  title: 'Spørgsmål om menneskehandel',
  close: 'Luk chatten',
  welcome: 'Hej! Jeg svarer på spørgsmål om menneskehandel: hvad det er, hvordan man genkender det, hvor ofre kan få hjælp, og hvordan man anmelder en sag. Jeg kan også finde medlemsorganisationer, vejledninger og de næste arrangementer. Er du i fare, så ring 112.',
  conversation: 'Samtale',
  you: 'Dig:',
  assistant: 'Assistent:',
  message: 'Din besked',
  send: 'Send',
  typing: 'Assistenten skriver…',
  suggestions: 'Forslag til spørgsmål',
  privacy: 'Del venligst ikke navne, adresser eller telefonnumre. Samtalen glemmes, når du lukker denne fane.',
  'wait.one': 'For mange beskeder på én gang. Vent venligst {count} sekund, og prøv så igen.',
  'wait.other': 'For mange beskeder på én gang. Vent venligst {count} sekunder, og prøv så igen.',
  waitMoment: 'For mange beskeder på én gang. Vent venligst et øjeblik, og prøv så igen.',
  offline: 'Chatten kunne ikke nås. Tjek din forbindelse, og prøv igen.',
  failed: 'Noget gik galt hos os. Prøv venligst igen.',
  call: 'Ring til {phone}',
  addToCalendar: 'Føj til kalender',
  'season.spring': 'Forår',
  'season.summer': 'Sommer',
  'season.autumn': 'Efterår',
  'season.winter': 'Vinter',
  seasonYear: '{season} {year}',
  'chip.get-help': 'Hvor kan jeg få hjælp?',
  'chip.what-is-trafficking': 'Hvad er menneskehandel?',
  'chip.next-event': 'Hvornår er det næste arrangement?',
  'chip.privacy': 'Er denne chat anonym?',
} satisfies Translation<ChatOwnKey>;
