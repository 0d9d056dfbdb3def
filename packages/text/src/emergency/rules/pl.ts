/** Polish emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'mnie|mi|mną|nas|nam|mój|moja|moje|mojego|moją|mojej|mojemu|ja|my|go|ją|jego|jej|jestem|jesteśmy|przyjaciel|przyjaciółka|przyjaciółkę|siostra|siostrę|brat|brata|córka|córkę|syn|syna|mama|mamę|żona|żonę|koleżanka|koleżankę|kolega|dziecko';

export const pl: EmergencyPack = {
  rules: [
    `zamknięt*|zamknął|zamknęli|zamknęła|uwięzion*|uwięzi*|porwan*|porwali|porwał|przetrzym*|zakładni*|więzion* ${P}`,
    'ratunku|w_niebezpieczeństwie|w_zagrożeniu|zagrożenie_życia|wbrew_mojej_woli|wbrew_woli|samobój*|zabić_się|zabije_się',
    `bije|biją|bił|biła|bili|pobił|pobiła|pobili|pobity|pobita|zgwałc*|gwałc*|zabij*|zabije|zabiją|zabić|grozi|grożą|grozi*|dźgn*|dusi|atakuje|zaatakow*|kopnął|kopie_mnie|krzywdz*|skrzywdz*|ranny|ranna|katuje|maltretuje ${P}|teraz`,
    'pomocy|pomóż|pomóżcie|pomoc szybko|natychmiast|teraz|pilnie|zaraz',
    '=pomocy|pomóżcie|pomóż|pomoc|sos|policja|policji|policję',
    '~wypuszczają|wypuści*|wypuszcza|pozwalają|pozwala|puszczają mnie|nas|wyjść|wyjechać|odejść',
    '~pozwalają|pozwala|puszczają wyjść|wyjechać|odejść|uciec',
    '~mogę|możemy|może wyjść|uciec|wydostać*|wyjechać|uciekać',
    '~paszport*|dowód|dowodu zabrali|zabrał|zabrała|zabrane|odebrali|odebrał|ukradli|schowali|skonfiskow*',
    '~dokument*|papiery zabrali|zabrał|zabrała|zabrane|odebrali|ukradli|skonfiskow*',
    'nóż|noże|nożem|broń|pistolet|pistoletem ma|mają|z|grozi|mnie',
    'umrzeć chcę|chce',
    '~zmuszają|zmusza|zmuszona|zmuszony|zmusili|zmusił mnie|nas|jestem|ją|go',
    '~boję|boje zabije|znajdzie|wróci|pobije',
    '~śledzi|śledzą|prześladuje mnie|nas',
    'przyjedźcie|przyjdźcie|przyjdź szybko|natychmiast|teraz',
    '~telefon|komórk* zabrał|zabrała|zabrali',
    'boję|boje|boimy o_życie|życie',
  ],
  advice: 'kto|co|handel|czy|oznaki',
  filler: 'proszę prosze plz szybko',
  strings: {
    call: 'Zadzwoń pod 112',
    text: 'Zadzwoń teraz pod 112. To bezpłatne i działa z każdego telefonu. Jeśli możesz, idź w bezpieczne miejsce.',
    victimSupport: 'Pomoc ofiarom',
    missingChildren: 'Zaginione dzieci',
  },
};
