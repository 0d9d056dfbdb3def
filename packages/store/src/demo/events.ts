/**
 * Demo events placed around the day of seeding: past and upcoming; confirmed, tentative and
 * cancelled; online, in person and hybrid; one meeting known only to the season and one to the month.
 */
import type { OrganisationRef } from '@thb/schema';
import { dayFrom, monthFrom, nextAntiTraffickingDay, nextAutumn, timeFrom } from './dates.ts';
import { t, type EventDraft } from './draft.ts';

const commission: OrganisationRef = { type: 'commission' };
const member = (memberId: string): OrganisationRef => ({ type: 'member', memberId });
const BRUSSELS = { name: 'Berlaymont', address: 'Rue de la Loi 200', city: 'Brussels', country: 'BE' };

/** The demo events relative to `now`. */
export function demoEvents(now: Date): EventDraft[] {
  const autumn = nextAutumn(now);
  const month = monthFrom(now, 3);
  const day = (offset: number) => dayFrom(now, offset);
  const time = (offset: number, clock: string) => timeFrom(now, offset, clock);
  const online = (id: string) => `https://meet.example.org/${id}`;
  return [
    {
      id: 'platform-meeting-autumn', kind: 'platform-meeting', status: 'tentative', start: autumn.start, end: autumn.end,
      timeZone: 'Europe/Brussels', datePrecision: 'season', approximateDate: autumn.edtf, format: 'in-person', place: BRUSSELS,
      title: t('EU Civil Society Platform meeting', 'Treffen der EU-Plattform der Zivilgesellschaft', 'Réunion de la plateforme de la société civile de l’UE'),
      description: t(
        'The next platform meeting is tentatively planned for autumn; the date will be confirmed to members.',
        'Das nächste Plattformtreffen ist vorläufig für den Herbst geplant; das Datum wird den Mitgliedern bestätigt.',
        "La prochaine réunion de la plateforme est provisoirement prévue à l'automne ; la date sera confirmée aux membres.",
      ),
      organiser: commission, languages: ['en', 'fr', 'de'],
    },
    {
      id: 'platform-meeting-victims-voices', kind: 'platform-meeting', status: 'confirmed', start: time(-200, '09:30'), end: time(-200, '17:30'),
      timeZone: 'Europe/Brussels', datePrecision: 'day', format: 'hybrid', place: BRUSSELS, onlineUrl: online('platform-victims-voices'),
      title: t('Platform meeting: victims’ voices in policy', 'Plattformtreffen: Stimmen Betroffener in der Politik', 'Réunion de la plateforme : la voix des victimes dans les politiques'),
      description: t(
        'Members and the Commission discussed how survivors can shape anti-trafficking policy.',
        'Mitglieder und Kommission berieten, wie Überlebende die Politik gegen Menschenhandel mitgestalten können.',
        'Les membres et la Commission ont discuté de la manière dont les survivants peuvent façonner la politique contre la traite.',
      ),
      organiser: commission, languages: ['en', 'fr', 'de'],
    },
    {
      id: 'platform-meeting-last-year', kind: 'platform-meeting', status: 'confirmed', start: day(-380), end: day(-379),
      timeZone: 'Europe/Brussels', datePrecision: 'day', format: 'in-person', place: BRUSSELS,
      title: t('Two-day platform meeting on labour exploitation', 'Zweitägiges Plattformtreffen zur Arbeitsausbeutung', "Réunion de deux jours de la plateforme sur l'exploitation par le travail"),
      description: t(
        'Workshops on supply chains, labour inspection and remedies for workers.',
        'Workshops zu Lieferketten, Arbeitsinspektion und Rechtsbehelfen für Beschäftigte.',
        "Ateliers sur les chaînes d'approvisionnement, l'inspection du travail et les recours des travailleurs.",
      ),
      organiser: commission, languages: ['en'],
    },
    {
      id: 'conference-eu-anti-trafficking-day', kind: 'conference', status: 'confirmed',
      start: nextAntiTraffickingDay(now), end: nextAntiTraffickingDay(now), timeZone: 'Europe/Brussels', datePrecision: 'day',
      format: 'hybrid', place: BRUSSELS, onlineUrl: online('eu-anti-trafficking-day'),
      title: t('EU Anti-Trafficking Day conference', 'Konferenz zum EU-Tag gegen Menschenhandel', 'Conférence de la Journée européenne contre la traite'),
      description: t(
        'A conference on 18 October, EU Anti-Trafficking Day, with members of the platform.',
        'Eine Konferenz am 18. Oktober, dem EU-Tag gegen Menschenhandel, mit Mitgliedern der Plattform.',
        'Une conférence le 18 octobre, Journée européenne contre la traite, avec les membres de la plateforme.',
      ),
      organiser: commission, languages: ['en', 'fr', 'de'], registrationUrl: 'https://events.example.org/eu-anti-trafficking-day',
    },
    {
      id: 'webinar-labour-exploitation-indicators', kind: 'webinar', status: 'confirmed', start: time(12, '14:00'), end: time(12, '15:30'),
      timeZone: 'Europe/Berlin', datePrecision: 'day', format: 'online', onlineUrl: online('labour-indicators'),
      title: t('Webinar: indicators of labour exploitation', 'Webinar: Indikatoren für Arbeitsausbeutung', "Webinaire : les indicateurs de l'exploitation par le travail"),
      description: t(
        'How to use indicator lists in counselling, with case examples from construction and care work.',
        'Wie man Indikatorenlisten in der Beratung nutzt, mit Fallbeispielen aus Bau und Pflege.',
        "Comment utiliser les listes d'indicateurs dans l'accompagnement, avec des cas du bâtiment et du soin.",
      ),
      organiser: member('isarnetz-muenchen'), languages: ['de', 'en'], registrationUrl: 'https://isarnetz.example.org/webinar',
    },
    {
      id: 'webinar-online-grooming', kind: 'webinar', status: 'tentative', start: time(33, '16:00'), end: time(33, '17:00'),
      timeZone: 'Europe/Vilnius', datePrecision: 'day', format: 'online', onlineUrl: online('online-grooming'),
      title: t('Webinar: online grooming and recruitment of teenagers', 'Webinar: Cybergrooming und Anwerbung Jugendlicher', 'Webinaire : pédopiégeage en ligne et recrutement des adolescents'),
      description: t(
        'Youth workers share what they see on social media and how they respond.',
        'Fachkräfte der Jugendarbeit berichten, was sie in sozialen Medien beobachten und wie sie reagieren.',
        "Des animateurs jeunesse partagent ce qu'ils observent sur les réseaux sociaux et comment ils réagissent.",
      ),
      organiser: member('neris-youth-shelter'), languages: ['en', 'lt'],
    },
    {
      id: 'webinar-compensation-claims', kind: 'webinar', status: 'cancelled', start: time(19, '10:00'), end: time(19, '11:30'),
      timeZone: 'Europe/Paris', datePrecision: 'day', format: 'online', onlineUrl: online('compensation-claims'),
      title: t('Webinar: helping victims claim compensation (cancelled)', 'Webinar: Betroffene bei Entschädigungsanträgen unterstützen (abgesagt)', 'Webinaire : aider les victimes à demander réparation (annulé)'),
      description: t(
        'This webinar is cancelled; a new date will be announced.',
        'Dieses Webinar fällt aus; ein neuer Termin wird bekannt gegeben.',
        'Ce webinaire est annulé ; une nouvelle date sera annoncée.',
      ),
      organiser: member('reseau-confluence-lyon'), languages: ['fr'],
    },
    {
      id: 'training-identification-hamburg', kind: 'training', status: 'tentative', start: month.start, end: month.end,
      timeZone: 'Europe/Berlin', datePrecision: 'month', approximateDate: month.edtf, format: 'in-person',
      place: { name: 'Elbbrücke training room', city: 'Hamburg', country: 'DE' },
      title: t('Training: identifying victims in the port and logistics sector', 'Schulung: Betroffene in Hafen und Logistik erkennen', 'Formation : identifier les victimes dans le port et la logistique'),
      description: t(
        'A one-day training planned for this month; the exact day follows.',
        'Eine eintägige Schulung, geplant für diesen Monat; der genaue Tag folgt.',
        'Une formation d’une journée prévue ce mois-ci ; le jour exact suivra.',
      ),
      organiser: member('elbbruecke-hamburg'), languages: ['de', 'en'],
    },
  ];
}
