/** Swedish strings of the chat; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { ChatOwnKey } from '../chat.strings.ts';

export default {
  launcher: 'Chatt: fråga oss',
  title: 'Frågor om människohandel',
  close: 'Stäng chatten',
  welcome: 'Hej! Jag svarar på frågor om människohandel: vad det är, hur man känner igen det, var offer får hjälp och hur man anmäler ett fall. Jag kan också hitta medlemsorganisationer, vägledningar och kommande evenemang. Om du är i fara, ring 112.',
  conversation: 'Samtal',
  you: 'Du:',
  assistant: 'Assistent:',
  message: 'Ditt meddelande',
  send: 'Skicka',
  typing: 'Assistenten skriver…',
  suggestions: 'Föreslagna frågor',
  privacy: 'Dela inte namn, adresser eller telefonnummer. Samtalet glöms när du stänger den här fliken.',
  'wait.one': 'För många meddelanden på en gång. Vänta {count} sekund och försök sedan igen.',
  'wait.other': 'För många meddelanden på en gång. Vänta {count} sekunder och försök sedan igen.',
  waitMoment: 'För många meddelanden på en gång. Vänta en stund och försök sedan igen.',
  offline: 'Det gick inte att nå chatten. Kontrollera din anslutning och försök igen.',
  failed: 'Något gick fel hos oss. Försök igen.',
  call: 'Ring {phone}',
  addToCalendar: 'Lägg till i kalendern',
  'season.spring': 'Våren',
  'season.summer': 'Sommaren',
  'season.autumn': 'Hösten',
  'season.winter': 'Vintern',
  seasonYear: '{season} {year}',
  'chip.get-help': 'Var kan jag få hjälp?',
  'chip.what-is-trafficking': 'Vad är människohandel?',
  'chip.next-event': 'När är nästa evenemang?',
  'chip.privacy': 'Är den här chatten anonym?',
} satisfies Translation<ChatOwnKey>;
