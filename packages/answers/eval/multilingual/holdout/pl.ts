/**
 * Polish held-out messages: never read while changing the detector, the packs or the scoring.
 * If you have tuned against them, they measure nothing any more: write new ones.
 */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** Polish holdout cases, worded apart from the tune set. */
export const HOLDOUT_PL: readonly MultilingualCase[] = casesFor('pl', {
  emergency: [
    'zadzwońcie na policję biją nas na farmie',
    'mój chłopak sprzedaje mnie facetom i dziś chyba mnie zabije',
    'wracaja w nocy i powiedzieli ze mnie podpala',
    'on mnie dusi, schowalam sie w lazience',
    'schowali mi telefon, pisze z telefonu kolezanki, nie mozemy wyjsc',
    'co noc zamykają mnie na klucz, muszę stąd uciec',
    'pracuję bez wypłaty i mówi, że jak odejdę, to mnie spali żywcem',
    // Someone else in danger.
    'dziecko sąsiadów jest przywiązane na podwórku i je biją',
    'moja mama jest więziona przez pracodawcę',
    'kobieta krzyczy w busie, bija ja',
    // Very short.
    'on ma nóż',
    'pilne!!',
    'ratujcie mnie',
    'potrzebuję pomocy natychmiast',
  ],
  help: [
    'byłam wykorzystywana przez dwa lata, gdzie teraz szukać wsparcia',
    'potrzebuję prawnika, jestem ofiarą handlu ludźmi',
    'czy są mieszkania chronione dla kobiet, które uciekły z przymusowej prostytucji',
    'kto pomoże mojej cioci, oszukali ją ofertą pracy w niemczech i teraz wróciła',
  ],
  report: [
    'gdzie mogę dać cynk policji o agencji towarzyskiej',
    'zgłoszenie wyzysku na budowie',
    'facet na dworcu autobusowym proponuje młodym dziewczynom pracę za granicą, wygląda to podejrzanie, komu to zgłosić',
    'numer do zgłaszania handlu ludźmi w czechach',
  ],
  ordinary: [
    ['signs-of-trafficking', 'jak poznać że koleżanka z pracy jest wykorzystywana'],
    ['forms-of-exploitation', 'czy zmuszanie kogoś do kradzieży to handel ludźmi'],
    ['victim-rights', 'czy ofiary dostają odszkodowanie'],
    ['child-victims', 'dzieci zmuszane do przestępstw, jaką mają ochronę'],
    ['eu-policy', 'kto jest koordynatorem ue ds. zwalczania handlu ludźmi'],
    ['privacy', 'czy zapisujecie moje wiadomości'],
    ['who-can-join', 'czy ośrodek dla kobiet może zostać członkiem'],
    ['find-resources', 'szkolenia o przemocy wobec opiekunek'],
    ['greeting', 'dzień dobry'],
    ['platform-meetings', 'jak wyglądają spotkania platformy'],
  ],
});
