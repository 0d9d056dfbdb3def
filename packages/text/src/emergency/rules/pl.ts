/**
 * Polish emergency rules and strings (notation: ../emergency-pack.ts), as concept vocabularies:
 * each constant lists how people write one idea, in every case, aspect and gender ending
 * (zamknęli, zamknięta, zamknięty; bije, pobili, pobita), and the rules combine them.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** The writer and those with them, as objects (not "mi", as in "serce mi bije"). */
const ME = 'mnie|mną|nas|nami';
/** The writer, as object or in a state ("jestem zamknięta"): these rules are strong. */
const SELF = `${ME}|jestem|jesteśmy`;
/** Other people: third-person pronouns, people close or nearby (their rules are silenced by advice words). */
const THEM = 'jesteś|ją|nią|go|niego|je|ich|nich|cię|siostr*|córk*|córecz*|syn|syna|synka|synek|brat|brata|bratu|mama|mamę|mamo|żona|żonę|żony|przyjaciół*|przyjaciel*|koleżank*|kolega|kolegę|koledzy|kolegów|kuzyn*|dziewczyn*|dzieck*|dzieci|dzieciaki|chłopak*|chłopc*|chłopiec|sąsiad*|kobiet*|pracowni*|ludzi';
/** Anyone it happens to. */
const WHO = `${SELF}|${THEM}`;
/** To whom, or whose (passports, phones, harm "robią jej krzywdę"). */
const DAT = 'mi|mnie|nam|nas|jej|mu|im|moj*|nasz*|jego|ich|wszystkim';
/** That it is happening now. */
const NOW = 'teraz|właśnie|zaraz|znowu|znów|ciągle|wciąż|codziennie';
/** Beating, kicking, slapping, choking, burning, rape, torture; present and past. */
const HARM = 'bije|biją|bijesz|bił|biła|bili|biły|pobił*|pobit*|zbił|zbiła|zbili|zbity|zbita|leje|leją|lał|lali|tłucze|tłuką|stłukł|katuje|katują|skatował*|maltretuj*|kopie|kopią|kopał*|kopn*|skopali|skopał|skopana|uderza|uderzają|uderzył*|spoliczkow*|policzkuje|dusi|duszą|dusił*|udusi*|przydusi*|podduszał*|przypala*|przypalił*|oparzył*|zgwałc*|gwałci|gwałcą|gwałcił*|gwałcon*|molestuj*|molestował*|krzywdzi|krzywdzą|krzywdził*|skrzywdzi*|zaatakow*|atakuje|atakują|napadł*|dźgn*|torturuj*|znęca*|poranił*|szarpie|szarpią|szarpał*|popycha|popchnął|rzuca_mną|rzucił_mną|o_ścianę';
/** Being killed, now or as a threat. */
const KILL = 'zabij*|zabić|zabił|zabiła|zabili|pozabija*|zamorduj*|zamordow*|zastrzel*|zadźga*|poderżn*|zarżnie|uduszę|udusić';
/** Locked, shut, imprisoned, held, chained (a typo of "zamknięt" would take "zamknięcie", closing an account). */
const LOCKED = 'zamknęli|zamknął|zamknęła|zamknie|zamkną|zamknięt*!|zamknięci|zamykają|zamyka|zamykali|zamykał|uwięzi*|więżą|więził*|więzion*|przetrzymuj*|przetrzymywan*|przetrzymał*|zakładni*|przykut*|łańcuch*|kajdank*|związali|związał|zatrzasnęli';
/** Where someone is shut in. */
const PLACE = 'pokoju|piwnicy|piwnica|mieszkaniu|domu|kontenerze|garażu|szafie|łazience|celi|klatce|bagażnik*|samochodzie|busie|ciężarówce|komórce|magazynie|burdelu|kluczem|środku|tu|tutaj';
/** Getting out. */
const OUT = 'wyjść|uciec|uciekać|wydostać*|wyjechać|odejść|wyrwać|uwolnić*|domu';
/** Made to (work, have sex). */
const FORCE = 'zmuszają|zmusza|zmuszali|zmusił|zmusiła|zmusili|zmuszona|zmuszony|zmuszana!|zmuszany!|zmuszani!|zmuszane!';
const SEX = 'seks*|prostytu*|stosunk*|spać|sypiać|klient*|burdel*';
/** Threatening. */
const THREAT = 'grozi|grożą|groził|groziła|grozili|odgraża*';
/** Weapons. */
const WEAPON = 'nóż|noża|nożem|noże|nożyk*|broń|bronią|pistolet*|rewolwer*|spluw*|siekier*|maczet*|gnat';
/** Papers and phone, and taking them. */
const PAPERS = 'paszport*|dowód|dowodu|dowody|dokument*|papiery|telefon*|komórk*';
const TAKEN = 'zabrali|zabrał|zabrała|zabrane|odebrali|odebrał|ukradli|schowali|zatrzymali|zatrzymał|skonfiskow*|trzymają|trzyma';
/** Not being let go, to stay shut in. */
const NOTLET = 'nie_wypuszcz*|niewypuszcz*|nie_puszcza*|nie_pozwal*|niepozwal*|nie_dają';
/** Cannot (get out), joined as people type it too. */
const CANNOT = 'nie_mogę|niemogę|nie_możemy|nie_może|nie_mamy_jak|nie_mam_jak|nie_ma_jak|nie_da_się';

export const pl: EmergencyPack = {
  rules: [
    'ratunku|ratujcie|uratujcie|ratuj|uratuj|zagrożenie_życia|nagły_wypadek|wbrew_mojej_woli|wbrew_woli|samobój*|zabić_się|zabije_się|krwawię|krwawimy',
    '=pomocy|pomóżcie|pomóż|pomoc|sos|policja|policji|policję|help|pomocyy|w_niebezpieczeństwie|w_zagrożeniu',
    'pomocy|pomóż|pomóżcie|sos szybko|natychmiast|teraz|pilnie|zaraz|ratunku|policj*|help|przyjedźcie',
    'sos pomocy|proszę',
    'pomocy|ratunku boję|boimy',
    'wali|walą|dobija_się|dobijają_się|wyważa|wyważają|wyłamuje|wyłamują drzwi|drzwiami',
    'wezwij*|zadzwońcie|zadzwoń|dzwońcie|dzwoń|zawiadomcie|niech_ktoś policj*|112|pogotowie|karetk*|pomoże|pomocy|zadzwoni|przyjedzie',
    'przyjedźcie|przyjdźcie|przyjdź|przyjedź|przyjeżdżajcie szybko|natychmiast|teraz|pilnie|proszę|tu|tutaj|po_mnie|pomocy',
    `niebezpieczeństwie|zagrożeniu ${SELF}|${NOW}|życie|pomocy|ratunku`,
    `?niebezpieczeństwie|zagrożeniu ${THEM}`,
    `${HARM}|${KILL} ${SELF}|${NOW}`,
    `?${HARM}|${KILL} ${THEM}`,
    `${KILL} chce|chcą|grozi|grożą|mówi|powiedział`,
    'krzywdę robi|robią|robili|zrobił|zrobili|zrobiła jej|mi|mu|nam|im|teraz',
    'złamał|złamali|złamała|połamał* rękę|nogę|żebra|nos|szczękę|kość|palce',
    `ranna|ranny|ranni|zranion*|krwawi|krwawiąc*|we_krwi|krwi ${SELF}|${NOW}|bardzo|mocno|cała|cały|dużo`,
    `?ranna|ranny|ranni|zranion*|krwawi|krwawiąc*|we_krwi|krwi ${THEM}`,
    `${THREAT} zabi*|śmierci*|rodzin*|rodzinie|dzieci*|córce|synowi|nożem|bronią|pobiciem`,
    `~${THREAT} że|mnie|nas`,
    `${WEAPON} ma|mają|trzyma|trzymają|celuje|celują|grozi|grożą|mnie|nas|mi|wyciągnął|wyciągnęli|przystawił|przyłożył|jest|stoi|przyszedł|z`,
    `${LOCKED} ${SELF}`,
    `?${LOCKED} ${THEM}|${PLACE}`,
    `trzymają|trzyma|trzymali|trzymał|trzymała|pilnują|pilnuje|pilnowali|strzegą ${ME} ${PLACE}|wbrew|siłą|zamknięt*!|niewoli|uwięzi*|cały_czas|ciągle|uciec`,
    `?trzymają|trzyma|trzymali|trzymał|trzymała|pilnują|pilnuje|pilnowali|strzegą ${THEM} ${PLACE}|wbrew|siłą|zamknięt*!|niewoli|uwięzi*|cały_czas|ciągle|uciec`,
    `~trzymają|trzymali|pilnują|pilnuje|strzegą mnie|nas`,
    `~${CANNOT} ${OUT}`,
    `~${NOTLET} ${DAT}|${OUT}|${WHO}`,
    'wypuśćcie|wypuść|wypuscie|uwolnijcie mnie|nas|stąd',
    `porwali|porwał|porwała|porwana|porwany|porwani|porwane|porwą|uprowadził*|uprowadzon*|wywieźli ${SELF}|${NOW}`,
    `?porwali|porwał|porwała|porwana|porwany|porwani|porwane|porwą|uprowadził*|uprowadzon*|wywieźli ${THEM}`,
    `wepchn*|wciągnęli|wciągnął|wrzucili|wsadzili|wiozą|wywożą|zabrali|zabrał ${WHO} bus*|auta|auto|autem|samochodu|samochodem|vana|vanem|furgonetk*|bagażnik*|ciężarówk*|kombi|nie_wiem_gdzie|nie_wiem_dokąd`,
    'sprzedali|sprzedał|sprzedała|sprzedana|sprzedany|sprzedadzą|sprzedać|kupili|kupił|kupiła|kupiona|kupiony mnie|nas|jestem',
    '?sprzedali|sprzedał|sprzedała|sprzedana|sprzedany|sprzedadzą|kupili|kupił|kupiła|kupiona|kupiony córkę|siostrę|dziewczynę|dziecko|dzieci|kobiety',
    'sprzedali|sprzedał|sprzedała|kupili|kupił|kupiła ją|go|je|ich euro|eur|tysiące|tysięcy|złotych|facetowi|mężczyźnie|alfonsowi|komuś',
    `~${FORCE} ${WHO}|${DAT}`,
    `${FORCE}|każą|kaze|kazali ${SEX} ${SELF}|${NOW}`,
    `?${FORCE}|każą|kaze|kazali ${SEX} ${THEM}`,
    `~każą|kaze|kazali|kazał ${DAT} pracować|robić|spać|żebrać|kraść|darmo|${SEX}`,
    `~${PAPERS} ${TAKEN} ${DAT}|${NOTLET}`,
    `~śledzi|śledzą|śledził*|gonią|goni|gonił*|ściga|ścigają|ścigał*|prześladuj*|obserwują mnie|nas|ją|go|mną`,
    '~idzie|idą|jedzie|jadą za_mną|za_nami',
    '~znaleźli|znalazł|znalazła|namierzyli|wytropili|dopadli|dopadł mnie|nas|ją|go tu|tutaj|pod|stoją|stoi|idą|przyjechali|wiedzą|boję|domem|drzwiami',
    'chowam_się|ukrywam_się|chowamy_się|ukrywamy_się|schowałam_się|schowałem_się|ukryłam_się|ukryłem_się|chowam|ukrywam szukają|szuka|gonią|goni|uciekłam|uciekłem|uciekliśmy|przed|znajdą|znajdzie|boję',
    'boję|boimy o_życie|życie|zabije|znajdzie|wróci|pobije|przyjdzie',
    'umrzeć chcę',
  ],
  advice: 'kto|co|czy|gdzie_mogę|jak_mogę',
  ask: 'zgłosić|zgłoszenie|zgłaszać|gdzie_zgłosić|jak_zgłosić|jak_rozpoznać|jak_pomóc|oznaki|handel|legalne|przestępstwo|definicja|prawa',
  filler: 'proszę prosze plz szybko',
  strings: {
    call: 'Zadzwoń pod 112',
    text: 'Zadzwoń teraz pod 112. To bezpłatne i działa z każdego telefonu. Jeśli możesz, idź w bezpieczne miejsce.',
    victimSupport: 'Pomoc ofiarom',
    missingChildren: 'Zaginione dzieci',
  },
};
