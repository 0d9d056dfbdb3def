/** German strings of the chat; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { ChatOwnKey } from '../chat.strings.ts';

export default {
  launcher: 'Chat: fragen Sie uns',
  title: 'Fragen zu Menschenhandel',
  close: 'Chat schließen',
  welcome: 'Hallo! Ich beantworte Fragen zu Menschenhandel: was er ist, wie man ihn erkennt, wo Betroffene Hilfe bekommen und wie man einen Fall meldet. Ich finde auch Mitgliedsorganisationen, Leitfäden und die nächsten Veranstaltungen. Wenn Sie in Gefahr sind, rufen Sie die 112 an.',
  conversation: 'Unterhaltung',
  you: 'Sie:',
  assistant: 'Assistent:',
  message: 'Ihre Nachricht',
  send: 'Senden',
  typing: 'Der Assistent schreibt …',
  suggestions: 'Vorgeschlagene Fragen',
  privacy: 'Bitte nennen Sie keine Namen, Adressen oder Telefonnummern. Die Unterhaltung wird vergessen, wenn Sie diesen Tab schließen.',
  'wait.one': 'Zu viele Nachrichten auf einmal. Bitte warten Sie {count} Sekunde und versuchen Sie es dann erneut.',
  'wait.other': 'Zu viele Nachrichten auf einmal. Bitte warten Sie {count} Sekunden und versuchen Sie es dann erneut.',
  waitMoment: 'Zu viele Nachrichten auf einmal. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
  offline: 'Der Chat ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  failed: 'Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es erneut.',
  call: '{phone} anrufen',
  addToCalendar: 'Zum Kalender hinzufügen',
  'season.spring': 'Frühjahr',
  'season.summer': 'Sommer',
  'season.autumn': 'Herbst',
  'season.winter': 'Winter',
  seasonYear: '{season} {year}',
  'chip.get-help': 'Wo bekomme ich Hilfe?',
  'chip.what-is-trafficking': 'Was ist Menschenhandel?',
  'chip.next-event': 'Wann ist die nächste Veranstaltung?',
  'chip.privacy': 'Ist dieser Chat anonym?',
} satisfies Translation<ChatOwnKey>;
