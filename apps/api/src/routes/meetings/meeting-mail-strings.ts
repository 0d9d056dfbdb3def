/**
 * The words of the meeting mails in English, German and French; any other language gets
 * English. `{meeting}` and `{when}` are filled by `meeting-mails.ts`.
 */
import { primaryLanguage } from '@thb/schema';

/** One language's meeting mail texts. */
export interface MeetingMailStrings {
  registered: { subject: string; body: string };
  waiting: { subject: string; body: string };
  promoted: { subject: string; body: string };
  saveTheDate: { subject: string; body: string };
  invitation: { subject: string; body: string };
  update: { subject: string; body: string };
  cancelled: { subject: string; body: string };
  registrationCancelled: { subject: string; body: string };
  reminder: { subject: string; body: string };
  action: string;
  calendarNote: string;
}

const en: MeetingMailStrings = {
  registered: { subject: 'Registered: {meeting}', body: 'You are registered for {meeting} ({when}).' },
  waiting: { subject: 'Waiting list: {meeting}', body: 'The meeting {meeting} ({when}) is full, so you are on the waiting list. We write as soon as a place frees.' },
  promoted: { subject: 'You have a place: {meeting}', body: 'A place freed and it is yours: you are now registered for {meeting} ({when}).' },
  saveTheDate: { subject: 'Save the date: {meeting}', body: 'Please keep {when} free for {meeting}. The exact date follows with the invitation.' },
  invitation: { subject: 'Invitation: {meeting}', body: 'The date of {meeting} is fixed: {when}.' },
  update: { subject: 'Changed: {meeting}', body: '{meeting} has changed. It now takes place {when}.' },
  cancelled: { subject: 'Cancelled: {meeting}', body: '{meeting} ({when}) is cancelled.' },
  registrationCancelled: { subject: 'Registration cancelled: {meeting}', body: 'Your registration for {meeting} ({when}) is cancelled.' },
  reminder: { subject: 'Reminder: {meeting}', body: '{meeting} takes place {when}.' },
  action: 'Open the meeting',
  calendarNote: 'The attached invite.ics puts the meeting in your calendar.',
};
const de: MeetingMailStrings = {
  registered: { subject: 'Angemeldet: {meeting}', body: 'Sie sind für {meeting} ({when}) angemeldet.' },
  waiting: { subject: 'Warteliste: {meeting}', body: 'Das Treffen {meeting} ({when}) ist ausgebucht, Sie stehen auf der Warteliste. Wir schreiben, sobald ein Platz frei wird.' },
  promoted: { subject: 'Sie haben einen Platz: {meeting}', body: 'Ein Platz ist frei geworden: Sie sind jetzt für {meeting} ({when}) angemeldet.' },
  saveTheDate: { subject: 'Bitte vormerken: {meeting}', body: 'Bitte halten Sie {when} für {meeting} frei. Das genaue Datum folgt mit der Einladung.' },
  invitation: { subject: 'Einladung: {meeting}', body: 'Der Termin von {meeting} steht fest: {when}.' },
  update: { subject: 'Geändert: {meeting}', body: '{meeting} hat sich geändert. Es findet jetzt {when} statt.' },
  cancelled: { subject: 'Abgesagt: {meeting}', body: '{meeting} ({when}) ist abgesagt.' },
  registrationCancelled: { subject: 'Anmeldung storniert: {meeting}', body: 'Ihre Anmeldung für {meeting} ({when}) ist storniert.' },
  reminder: { subject: 'Erinnerung: {meeting}', body: '{meeting} findet {when} statt.' },
  action: 'Treffen öffnen',
  calendarNote: 'Mit der angehängten invite.ics kommt das Treffen in Ihren Kalender.',
};
const fr: MeetingMailStrings = {
  registered: { subject: 'Inscription : {meeting}', body: 'Vous êtes inscrit·e à {meeting} ({when}).' },
  waiting: { subject: 'Liste d’attente : {meeting}', body: 'La réunion {meeting} ({when}) est complète : vous êtes sur la liste d’attente. Nous vous écrivons dès qu’une place se libère.' },
  promoted: { subject: 'Vous avez une place : {meeting}', body: 'Une place s’est libérée : vous êtes maintenant inscrit·e à {meeting} ({when}).' },
  saveTheDate: { subject: 'À noter : {meeting}', body: 'Merci de réserver {when} pour {meeting}. La date exacte suivra avec l’invitation.' },
  invitation: { subject: 'Invitation : {meeting}', body: 'La date de {meeting} est fixée : {when}.' },
  update: { subject: 'Modifié : {meeting}', body: '{meeting} a changé. La réunion a lieu désormais {when}.' },
  cancelled: { subject: 'Annulé : {meeting}', body: '{meeting} ({when}) est annulé.' },
  registrationCancelled: { subject: 'Inscription annulée : {meeting}', body: 'Votre inscription à {meeting} ({when}) est annulée.' },
  reminder: { subject: 'Rappel : {meeting}', body: '{meeting} a lieu {when}.' },
  action: 'Ouvrir la réunion',
  calendarNote: 'Le fichier invite.ics joint ajoute la réunion à votre agenda.',
};

const CATALOGUES: Record<string, MeetingMailStrings> = { en, de, fr };

/** The catalogue of a language, English when there is none. */
export function meetingMailStrings(language: string): { language: 'en' | 'de' | 'fr'; strings: MeetingMailStrings } {
  const code = primaryLanguage(language);
  return code === 'de' || code === 'fr' ? { language: code, strings: CATALOGUES[code]! } : { language: 'en', strings: en };
}

const SEASONS: Record<string, Record<string, string>> = {
  en: { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' },
  de: { spring: 'Frühjahr', summer: 'Sommer', autumn: 'Herbst', winter: 'Winter' },
  fr: { spring: 'printemps', summer: 'été', autumn: 'automne', winter: 'hiver' },
};

/** "autumn 2027" or "October 2027" for a tentative date, in the language. */
export function tentativeLabel(tentative: string, language: 'en' | 'de' | 'fr'): string {
  const [year, part] = tentative.split('-') as [string, string];
  if (/^\d+$/.test(part)) {
    return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(year), Number(part) - 1, 15)));
  }
  return `${SEASONS[language]![part] ?? part} ${year}`;
}
