/** Hungarian strings of the chat; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { ChatOwnKey } from '../chat.strings.ts';

export default {
  launcher: 'Csevegés: kérdezzen minket',
  title: 'Kérdések az emberkereskedelemről',
  close: 'Csevegés bezárása',
  welcome: 'Üdvözöljük! Válaszolok az emberkereskedelemmel kapcsolatos kérdésekre: mi ez, hogyan ismerhető fel, hol kapnak segítséget az áldozatok, és hogyan lehet bejelenteni egy esetet. Tagszervezeteket, útmutatókat és a következő eseményeket is megkeresem. Ha veszélyben van, hívja a 112-t.',
  conversation: 'Beszélgetés',
  you: 'Ön:',
  assistant: 'Asszisztens:',
  message: 'Az Ön üzenete',
  send: 'Küldés',
  typing: 'Az asszisztens ír…',
  suggestions: 'Javasolt kérdések',
  privacy: 'Kérjük, ne adjon meg neveket, címeket vagy telefonszámokat. A beszélgetés törlődik, amikor bezárja ezt a lapot.',
  'wait.one': 'Túl sok üzenet egyszerre. Kérjük, várjon {count} másodpercet, majd próbálja újra.',
  'wait.other': 'Túl sok üzenet egyszerre. Kérjük, várjon {count} másodpercet, majd próbálja újra.',
  waitMoment: 'Túl sok üzenet egyszerre. Kérjük, várjon egy kicsit, majd próbálja újra.',
  offline: 'A csevegés nem érhető el. Ellenőrizze a kapcsolatot, és próbálja újra.',
  failed: 'Hiba történt nálunk. Kérjük, próbálja újra.',
  call: '{phone} hívása',
  addToCalendar: 'Hozzáadás a naptárhoz',
  'season.spring': 'tavasz',
  'season.summer': 'nyár',
  'season.autumn': 'ősz',
  'season.winter': 'tél',
  seasonYear: '{year} {season}',
  'chip.get-help': 'Hol kaphatok segítséget?',
  'chip.what-is-trafficking': 'Mi az emberkereskedelem?',
  'chip.next-event': 'Mikor lesz a következő esemény?',
  'chip.privacy': 'Névtelen ez a csevegés?',
} satisfies Translation<ChatOwnKey>;
