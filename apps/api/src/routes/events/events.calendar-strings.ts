/**
 * The few words the calendar adds to event data, in the UI languages (English fallback);
 * months and countries come from `Intl`, so they work in every EU language.
 */
import { parseApproximateDate, type EuLanguage, type Season } from '@thb/schema';
import { dateFormat } from '@thb/text';

interface CalendarStrings {
  calendarName: string;
  calendarDescription: string;
  tentative: string;
  organiser: string;
  online: string;
  seasons: Record<Season, string>;
}

const STRINGS: Partial<Record<EuLanguage, CalendarStrings>> & { en: CalendarStrings } = {
  en: {
    calendarName: 'EU Civil Society Platform against trafficking: events',
    calendarDescription: 'Platform meetings, webinars, trainings and conferences of the EU Civil Society Platform against trafficking in human beings.',
    tentative: 'Tentative', organiser: 'Organiser', online: 'Online',
    seasons: { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' },
  },
  de: {
    calendarName: 'EU-Plattform der Zivilgesellschaft gegen Menschenhandel: Termine',
    calendarDescription: 'Plattformtreffen, Webinare, Schulungen und Konferenzen der EU-Plattform der Zivilgesellschaft gegen Menschenhandel.',
    tentative: 'Vorläufig', organiser: 'Veranstalter', online: 'Online',
    seasons: { spring: 'Frühjahr', summer: 'Sommer', autumn: 'Herbst', winter: 'Winter' },
  },
  fr: {
    calendarName: 'Plateforme de la société civile de l’UE contre la traite : événements',
    calendarDescription: 'Réunions de la plateforme, webinaires, formations et conférences de la plateforme de la société civile de l’UE contre la traite des êtres humains.',
    tentative: 'Provisoire', organiser: 'Organisateur', online: 'En ligne',
    seasons: { spring: 'printemps', summer: 'été', autumn: 'automne', winter: 'hiver' },
  },
};

/** The calendar's words in a language, English when it has no translation yet. */
export function calendarStrings(language: EuLanguage): CalendarStrings {
  return STRINGS[language] ?? STRINGS.en;
}

/**
 * An EDTF approximate date in words.
 * @example approximateDateLabel('2027-23', 'en') // 'autumn 2027'
 * @example approximateDateLabel('2027-10', 'de') // 'Oktober 2027'
 */
export function approximateDateLabel(edtf: string, language: EuLanguage): string | undefined {
  const date = parseApproximateDate(edtf);
  if (!date) return undefined;
  if ('season' in date) return `${calendarStrings(language).seasons[date.season]} ${date.year}`;
  if ('month' in date) {
    return dateFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(date.year, date.month - 1, 1));
  }
  return String(date.year);
}
