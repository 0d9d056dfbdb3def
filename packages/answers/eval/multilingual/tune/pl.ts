/** Polish messages to tune the emergency detector and the topic rules against; read them freely. */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** Polish tune cases, typed the way visitors type: without ogonki, no commas, panic. */
export const TUNE_PL: readonly MultilingualCase[] = casesFor('pl', {
  emergency: [
    // A real miss of the first detector.
    'pomocy jestem w niebezpieczeństwie',
    'zamknęli mnie w pokoju',
    'on mnie teraz bije',
    'pomóżcie mi proszę boję się o życie',
    'zabrali mi paszport i nie pozwalają mi wyjechać',
    'nie mogę wyjść z domu, cały czas mnie pilnują',
    'mówi że mnie zabije',
    'grożą mojej rodzinie jeśli coś powiem',
    'szef mnie bije i nie oddaje dokumentow nie moge uciec',
    'jestem zamknieta w mieszkaniu i nie wiem gdzie jestem',
    'BOJE SIE ON ZARAZ WROCI I MNIE POBIJE',
    'pomocy on mnie dusi',
    'zmuszaja mnie do seksu z facetami i bija jak odmowie',
    'jestem w piwnicy i nie mogę wyjść',
    'zabrał mi telefon, piszę po kryjomu, help',
    'trzymają mnie tu wbrew mojej woli',
    'przyjedzcie szybko on chce mnie zabic',
    // Someone else in danger.
    'moja koleżanka jest zamknięta i ją biją',
    'moja siostra jest przetrzymywana',
    'dziewczyna jest zmuszana, teraz robią jej krzywdę',
    'mojego kuzyna trzymają na budowie i go biją',
    // Very short.
    'pomocy!!',
    'RATUNKU',
    'sos pomocy',
  ],
  help: [
    'chyba jestem ofiarą, kto może mi pomóc',
    'gdzie ofiara może dostać wsparcie',
    'teraz nie jestem w niebezpieczeństwie ale potrzebuję z kimś porozmawiać o tym co mnie spotkało w pracy',
    'czy jest jakaś organizacja dla ofiar handlu ludźmi w krakowie',
    'mój brat był wykorzystywany w holandii, już wrócił, kto mu pomoże',
    'pomoc dla ofiar bez dokumentów?',
  ],
  report: [
    'jak zgłosić podejrzenie',
    'sprzątaczka moich sąsiadów wygląda na wykorzystywaną, gdzie to zgłosić',
    'czy można zgłosić anonimowo',
    'na farmie obok pracownicy śpią w kontenerach, komu to powiedzieć',
    'jakich informacji potrzebuje policja przy zgłoszeniu',
    'chcę zgłosić salon masażu, dziewczyny tam mieszkają',
  ],
  ordinary: [
    ['signs-of-trafficking', 'jakie są oznaki pracy przymusowej'],
    ['what-is-trafficking', 'co to jest handel ludźmi'],
    ['forms-of-exploitation', 'czy zmuszanie do żebrania to wyzysk'],
    ['victim-rights', 'czy ofiary mają prawo zostać w polsce'],
    ['child-victims', 'a jeśli ofiarą jest dziecko'],
    ['next-event', 'kiedy jest następne spotkanie'],
    ['find-members', 'organizacje w polsce które pomagają migrantom'],
    ['find-resources', 'pomożesz mi znaleźć poradniki o pracy przymusowej'],
    ['find-resources', 'raporty o przemocy wobec migrantek'],
    ['how-to-join', 'jak nasza organizacja może dołączyć'],
    ['privacy', 'czy ten czat jest anonimowy'],
    ['greeting', 'dzięki'],
    ['support-the-cause', 'jak mogę wpłacić darowiznę albo zostać wolontariuszem'],
    ['eu-policy', 'co robi ue przeciwko handlowi ludźmi'],
    ['contact', 'jak się skontaktować z sekretariatem'],
    ['contact', 'moje konto na portalu jest zablokowane, do kogo się zwrócić'],
  ],
});
