/** Dutch knowledge base: machine-translated from the English original, awaiting a native review. */
import { COMMISSION_ANTI_TRAFFICKING, DIRECTIVE_2004_81, DIRECTIVE_2011_36, DIRECTIVE_2024_1712 } from '../links.ts';
import type { KnowledgeTranslation } from './knowledge-translation.ts';

export const nl: KnowledgeTranslation = {
  language: 'nl',
  review: { status: 'machine' },
  topics: {
    'what-is-trafficking': {
      questions: [
        'Wat is mensenhandel?', 'wat betekent mensenhandel', 'definitie van mensenhandel', 'wat valt onder mensenhandel',
        'hoe definieert de EU mensenhandel', 'is mensenhandel een misdrijf', 'is mensenhandel strafbaar', 'wat is de straf op mensenhandel',
        'verschil tussen mensensmokkel en mensenhandel', 'is mensensmokkel hetzelfde', 'wat is moderne slavernij',
        'moet je een grens over voor mensenhandel', 'kun je in je eigen land slachtoffer zijn', 'wat doen mensenhandelaars',
        'is mensenhandel een schending van mensenrechten', 'kunnen mannen ook slachtoffer zijn', 'is het mensenhandel als iemand eerst akkoord ging',
        'hoe werkt mensenhandel', 'mensenhandel uitgelegd', 'wat betekent uitbuiting precies', 'mensenhandel wat is dat eigenlijk',
        'hoeveel mensen worden elk jaar verhandeld', 'hoe ronselen mensenhandelaars mensen', 'werving en vervoer van mensen om ze uit te buiten',
        'artikel 2 van de richtlijn mensenhandel', 'komt dat echt voor in europa', 'wat is mensehandel',
        'hoeveel slachtoffers van mensenhandel zijn er', 'in welke landen komt mensenhandel het meest voor', 'wat gebeurt er met daders',
      ],
      answer: 'Mensenhandel is het werven, vervoeren, overbrengen, huisvesten of opnemen van mensen met geweld, dreiging, bedrog, misbruik van macht of van een kwetsbare positie, of door iemand te betalen die zeggenschap over hen heeft, om hen uit te buiten. Het is een ernstig misdrijf en een zware schending van de mensenrechten. De EU definieert het in Richtlijn 2011/36/EU (artikel 2). Slachtoffers zijn vrouwen, mannen en kinderen, uit de EU en daarbuiten; er hoeft geen grens te worden overgestoken.',
    },
    'forms-of-exploitation': {
      questions: [
        'welke vormen van uitbuiting zijn er', 'soorten mensenhandel', 'is gedwongen bedelen ook mensenhandel', 'is dwangarbeid een vorm van mensenhandel',
        'wat is arbeidsuitbuiting', 'wat is seksuele uitbuiting', 'is gedwongen prostitutie mensenhandel', 'handel in organen',
        'is een gedwongen huwelijk mensenhandel', 'is illegale adoptie mensenhandel', 'uitbuiting van draagmoeders',
        'gedwongen stelen of drugs verkopen voor een bende', 'criminele uitbuiting', 'wat is schuldslavernij', 'wat is huishoudelijke slavernij',
        'wat heeft de richtlijn van 2024 toegevoegd', 'waarvoor worden slachtoffers uitgebuit', 'werken zonder loon is dat uitbuiting',
        'mijn baas betaalt niet, is dat uitbuiting', 'is het verkopen van een baby voor adoptie mensenhandel', 'loverboys',
        'slavernij en dienstbaarheid', 'voorbeelden van uitbuiting', 'is zakkenrollen voor een bende mensenhandel',
      ],
      answer: 'Uitbuiting heeft veel vormen: seksuele uitbuiting (waaronder prostitutie van anderen), gedwongen arbeid of diensten (waaronder gedwongen bedelen), slavernij en dienstbaarheid, gedwongen criminele activiteiten zoals diefstal of drugshandel, en het verwijderen van organen. Sinds Richtlijn (EU) 2024/1712 omvat de EU-definitie ook gedwongen huwelijk, illegale adoptie en uitbuiting van draagmoederschap. Vaak gaan meerdere vormen samen.',
    },
    'signs-of-trafficking': {
      questions: [
        'hoe herken ik een slachtoffer van mensenhandel', 'signalen van mensenhandel', 'wat zijn de indicatoren van mensenhandel',
        'hoe weet ik of iemand wordt uitgebuit', 'rode vlaggen bij een werknemer', 'waar moet ik op letten', 'mijn buurvrouw is misschien slachtoffer, wat zijn de signalen',
        'haar baas houdt haar paspoort, is dat een signaal', 'signalen van dwangarbeid', 'de arbeiders verlaten de boerderij nooit en lijken bang',
        'een meisje komt altijd met een man die voor haar praat', 'signalen van seksuele uitbuiting', 'moet ik de verdachte aanspreken',
        'hoe ziet een slachtoffer eruit', 'mijn schoonmaakster is bang en heeft geen papieren', 'werknemers slapen op het werk',
        'hoe kan een arts slachtoffers herkennen', 'hoe herkent een leraar een uitgebuit kind', 'hoe herken je uitbuiting',
        'signalen van schuldslavernij', 'hoe houden mensenhandelaars hun slachtoffers vast', 'waarmee bedreigen mensenhandelaars hun slachtoffers',
        'signalen dat iemand gecontroleerd wordt', 'hoe ontsnappen slachtoffers',
      ],
      answer: 'Mogelijke signalen: iemand anders houdt het paspoort of de ID-kaart; de persoon heeft een schuld die nooit afbetaald kan worden; kan niet vrij gaan en staan; lijkt bang of vertelt een ingestudeerd verhaal; iemand praat namens hem of haar of controleert telefoon en geld; woont waar hij werkt, in slechte of overvolle omstandigheden; lange dagen, weinig of geen loon, verwondingen. Eén signaal alleen bewijst niets. Spreek een vermoedelijke mensenhandelaar niet aan: dat kan de persoon in gevaar brengen. Meld je zorg liever (in een noodgeval bel 112).',
    },
    'get-help': {
      questions: [
        'waar kan ik hulp krijgen', 'ik ben slachtoffer van mensenhandel, wat moet ik doen', 'ik heb hulp nodig', 'wie kan mij helpen',
        'mijn vriendin wordt uitgebuit, waar kan ze terecht', 'ze hebben mijn papieren afgepakt, wie helpt', 'ik denk dat ik slachtoffer ben, waar kan ik heen',
        'hulp voor slachtoffers van mensenhandel', 'is er een hulplijn voor slachtoffers', 'waar vinden slachtoffers opvang',
        'ik heb geen papieren, kan ik toch hulp krijgen', 'ik ben bang voor de politie, wie kan me nog helpen', 'met wie kan ik vertrouwelijk praten',
        'ik moet werken zonder loon en heb een schuld bij ze', 'nummers om te bellen voor hulp', 'ik wil uit deze situatie',
        'hulp zonder naar de politie te gaan', 'is hulp gratis', 'hulp in mijn eigen taal', 'ik ben ontsnapt en heb een slaapplaats nodig',
        'ik ben nu veilig maar heb steun nodig', 'ik zoek juridische hulp', 'ik wil met iemand praten over wat me is overkomen',
        'hulp in nederland', 'hulp in belgie', 'ik heb nergens heen te gaan', 'hulp nodig pls',
        'kunnen jullie me doorverwijzen', 'is er iemand die mijn taal spreekt', 'ik ben niet meer in gevaar maar heb hulp nodig',
      ],
      answer: 'Ben jij of is iemand anders nu in gevaar, bel dan 112 (gratis, in elk EU-land). Gespecialiseerde hulporganisaties en nationale hulplijnen tegen mensenhandel helpen slachtoffers vertrouwelijk, wat hun verblijfsstatus ook is, en vaak in meerdere talen. Je hebt geen papieren of aangifte bij de politie nodig om hulp te vragen.',
    },
    'report-suspicion': {
      questions: [
        'hoe meld ik een vermoeden van mensenhandel', 'waar kan ik mensenhandel melden', 'ik wil iets verdachts melden',
        'bij wie meld ik uitbuiting', 'kan ik anoniem melden', 'mensenhandel melden bij de politie', 'hoe meld ik een mensenhandelaar',
        'ik zag iets dat op mensenhandel lijkt, wat moet ik doen', 'moet ik de politie bellen als ik iets vermoed', 'welke informatie geef ik bij een melding',
        'uitbuiting van werknemers melden', 'ik vermoed dat mijn buren een huishoudster uitbuiten, wie moet ik inlichten', 'online melden',
        'wat gebeurt er na mijn melding', 'moet ik mijn naam geven bij een melding', 'aangifte doen', 'melding maken van dwangarbeid',
        'meld misdaad anoniem', 'hoe meld ik een geval', 'waar meld ik dit', 'ik vermoed mensenhandel bij een nagelsalon',
        'wie moet ik inlichten', 'hoe kan ik dat melden',
      ],
      answer: 'Bel in een noodgeval 112. Meld het anders bij de politie of bij de nationale hulplijn tegen mensenhandel van je land; vaak kun je anoniem melden. Wat helpt: waar en wanneer je het zag, wat er gebeurde, beschrijvingen van de betrokken personen, voertuigen of plaatsen, en alles wat je verder opviel. Ga niet zelf op onderzoek uit en spreek niemand aan.',
    },
    'victim-rights': {
      questions: [
        'welke rechten hebben slachtoffers van mensenhandel', 'rechten van slachtoffers in de EU', 'kan een slachtoffer papieren krijgen om legaal te blijven',
        'word ik uitgezet als ik slachtoffer ben', 'moeten slachtoffers getuigen om hulp te krijgen', 'wat is de bedenktijd',
        'kunnen slachtoffers schadevergoeding krijgen', 'krijgen slachtoffers gratis juridische hulp', 'is er een tolk voor slachtoffers',
        'mag een slachtoffer in het land blijven', 'bescherming tijdens het proces', 'waar heeft een slachtoffer recht op',
        'kan een slachtoffer gestraft worden voor misdrijven waartoe het gedwongen werd', 'verblijfsvergunning voor slachtoffers richtlijn 2004/81',
        'krijg ik mijn loon nog terug', 'hebben slachtoffers recht op een advocaat', 'heb ik rechten zonder papieren', 'rechten van slachtoffers',
        'welke rechten heb ik als slachtoffer', 'word ik teruggestuurd naar mijn land', 'krijgen slachtoffers een verblijfsvergunning',
        'mag mijn werkgever mijn paspoort houden', 'mag een slachtoffer de opvang verlaten', 'wat gebeurt er als een slachtoffer naar de politie gaat',
        'ik ben niet in gevaar maar wil mijn rechten weten', 'welke rechten heeft een slachtoffer in de rechtszaal',
      ],
      answer: 'Slachtoffers in de EU hebben recht op hulp en steun zodra er redelijke gronden zijn om aan te nemen dat zij slachtoffer zijn, niet alleen als zij getuigen: veilige opvang, medische en psychologische zorg, juridisch advies en bijstand, vertaling en informatie. Slachtoffers van buiten de EU kunnen een herstel- en bedenktijd en een verblijfsvergunning krijgen (Richtlijn 2004/81/EG). Slachtoffers kunnen schadevergoeding eisen, mogen niet gestraft worden voor misdrijven waartoe zij gedwongen werden, en worden beschermd in het strafproces.',
    },
    'child-victims': {
      questions: [
        'en als het slachtoffer een kind is', 'kinderhandel', 'kinderen als slachtoffer van mensenhandel', 'kan een kind instemmen met uitbuiting',
        'wat gebeurt er met verhandelde kinderen', 'een minderjarige wordt uitgebuit, wat doe ik', 'mijn kind is vermist', 'hulplijn voor vermiste kinderen',
        'wat is 116 000', 'krijgt een minderjarig slachtoffer een voogd', 'is een meisje van 16 verantwoordelijk als ze instemde',
        'alleenstaande minderjarigen en mensenhandel', 'kinderen gedwongen om te bedelen', 'tiener online uitgebuit',
        'wat als we niet zeker weten of het slachtoffer onder de 18 is', 'kinderen gedwongen om te stelen', 'mijn zoon is verdwenen',
        'vermissing van een kind melden', 'lopen kinderen online meer risico', 'hoeveel kinderen worden vermist in europa', 'jongeren die geronseld worden',
      ],
      answer: 'Een verhandeld kind (iedereen onder de 18) is nooit verantwoordelijk, en de "toestemming" van een kind telt niet: het is mensenhandel, ook zonder geweld of bedrog. Kinderen krijgen extra bescherming: een voogd of vertegenwoordiger, beslissingen in het belang van het kind, kindvriendelijke verhoren; is de leeftijd onzeker, dan wordt de persoon als kind behandeld. Is een kind vermist, bel dan 116 000, de EU-hulplijn voor vermiste kinderen. Bij gevaar bel 112.',
    },
    'about-platform': {
      questions: [
        'wat is dit platform', 'wat is het EU-platform van het maatschappelijk middenveld tegen mensenhandel', 'wie beheert dit platform',
        'wie heeft het platform opgezet', 'waar gaat deze site over', 'wat doet het platform', 'wie ben jij', 'hoeveel organisaties zitten in het platform',
        'wat is het doel van het platform', 'is dit van de Europese Commissie', 'waarom bestaat het platform', 'wie zit er achter deze site',
        'wat ben jij', 'is dit officieel van de EU', 'wat is deze chatbot', 'over het platform', 'wie heeft dit gemaakt', 'hoeveel leden zijn er',
        'waarvoor is het platform', 'wat is deze pagina', 'wat doe jij', 'wie financiert dit platform',
      ],
      answer: 'Het EU-platform van het maatschappelijk middenveld tegen mensenhandel is een forum dat is opgezet door de Europese Commissie. Het brengt meer dan 100 maatschappelijke organisaties samen, Europese, nationale en lokale, die werken aan mensenrechten, kinderrechten, vrouwenrechten en gendergelijkheid, rechten van migranten en bescherming van slachtoffers. Leden delen ervaring, bouwen netwerken en werken samen om mensenhandel te voorkomen. Ik ben de chatassistent ervan.',
    },
    'who-can-join': {
      questions: [
        'wie kan lid worden', 'welke organisaties kunnen lid worden van het platform', 'kan onze ngo lid zijn', 'is lidmaatschap open voor lokale organisaties',
        'kan een kleine stichting lid worden', 'criteria voor lidmaatschap', 'wie komt in aanmerking', 'voorwaarden om lid te zijn',
        'kunnen particulieren lid worden', 'kan ik als privépersoon meedoen', 'accepteren jullie nationale organisaties', 'is het alleen voor grote Europese netwerken',
        'kan een migrantenorganisatie lid worden', 'onze vereniging werkt met vrouwen, mogen wij meedoen', 'mogen bedrijven lid worden',
        'mogen organisaties van buiten de EU meedoen', 'kan elke organisatie lid worden', 'komt onze organisatie in aanmerking',
        'kan mijn organisatie lid worden van het platform', 'is lidmaatschap voor personen',
      ],
      answer: 'Leden zijn maatschappelijke organisaties, zoals ngo\'s en andere organisaties zonder winstoogmerk, die op Europees, nationaal of lokaal niveau werken aan mensenrechten, kinderrechten, vrouwenrechten en gendergelijkheid, rechten van migranten of bescherming van slachtoffers, met werk dat relevant is voor de strijd tegen mensenhandel. Kleine lokale organisaties zijn net zo welkom als grote netwerken. Lidmaatschap is voor organisaties, niet voor individuen.',
    },
    'how-to-join': {
      questions: [
        'hoe melden we ons aan bij het platform', 'hoe kan mijn organisatie lid worden', 'hoe word ik lid', 'aanvraag lidmaatschap',
        'waar vraag ik het lidmaatschap aan', 'wat moeten we aanleveren voor de aanvraag', 'wanneer is de volgende oproep voor leden',
        'aanmeldformulier voor het platform', 'hoe schrijf ik mijn ngo in', 'welke documenten zijn nodig', 'hoe lang duurt de aanvraag',
        'is er een oproep tot kandidaatstelling', 'hoe registreren we onze vereniging', 'stappen om lid te worden', 'wat is de procedure om mee te doen',
        'deadline voor aanvragen', 'hulp bij onze aanvraag voor lidmaatschap', 'hoe kan onze ngo lid worden', 'mijn aanvraag is kwijt',
        'aanmelden als organisatie',
      ],
      answer: 'Over het lidmaatschap beslist de Europese Commissie, die van tijd tot tijd oproepen tot het indienen van aanvragen doet en die op haar website over mensenhandel publiceert. Zorg dat je klaar hebt: de naam, rechtsvorm en het land van je organisatie, het niveau waarop je werkt (Europees, nationaal of lokaal), je werkterreinen en activiteiten tegen mensenhandel, en een contactpersoon. Is er geen oproep open, vraag dan het secretariaat van het platform wanneer de volgende gepland is.',
    },
    'platform-meetings': {
      questions: [
        'hoe vaak komt het platform bijeen', 'hoe werkt het platform', 'wie organiseert de bijeenkomsten van het platform', 'wat gebeurt er op een platformbijeenkomst',
        'waar vinden de bijeenkomsten plaats', 'zijn de vergaderingen online of fysiek', 'hoe communiceren leden met elkaar', 'wat wordt er besproken op de vergaderingen',
        'moeten leden elke vergadering bijwonen', 'hoe houden leden contact tussen de vergaderingen', 'luistert de commissie naar de organisaties',
        'wat is de rol van de commissie', 'wie neemt deel aan de vergaderingen', 'vergaderingen in Brussel of online', 'is de vergadering ook online',
        'mag ik mijn kinderen meenemen naar de bijeenkomst', 'agenda van de vergaderingen', 'hoe vaak zijn er vergaderingen',
      ],
      answer: 'De Europese Commissie organiseert regelmatig platformbijeenkomsten, in Brussel of online, om informatie en feedback te verzamelen van organisaties die in het veld werken en om EU-maatregelen tegen mensenhandel te bespreken. Tussen de bijeenkomsten houden leden elektronisch contact: ze delen nieuws, bronnen en evenementen via het platform en zijn online hulpmiddelen.',
    },
    'next-event': {
      questions: [
        'wanneer is de volgende platformbijeenkomst', 'volgende vergadering', 'komende evenementen', 'welke evenementen komen eraan',
        'is er binnenkort een bijeenkomst', 'wanneer komen jullie weer bijeen', 'zijn er webinars gepland', 'datum van de volgende training',
        'wanneer is de volgende conferentie', 'zijn er evenementen deze maand', 'evenementenkalender', 'wat staat er gepland voor de herfst',
        'is de volgende bijeenkomst online', 'kan ik me inschrijven voor het volgende evenement', 'wanneer is jullie volgende webinar',
        'wanneer is de volgende bijeenkomst', 'toekomstige evenementen', 'agenda evenementen',
      ],
      answer: 'Het platform houdt regelmatig bijeenkomsten, webinars, trainingen en conferenties. De evenementenlijst op deze site toont alle komende data.',
    },
    'find-members': {
      questions: [
        'welke organisaties werken in Italië', 'leden in Spanje', 'lijst van lidorganisaties', 'wie zijn de leden', 'zijn er leden in mijn land',
        'zoek een organisatie die met kinderen werkt in Griekenland', 'ngo\'s die werken aan arbeidsuitbuiting', 'welke leden helpen migranten',
        'toon de ledenkaart', 'lidorganisaties bij mij in de buurt', 'is er een lidorganisatie in Nederland', 'Belgische organisaties',
        'wie werkt aan gedwongen huwelijken', 'leden per land', 'organisaties in belgië', 'we zoeken partners in belgie',
        'welke organisaties in vlaanderen zijn lid', 'welke lidorganisaties werken aan kinderhandel', 'ledenlijst', 'kaart van de leden',
      ],
      answer: 'Lidorganisaties werken in heel Europa, op lokaal, nationaal en Europees niveau. Noem een land of een onderwerp en ik zoek ze op, of bekijk de ledenkaart.',
    },
    'find-resources': {
      questions: [
        'waar vind ik handleidingen over mensenhandel', 'rapporten over arbeidsuitbuiting', 'training voor maatschappelijk werkers', 'is er een toolkit om slachtoffers te herkennen',
        'documenten over de wet', 'video\'s voor bewustwording', 'lesmateriaal voor leraren', 'onderzoek naar mensenhandel in Europa', 'e-learning over mensenhandel',
        'publicaties van het platform', 'handboek voor professionals', 'statistieken over mensenhandel', 'richtlijnen voor politieagenten',
        'folder voor slachtoffers in andere talen', 'materiaal voor een schoolproject', 'jaarverslag', 'kun je een boek over moderne slavernij aanraden',
        'is er een goede documentaire over mensenhandel', 'hebben jullie trainingsmateriaal', 'hebben jullie posters over mensenhandel',
        'ik schrijf mijn scriptie over dwangarbeid', 'nieuws over mensenhandel', 'film voor in de klas',
      ],
      answer: 'Het platform verzamelt handleidingen, rapporten, toolkits, trainingen, wetgeving, video\'s en hulplijnen. Noem een onderwerp en ik zoek ze voor je.',
    },
    'eu-policy': {
      questions: [
        'wat doet de EU tegen mensenhandel', 'EU-beleid tegen mensenhandel', 'wat is de EU-richtlijn mensenhandel', 'wat is richtlijn 2011/36/EU',
        'wat veranderde met richtlijn 2024/1712', 'EU-strategie voor de bestrijding van mensenhandel', 'wie is de EU-coördinator voor mensenhandel',
        'wanneer is de EU-dag tegen mensenhandel', 'wat gebeurt er op 18 oktober', 'EU-wetgeving over mensenhandel', 'hoe bestrijdt de Europese Unie mensenhandel',
        'strategie 2021-2025', 'wat moeten lidstaten doen', 'nieuwe EU-regels tegen mensenhandel', 'wat zegt de eu richtlijn', 'europese wetgeving mensenhandel',
      ],
      answer: 'De EU werkt met Richtlijn 2011/36/EU, in 2024 gewijzigd door Richtlijn (EU) 2024/1712 (meer vormen van uitbuiting, strengere regels, betere steun voor slachtoffers); de EU-strategie voor de bestrijding van mensenhandel 2021–2025 (preventie, vervolging, bescherming van slachtoffers, het criminele verdienmodel doorbreken); en de EU-coördinator voor de bestrijding van mensenhandel, die EU- en nationale maatregelen op elkaar afstemt. 18 oktober is de EU-dag tegen mensenhandel.',
    },
    privacy: {
      questions: [
        'is deze chat anoniem', 'slaan jullie mijn berichten op', 'is dit gesprek privé', 'wie kan lezen wat ik hier schrijf', 'bewaren jullie mijn gegevens',
        'komt iemand te weten dat ik iets vroeg', 'wordt dit opgenomen', 'privacybeleid', 'volgen jullie mij', 'kan mijn baas zien dat ik hier chat',
        'is het veilig om hier te schrijven', 'hoe verlaat ik deze pagina snel', 'slaan jullie mijn IP-adres op', 'welke persoonsgegevens verzamelen jullie',
        'verwijder mijn berichten', 'is dit vertrouwelijk', 'ben ik hier anoniem', 'hoe beschermen jullie mijn gegevens', 'wordt deze chat opgeslagen', 'gebruiken jullie cookies',
      ],
      answer: 'Deze chat bewaart standaard niets van wat je schrijft en geen persoonsgegevens; hij telt alleen naar welke onderwerpen gevraagd wordt. Deel geen namen, adressen, telefoonnummers of andere gegevens waarmee jij of anderen te herkennen zijn. Sluit dit tabblad om snel weg te gaan; als iemand je apparaat controleert, gebruik dan een privévenster en wis je geschiedenis.',
    },
    contact: {
      questions: [
        'ik wil met een mens praten', 'kan ik met iemand praten', 'hoe neem ik contact op met het platform', 'contactgegevens van het secretariaat',
        'e-mailadres van het platform', 'naar wie kan ik schrijven', 'is er een telefoonnummer van het platform', 'verbind me met een echt persoon',
        'hoe neem ik contact op met het secretariaat', 'contact met een lidorganisatie', 'je bent een bot, ik wil een persoon', 'contact',
        'mijn account is geblokkeerd, bij wie moet ik zijn', 'ik ben buitengesloten van mijn account', 'wanneer zijn jullie open', 'wie moet ik contacteren',
      ],
      answer: 'Ik ben een geautomatiseerde assistent. Om een persoon te spreken: het secretariaat van het platform bij de Europese Commissie is bereikbaar via de website van de Commissie over mensenhandel. Voor advies bij jou in de buurt kun je contact opnemen met een lidorganisatie in je land; ik kan die voor je zoeken. Bel in een noodgeval 112.',
    },
    'support-the-cause': {
      questions: [
        'hoe kan ik helpen mensenhandel te bestrijden', 'ik wil vrijwilliger worden', 'kan ik doneren', 'waar kan ik geld doneren', 'hoe kan ik slachtoffers steunen',
        'wat kan ik als individu doen', 'hoe kan ik me inzetten', 'vrijwilligerswerk', 'hoe maak ik mensen bewust van mensenhandel', 'kan ik als student helpen',
        'producten kopen zonder dwangarbeid', 'hoe kan mijn bedrijf helpen', 'ik wil helpen', 'manieren om te helpen', 'bewust consumeren',
        'zoeken jullie vrijwilligers', 'kan ik online doneren', 'ik wil kleding doneren aan een opvanghuis', 'hoe kan ik doneren voor slachtoffers',
      ],
      answer: 'Je kunt helpen: steun een lidorganisatie bij jou in de buurt, als vrijwilliger, met een gift of door hun werk te delen; leer de signalen van mensenhandel kennen en praat erover met vrienden, op het werk en op school; en koop bewust, vraag hoe producten en diensten gemaakt worden, want heel goedkope spullen en diensten kunnen dwangarbeid verbergen.',
    },
    emergency: {
      questions: [
        'hij slaat me', 'ik zit opgesloten in een kamer', 'hij heeft me opgesloten en de sleutel meegenomen', 'ik ben in gevaar', 'ze slaan me',
        'iemand doet me nu pijn', 'ik kan er niet uit, de deur is op slot', 'hij dreigt me te vermoorden', 'help me nu alsjeblieft',
        'ze laten me niet gaan', 'ik word tegen mijn wil vastgehouden', 'mijn baas sloeg me en ik ben bang', 'hij heeft een mes', 'noodgeval',
        'ik zit vast', 'kom snel alsjeblieft',
      ],
      answer: 'Bel nu 112. Het is gratis en werkt in elk EU-land, vanaf elke telefoon. Ga als het kan naar een veilige plek of blijf bij andere mensen. Als je veilig bent, helpen gespecialiseerde hulporganisaties en nationale hulplijnen tegen mensenhandel je, vertrouwelijk en wat je verblijfsstatus ook is.',
    },
    greeting: {
      questions: [
        'hallo', 'hoi', 'hey', 'goedemorgen', 'goedemiddag', 'goedenavond', 'dag', 'dank je', 'dank u wel', 'bedankt', 'dankjewel',
        'heel erg bedankt', 'doei', 'tot ziens', 'tot later', 'ok bedankt', 'top, dank je', 'hoi hoi',
      ],
      answer: 'Hallo! Ik ben de chatassistent van het EU-platform van het maatschappelijk middenveld tegen mensenhandel. Ik kan uitleggen wat mensenhandel is en hoe je het herkent, vertellen waar je hulp krijgt of hoe je een geval meldt, en leden, bronnen en komende evenementen zoeken. Ben je in gevaar, bel dan 112.',
    },
  },
  linkLabels: {
    [COMMISSION_ANTI_TRAFFICKING.url]: 'Europese Commissie: Samen tegen mensenhandel',
    [DIRECTIVE_2011_36.url]: 'Richtlijn 2011/36/EU (EUR-Lex)',
    [DIRECTIVE_2024_1712.url]: 'Richtlijn (EU) 2024/1712 (EUR-Lex)',
    [DIRECTIVE_2004_81.url]: 'Richtlijn 2004/81/EG betreffende verblijfstitels (EUR-Lex)',
  },
};
