/** Lithuanian knowledge base: machine-translated from the English original, awaiting a native review. */
import { COMMISSION_ANTI_TRAFFICKING, DIRECTIVE_2004_81, DIRECTIVE_2011_36, DIRECTIVE_2024_1712 } from '../links.ts';
import type { KnowledgeTranslation } from './knowledge-translation.ts';

export const lt: KnowledgeTranslation = {
  language: 'lt',
  review: { status: 'machine' },
  topics: {
    'what-is-trafficking': {
      questions: [
        'Kas yra prekyba žmonėmis?', 'kas yra prekyba zmonemis', 'prekybos žmonėmis apibrėžimas', 'ka reiskia prekyba zmonemis',
        'kas laikoma prekyba žmonėmis', 'paaiškink kas yra prekyba žmonėmis', 'ar prekyba žmonėmis yra nusikaltimas',
        'kaip ES apibrėžia prekybą žmonėmis', 'teisinis prekybos žmonėmis apibrėžimas', 'kuo skiriasi prekyba žmonėmis nuo žmonių kontrabandos',
        'zmoniu kontrabanda ir prekyba zmonemis skirtumas', 'kas yra šiuolaikinė vergovė', 'ar reikia kirsti sieną kad būtų prekyba žmonėmis',
        'ar galima tapti prekybos žmonėmis auka savo šalyje', 'ką daro prekeiviai žmonėmis', 'ar vyrai irgi gali būti prekybos žmonėmis aukos',
        'ar tai prekyba žmonėmis jei žmogus sutiko', 'kaip veikia prekyba zmonemis', 'prekyba gyvomis prekėmis kas tai',
        'prekyba zmonemis paaiskink paprastai', 'ar prekyba žmonėmis pažeidžia žmogaus teises', 'kas ta prekyba zmonem',
        'direktyvos 2 straipsnis apie prekyba zmonemis',
      ],
      answer: 'Prekyba žmonėmis – tai žmonių verbavimas, gabenimas, perdavimas, slėpimas ar priėmimas naudojant jėgą, grasinimus, apgaulę, piktnaudžiaujant valdžia ar pažeidžiamumu arba sumokant asmeniui, kuris juos kontroliuoja, siekiant juos išnaudoti. Tai sunkus nusikaltimas ir šiurkštus žmogaus teisių pažeidimas. ES jį apibrėžia Direktyvoje 2011/36/ES (2 straipsnis). Aukomis tampa moterys, vyrai ir vaikai iš ES ir už jos ribų; sienos kirsti nebūtina.',
    },
    'forms-of-exploitation': {
      questions: [
        'kokios yra išnaudojimo formos', 'prekybos žmonėmis rūšys', 'ar priverstinis elgetavimas yra prekyba žmonėmis',
        'ar priverstinis darbas yra prekybos žmonėmis forma', 'kas yra priverstinis darbas', 'kas yra darbo išnaudojimas',
        'kas yra seksualinis išnaudojimas', 'ar priverstine prostitucija yra prekyba zmonemis', 'prekyba organais',
        'ar priverstinė santuoka yra prekyba žmonėmis', 'ar neteisėtas įvaikinimas yra prekyba žmonėmis', 'surogatinės motinystės išnaudojimas',
        'verčia vogti arba pardavinėti narkotikus', 'kas yra skolų vergovė', 'kas yra namų vergovė', 'ką pridėjo 2024 metų direktyva',
        'naujos išnaudojimo formos ES direktyvoje', 'kam išnaudojamos aukos', 'ar darbas be atlyginimo yra išnaudojimas',
        'ar darbdavys paemes pasa daro prekyba zmonemis', 'darbas uz maista ir nakvyne be algos ar tai isnaudojimas',
        'vergove ir baudziava', 'ar kiseniu vagystes gaujai yra prekyba zmonemis',
      ],
      answer: 'Išnaudojimas būna įvairių formų: seksualinis išnaudojimas (įskaitant kitų asmenų prostituciją), priverstinis darbas ar paslaugos (įskaitant priverstinį elgetavimą), vergovė ir baudžiava, vertimas daryti nusikaltimus, pvz., vogti ar prekiauti narkotikais, ir organų paėmimas. Nuo Direktyvos (ES) 2024/1712 ES apibrėžimas apima ir priverstinę santuoką, neteisėtą įvaikinimą ir surogatinės motinystės išnaudojimą. Dažnai kelios formos pasitaiko kartu.',
    },
    'signs-of-trafficking': {
      questions: [
        'kaip atpažinti prekybos žmonėmis auką', 'prekybos žmonėmis požymiai', 'kokie yra prekybos zmonemis zenklai',
        'kaip suprasti kad kažkas yra auka', 'kaip suprasti kad darbuotojas išnaudojamas', 'kas turėtų mane sunerimti',
        'manau kaimynė gali būti auka, kokie požymiai', 'darbdavys laiko jos pasą, ar tai požymis', 'kokie priverstinio darbo pozymiai',
        'darbininkai niekada neišeina iš ūkio ir atrodo išsigandę', 'mergina visada ateina su vyru kuris kalba už ją',
        'seksualinio išnaudojimo požymiai', 'ar turėčiau konfrontuoti su įtariamuoju', 'kaip atrodo prekybos žmonėmis auka',
        'rodikliai specialistams', 'mano valytoja bijo ir neturi dokumentų', 'į ką atkreipti dėmesį', 'darbuotojai miega darbo vietoje',
        'kaip gydytojas gali atpažinti auką', 'kaip mokytojas gali atpažinti vaiką auką', 'kaip atpazinti isnaudojima',
        'kaip suprasti ar tai prekyba zmonemis ar tiesiog blogas darbas', 'kaip atpažinti kad žmogus laikomas prieš jo valią', 'kodel aukos nepabega', 'kaip zinoti ar zmogus yra auka',
      ],
      answer: 'Galimi požymiai: kažkas kitas laiko asmens pasą ar tapatybės kortelę; asmuo turi skolą, kurios negali grąžinti; negali laisvai judėti ar išeiti; atrodo išsigandęs ar kartoja išmoktą istoriją; kažkas kalba už jį arba kontroliuoja jo telefoną ir pinigus; gyvena ten, kur dirba, blogomis ar perpildytomis sąlygomis; ilgos valandos, mažas atlyginimas ar jokio, sužalojimai. Vienas požymis nieko neįrodo. Nekonfrontuokite su įtariamu prekeiviu: tai gali sukelti pavojų tam asmeniui. Praneškite apie savo įtarimus (skubiu atveju skambinkite 112).',
    },
    'get-help': {
      questions: [
        'kur galiu gauti pagalbos', 'esu prekybos žmonėmis auka ką daryti', 'man reikia pagalbos', 'kas man padės', 'kas gali man padeti',
        'mano draugė išnaudojama, kur ji gaus paramą', 'atėmė mano dokumentus, kas padės', 'manau esu auka, kur kreiptis',
        'parama prekybos žmonėmis aukoms', 'ar yra pagalbos linija aukoms', 'kur aukos gali rasti prieglobstį',
        'neturiu dokumentų ar gausiu pagalbą', 'bijau policijos, kas dar padės', 'su kuo galiu kalbėti konfidencialiai',
        'verčia dirbti be atlyginimo ir esu jiems skolinga', 'telefonai kuriais galima skambinti pagalbos',
        'organizacija padedanti aukoms netoli manęs', 'noriu ištrūkti iš šitos situacijos', 'ar pagalba nemokama',
        'ar gausiu pagalbą savo kalba', 'pabėgau ir man reikia kur miegoti', 'ieškau teisinės pagalbos',
        'ar galiu gauti pagalbą be policijos', 'pagalba lietuvoje', 'neturiu kur eiti', 'sefas nemoka ir laiko mano pasa ka daryt', 'noriu pasikalbeti su kuo nors apie tai kas man nutiko', 'man reikia psichologo po visko', 'jau esu saugi bet man reikia paramos', 'buvau auka ir man reikia pagalbos', 'esu skolingas tiems kas man rado darba', 'paramos grupe isgyvenusiems',
      ],
      answer: 'Jei jums ar kam nors kitam dabar gresia pavojus, skambinkite 112 (nemokamai, bet kurioje ES šalyje). Specializuotos paramos organizacijos ir nacionalinės kovos su prekyba žmonėmis pagalbos linijos padeda aukoms konfidencialiai, nepriklausomai nuo jų gyvenimo šalyje statuso, dažnai keliomis kalbomis. Norint paprašyti pagalbos, nereikia nei dokumentų, nei pranešimo policijai.',
    },
    'report-suspicion': {
      questions: [
        'kaip pranešti apie įtariamą prekybą žmonėmis', 'kur pranešti apie prekybą žmonėmis', 'noriu pranešti apie kažką įtartino',
        'kam pasakyti jei įtariu išnaudojimą', 'ar galiu pranešti anonimiškai', 'pranesti policijai apie prekyba zmonemis',
        'kaip pranešti apie prekeivį žmonėmis', 'mačiau kažką panašaus į prekybą žmonėmis, ką daryti', 'ar skambinti policijai jei įtariu',
        'kokią informaciją pateikti pranešant', 'pranešti apie darbuotojų išnaudojimą', 'kaip pranešti apie viešnamį kuriame išnaudojamos moterys',
        'įtariu kad kaimynai išnaudoja namų tvarkytoją, kam pranešti', 'pranešimas internetu', 'kas vyksta po pranešimo',
        'ar turiu nurodyti savo vardą pranešdamas', 'kam pranesti apie prekeivius', 'kaip informuoti valdžios institucijas', 'kur apie tai pranešti',
        'noriu pateikti pranešimą', 'kaip pranešti apie atvejį', 'kur anonimiskai pranesti apie isnaudojima', 'kaip apie tai pranesti',
      ],
      answer: 'Skubiu atveju skambinkite 112. Kitu atveju praneškite policijai arba nacionalinei kovos su prekyba žmonėmis pagalbos linijai; daug kur tai galima padaryti anonimiškai. Naudinga informacija: kur ir kada tai matėte, kas įvyko, žmonių, transporto priemonių ar vietų aprašymas ir visa kita, ką pastebėjote. Netirkite patys ir su niekuo nekonfrontuokite.',
    },
    'victim-rights': {
      questions: [
        'kokias teises turi prekybos žmonėmis aukos', 'aukų teisės ES', 'ar auka gali gauti dokumentus kad teisėtai liktų',
        'ar mane deportuos jei esu auka', 'ar aukos turi duoti parodymus kad gautų paramą', 'kas yra apmąstymo laikotarpis',
        'ar aukos turi teisę į kompensaciją', 'ar aukos gauna nemokamą teisinę pagalbą', 'ar aukoms suteikiamas vertėjas',
        'ar auka gali likti saly', 'aukų apsauga teisme', 'kokia parama priklauso aukai',
        'ar aukos gali būti baudžiamos už nusikaltimus kuriuos buvo priverstos daryti', 'leidimas gyventi aukoms direktyva 2004/81',
        'ar atgausiu pinigus už nesumokėtą darbą', 'ar auka turi teisę į advokatą', 'ar turiu teisių be dokumentų', 'aukų teisės',
        'kokias teises turiu kaip auka', 'ar mane išsiųs atgal į mano šalį', 'ar auka gali gauti leidimą gyventi',
        'ar aukos privalo bendradarbiauti su policija', 'kompensacija aukoms', 'ar darbdavys gali atimti pasą', 'kokia bausme uz prekyba zmonemis', 'noriu suzinoti savo teises', 'ar auka gali palikti prieglauda kada nori',
      ],
      answer: 'ES aukos turi teisę į pagalbą ir paramą, kai tik yra pagrįstų priežasčių jas laikyti aukomis, o ne tik tada, kai jos duoda parodymus: saugų būstą, medicininę ir psichologinę pagalbą, teisines konsultacijas ir atstovavimą, vertimą ir informaciją. Aukos iš ne ES šalių gali gauti atsigavimo ir apmąstymo laikotarpį bei leidimą gyventi (Direktyva 2004/81/EB). Aukos gali reikalauti kompensacijos, neturėtų būti baudžiamos už nusikaltimus, kuriuos buvo priverstos daryti, ir yra saugomos baudžiamajame procese.',
    },
    'child-victims': {
      questions: [
        'o jei auka yra vaikas', 'prekyba vaikais', 'vaikai prekybos žmonėmis aukos', 'ar vaikas gali sutikti būti išnaudojamas',
        'kas nutinka vaikams aukoms', 'nepilnametis išnaudojamas, ką daryti', 'mano vaikas dingo', 'telefonas dėl dingusių vaikų',
        'kas yra 116 000', 'ar vaikas auka gauna globėją', 'ar 16 metų mergaitė atsakinga jei sutiko', 'vaikai be priežiūros ir prekyba žmonėmis',
        'vaikai verčiami elgetauti gatvėje', 'paauglys išnaudojamas internete', 'kas jei nežinoma ar aukai mažiau nei 18 metų',
        'vaikai verčiami vogti', 'pranešti apie dingusį vaiką', 'mano sūnus dingo', 'išnaudojami vaikai', 'nepilnametė mergaitė išnaudojama',
        'vaiku isnaudojimas', 'dukra dingo ka daryti', 'kaip apsaugoti vaikus nuo pagrobejų', 'kiek vaiku dingsta europoje',
      ],
      answer: 'Vaikas, tapęs prekybos žmonėmis auka (bet kuris asmuo iki 18 metų), niekada nėra kaltas, o jo „sutikimas“ nieko nereiškia: tai prekyba žmonėmis net ir be smurto ar apgaulės. Vaikams aukoms taikoma ypatinga apsauga: globėjas ar atstovas, sprendimai pagal geriausius vaiko interesus, vaikui palanki apklausa; kai amžius neaiškus, asmuo laikomas vaiku. Jei vaikas dingo, skambinkite 116 000 – ES numeriu dėl dingusių vaikų. Pavojuje skambinkite 112.',
    },
    'about-platform': {
      questions: [
        'kas tai per platforma', 'kas yra ES pilietinės visuomenės platforma prieš prekybą žmonėmis', 'kas valdo šią platformą',
        'kas sukūrė platformą', 'apie ką ši svetainė', 'kuo užsiima platforma', 'kas tu esi', 'kuo jus uzsiimat',
        'kiek organizacijų yra platformoje', 'koks platformos tikslas', 'ar tai valdo Europos Komisija', 'kam reikalinga platforma',
        'kas stovi už šios svetainės', 'kas tu toks', 'ar tai oficiali ES svetainė', 'kas cia per pokalbiu robotas', 'apie platforma',
        'kas tai sukure', 'kiek yra narių', 'kas cia per svetaine', 'ka tu darai',
      ],
      answer: 'ES pilietinės visuomenės platforma prieš prekybą žmonėmis – tai Europos Komisijos sukurtas forumas. Ji vienija daugiau kaip 100 pilietinės visuomenės organizacijų – europinių, nacionalinių ir vietinių – dirbančių žmogaus teisių, vaiko teisių, moterų teisių ir lyčių lygybės, migrantų teisių bei aukų apsaugos srityse. Nariai dalijasi patirtimi, kuria tinklus ir kartu užkerta kelią prekybai žmonėmis. Aš esu jos pokalbių asistentas.',
    },
    'who-can-join': {
      questions: [
        'kas gali tapti nariu', 'kokios organizacijos gali prisijungti prie platformos', 'ar mūsų nevyriausybinė organizacija gali būti nare',
        'ar narystė atvira vietinėms organizacijoms', 'ar mažas fondas gali prisijungti', 'narystės kriterijai', 'kas atitinka narystės sąlygas',
        'reikalavimai nariams', 'ar privatūs asmenys gali prisijungti', 'ar galiu prisijungti kaip privatus asmuo',
        'ar priimate nacionalines organizacijas', 'ar tai tik dideliems europos tinklams', 'mūsų asociacija dirba su moterimis, ar galime prisijungti',
        'ar įmonės gali prisijungti', 'ar organizacijos ne iš ES gali prisijungti', 'kas gali prisijungt', 'ar bet kuri organizacija gali prisijungti',
        'ar mūsų organizacija tinka', 'esame maža nvo, ar galime prisijungti', 'ar vaiko teisių organizacija gali tapti nare',
        'ar naryste skirta pavieniams zmonems',
      ],
      answer: 'Nariai yra pilietinės visuomenės organizacijos, pavyzdžiui, nevyriausybinės organizacijos ir kiti ne pelno subjektai, veikiantys europiniu, nacionaliniu ar vietiniu lygmeniu žmogaus teisių, vaiko teisių, moterų teisių ir lyčių lygybės, migrantų teisių ar aukų apsaugos srityse, jei jų darbas svarbus kovai su prekyba žmonėmis. Mažos vietinės organizacijos laukiamos lygiai taip pat kaip dideli tinklai. Narystė skirta organizacijoms, ne privatiems asmenims.',
    },
    'how-to-join': {
      questions: [
        'kaip galime prisijungti prie platformos', 'kaip mūsų organizacija gali tapti nare', 'kaip prisijungti', 'paraiška narystei',
        'kur pateikti paraišką narystei', 'ką turime nurodyti paraiškoje', 'kada kitas kvietimas teikti paraiškas', 'platformos paraiškos forma',
        'kaip užregistruoti mūsų organizaciją', 'kokių dokumentų reikia', 'kiek laiko nagrinėjama paraiška', 'ar yra atviras kvietimas',
        'kaip tapti nariu', 'kaip tapt nariu', 'prisijungimo tvarka', 'paraiškų pateikimo terminas', 'reikia pagalbos su narystės paraiška',
        'kaip tapti tinklo nariu', 'kaip musu fondas gali prisijungti prie platformos', 'organizacijos registracija',
      ],
      answer: 'Dėl narystės sprendžia Europos Komisija, kuri kartkartėmis skelbia kvietimus teikti paraiškas ir juos paskelbia savo kovos su prekyba žmonėmis svetainėje. Pasiruoškite organizacijos pavadinimą, teisinį statusą ir šalį, veiklos lygmenį (europinis, nacionalinis ar vietinis), darbo sritis ir veiklą prieš prekybą žmonėmis bei kontaktinį asmenį. Jei kvietimas neatidarytas, paklauskite platformos sekretoriato, kada planuojamas kitas.',
    },
    'platform-meetings': {
      questions: [
        'kaip dažnai susitinka platforma', 'kaip veikia platforma', 'kas organizuoja platformos susitikimus', 'kas vyksta platformos susitikime',
        'kur vyksta susitikimai', 'ar susitikimai vyksta internetu ar gyvai', 'kaip nariai bendrauja tarpusavyje', 'apie ką kalbama susitikimuose',
        'ar nariai turi dalyvauti kiekviename susitikime', 'kaip nariai palaiko ryšį tarp susitikimų', 'kaip organizuojami susitikimai',
        'ar komisija klauso organizaciju', 'koks komisijos vaidmuo susitikimuose', 'kas dalyvauja susitikimuose', 'kaip daznai vyksta susitikimai',
        'kas vyksta tarp susitikimų', 'susitikimai Briuselyje ar internetu', 'susitikimu darbotvarke',
      ],
      answer: 'Europos Komisija rengia reguliarius platformos susitikimus Briuselyje arba internetu, kad surinktų informaciją ir nuomones iš vietoje dirbančių organizacijų ir aptartų ES veiksmus prieš prekybą žmonėmis. Tarp susitikimų nariai palaiko ryšį elektroniniu būdu: dalijasi naujienomis, ištekliais ir renginiais per platformą ir jos internetines priemones.',
    },
    'next-event': {
      questions: [
        'kada kitas platformos susitikimas', 'kitas susitikimas', 'artėjantys renginiai', 'kokie renginiai artėja', 'ar greitai bus susitikimas',
        'kada vėl susitinkate', 'ar yra kokių nors internetinių seminarų', 'kito mokymo data', 'kada kita konferencija',
        'ar yra renginių šį mėnesį', 'renginių kalendorius', 'kas suplanuota rudeniui', 'ar kitas susitikimas vyks internetu',
        'ar galiu užsiregistruoti į kitą renginį', 'kito vebinaro data', 'kada kitas susitikimas', 'busimi renginiai',
        'vebinaras kaip uzsiregistruoti', 'kur vyks konferencija',
      ],
      answer: 'Platforma rengia reguliarius susitikimus, internetinius seminarus, mokymus ir konferencijas. Šios svetainės renginių sąraše rodomos visos artėjančios datos.',
    },
    'find-members': {
      questions: [
        'kokios organizacijos veikia Italijoje', 'nariai Ispanijoje', 'narių organizacijų sąrašas', 'kas yra nariai', 'ar yra narių mano šalyje',
        'rask organizaciją dirbančią su vaikais Graikijoje', 'organizacijos dirbančios su darbo išnaudojimu', 'kurie nariai padeda migrantams',
        'parodyk narių žemėlapį', 'narės organizacijos netoliese', 'ar yra narė organizacija Lietuvoje', 'lietuviškos organizacijos',
        'kas užsiima priverstinėmis santuokomis', 'rasti narius pagal šalį', 'organizacijos Švedijoje', 'kokios organizacijos yra nares',
        'organizacijos lietuvoje kurios padeda migrantams', 'narių žemėlapis', 'organizaciju katalogas', 'nariai latvijoje',
      ],
      answer: 'Narės organizacijos veikia visoje Europoje vietiniu, nacionaliniu ir europiniu lygmeniu. Nurodykite šalį ar temą ir aš jų paieškosiu, arba peržiūrėkite narių žemėlapį.',
    },
    'find-resources': {
      questions: [
        'kur rasti vadovus apie prekybą žmonėmis', 'ataskaitos apie darbo išnaudojimą', 'mokymai socialiniams darbuotojams',
        'ar yra aukų atpažinimo priemonių rinkinys', 'dokumentai apie teisę', 'filmai sąmoningumo kampanijoms', 'medžiaga mokytojams',
        'tyrimai apie prekybą žmonėmis Europoje', 'nuotolinis mokymosi kursas', 'platformos leidiniai', 'vadovas praktikams',
        'prekybos žmonėmis statistika', 'gairės policijai', 'lankstinukas aukoms kitomis kalbomis', 'ieškau medžiagos mokyklos projektui',
        'išteklių biblioteka', 'naujausios ataskaitos', 'vadovas darbdaviams', 'ar turite medžiagos pristatymui', 'rekomenduokite filma apie prekyba zmonemis',
        'ar turite mokymų mokytojams', 'padėk rasti vadovus', 'knyga apie prekyba zmonemis', 'straipsniai apie smurta pries moteris', 'statistika kiek yra aukų', 'serialas apie prekyba zmonemis ar tai tikra', 'ar yra daugiau informacijos apie tai',
      ],
      answer: 'Platforma renka vadovus, ataskaitas, priemonių rinkinius, mokymus, teisės aktus, vaizdo įrašus ir pagalbos linijas. Nurodykite temą ir aš jų paieškosiu.',
    },
    'eu-policy': {
      questions: [
        'ką daro ES prieš prekybą žmonėmis', 'ES politika dėl prekybos žmonėmis', 'kas yra direktyva 2011/36/ES', 'ką pakeitė direktyva 2024/1712',
        'ES kovos su prekyba žmonėmis strategija', 'kas yra ES kovos su prekyba žmonėmis koordinatorius', 'kada europos kovos su prekyba zmonemis diena',
        'kas yra spalio 18 d', 'ES teisė dėl prekybos žmonėmis', 'kaip Europos Sąjunga kovoja su prekyba žmonėmis', 'koks Europos Komisijos vaidmuo',
        'ES strategija 2021-2025', 'ką privalo daryti valstybės narės', 'europos teise pries prekyba zmonemis', 'nauji ES teisės aktai', 'ka daro es',
        'es direktyva del prekybos zmonemis', 'spalio 18',
      ],
      answer: 'ES veikia per Direktyvą 2011/36/ES, 2024 m. iš dalies pakeistą Direktyva (ES) 2024/1712 (daugiau išnaudojimo formų, griežtesnės taisyklės, geresnė parama aukoms); 2021–2025 m. ES kovos su prekyba žmonėmis strategiją (prevencija, baudžiamasis persekiojimas, aukų apsauga, nusikalstamo verslo modelio ardymas) ir ES kovos su prekyba žmonėmis koordinatorių, kuris derina ES ir valstybių veiksmus. Spalio 18 d. – Europos kovos su prekyba žmonėmis diena.',
    },
    privacy: {
      questions: [
        'ar šis pokalbis anoniminis', 'ar saugote mano žinutes', 'ar šis pokalbis privatus', 'kas gali skaityti ką čia rašau',
        'ar saugote mano duomenis', 'ar kas nors sužinos kad klausiau', 'ar tai įrašoma', 'privatumo politika', 'ar mane sekate',
        'ar mano darbdavys pamatys šį pokalbį', 'ar saugu čia rašyti', 'kaip greitai palikti svetainę', 'ar saugote mano IP adresą',
        'kokius asmens duomenis renkate', 'ištrinkite mano žinutes', 'ar tai konfidencialu', 'ar as cia anonimiskas', 'duomenų apsauga',
        'kaip saugote mano asmens duomenis', 'ar naudojate slapukus', 'ar kas nors gali mane sekti per si pokalbi',
      ],
      answer: 'Pagal numatytuosius nustatymus šis pokalbis neišsaugo to, ką rašote, nei jokių asmens duomenų; jis tik skaičiuoja, apie kokias temas žmonės klausia. Nenurodykite vardų, adresų, telefono numerių ar kitų duomenų, pagal kuriuos galima atpažinti jus ar kitus. Norėdami greitai išeiti, uždarykite šį skirtuką; jei kas nors tikrina jūsų įrenginį, naudokite privatų langą ir išvalykite naršymo istoriją.',
    },
    contact: {
      questions: [
        'noriu kalbėti su žmogumi', 'ar galiu su kuo nors pasikalbėti', 'kaip susisiekti su platforma', 'sekretoriato kontaktai',
        'platformos el. pašto adresas', 'kam galiu parašyti', 'ar yra platformos telefono numeris', 'sujunkite mane su tikru žmogumi',
        'kaip susisiekti su sekretoriatu', 'kontaktas su nare organizacija', 'tu robotas, noriu kalbėti su žmogumi', 'kontaktai',
        'kur jūsų biuras', 'į ką kreiptis', 'mano paskyra portale užblokuota, į ką kreiptis', 'negaliu prisijungti, paskyra užblokuota', 'kas tas numeris 112', 'pamirsau slaptazodi portale',
      ],
      answer: 'Aš esu automatinis asistentas. Norėdami susisiekti su žmogumi: su platformos sekretoriatu Europos Komisijoje galite susisiekti per Komisijos kovos su prekyba žmonėmis svetainę. Patarimo netoliese kreipkitės į narę organizaciją savo šalyje; galiu ją jums surasti. Skubiu atveju skambinkite 112.',
    },
    'support-the-cause': {
      questions: [
        'kaip galiu padėti kovoti su prekyba žmonėmis', 'noriu tapti savanoriu', 'ar galiu paaukoti', 'kur galiu paaukoti pinigų',
        'kaip galiu paremti aukas', 'ką galiu padaryti kaip privatus asmuo', 'kaip įsitraukti', 'savanorystė', 'kaip didinti sąmoningumą apie prekybą žmonėmis',
        'ar galiu padėti būdamas studentas', 'pirkti produktus be priverstinio darbo', 'kaip mano įmonė gali padėti', 'noriu padėti',
        'būdai padėti', 'atsakingas pirkimas', 'kaip galiu paaukoti', 'noriu padeti aukoms, kaip tapti savanore', 'ar galiu paaukoti prieglaudai',
        'kaip paaukoti pagalbai aukoms',
      ],
      answer: 'Galite padėti: remkite narę organizaciją netoliese kaip savanoris, auka arba dalindamiesi jos darbu; sužinokite prekybos žmonėmis požymius ir kalbėkite apie juos su draugais, darbe ir mokykloje; pirkite atsakingai, klausdami, kaip gaminami produktai ir teikiamos paslaugos, nes labai pigios prekės ir paslaugos gali slėpti priverstinį darbą.',
    },
    emergency: {
      questions: [
        'jis mane muša', 'esu užrakinta kambaryje', 'jis mane užrakino ir pasiėmė raktą', 'man gresia pavojus', 'mane muša',
        'kažkas man dabar daro skausmą', 'negaliu išeiti, durys užrakintos', 'grasina mane nužudyti', 'padėkite man dabar',
        'neleidžia man išeiti', 'laiko mane prieš mano valią', 'šefas mane trenkė ir aš bijau', 'jis turi peilį', 'skubus atvejis',
        'esu įkalinta', 'atvažiuokite greitai', 'gelbėkit', 'gelbekit mane', 'jis mane musa dabar',
      ],
      answer: 'Skambinkite 112 dabar. Tai nemokama ir veikia bet kurioje ES šalyje, iš bet kurio telefono. Jei galite, pereikite į saugią vietą arba likite šalia kitų žmonių. Kai būsite saugūs, specializuotos paramos organizacijos ir nacionalinės kovos su prekyba žmonėmis pagalbos linijos jums padės konfidencialiai, nepriklausomai nuo jūsų gyvenimo šalyje statuso.',
    },
    greeting: {
      questions: [
        'labas', 'sveiki', 'laba diena', 'labas rytas', 'labas vakaras', 'sveikas', 'labukas', 'aciu', 'ačiū', 'labai ačiū',
        'ačiū už pagalbą', 'viso gero', 'iki', 'ok aciu', 'super ačiū', 'sveiki gyvi', 'dekui', 'labas, kaip sekasi',
      ],
      answer: 'Labas! Esu ES pilietinės visuomenės platformos prieš prekybą žmonėmis pokalbių asistentas. Galiu paaiškinti, kas yra prekyba žmonėmis ir kaip ją atpažinti, pasakyti, kur ieškoti pagalbos ar kaip pranešti apie atvejį, taip pat rasti narius, išteklius ir artėjančius renginius. Jei jums gresia pavojus, skambinkite 112.',
    },
  },
  linkLabels: {
    [COMMISSION_ANTI_TRAFFICKING.url]: 'Europos Komisija: Kartu prieš prekybą žmonėmis',
    [DIRECTIVE_2011_36.url]: 'Direktyva 2011/36/ES (EUR-Lex)',
    [DIRECTIVE_2024_1712.url]: 'Direktyva (ES) 2024/1712 (EUR-Lex)',
    [DIRECTIVE_2004_81.url]: 'Direktyva 2004/81/EB dėl leidimų gyventi (EUR-Lex)',
  },
};
