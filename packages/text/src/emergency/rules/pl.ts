/**
 * Polish emergency rules and strings (notation: ../emergency-pack.ts), as concept vocabularies:
 * each constant lists how people write one idea, in every case, aspect and gender ending
 * (zamknęli, zamknięta, zamknięty; bije, pobili, pobita), and the rules combine them.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** The writer and those with them, as objects (not "mi", as in "serce mi bije"). */
const ME = 'mnie|mną|nas|nami';
/** The writer, as object or in a state ("jestem zamknięta"): these rules are strong. */
const SELF = `${ME}|jestem|jesteśmy|zostałam|zostałem|zostaliśmy|zostałyśmy`;
/** Other people: third-person pronouns, people close or nearby (their rules are silenced by advice words). */
const THEM = 'jesteś|ją|nią|go|niego|je|ich|nich|cię|siostr*|córk*|córecz*|syn|syna|synka|synek|brat|brata|bratu|mama|mamę|mamo|żona|żonę|żony|przyjaciół*|przyjaciel*|koleżank*|kolega|kolegę|koledzy|kolegów|kuzyn*|dziewczyn*|dzieck*|dzieci|dzieciaki|chłopak*|chłopc*|chłopiec|sąsiad*|kobiet*|pracowni*|ludzi|ktoś|ktos';
/** Anyone it happens to. */
const WHO = `${SELF}|${THEM}`;
/** To whom, or whose (passports, phones, harm "robią jej krzywdę"). */
const DAT = 'mi|mnie|nam|nas|jej|mu|im|moj*|nasz*|jego|ich|wszystkim';
/** That it is happening now. */
const NOW = 'teraz|właśnie|zaraz|znowu|znów|ciągle|wciąż|codziennie|dzisiaj|dziś';
/** Beating, kicking, slapping, choking, burning, rape, torture; present and past. */
const HARM = 'bije|biją|bijom|bijesz|leje|leją|tłucze|tłuką|katuje|katują|maltretuj*|kopie|kopią|kopn*|uderza|uderzają|spoliczkow*|policzkuje|dusi|duszą|udusi*|przydusi*|podduszał*|przypala*|zgwałc*|gwałci|gwałcą|gwałcił*|gwałcon*|molestuj*|krzywdzi|krzywdzą|skrzywdzi*|zaatakow*|atakuje|atakują|dźgn*|torturuj*|znęca*|szarpie|szarpią|popycha|rzuca_mną|o_ścianę';
/** The same, done: alone a past event ("two years ago they beat me"), so a question about it silences it. */
const HARM_PAST = 'pobił*|pobit*|zbił|zbiła|zbili|zbity|zbita|lał|lali|stłukł|skatował*|kopał*|skopali|skopał|skopana|uderzył*|dusił*|przypalił*|oparzył*|molestował*|krzywdził*|napadł*|poranił*|szarpał*|popchnął|rzucił_mną';
/** Being killed, now or as a threat. */
const KILL = 'zabij*|zabić|zabił|zabiła|zabili|pozabija*|zamorduj*|zamordow*|zastrzel*|zadźga*|poderżn*|zarżnie|uduszę|udusić';
/** Locked, shut, imprisoned, held, chained (a typo of "zamknięt" would take "zamknięcie", closing an account). */
const LOCKED = 'zamknęli|zamknął|zamknęła|zamknie|zamkną|zamknięt*!|zamknięci|zamykają|zamyka|zamykali|zamykał|uwięzi*|więżą|więził*|więzion*|przetrzymuj*|przetrzymywan*|przetrzymał*|zakładni*|przykut*|łańcuch*|kajdank*|związali|związał|związan*|przywiąz*|skrępow*|zakuli|zakuty|zakuta|zatrzasnęli';
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
const WEAPON = 'nóż|noża|nożem|noże|nożami|kij|kijem|kijami|kije|pałk*|bejsbol*|nożyk*|broń|bronią|broni|pistolet*|rewolwer*|spluw*|siekier*|maczet*|gnat';
/** Papers and phone, and taking them. */
const PAPERS = 'paszport*|dowód|dowodu|dowody|dokument*|papiery|telefon*|komórk*';
const TAKEN = 'zabrali|zabrał|zabrała|zabrane|odebrali|odebrał|ukradli|schowali|zatrzymali|zatrzymał|skonfiskow*|trzymają|trzyma';
/** Not being let go, to stay shut in. */
const NOTLET = 'nie_wypuszcz*|niewypuszcz*|nie_puszcza*|nie_pozwal*|niepozwal*|nie_dają';
/** Cannot (get out), joined as people type it too. */
const CANNOT = 'nie_mogę|niemogę|nie_możemy|nie_może|nie_mamy_jak|nie_mam_jak|nie_ma_jak|nie_da_się|nie_mam_gdzie|nie_mamy_gdzie';

export const pl: EmergencyPack = {
  rules: [
    'ratunku|ratujcie|uratujcie|ratuj|uratuj|zagrożenie_życia|nagły_wypadek|wbrew_mojej_woli|nie_jestem_bezpieczn*|nie_jesteśmy_bezpieczn*|samobój*|zabić_się|zabije_się|krwawię|krwawimy',
    '=pomocy|pomóżcie|pomóż|pomuz|pomorz|pomuzcie|pomoc|sos|policja|policji|policję|help|pomocyy|w_niebezpieczeństwie|w_zagrożeniu',
    'pomocy|pomóż|pomóżcie|sos szybko|natychmiast|teraz|pilnie|zaraz|ratunku|policj*|help|przyjedźcie',
    'sos pomocy|proszę',
    'pomocy|ratunku boję|boimy',
    'wali|walą|dobija_się|dobijają_się|wyważa|wyważają|wyłamuje|wyłamują drzwi|drzwiami',
    'wezwij*|zadzwońcie|zadzwoń|dzwońcie|dzwoń|zawiadomcie|niech_ktoś policj*|112|pogotowie|karetk*|pomoże|pomocy|zadzwoni|przyjedzie',
    'przyjedźcie|przyjdźcie|przyjdź|przyjedź|przyjeżdżajcie|chodźcie|chodź|przybiegnijcie|wbijajcie szybko|natychmiast|teraz|pilnie|proszę|tu|tutaj|po_mnie|pomocy',
    `niebezpieczeństwie|zagrożeniu ${SELF}|${NOW}|życie|pomocy|ratunku`,
    `?niebezpieczeństwie|zagrożeniu ${THEM}`,
    `${HARM}|${KILL} ${SELF}|${NOW}`,
    `${HARM_PAST} ${NOW}`,
    `?${HARM}|${HARM_PAST}|${KILL} ${THEM}`,
    `?${HARM_PAST} ${SELF}`,
    // 'bił' folds to 'bil', 'was' in Slovene and Czech: only with a Polish pronoun.
    '?bił|biła|bili|biły mnie|mną|go',
    `${KILL} chce|chcą|grozi|grożą|mówi|powiedział`,
    `krzywd* robi*|zrobi*|zrobią ${DAT}|teraz`,
    `~dług*|odpracuj*|odpracow* ${THREAT}|krzywd*|zabij*|pobij*|sprzedadzą`,
    '?nie_oddycha|nie_oddychają|nieprzytomn*|straci*_przytomność|bez_przytomności|nie_rusza_się|leży_we_krwi',
    'strzela|strzelają|strzelił*|strzelili|postrzel*',
    'podpalili|podpalił|podpaliła|podpalą|podpali|podpalają dom|mieszkanie|kontener|drzwi|auto|nas|nam|mnie|mi|ją|go',
    'dosypał*|dosypali|wsypał*|odurzy*|naszprycow* picia|drink*|piwa|kawy|herbaty|napoju|wody|narkotyk*|tabletk*',
    'złamał|złamali|złamała|połamał* rękę|nogę|żebra|nos|szczękę|kość|palce',
    `ranna|ranny|ranni|zranion*|krwawi|krwawiąc*|we_krwi|krwi ${SELF}|${NOW}|bardzo|mocno|cała|cały|dużo`,
    `?ranna|ranny|ranni|zranion*|krwawi|krwawiąc*|we_krwi|krwi ${THEM}`,
    `?${THREAT} zabi*|śmierci*|rodzin*|rodzinie|dzieci*|córce|synowi|nożem|bronią|pobiciem`,
    `~${THREAT} że|mnie|nas|nam`,
    `${WEAPON} ma|mają|trzyma|trzymają|celuje|celują|grozi|grożą|mnie|nas|mi|wyciągnął|wyciągnęli|przystawił|przyłożył|jest|stoi|przyszedł|z`,
    `${LOCKED} ${SELF}`,
    `celuje|celują|wycelował*|mierzy|mierzą ${ME}|do_nas|we_mnie|w_nas`,
    `?${LOCKED} ${THEM}|${PLACE}|od_zewnątrz|zakratowan*|kraty|kratami|na_klucz`,
    '?wbrew_woli|wbrew_jej_woli|wbrew_jego_woli|wbrew_ich_woli',
    'więźni*|więźniem|więźniarką|zakładnik*|zakładniczką|niewoli|niewolnik*|niewolnicą jestem|jesteśmy|nas|mnie|tu|tutaj|trzymają',
    `trzymają|trzyma|trzymali|trzymał|trzymała|pilnują|pilnuje|pilnowali|strzegą ${ME} ${PLACE}|wbrew|siłą|zamknięt*!|niewoli|uwięzi*|cały_czas|ciągle|uciec`,
    `?trzymają|trzyma|trzymali|trzymał|trzymała|pilnują|pilnuje|pilnowali|strzegą ${THEM} ${PLACE}|wbrew|siłą|zamknięt*!|niewoli|uwięzi*|cały_czas|ciągle|uciec`,
    `~trzymają|trzymali|pilnują|pilnuje|strzegą mnie|nas`,
    `~${CANNOT} ${OUT}`,
    `~${NOTLET} ${DAT}|${OUT}|${WHO}`,
    'wypuśćcie|wypuść|wypuscie|uwolnijcie|zabierzcie|zabierz|wyciągnijcie|wydostańcie mnie|nas|stąd',
    '~muszę|musimy|każą|kazali|zmuszona obsługiw*|klientów|klientami|seks*|prostytu*',
    `porwali|porwał|porwała|porwana|porwany|porwani|porwane|porwą|uprowadził*|uprowadzon*|wywieźli ${SELF}|${NOW}`,
    `?porwali|porwał|porwała|porwana|porwany|porwani|porwane|porwą|uprowadził*|uprowadzon*|wywieźli ${THEM}`,
    `wepchn*|wciągnęli|wciągnął|wrzucili|wsadzili|wiozą|wywożą|zabrali|zabrał ${WHO} bus*|auta|auto|autem|samochodu|samochodem|vana|vanem|furgonetk*|bagażnik*|ciężarówk*|kombi|nie_wiem_gdzie|nie_wiem_dokąd`,
    `wywiez*|wywioz*|przewiez*|przewioz*|przerzuc*|przenie*|wyślą ${ME}|ją|go|ich|${NOW} kraju|kraj|granic*|zagranic*|miasta|jutro|niemiec|anglii|holandii`,
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
    'chowam_się|ukrywam_się|chowamy_się|ukrywamy_się|schowałam_się|schowałem_się|ukryłam_się|ukryłem_się|chowam|ukrywam szukają|szuka|łazience|toalecie|kiblu|szafie|drzwiami|zewnątrz|dobija*|wali|wejdzie|wchodzi|idzie|gonią|goni|uciekłam|uciekłem|uciekliśmy|przed|znajdą|znajdzie|boję',
    'boję|boimy o_życie|życie|zabije|znajdzie|wróci|pobije|przyjdzie',
    'umrzeć chcę',
  ],
  advice: 'kto|co|czy|gdzie_mogę|jak_mogę',
  ask: 'zgłosić|zgłoszenie|zgłaszać|gdzie_zgłosić|jak_zgłosić|jak_rozpoznać|jak_pomóc|oznaki|handel|handlarz*|ofiar*|legaln*|przestępstwo|definicja|prawa|komu_powiedzieć|poznać|po_czym|odszkodowani*|lat_temu|lata_temu|roku_temu|co_grozi|kara|kary|powieść|powieści|książk*|film|filmie|serial*|faktach|artykuł*|podcast*|gazecie|reportaż*',
  calm: 'jeśli_jestem_w_niebezpiecze*|jeżeli_jestem_w_niebezpiecze*|gdy_jestem_w_niebezpiecze*|nie_jestem_w_niebezpiecze*|nie_jestem_teraz_w_niebezpiecze*|teraz_nie_jestem_w_niebezpiecze*|już_nie_jestem_w_niebezpiecze*|nie_jesteśmy_w_niebezpiecze*|nic_mi_nie_grozi|nic_mi_teraz_nie_grozi|nic_nam_nie_grozi',
  filler: 'proszę prosze plz szybko',
  strings: {
    call: 'Zadzwoń pod 112',
    text: 'Zadzwoń teraz pod 112. To bezpłatne i działa z każdego telefonu. Jeśli możesz, idź w bezpieczne miejsce.',
    victimSupport: 'Pomoc ofiarom',
    missingChildren: 'Zaginione dzieci',
  },
};
