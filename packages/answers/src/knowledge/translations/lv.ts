/** Latvian knowledge base: machine-translated from the English original, awaiting a native review. */
import { COMMISSION_ANTI_TRAFFICKING, DIRECTIVE_2004_81, DIRECTIVE_2011_36, DIRECTIVE_2024_1712 } from '../links.ts';
import type { KnowledgeTranslation } from './knowledge-translation.ts';

export const lv: KnowledgeTranslation = {
  language: 'lv',
  review: { status: 'machine' },
  topics: {
    'what-is-trafficking': {
      questions: [
        'Kas ir cilvēku tirdzniecība?', 'kas ir cilveku tirdznieciba', 'ko nozīmē cilvēku tirdzniecība',
        'cilvēku tirdzniecības definīcija', 'cilveku tirdzniecibas definicija', 'kas skaitās cilvēku tirdzniecība',
        'paskaidro kas ir cilvēku tirdzniecība', 'vai cilvēku tirdzniecība ir noziegums', 'kā ES definē cilvēku tirdzniecību',
        'ar ko cilvēku tirdzniecība atšķiras no cilvēku kontrabandas', 'cilveku kontrabanda un tirdznieciba atskiriba',
        'kas ir mūsdienu verdzība', 'vai cilvēku tirdzniecība ir cilvēktiesību pārkāpums',
        'vai jāšķērso robeža lai tā būtu cilvēku tirdzniecība', 'vai var būt upuris savā valstī',
        'ko dara cilvēku tirgotāji', 'vai vīrieši arī var būt cilvēku tirdzniecības upuri',
        'vai tā ir tirdzniecība ja cilvēks piekrita', 'kā darbojas cilvēku tirdzniecība', 'cilveku tirdznieciba kas tas ir',
        'vai par cilvēku tirdzniecību soda', 'kas ir trafikings', 'cilvēku vervēšana un pārvadāšana ekspluatācijai',
        'direktīvas 2. pants par cilvēku tirdzniecību', 'cilveku tirdznieciba vienkarsi paskaidrot',
      ],
      answer: 'Cilvēku tirdzniecība ir cilvēku vervēšana, pārvadāšana, nodošana, slēpšana vai saņemšana, izmantojot spēku, draudus, viltu, varas ļaunprātīgu izmantošanu vai neaizsargātību vai samaksājot personai, kas viņus kontrolē, lai viņus ekspluatētu. Tas ir smags noziegums un nopietns cilvēktiesību pārkāpums. ES to definē Direktīvā 2011/36/ES (2. pants). Upuri ir sievietes, vīrieši un bērni no ES un ārpus tās; robeža nav jāšķērso.',
    },
    'forms-of-exploitation': {
      questions: [
        'kādi ir ekspluatācijas veidi', 'cilvēku tirdzniecības veidi', 'vai piespiedu ubagošana ir cilvēku tirdzniecība',
        'vai piespiedu darbs ir cilvēku tirdzniecība', 'kas ir piespiedu darbs', 'kas ir darba ekspluatācija',
        'kas ir seksuālā ekspluatācija', 'vai piespiedu prostitūcija ir cilveku tirdznieciba', 'orgānu tirdzniecība',
        'organu iznemsana', 'vai piespiedu laulība ir cilvēku tirdzniecība', 'nelegāla adopcija', 'surogātmātes ekspluatācija',
        'piespiešana zagt vai pārdot narkotikas', 'verdzība un kalpība', 'kādās nozarēs ekspluatē cilvēkus',
        'ekspluatacijas formas', 'kādiem mērķiem tirgo cilvēkus', 'vai mājkalpotāju ekspluatācija ir tirdzniecība',
        'piespiedu noziegumi', 'kadi ir cilveku tirdzniecibas veidi',
      ],
      answer: 'Ekspluatācijai ir daudz veidu: seksuālā ekspluatācija (arī citu personu prostitūcija), piespiedu darbs vai pakalpojumi (arī piespiedu ubagošana), verdzība un kalpība, piespiešana izdarīt noziegumus, piemēram, zādzības vai narkotiku tirdzniecību, un orgānu izņemšana. Kopš Direktīvas (ES) 2024/1712 ES definīcija aptver arī piespiedu laulību, nelegālu adopciju un surogātmātes ekspluatāciju. Bieži vairāki veidi ir vienlaikus.',
    },
    'signs-of-trafficking': {
      questions: [
        'kā atpazīt cilvēku tirdzniecības upuri', 'cilvēku tirdzniecības pazīmes', 'cilveku tirdzniecibas pazimes',
        'kā zināt vai kāds ir upuris', 'man liekas mans kaimiņš ir upuris', 'kolēģim paņēma pasi', 'darba devējs paturēja viņas pasi',
        'viņai ir parāds ko nevar atmaksāt', 'kādas ir pazīmes', 'kā saprast vai kāds tiek ekspluatēts',
        'viņš izskatās nobijies un nerunā pats', 'kāds kontrolē viņas telefonu un naudu', 'strādnieki dzīvo darba vietā',
        'kā atpazīt piespiedu darbu', 'pazimes ka kads ir upuris', 'ko darīt ja aizdomas par cilvēku tirdzniecību',
        'draudzenei neļauj iziet no mājas', 'vai man runāt ar tirgotāju', 'brīdinājuma signāli', 'vai tās ir tirdzniecības pazīmes',
      ],
      answer: 'Iespējamās pazīmes: kāds cits tur personas pasi vai ID karti; personai ir parāds, ko tā nevar atmaksāt; tā nevar brīvi pārvietoties vai aiziet; izskatās nobijusies vai atkārto iemācītu stāstu; kāds runā tās vietā vai kontrolē tās telefonu un naudu; tā dzīvo darba vietā sliktos vai pārpildītos apstākļos; garas stundas, maza samaksa vai nekāda, traumas. Viena pazīme neko nepierāda. Nekonfrontējiet iespējamo tirgotāju: tas var apdraudēt personu. Ziņojiet par savām bažām (ārkārtas gadījumā zvaniet 112).',
    },
    'get-help': {
      questions: [
        'kur meklēt palīdzību', 'kur var dabūt palidzibu', 'man vajag palīdzību', 'es esmu upuris kur vērsties',
        'kas var palīdzēt cilvēku tirdzniecības upuriem', 'uzticības tālrunis cilvēku tirdzniecībai', 'palidzibas talrunis',
        'vai ir uzticības tālrunis latvijā', 'kam zvanīt ja esmu upuris', 'vai var saņemt palīdzību bez dokumentiem',
        'man nav uzturēšanās atļaujas vai var palīdzēt', 'kur draudzene var dabūt palīdzību', 'atbalsta organizācijas upuriem',
        'vai palīdzība ir konfidenciāla', 'vai man jāiet uz policiju lai saņemtu palīdzību', 'palīdzība upuriem latvijā',
        'kur brālis var saņemt palīdzību', 'kāds numurs jāzvana', 'karsta linija cilveku tirdznieciba',
        'vai ir palidziba krievu valoda', 'kur var dabut atbalstu', 'neesmu briesmās bet vajag ar kādu parunāt', 'esmu jau drošībā bet vajag atbalstu', 'aizbēgu no darba devēja kur tagad iet', 'agrāk biju upuris, kur var saņemt palīdzību', 'ar ko var parunāt par savu situāciju',
      ],
      answer: 'Ja jūs vai kāds cits tagad ir briesmās, zvaniet 112 (bez maksas, visās ES valstīs). Specializētas atbalsta organizācijas un valstu uzticības tālruņi pret cilvēku tirdzniecību palīdz upuriem konfidenciāli neatkarīgi no uzturēšanās statusa, bieži vairākās valodās. Lai lūgtu palīdzību, jums nav vajadzīgi dokumenti vai iesniegums policijā.',
    },
    'report-suspicion': {
      questions: [
        'kā ziņot par aizdomām', 'ka zinot par cilveku tirdzniecibu', 'kur ziņot par cilvēku tirdzniecību',
        'gribu ziņot par aizdomīgu gadījumu', 'vai var ziņot anonīmi', 'anonims zinojums', 'kam ziņot par ekspluatāciju',
        'vai man ziņot policijai', 'ko teikt policijai', 'redzēju kaut ko aizdomīgu', 'kā pieteikt darba devēju kas ekspluatē',
        'kāda informācija vajadzīga ziņojumam', 'ziņot par tirgotāju', 'kā ziņot par aizdomām par cilvēku tirdzniecību',
        'vai man pašam izmeklēt', 'gribu ziņot par kaimiņu', 'kur var iesniegt ziņojumu', 'kā ziņot par piespiedu darbu',
        'zinot policijai par aizdomam', 'kur pateikt ka kaut kas nav kartiba',
      ],
      answer: 'Ārkārtas gadījumā zvaniet 112. Citos gadījumos ziņojiet policijai vai valsts uzticības tālrunim pret cilvēku tirdzniecību; daudzviet to var izdarīt anonīmi. Noderīga informācija: kur un kad jūs to redzējāt, kas notika, cilvēku, transportlīdzekļu vai vietu apraksts un viss cits, ko pamanījāt. Neizmeklējiet paši un nevienu nekonfrontējiet.',
    },
    'victim-rights': {
      questions: [
        'kādas tiesības ir upuriem', 'upuru tiesības', 'upuru tiesibas', 'vai upuris var palikt valstī',
        'uzturēšanās atļauja upuriem', 'vai upurim jāliecina lai saņemtu palīdzību', 'vai upuri var saņemt kompensāciju',
        'vai upuri soda par noziegumiem', 'pārdomu periods upuriem', 'kāds atbalsts pienākas upurim', 'juridiskā palīdzība upuriem',
        'droša dzīvesvieta upuriem', 'vai upuris dabū tulku', 'kompensacija upuriem', 'vai upuri var izraidīt',
        'upuru aizsardzība kriminālprocesā', 'ko paredz direktiva 2004/81', 'kādas tiesības ir ja esmu upuris',
        'vai nelegāls migrants upuris var palikt', 'medicīniskā palīdzība upuriem', 'vai darba devējs drīkst paturēt pasi', 'kāds sods ir cilvēku tirgotājiem',
      ],
      answer: 'Upuriem ES ir tiesības uz palīdzību un atbalstu, tiklīdz ir pamatots iemesls uzskatīt viņus par upuriem, nevis tikai tad, ja viņi liecina: droša dzīvesvieta, medicīniskā un psiholoģiskā aprūpe, juridiskas konsultācijas un pārstāvība, tulkošana un informācija. Upuri no valstīm ārpus ES var saņemt atjaunošanās un pārdomu periodu un uzturēšanās atļauju (Direktīva 2004/81/EK). Upuri var prasīt kompensāciju, viņus nedrīkst sodīt par noziegumiem, kuros viņi tika piespiesti, un viņi ir aizsargāti kriminālprocesā.',
    },
    'child-victims': {
      questions: [
        'bērni kā cilvēku tirdzniecības upuri', 'bernu tirdznieciba', 'ko darīt ja bērns ir upuris', 'pazudis bērns',
        'pazudis berns ko darit', 'numurs pazudušiem bērniem', '116 000 kas tas ir', 'vai bērns var piekrist',
        'nepilngadīgo ekspluatācija', 'pusaudzi izmanto seksuāli', 'bērnu aizsardzība upuriem', 'vai bērns ir vainīgs',
        'ja nav zināms vecums', 'aizbildnis bērnam upurim', 'bērni bez pavadības', 'bērnu piespiedu ubagošana',
        'kā palīdzēt bērnam upurim', 'vai 17 gadīgs ir bērns', 'ko darit ja meita pazudusi', 'bernu tiesibas upuriem',
      ],
      answer: 'Bērns, kas ir cilvēku tirdzniecības upuris (jebkura persona līdz 18 gadu vecumam), nekad nav vainīgs, un viņa "piekrišanai" nav nozīmes: tā ir cilvēku tirdzniecība arī bez vardarbības vai viltus. Bērniem upuriem ir īpaša aizsardzība: aizbildnis vai pārstāvis, lēmumi bērna labākajās interesēs, bērniem draudzīgas nopratināšanas; ja vecums nav skaidrs, personu uzskata par bērnu. Ja bērns ir pazudis, zvaniet 116 000, ES numuram pazudušiem bērniem. Briesmās zvaniet 112.',
    },
    'about-platform': {
      questions: [
        'kas ir šī platforma', 'kas ir ši platforma', 'par platformu', 'ko dara platforma', 'kas jūs esat', 'kas tu esi',
        'ES pilsoniskās sabiedrības platforma pret cilvēku tirdzniecību', 'kas vada platformu', 'cik organizāciju ir platformā',
        'kāds ir platformas mērķis', 'vai platformu izveidoja Eiropas Komisija', 'kas ir šī vietne', 'ko dara šis čats',
        'kas ir tas čatbots', 'vai tu esi robots', 'pastāsti par platformu', 'platformas uzdevums', 'kam platforma paredzēta',
        'kas ir biedri platformā', 'kapec platforma eksiste',
      ],
      answer: 'ES pilsoniskās sabiedrības platforma pret cilvēku tirdzniecību ir forums, ko izveidoja Eiropas Komisija. Tajā ir vairāk nekā 100 pilsoniskās sabiedrības organizāciju — Eiropas, valsts un vietējā līmeņa —, kas strādā cilvēktiesību, bērnu tiesību, sieviešu tiesību un dzimumu līdztiesības, migrantu tiesību un upuru aizsardzības jomā. Biedri dalās pieredzē, veido tīklus un kopā novērš cilvēku tirdzniecību. Es esmu tās čata asistents.',
    },
    'who-can-join': {
      questions: [
        'kas var kļūt par biedru', 'kas var pievienoties platformai', 'vai mūsu organizācija var pievienoties',
        'vai privātpersona var pievienoties', 'vai es varu būt biedrs', 'vai maza biedrība var pievienoties',
        'dalības nosacījumi', 'dalibas prasibas', 'kas var but biedrs', 'vai NVO var pievienoties', 'vai uzņēmums var kļūt par biedru',
        'vai vietējā organizācija var pievienoties', 'kādas organizācijas var būt biedri', 'vai fonds var pievienoties',
        'vai jāstrādā pret cilvēku tirdzniecību lai pievienotos', 'vai biedrs var būt organizācija no latvijas',
        'kas drikst pievienoties', 'vai biedriba var piedalities',
      ],
      answer: 'Biedri ir pilsoniskās sabiedrības organizācijas, piemēram, NVO un citas bezpeļņas organizācijas, kas darbojas Eiropas, valsts vai vietējā līmenī cilvēktiesību, bērnu tiesību, sieviešu tiesību un dzimumu līdztiesības, migrantu tiesību vai upuru aizsardzības jomā, ja viņu darbs ir svarīgs cīņā pret cilvēku tirdzniecību. Mazas vietējās organizācijas ir tikpat gaidītas kā lieli tīkli. Dalība ir organizācijām, nevis privātpersonām.',
    },
    'how-to-join': {
      questions: [
        'kā pievienoties platformai', 'ka pieteikties dalibai', 'kā kļūt par biedru', 'kā pieteikties', 'pieteikšanās dalībai',
        'kad ir nākamais uzaicinājums pieteikties', 'vai pieteikšanās ir atvērta', 'kādi dokumenti vajadzīgi pieteikumam',
        'kur iesniegt pieteikumu', 'kas lemj par dalību', 'mūsu organizācija grib pievienoties', 'pieteikuma veidlapa',
        'kā pieteikt mūsu biedrību', 'ko sagatavot pieteikumam', 'gribam kļūt par biedriem', 'ka klut par platformas biedru',
        'uzaicinajums iesniegt pieteikumus', 'kā mūs var uzņemt platformā', 'kā biedrība var iestāties platformā', 'palīdzība ar dalības pieteikumu',
      ],
      answer: 'Par dalību lemj Eiropas Komisija, kas laiku pa laikam izsludina uzaicinājumus iesniegt pieteikumus un publicē tos savā tīmekļa vietnē par cīņu pret cilvēku tirdzniecību. Sagatavojiet organizācijas nosaukumu, juridisko statusu un valsti, darbības līmeni (Eiropas, valsts vai vietējais), darba jomas un darbības pret cilvēku tirdzniecību, kā arī kontaktpersonu. Ja neviens uzaicinājums nav atvērts, jautājiet platformas sekretariātam, kad plānots nākamais.',
    },
    'platform-meetings': {
      questions: [
        'kā platforma tiekas', 'platformas sanāksmes', 'kur notiek sanāksmes', 'vai sanāksmes ir briselē', 'vai sanāksmes ir tiešsaistē',
        'cik bieži platforma tiekas', 'kas organizē sanāksmes', 'kā biedri sazinās starp sanāksmēm', 'platformas sanaksmes',
        'vai biedri tiekas klātienē', 'ko dara sanāksmēs', 'kā notiek sadarbība platformā', 'vai ir regulāras tikšanās',
        'kā platforma strādā', 'tiksanas brisele', 'kā biedri dalās informācijā',
      ],
      answer: 'Eiropas Komisija rīko regulāras platformas sanāksmes Briselē vai tiešsaistē, lai apkopotu informāciju un viedokļus no organizācijām, kas strādā uz vietas, un apspriestu ES rīcību pret cilvēku tirdzniecību. Starp sanāksmēm biedri uztur saziņu elektroniski: dalās ar ziņām, resursiem un pasākumiem platformā un tās tiešsaistes rīkos.',
    },
    'next-event': {
      questions: [
        'kad ir nākamais pasākums', 'kad ir nakamais pasakums', 'kad ir nākamā sanāksme', 'gaidāmie pasākumi', 'nākamais vebinārs',
        'vai drīz ir kāda konference', 'pasākumu kalendārs', 'kad ir nākamās apmācības', 'kādi pasākumi ir šogad',
        'nakama sanaksme kad', 'vai ir kāds vebinārs šomēnes', 'pasakumi', 'kad nākamā konference', 'kas notiek drīzumā',
        'vai ir kādi pasākumi rudenī', 'kad būs nākamā tikšanās', 'kur redzēt visus pasākumus', 'nakamais vebinars kad',
      ],
      answer: 'Platforma rīko regulāras sanāksmes, vebinārus, apmācības un konferences. Pasākumu sarakstā šajā vietnē ir redzami visi gaidāmie datumi.',
    },
    'find-members': {
      questions: [
        'atrast biedru organizācijas', 'biedri latvijā', 'organizācijas latvijā kas palīdz upuriem', 'biedri vācijā',
        'kuras organizācijas ir biedri', 'biedru saraksts', 'biedru karte', 'organizacijas kas strada ar berniem',
        'biedri rumānijā kas strādā ar bērniem', 'NVO pret cilvēku tirdzniecību lietuvā', 'organizācijas migrantiem',
        'kas ir biedri igaunijā', 'vai ir biedri manā valstī', 'atrodi organizāciju tuvumā', 'biedri kas strada ar sievietem',
        'kuras organizacijas ir platforma', 'organizācijas polijā', 'meklēju NVO spānijā', 'biedri francijā',
      ],
      answer: 'Biedru organizācijas darbojas visā Eiropā vietējā, valsts un Eiropas līmenī. Nosauciet valsti vai tēmu, un es tās meklēšu, vai apskatiet biedru karti.',
    },
    'find-resources': {
      questions: [
        'atrast rokasgrāmatas un ziņojumus', 'resursi par cilvēku tirdzniecību', 'rokasgramata par upuru identificesanu',
        'ziņojumi par darba ekspluatāciju', 'statistika par cilvēku tirdzniecību', 'apmācību materiāli', 'rīkkopa',
        'video par cilvēku tirdzniecību', 'tiesību akti par cilvēku tirdzniecību', 'materiali skolotajiem',
        'vai ir rokasgrāmata sociālajiem darbiniekiem', 'pētījumi par seksuālo ekspluatāciju', 'e-apmācības kurss',
        'kur atrast dokumentus', 'meklēju ziņojumu par bērniem', 'resursi latviski', 'publikacijas par cilveku tirdzniecibu',
        'vadlīnijas policijai', 'materiāli par piespiedu laulību', 'ieteikt labu rokasgrāmatu',
      ],
      answer: 'Platforma apkopo rokasgrāmatas, ziņojumus, rīkkopas, apmācības, tiesību aktus, video un uzticības tālruņus. Nosauciet tēmu, un es tos pameklēšu.',
    },
    'eu-policy': {
      questions: [
        'ko ES dara pret cilvēku tirdzniecību', 'ES politika cilvēku tirdzniecība', 'ES stratēģija pret cilvēku tirdzniecību',
        'direktīva 2011/36/ES', 'direktiva 2024/1712', 'kas mainījās 2024. gadā', 'ES koordinators cilvēku tirdzniecības apkarošanai',
        'kad ir Eiropas cilvēku tirdzniecības apkarošanas diena', '18. oktobris', 'ES likumi pret cilvēku tirdzniecību',
        'stratēģija 2021 2025', 'ko dara Eiropas Komisija', 'es tiesibu akti par tirdzniecibu', 'jaunā direktīva',
        'es rīcība pret cilvēku tirgotājiem', 'kā ES cīnās pret cilvēku tirdzniecību', 'eiropas savienibas politika',
      ],
      answer: 'ES rīkojas ar Direktīvu 2011/36/ES, ko 2024. gadā grozīja Direktīva (ES) 2024/1712 (vairāk ekspluatācijas veidu, stingrāki noteikumi, labāks atbalsts upuriem); ar ES stratēģiju cilvēku tirdzniecības apkarošanai 2021.–2025. gadam (novēršana, kriminālvajāšana, upuru aizsardzība, noziedzīgā biznesa modeļa sagraušana) un ar ES cilvēku tirdzniecības apkarošanas koordinatoru, kas saskaņo ES un dalībvalstu darbu. 18. oktobris ir Eiropas Cilvēku tirdzniecības apkarošanas diena.',
    },
    privacy: {
      questions: [
        'vai šis čats ir anonīms', 'vai cats ir anonims', 'vai jūs saglabājat ko es rakstu', 'vai mani dati tiek glabāti',
        'privātums', 'privatuma politika', 'vai kāds var redzēt manu sarunu', 'kā ātri aizvērt čatu', 'vai jūs zināt kas es esmu',
        'vai tu glabā manus datus', 'datu aizsardzība', 'VDAR', 'vai saruna ir konfidenciāla', 'vai var izsekot',
        'kā izdzēst vēsturi', 'vai drīkstu rakstīt savu vārdu', 'vai mans vīrs var redzēt ko es rakstīju', 'vai tas ir drosi rakstit',
      ],
      answer: 'Šis čats pēc noklusējuma nesaglabā to, ko jūs rakstāt, ne arī personas datus; tas tikai skaita, par kādām tēmām cilvēki jautā. Nerakstiet vārdus, adreses, tālruņu numurus vai citus datus, kas identificē jūs vai citus. Lai ātri izietu, aizveriet šo cilni; ja kāds pārbauda jūsu ierīci, izmantojiet privāto logu un notīriet vēsturi.',
    },
    contact: {
      questions: [
        'gribu runāt ar cilvēku', 'gribu runat ar cilveku', 'kontakti', 'kā sazināties ar platformu', 'sekretariāta e-pasts',
        'vai var runāt ar īstu cilvēku', 'kontaktinformācija', 'kā sazināties ar Eiropas Komisiju', 'kam rakstīt',
        'telefona numurs platformai', 'vai tu esi cilvēks', 'savienojiet ar darbinieku', 'kā sazināties ar sekretariātu',
        'gribu konsultāciju', 'kontakts', 'nevaru pieslēgties savam kontam', 'problēmas ar kontu', 'aizmirsu paroli',
      ],
      answer: 'Es esmu automātisks asistents. Lai sazinātos ar cilvēku: ar platformas sekretariātu Eiropas Komisijā var sazināties caur Komisijas tīmekļa vietni par cīņu pret cilvēku tirdzniecību. Konsultācijai tuvumā vērsieties pie biedru organizācijas savā valstī; es varu to jums atrast. Ārkārtas gadījumā zvaniet 112.',
    },
    'support-the-cause': {
      questions: [
        'kā es varu palīdzēt', 'ka varu palidzet', 'gribu brīvprātīgi strādāt', 'brivpratigais darbs', 'kā ziedot',
        'vai var ziedot naudu', 'kā atbalstīt cīņu pret cilvēku tirdzniecību', 'ko es varu darīt pret cilvēku tirdzniecību',
        'kā iepirkties atbildīgi', 'kā izglītot citus', 'gribu atbalstīt organizāciju', 'ziedojums', 'kā palīdzēt upuriem',
        'vai varu būt brīvprātīgais', 'kā celt izpratni', 'ko var darīt parasts cilvēks', 'ka atbalstit',
      ],
      answer: 'Jūs varat palīdzēt: atbalstiet biedru organizāciju tuvumā kā brīvprātīgais, ar ziedojumu vai daloties ar tās darbu; uzziniet cilvēku tirdzniecības pazīmes un runājiet par tām ar draugiem, darbā un skolā; iepērcieties atbildīgi, jautājot, kā top preces un pakalpojumi, jo ļoti lētas preces un pakalpojumi var slēpt piespiedu darbu.',
    },
    emergency: {
      questions: [
        'viņš mani sit', 'mani sit', 'esmu ieslēgta istabā', 'viņš mani ieslēdza un paņēma atslēgu', 'kāds man tagad dara pāri',
        'nevaru iziet durvis ir aizslēgtas', 'viņš draud mani nogalināt', 'viņš mani tagad žņaudz', 'mani neļauj aiziet',
        'mani tur pret manu gribu', 'priekšnieks mani iesita un man ir bail', 'viņam ir nazis', 'esmu ieslodzīta',
        'viņi mani tagad tur ieslēgtu', 'glābiet', 'mani tagad sit', 'mani piespiez un sit', 'vins mani tagad apdraud',
      ],
      answer: 'Zvaniet 112 tūlīt. Tas ir bez maksas un darbojas katrā ES valstī no jebkura tālruņa. Ja varat, dodieties uz drošu vietu vai palieciet citu cilvēku tuvumā. Kad būsiet drošībā, specializētas atbalsta organizācijas un valstu uzticības tālruņi pret cilvēku tirdzniecību jums palīdzēs konfidenciāli neatkarīgi no jūsu uzturēšanās statusa.',
    },
    greeting: {
      questions: [
        'sveiki', 'sveiks', 'sveika', 'čau', 'cau', 'labdien', 'labrīt', 'labvakar', 'paldies', 'liels paldies', 'paldies par palīdzību',
        'uz redzēšanos', 'ata', 'ok paldies', 'super paldies', 'sveiki kā iet', 'labdien vai varat palīdzēt', 'cau kas tu esi',
      ],
      answer: 'Sveiki! Es esmu ES pilsoniskās sabiedrības platformas pret cilvēku tirdzniecību čata asistents. Varu paskaidrot, kas ir cilvēku tirdzniecība un kā to atpazīt, pastāstīt, kur meklēt palīdzību vai kā ziņot par gadījumu, un atrast biedrus, resursus un gaidāmos pasākumus. Ja esat briesmās, zvaniet 112.',
    },
  },
  linkLabels: {
    [COMMISSION_ANTI_TRAFFICKING.url]: 'Eiropas Komisija: Kopā pret cilvēku tirdzniecību',
    [DIRECTIVE_2011_36.url]: 'Direktīva 2011/36/ES (EUR-Lex)',
    [DIRECTIVE_2024_1712.url]: 'Direktīva (ES) 2024/1712 (EUR-Lex)',
    [DIRECTIVE_2004_81.url]: 'Direktīva 2004/81/EK par uzturēšanās atļaujām (EUR-Lex)',
  },
};
