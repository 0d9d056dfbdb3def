/**
 * The chat's UI strings. The suggestion chips are the answer engine's own topic labels, so
 * that sending a chip's label asks about exactly its topic, in every language.
 */
import type { ChatTopic } from '@thb/schema/enums';
import { withCommon, type CommonKey } from '../internal/common.strings.ts';
import { valuesOf } from '../internal/strings.ts';

/** Keys of the chat strings. */
export type ChatKey = keyof typeof en | CommonKey;

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

/** Chat strings in English, German and French; more EU languages are added as data. */
export const chatStrings = withCommon({
  en,
  de: {
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
  },
  fr: {
    launcher: 'Chat : posez vos questions',
    title: 'Questions sur la traite',
    close: 'Fermer le chat',
    welcome: "Bonjour ! Je réponds aux questions sur la traite des êtres humains : ce que c'est, comment la reconnaître, où les victimes trouvent de l'aide et comment signaler un cas. Je trouve aussi des organisations membres, des guides et les prochains événements. Si vous êtes en danger, appelez le 112.",
    conversation: 'Conversation',
    you: 'Vous :',
    assistant: 'Assistant :',
    message: 'Votre message',
    send: 'Envoyer',
    typing: 'L’assistant écrit…',
    suggestions: 'Questions suggérées',
    privacy: 'Merci de ne partager ni noms, ni adresses, ni numéros de téléphone. La conversation est oubliée quand vous fermez cet onglet.',
    'wait.one': 'Trop de messages à la fois. Veuillez patienter {count} seconde, puis réessayer.',
    'wait.other': 'Trop de messages à la fois. Veuillez patienter {count} secondes, puis réessayer.',
    waitMoment: 'Trop de messages à la fois. Veuillez patienter un instant, puis réessayer.',
    offline: 'Impossible de joindre le chat. Vérifiez votre connexion et réessayez.',
    failed: 'Un problème est survenu de notre côté. Veuillez réessayer.',
    call: 'Appeler le {phone}',
    addToCalendar: 'Ajouter au calendrier',
    'season.spring': 'Printemps',
    'season.summer': 'Été',
    'season.autumn': 'Automne',
    'season.winter': 'Hiver',
    seasonYear: '{season} {year}',
    'chip.get-help': "Où trouver de l'aide ?",
    'chip.what-is-trafficking': "Qu'est-ce que la traite des êtres humains ?",
    'chip.next-event': 'Quand a lieu le prochain événement ?',
    'chip.privacy': 'Ce chat est-il anonyme ?',
  },
} satisfies { en: typeof en } & Record<string, Record<keyof typeof en, string>>);

/** The topics of the chips shown with the welcome message, in catalogue order. */
export const WELCOME_TOPICS = valuesOf(en, 'chip.') as ChatTopic[];
