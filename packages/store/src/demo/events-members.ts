/** More demo events organised by (fictional) members, placed around the day of seeding. */
import { dayFrom, timeFrom } from './dates.ts';
import { t, type EventDraft } from './draft.ts';

/** Member events relative to `now`. */
export function demoMemberEvents(now: Date): EventDraft[] {
  const day = (offset: number) => dayFrom(now, offset);
  const time = (offset: number, clock: string) => timeFrom(now, offset, clock);
  return [
    {
      id: 'training-child-protection-budapest', kind: 'training', status: 'confirmed', start: day(26), end: day(27),
      timeZone: 'Europe/Budapest', datePrecision: 'day', format: 'hybrid', onlineUrl: 'https://meet.example.org/child-protection',
      place: { city: 'Budapest', country: 'HU' },
      title: t('Training: protecting children leaving state care', 'Schulung: Schutz von Kindern, die die Heimerziehung verlassen', "Formation : protéger les jeunes qui quittent l'aide sociale à l'enfance"),
      description: t(
        'Two days on risk assessment, guardianship and safe housing.',
        'Zwei Tage zu Risikoeinschätzung, Vormundschaft und sicherem Wohnen.',
        'Deux jours sur l’évaluation des risques, la tutelle et le logement sûr.',
      ),
      organiser: { type: 'member', memberId: 'duna-hidak' }, languages: ['en', 'hu'],
    },
    {
      id: 'school-for-shelter-staff', kind: 'training', status: 'confirmed', start: day(75), end: day(79),
      timeZone: 'Europe/Zagreb', datePrecision: 'day', format: 'in-person', place: { name: 'Sava Safe Haven', city: 'Zagreb', country: 'HR' },
      title: t('School for shelter staff', 'Fortbildungswoche für Mitarbeitende von Schutzunterkünften', 'Semaine de formation pour le personnel des foyers'),
      description: t(
        'A week of trauma-informed practice, safety planning and self-care.',
        'Eine Woche zu traumasensibler Arbeit, Sicherheitsplanung und Selbstfürsorge.',
        'Une semaine de pratiques tenant compte du traumatisme, de plans de sécurité et de prendre soin de soi.',
      ),
      organiser: { type: 'member', memberId: 'sava-safe-haven' }, languages: ['en', 'hr'],
      registrationUrl: 'https://sava-safe-haven.example.org/school',
    },
    {
      id: 'outreach-network-days', kind: 'conference', status: 'confirmed', start: day(-1), end: day(1),
      timeZone: 'Europe/Copenhagen', datePrecision: 'day', format: 'in-person', place: { city: 'København', country: 'DK' },
      title: t('Nordic outreach network days', 'Nordische Netzwerktage der aufsuchenden Arbeit', 'Journées du réseau nordique de travail de rue'),
      description: t(
        'Three days of exchange between outreach teams from the Nordic countries; under way now.',
        'Drei Tage Austausch zwischen aufsuchenden Teams aus den nordischen Ländern; läuft gerade.',
        "Trois jours d'échanges entre équipes de rue des pays nordiques ; en cours.",
      ),
      organiser: { type: 'member', memberId: 'nyhavn-outreach' }, languages: ['en', 'da', 'sv'],
    },
    {
      id: 'conference-seasonal-work', kind: 'conference', status: 'cancelled', start: day(-35), end: day(-35),
      timeZone: 'Europe/Ljubljana', datePrecision: 'day', format: 'in-person', place: { city: 'Ljubljana', country: 'SI' },
      title: t('Conference on seasonal work (cancelled)', 'Konferenz zur Saisonarbeit (abgesagt)', 'Conférence sur le travail saisonnier (annulée)'),
      description: t(
        'The conference did not take place.',
        'Die Konferenz hat nicht stattgefunden.',
        "La conférence n'a pas eu lieu.",
      ),
      organiser: { type: 'member', memberId: 'zmajski-most' }, languages: ['en', 'sl'],
    },
    {
      id: 'webinar-non-punishment', kind: 'webinar', status: 'confirmed', start: time(-9, '13:00'), end: time(-9, '14:30'),
      timeZone: 'Europe/Stockholm', datePrecision: 'day', format: 'online', onlineUrl: 'https://meet.example.org/non-punishment',
      title: t('Webinar: the non-punishment principle in practice', 'Webinar: das Nichtbestrafungsprinzip in der Praxis', 'Webinaire : le principe de non-sanction en pratique'),
      description: t(
        'Prosecutors and NGOs on young people forced into crime.',
        'Staatsanwaltschaft und NGOs über junge Menschen, die zu Straftaten gezwungen werden.',
        'Procureurs et ONG sur les jeunes contraints de commettre des délits.',
      ),
      organiser: { type: 'member', memberId: 'vastkust-stodcenter' }, languages: ['en'],
    },
    {
      id: 'training-cultural-mediators-palermo', kind: 'training', status: 'confirmed', start: time(-50, '09:00'), end: time(-50, '16:00'),
      timeZone: 'Europe/Rome', datePrecision: 'day', format: 'hybrid', onlineUrl: 'https://meet.example.org/mediators',
      place: { city: 'Palermo', country: 'IT' },
      title: t('Training for cultural mediators', 'Schulung für Kulturmittler', 'Formation pour médiateurs culturels'),
      description: t(
        'Recognising debt bondage among new arrivals.',
        'Schuldknechtschaft bei neu Angekommenen erkennen.',
        'Reconnaître la servitude pour dettes chez les nouveaux arrivants.',
      ),
      organiser: { type: 'member', memberId: 'rete-approdo-sicilia' }, languages: ['it', 'en'],
    },
  ];
}
