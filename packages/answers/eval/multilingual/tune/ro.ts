/** Romanian messages to tune the emergency detector and the topic rules against; read them freely. */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/**
 * Romanian tune cases, typed the way visitors type: most without ă, â, î, ș, ț (phones often
 * lack them), some from Romanians working abroad, panic.
 */
export const TUNE_RO: readonly MultilingualCase[] = casesFor('ro', {
  emergency: [
    'm-au închis în cameră ajutor',
    'mă bate acum',
    'ajutați-mă vă rog sunt în pericol',
    'mi-au luat pașaportul și nu mă lasă să plec',
    'nu pot ieși din casă, mă supraveghează tot timpul',
    'zice că mă omoară',
    'îmi amenință familia dacă vorbesc',
    'sefu ma bate si nu-mi da actele nu pot fugi',
    'sunt inchisa intr-un apartament si nu stiu unde sunt',
    'MI-E FRICA SE INTOARCE SI MA BATE',
    'ajutor ma strange de gat',
    'ma obliga sa ma culc cu barbati si ma bat daca refuz',
    'sunt într-o pivniță și nu pot ieși',
    'mi-a luat telefonul, scriu pe ascuns, help',
    'mă țin aici împotriva voinței mele',
    'veniti repede vrea sa ma omoare',
    'sunt in italia si ma tin inchisa in casa, va rog',
    // Someone else in danger.
    'prietena mea e închisă și o bat',
    'sora mea e ținută cu forța',
    'o fată e forțată, o rănesc chiar acum',
    'pe vărul meu îl țin pe un șantier și îl bat',
    // Very short.
    'ajutor!!',
    'AJUTOR URGENT',
    'salvati-ma',
  ],
  help: [
    'cred că sunt victimă, cine mă poate ajuta',
    'unde poate primi sprijin o victimă',
    'acum nu sunt în pericol dar am nevoie să vorbesc cu cineva despre ce mi s-a întâmplat la muncă',
    'există vreo asociație pentru victimele traficului în iași',
    'fratele meu a fost exploatat în spania, s-a întors, cine îl poate ajuta',
    'ajutor pentru victime fara acte?',
  ],
  report: [
    'cum raportez o suspiciune',
    'femeia care face curat la vecinii mei pare exploatată, unde raportez',
    'se poate raporta anonim',
    'la ferma de alături muncitorii dorm în containere, cui să spun',
    'ce informații îi trebuie poliției pentru o sesizare',
    'vreau să semnalez un salon de masaj, fetele locuiesc acolo',
  ],
  ordinary: [
    ['signs-of-trafficking', 'care sunt semnele muncii forțate'],
    ['what-is-trafficking', 'ce este traficul de persoane'],
    ['forms-of-exploitation', 'cerșetoria forțată e exploatare?'],
    ['victim-rights', 'victimele au dreptul să rămână în țară'],
    ['child-victims', 'și dacă victima e un copil'],
    ['next-event', 'când e următoarea întâlnire'],
    ['find-members', 'organizații din românia care lucrează cu migranți'],
    ['find-resources', 'mă ajuți să găsesc ghiduri despre munca forțată'],
    ['find-resources', 'rapoarte despre violența împotriva femeilor migrante'],
    ['how-to-join', 'cum poate adera ong-ul nostru'],
    ['privacy', 'chatul ăsta e anonim?'],
    ['greeting', 'salut, mersi'],
    ['support-the-cause', 'cum pot dona sau face voluntariat'],
    ['eu-policy', 'ce face ue împotriva traficului de persoane'],
    ['contact', 'cum iau legătura cu secretariatul'],
    ['contact', 'contul meu de pe portal e blocat, cui mă adresez'],
  ],
});
