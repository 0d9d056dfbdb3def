/** Finnish strings of the chat; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { ChatOwnKey } from '../chat.strings.ts';

export default {
  launcher: 'Chat: kysy meiltä',
  title: 'Kysymyksiä ihmiskaupasta',
  close: 'Sulje chat',
  welcome: 'Hei! Vastaan kysymyksiin ihmiskaupasta: mitä se on, miten sen tunnistaa, mistä uhrit saavat apua ja miten tapauksesta ilmoitetaan. Löydän myös jäsenjärjestöjä, oppaita ja tulevia tapahtumia. Jos olet vaarassa, soita 112.',
  conversation: 'Keskustelu',
  you: 'Sinä:',
  assistant: 'Avustaja:',
  message: 'Viestisi',
  send: 'Lähetä',
  typing: 'Avustaja kirjoittaa…',
  suggestions: 'Ehdotetut kysymykset',
  privacy: 'Älä kerro nimiä, osoitteita tai puhelinnumeroita. Keskustelu unohdetaan, kun suljet tämän välilehden.',
  'wait.one': 'Liian monta viestiä kerralla. Odota {count} sekunti ja yritä sitten uudelleen.',
  'wait.other': 'Liian monta viestiä kerralla. Odota {count} sekuntia ja yritä sitten uudelleen.',
  waitMoment: 'Liian monta viestiä kerralla. Odota hetki ja yritä sitten uudelleen.',
  offline: 'Chattiin ei saatu yhteyttä. Tarkista yhteytesi ja yritä uudelleen.',
  failed: 'Meillä meni jotain pieleen. Yritä uudelleen.',
  call: 'Soita {phone}',
  addToCalendar: 'Lisää kalenteriin',
  'season.spring': 'Kevät',
  'season.summer': 'Kesä',
  'season.autumn': 'Syksy',
  'season.winter': 'Talvi',
  seasonYear: '{season} {year}',
  'chip.get-help': 'Mistä saan apua?',
  'chip.what-is-trafficking': 'Mitä ihmiskauppa on?',
  'chip.next-event': 'Milloin on seuraava tapahtuma?',
  'chip.privacy': 'Onko tämä chat anonyymi?',
} satisfies Translation<ChatOwnKey>;
