/**
 * Per-language cases of the detector's tests: emergencies (first and third person, without
 * accents, with typos, panicked) and ordinary questions about the subject that must not read
 * as emergencies. Written apart from the rules; a native speaker who adds a rule adds its case.
 */
import type { EmergencyLanguage } from './languages.ts';

/** Messages that must, and must not, be read as an emergency in one language. */
export interface LanguageCases {
  emergency: readonly string[];
  ordinary: readonly string[];
}

export const CASES: Readonly<Record<EmergencyLanguage, LanguageCases>> = {
  en: {
    emergency: ['help he is locked me in the room', 'my friend is locked in', 'HE IS HITING ME!!', 'im lokced in', 'heeelp',
      'they took my passport', "I can't leave the house", 'he has a knife', 'they will kill me', 'i am in danger'],
    ordinary: ['what are signs of forced labour', 'how do I report a suspicion', 'how can I help victims',
      'help with my application', 'forced marriage definition', 'is this chat safe', 'I looked for a guide on trafficking'],
  },
  de: {
    emergency: ['ich bin eingesperrt', 'meine Freundin wird eingesperrt', 'er schlaegt mich', 'ich bin eingespert', 'HILFE!!!',
      'sie haben meinen Pass genommen', 'ich kann nicht weg', 'er hat ein Messer', 'sie bringen mich um', 'ich bin in Gefahr'],
    ordinary: ['was sind Anzeichen von Zwangsarbeit', 'wie melde ich einen Verdacht', 'wie kann ich Opfern helfen',
      'Hilfe bei meinem Antrag', 'Definition von Zwangsheirat', 'ist dieser Chat sicher', 'ich bin nach Hause gegangen'],
  },
  fr: {
    emergency: ['ils me retiennent de force, aidez-moi', 'aidez-moi', 'mon amie est enfermée', 'il me frape', 'je suis enfermee',
      'au secours', 'ils ont pris mon passeport', 'je ne peux pas sortir', 'il a un couteau', 'je suis en danger'],
    ordinary: ['quels sont les signes du travail forcé', 'comment signaler un soupçon', 'comment aider les victimes',
      "de l'aide pour ma candidature", 'définition du mariage forcé', 'ce chat est-il sûr', 'je me bats contre la traite'],
  },
  it: {
    emergency: ['aiuto sono in pericolo', 'la mia amica è rinchiusa', 'mi picchia', 'mi picchiaa', 'AIUTOOO',
      'hanno preso il mio passaporto', 'non posso uscire di casa', 'ha un coltello', 'mi vogliono ammazzare', 'sono in perciolo'],
    ordinary: ['quali sono i segnali del lavoro forzato', 'come segnalare un sospetto', 'come posso aiutare le vittime',
      'aiuto con la mia domanda di adesione', 'definizione di matrimonio forzato', 'questa chat è sicura'],
  },
  es: {
    emergency: ['socorro me están amenazando', 'estoy encerrada', 'mi amiga está encerrada', 'me pegan', 'ayudaaa',
      'me quitaron el pasaporte', 'no me dejan salir', 'tiene un cuchillo', 'estoy en peligro', 'me estan amenasando'],
    ordinary: ['cuáles son las señales del trabajo forzoso', 'cómo denunciar una sospecha', 'cómo puedo ayudar a las víctimas',
      'ayuda con mi solicitud', 'definición de matrimonio forzado', 'este chat es seguro'],
  },
  pt: {
    emergency: ['socorro estou trancada', 'a minha amiga está presa em casa', 'ele bate-me', 'estou em perigo', 'ajudem',
      'tiraram-me o passaporte', 'não me deixam sair', 'ele tem uma faca', 'ameaçam matar me', 'nao consigo sair'],
    ordinary: ['quais são os sinais de trabalho forçado', 'como denunciar uma suspeita', 'como posso ajudar as vítimas',
      'ajuda com a minha candidatura', 'definição de casamento forçado', 'este chat é seguro'],
  },
  nl: {
    emergency: ['help ik word vastgehouden', 'mijn vriendin is opgesloten', 'hij slaat me', 'ik ben in gevaar', 'HELP!!',
      'ze hebben mijn paspoort afgepakt', 'ze laten me niet gaan', 'hij heeft een mes', 'ik word opgeslooten', 'ik kan niet weg'],
    ordinary: ['wat zijn signalen van dwangarbeid', 'hoe meld ik een vermoeden', 'hoe kan ik slachtoffers helpen',
      'hulp bij mijn aanvraag', 'definitie van gedwongen huwelijk', 'is deze chat veilig'],
  },
  da: {
    emergency: ['hjælp jeg er spærret inde', 'min veninde er låst inde', 'han slår mig', 'jeg er i fare', 'hjælp!!',
      'de har taget mit pas', 'de lader mig ikke gå', 'han har en kniv', 'hjaelp han slaar mig', 'jeg kan ikke komme ud'],
    ordinary: ['hvad er tegn på tvangsarbejde', 'hvordan anmelder jeg en mistanke', 'hvordan kan jeg hjælpe ofre',
      'hjælp til min ansøgning', 'definition af tvangsægteskab', 'er denne chat sikker'],
  },
  sv: {
    emergency: ['hjälp jag är inlåst', 'min vän är inlåst', 'han slår mig', 'jag är i fara', 'HJÄLP',
      'de har tagit mitt pass', 'de låter mig inte gå', 'han har en kniv', 'hjalp han slar mig', 'jag kan inte komma ut'],
    ordinary: ['vilka är tecknen på tvångsarbete', 'hur anmäler jag en misstanke', 'hur kan jag hjälpa offer',
      'hjälp med min ansökan', 'definition av tvångsäktenskap', 'är den här chatten säker'],
  },
  fi: {
    emergency: ['apua olen lukittuna', 'ystäväni on lukittu huoneeseen', 'hän lyö minua', 'olen vaarassa', 'APUAA',
      'he veivät passini', 'en pääse pois', 'hänellä on veitsi', 'olen hengenvaarasa', 'he eivät päästä minua ulos'],
    ordinary: ['mitkä ovat pakkotyön merkit', 'miten ilmoitan epäilystä', 'miten voin auttaa uhreja',
      'apua hakemukseni kanssa', 'pakkoavioliiton määritelmä', 'onko tämä chat turvallinen'],
  },
  et: {
    emergency: ['appi mind hoitakse kinni', 'mu sõber on lukustatud', 'ta peksab mind', 'ma olen ohus', 'appi!!',
      'nad võtsid mu passi', 'ma ei saa välja', 'tal on nuga', 'ta lööb mind', 'olen ohus palun aidake'],
    ordinary: ['millised on sunnitöö tunnused', 'kuidas teatada kahtlusest', 'kuidas ma saan ohvreid aidata',
      'abi minu taotlusega', 'sundabielu määratlus', 'kas see vestlus on turvaline'],
  },
  lv: {
    emergency: ['palīgā', 'mani ieslēdza istabā un es esmu ieslēgta', 'viņš mani sit', 'es esmu briesmās', 'palidziet',
      'viņi atņēma manu pasi', 'mani nelaiž ārā', 'viņam ir nazis', 'es esmu briesmas', 'nevaru izkļūt ārā'],
    ordinary: ['kādas ir piespiedu darba pazīmes', 'kā ziņot par aizdomām', 'kā es varu palīdzēt cietušajiem',
      'palīdzība ar manu pieteikumu', 'piespiedu laulības definīcija', 'vai šī tērzēšana ir droša'],
  },
  lt: {
    emergency: ['padėkite mane uždarė', 'mano draugė uždaryta', 'jis mane muša', 'aš pavojuje', 'gelbėkit',
      'jie atėmė mano pasą', 'neleidžia man išeiti', 'jis turi peilį', 'jis mane musa', 'negaliu išeiti'],
    ordinary: ['kokie yra priverstinio darbo požymiai', 'kaip pranešti apie įtarimą', 'kaip galiu padėti aukoms',
      'pagalba dėl mano paraiškos', 'priverstinės santuokos apibrėžimas', 'ar šis pokalbis saugus'],
  },
  pl: {
    emergency: ['pomocy jestem w niebezpieczeństwie', 'pomocy jestem w niebezpieczenstwie', 'moja przyjaciółka jest zamknięta',
      'on mnie bije', 'RATUNKU', 'zabrali mi paszport', 'nie mogę wyjść z domu', 'on ma nóż', 'jestem zamknieta', 'zabija mnie'],
    ordinary: ['jakie są oznaki pracy przymusowej', 'jak zgłosić podejrzenie', 'jak mogę pomóc ofiarom',
      'pomoc przy moim wniosku o członkostwo', 'definicja małżeństwa przymusowego', 'czy ten czat jest bezpieczny'],
  },
  cs: {
    emergency: ['pomoc jsem zamčená', 'moje kamarádka je zavřená', 'bije mě', 'jsem v nebezpečí', 'pomozte',
      'vzali mi pas', 'nemůžu odejít', 'má nůž', 'jsem v nebezpeci', 'nepustí mě ven'],
    ordinary: ['jaké jsou znaky nucené práce', 'jak nahlásit podezření', 'jak mohu pomoci obětem',
      'pomoc s mou přihláškou', 'definice nuceného sňatku', 'je tento chat bezpečný'],
  },
  sk: {
    emergency: ['pomoc som zamknutá', 'moja kamarátka je zavretá', 'bije ma', 'som v nebezpečenstve', 'pomôžte',
      'zobrali mi pas', 'nemôžem odísť', 'má nôž', 'som v nebezpecenstve', 'nepustia ma von'],
    ordinary: ['aké sú znaky nútenej práce', 'ako nahlásiť podozrenie', 'ako môžem pomôcť obetiam',
      'pomoc s mojou prihláškou', 'definícia nútenej svadby', 'je tento chat bezpečný'],
  },
  sl: {
    emergency: ['na pomoč zaprta sem', 'moja prijateljica je zaklenjena', 'tepe me', 'sem v nevarnosti', 'pomagajte',
      'vzeli so mi potni list', 'ne morem oditi', 'ima nož', 'sem v nevarnost', 'ne pustijo me ven'],
    ordinary: ['kateri so znaki prisilnega dela', 'kako prijavim sum', 'kako lahko pomagam žrtvam',
      'pomoč pri moji prijavi', 'opredelitev prisilne poroke', 'ali je ta klepet varen'],
  },
  hr: {
    emergency: ['upomoć zaključana sam', 'moja prijateljica je zatvorena', 'tuče me', 'u opasnosti sam', 'pomozite',
      'uzeli su mi putovnicu', 'ne mogu izaći', 'ima nož', 'u opasnsti sam', 'ne puštaju me van'],
    ordinary: ['koji su znakovi prisilnog rada', 'kako prijaviti sumnju', 'kako mogu pomoći žrtvama',
      'pomoć s mojom prijavom', 'definicija prisilnog braka', 'je li ovaj chat siguran'],
  },
  hu: {
    emergency: ['segítség bezártak', 'a barátnőmet bezárták, be van zárva', 'megvernek', 'veszélyben vagyok', 'segitseg',
      'elvették az útlevelemet', 'nem tudok kijutni', 'kése van', 'veszelyben vagyok', 'nem engednek ki'],
    ordinary: ['mik a kényszermunka jelei', 'hogyan jelenthetek be egy gyanút', 'hogyan segíthetek az áldozatoknak',
      'segítség a jelentkezésemhez', 'mi a kényszerházasság meghatározása', 'biztonságos ez a csevegés'],
  },
  ro: {
    emergency: ['ajutor sunt închisă', 'prietena mea este închisă în casă', 'mă bate', 'sunt în pericol', 'AJUTOR',
      'mi-au luat pașaportul', 'nu mă lasă să plec', 'are un cuțit', 'sunt in pericol', 'nu pot să ies'],
    ordinary: ['care sunt semnele muncii forțate', 'cum raportez o suspiciune', 'cum pot ajuta victimele',
      'ajutor cu cererea mea', 'definiția căsătoriei forțate', 'este sigur acest chat'],
  },
  bg: {
    emergency: ['помощ бие ме', 'приятелката ми е заключена', 'в опасност съм', 'помогнете', 'pomosht bie me',
      'взеха ми паспорта', 'не ме пускат да изляза', 'той има нож', 'заключена съм', 'не мога да изляза'],
    ordinary: ['какви са признаците на принудителен труд', 'как да съобщя за подозрение', 'как мога да помогна на жертвите',
      'помощ с моята кандидатура', 'определение за принудителен брак', 'безопасен ли е този чат'],
  },
  el: {
    emergency: ['βοήθεια είμαι κλειδωμένη', 'η φίλη μου είναι κλειδωμένη', 'με χτυπάει', 'είμαι σε κίνδυνο', 'voitheia',
      'μου πήραν το διαβατήριο', 'δεν με αφήνουν να φύγω', 'έχει μαχαίρι', 'ειμαι σε κινδυνο', 'me xtypaei'],
    ordinary: ['ποια είναι τα σημάδια της καταναγκαστικής εργασίας', 'πώς αναφέρω μια υποψία', 'πώς μπορώ να βοηθήσω τα θύματα',
      'βοήθεια με την αίτησή μου', 'ορισμός του καταναγκαστικού γάμου', 'είναι ασφαλής αυτή η συνομιλία'],
  },
  ga: {
    emergency: ['cabhair tá mé faoi ghlas', 'tá mo chara faoi ghlas', 'tá sé do mo bhualadh', 'táim i mbaol', 'cabhair!!',
      'thóg siad mo phas', 'níl cead agam imeacht', 'tá scian aige', 'ta me faoi ghlas', 'tá mé i gcontúirt'],
    ordinary: ['cad iad comharthaí na saothair éigeantaigh', 'conas amhras a thuairisciú', 'conas is féidir liom cabhrú le híospartaigh',
      'cabhair le m\'iarratas', 'sainmhíniú ar phósadh éigeantach', 'an bhfuil an comhrá seo sábháilte'],
  },
  mt: {
    emergency: ['għajnuna jien imsakkra', 'il-ħabiba tiegħi maqfula ġewwa', 'isawwatni', 'jien fil-periklu', 'ajjut',
      'ħaduli l-passaport', 'ma jħallunix noħroġ', 'għandu sikkina', 'ghajnuna jien imsakkra', 'ma nistax noħroġ'],
    ordinary: ['x\'inhuma s-sinjali tax-xogħol furzat', 'kif nirrapporta suspett', 'kif nista\' ngħin lill-vittmi',
      'għajnuna bl-applikazzjoni tiegħi', 'definizzjoni ta\' żwieġ furzat', 'din il-chat hija sigura'],
  },
};
