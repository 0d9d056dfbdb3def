/** Dutch strings of the chat; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { ChatOwnKey } from '../chat.strings.ts';

export default {
  launcher: 'Chat: stel je vraag',
  title: 'Vragen over mensenhandel',
  close: 'De chat sluiten',
  welcome: 'Hallo! Ik beantwoord vragen over mensenhandel: wat het is, hoe je het herkent, waar slachtoffers hulp krijgen en hoe je een zaak meldt. Ik kan ook lidorganisaties, handleidingen en de volgende evenementen vinden. Ben je in gevaar, bel dan 112.',
  conversation: 'Gesprek',
  you: 'Jij:',
  assistant: 'Assistent:',
  message: 'Je bericht',
  send: 'Versturen',
  typing: 'De assistent is aan het typen…',
  suggestions: 'Voorgestelde vragen',
  privacy: 'Deel geen namen, adressen of telefoonnummers. Het gesprek wordt vergeten zodra je dit tabblad sluit.',
  'wait.one': 'Te veel berichten tegelijk. Wacht {count} seconde en probeer het dan opnieuw.',
  'wait.other': 'Te veel berichten tegelijk. Wacht {count} seconden en probeer het dan opnieuw.',
  waitMoment: 'Te veel berichten tegelijk. Wacht even en probeer het dan opnieuw.',
  offline: 'De chat is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
  failed: 'Er ging bij ons iets mis. Probeer het opnieuw.',
  call: '{phone} bellen',
  addToCalendar: 'Aan agenda toevoegen',
  'season.spring': 'Voorjaar',
  'season.summer': 'Zomer',
  'season.autumn': 'Najaar',
  'season.winter': 'Winter',
  seasonYear: '{season} {year}',
  'chip.get-help': 'Waar kan ik hulp krijgen?',
  'chip.what-is-trafficking': 'Wat is mensenhandel?',
  'chip.next-event': 'Wanneer is het volgende evenement?',
  'chip.privacy': 'Is deze chat anoniem?',
} satisfies Translation<ChatOwnKey>;
