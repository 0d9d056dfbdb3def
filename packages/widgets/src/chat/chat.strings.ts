/**
 * The chat's UI strings. The suggestion chips are the answer engine's own topic labels, so
 * that sending a chip's label asks about exactly its topic, in every language.
 */
import type { ChatTopic } from '@thb/schema/enums';
import { commonStrings, type CommonKey } from '../internal/common.strings.ts';
import { lazyCatalogue, valuesOf, type CataloguePart } from '../internal/strings.ts';

/** Keys of this element's own strings (the shared ones come from `common.strings.ts`). */
export type ChatOwnKey = keyof typeof en;

/** Keys of all the chat strings. */
export type ChatKey = ChatOwnKey | CommonKey;

const en = {
  launcher: 'Chat: ask us',
  title: 'Questions about trafficking',
  close: 'Close the chat',
  welcome: 'Hello! I answer questions about trafficking in human beings: what it is, how to recognise it, where victims get help and how to report a case. I can also find member organisations, guides and the next events. If you are in danger, call 112.',
  conversation: 'Conversation',
  you: 'You:',
  assistant: 'Assistant:',
  message: 'Your message',
  send: 'Send',
  typing: 'The assistant is writing…',
  suggestions: 'Suggested questions',
  privacy: 'Please do not share names, addresses or phone numbers. The conversation is forgotten when you close this tab.',
  'wait.one': 'Too many messages at once. Please wait {count} second, then try again.',
  'wait.other': 'Too many messages at once. Please wait {count} seconds, then try again.',
  waitMoment: 'Too many messages at once. Please wait a moment, then try again.',
  offline: 'The chat could not be reached. Check your connection and try again.',
  failed: 'Something went wrong on our side. Please try again.',
  call: 'Call {phone}',
  addToCalendar: 'Add to calendar',
  'season.spring': 'Spring',
  'season.summer': 'Summer',
  'season.autumn': 'Autumn',
  'season.winter': 'Winter',
  seasonYear: '{season} {year}',
  'chip.get-help': 'Where can I get help?',
  'chip.what-is-trafficking': 'What is human trafficking?',
  'chip.next-event': 'When is the next event?',
  'chip.privacy': 'Is this chat anonymous?',
} satisfies Partial<Record<`chip.${ChatTopic}`, string>> & Record<string, string>;

/** Chat strings of this element only: English here, every further language in `strings/`. */
export const chatOwnStrings: CataloguePart<ChatOwnKey> = {
  en,
  load: {
    bg: () => import('./strings/bg.ts'),
    cs: () => import('./strings/cs.ts'),
    da: () => import('./strings/da.ts'),
    de: () => import('./strings/de.ts'),
    el: () => import('./strings/el.ts'),
    es: () => import('./strings/es.ts'),
    et: () => import('./strings/et.ts'),
    fi: () => import('./strings/fi.ts'),
    fr: () => import('./strings/fr.ts'),
    ga: () => import('./strings/ga.ts'),
    hr: () => import('./strings/hr.ts'),
    hu: () => import('./strings/hu.ts'),
    it: () => import('./strings/it.ts'),
    lt: () => import('./strings/lt.ts'),
    lv: () => import('./strings/lv.ts'),
    mt: () => import('./strings/mt.ts'),
    nl: () => import('./strings/nl.ts'),
    pl: () => import('./strings/pl.ts'),
    pt: () => import('./strings/pt.ts'),
    ro: () => import('./strings/ro.ts'),
    sk: () => import('./strings/sk.ts'),
    sl: () => import('./strings/sl.ts'),
    sv: () => import('./strings/sv.ts'),
  },
};

/** Chat strings with the shared ones, each language loaded on demand. */
export const chatStrings = lazyCatalogue(commonStrings, chatOwnStrings);

/** The topics of the chips shown with the welcome message, in catalogue order. */
export const WELCOME_TOPICS = valuesOf(en, 'chip.') as ChatTopic[];
