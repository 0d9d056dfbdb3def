/** Irish knowledge base: machine-translated from the English original, awaiting a native review. */
import { COMMISSION_ANTI_TRAFFICKING, DIRECTIVE_2004_81, DIRECTIVE_2011_36, DIRECTIVE_2024_1712 } from '../links.ts';
import type { KnowledgeTranslation } from './knowledge-translation.ts';

export const ga: KnowledgeTranslation = {
  language: 'ga',
  review: { status: 'machine' },
  topics: {
    'what-is-trafficking': {
      questions: [
        'Cad is gáinneáil ar dhaoine ann?', 'cad is gainneail ar dhaoine ann', 'ciall le gainneail ar dhaoine', 'sainmhiniu ar ghainneail ar dhaoine',
        'conas a shainmhinionn an AE gainneail', 'an coir e gainneail ar dhaoine', 'cen pionos ata ar ghainneail', 'difriocht idir smuigleail agus gainneail',
        'an ionann smuigleail daoine agus gainneail', 'cad is sclabhaiocht nua-aimseartha ann', 'an ga teorainn a thrasnu le haghaidh gainneala',
        'an feidir leat bheith i d\'iospartach i do thir fein', 'cad a dheanann gainneailithe', 'an sarú ar chearta daonna e', 'an feidir le fir bheith ina n-iospartaigh',
        'an gainneail e ma d\'aontaigh an duine ar dtus', 'conas a oibrionn gainneail ar dhaoine', 'cad is ciall le saothru', 'gainneail ar dhaoine, cad e sin',
        'ce mhead duine a ndeantar gainneail orthu gach bliain', 'airteagal 2 den treoir gainneala', 'an dtarlaionn se seo san eoraip i ndairire',
        'cad is ginneail ann', 'cad a tharlaionn do na coirpigh', 'cad is human trafficking as gaeilge',
      ],
      answer: 'Is éard is gáinneáil ar dhaoine ann daoine a earcú, a iompar, a aistriú, a choinneáil nó a ghlacadh le foréigean, bagairtí, calaois, mí-úsáid cumhachta nó leochaileachta, nó trí íoc le duine a bhfuil smacht aige orthu, chun iad a shaothrú. Is coir thromchúiseach í agus sárú mór ar chearta daonna. Sainmhíníonn an AE í i dTreoir 2011/36/AE (airteagal 2). Is mná, fir agus páistí na híospartaigh, ón AE agus lasmuigh de; ní gá teorainn a thrasnú.',
    },
    'forms-of-exploitation': {
      questions: [
        'cineálacha saothraithe', 'cen cineal saothraithe ata ann', 'cineálacha gainneala', 'an gainneail e deirc eigeantach', 'an gainneail e obair eigeantach',
        'cad is saothru saothair ann', 'cad is saothru gneasach ann', 'an gainneail e striapachas eigeantach', 'tradail in orgain', 'orgain a bhaint',
        'an gainneail e posadh eigeantach', 'an gainneail e uchtail mhidhleathach', 'saothru mathair ionaid', 'iallach drugai a dhiol do bhuion',
        'goid eigeantach do dhronga', 'cad is daoirse fiachais ann', 'sclabhaiocht tí', 'cad a chuir treoir 2024 leis', 'obair gan pa, an saothru e sin',
        'ni iocann mo bhas me, an saothru e', 'samplai de shaothru', 'sclabhaiocht agus daoirse', 'leanbh a dhiol le haghaidh uchtala',
      ],
      answer: 'Tá go leor cineálacha saothraithe ann: saothrú gnéasach (striapachas daoine eile san áireamh), obair nó seirbhísí éigeantacha (déirc éigeantach san áireamh), sclábhaíocht agus daoirse, gníomhaíochtaí coiriúla éigeantacha mar ghoid nó gáinneáil drugaí, agus orgáin a bhaint. Ó Threoir (AE) 2024/1712 i leith, áirítear sa sainmhíniú AE freisin pósadh éigeantach, uchtáil mhídhleathach agus saothrú ionadaíochta. Is minic a théann cineálacha éagsúla le chéile.',
    },
    'signs-of-trafficking': {
      questions: [
        'conas iospartach gainneala a aithint', 'comharthai gainneala ar dhaoine', 'taiscí gainneala', 'conas a bheadh a fhios agam go bhfuil duine a shaothru',
        'bratacha dearga le hoibri', 'cad ba cheart dom a fheiceail', 'b\'fheidir gur iospartach i mo chomharsa, cad iad na comharthai', 'ta a pas ag a bas, an comhartha e sin',
        'comharthai oibre eigeantai', 'ni fhagann na hoibrithe an fheirm riamh agus ta eagla orthu', 'tagann cailin i gcónai le fear a labhraionn ar a son',
        'comharthai saothraithe gneasaigh', 'ar cheart dom labhairt leis an gainneailai', 'cen chuma ata ar iospartach', 'codlaionn na hoibrithe san ait oibre',
        'conas is feidir le dochtuir iospartaigh a aithint', 'conas a aithnionn muinteoir paiste ata a shaothru', 'conas saothru a aithint',
        'comharthai daoirse fiachais', 'conas a choinnionn gainneailithe a n-iospartaigh', 'comharthai go bhfuil smacht ag duine ar dhuine eile',
        'ta eagla ar an nglantoir s againn agus nil paipeir aici',
      ],
      answer: 'Comharthaí féideartha: tá an pas nó an cárta aitheantais ag duine eile; tá fiach ar an duine nach féidir a íoc riamh; ní féidir leis nó léi teacht agus imeacht go saor; tá eagla air nó uirthi nó insíonn sé scéal foghlamtha; labhraíonn duine eile ar a s(h)on nó rialaíonn sé fón agus airgead; cónaíonn sé san áit oibre, i ndrochdhálaí nó plódaithe; laethanta fada, pá beag nó gan pá, gortuithe. Ní chruthaíonn comhartha amháin aon rud. Ná labhair le gáinneálaí amhrasta: d\'fhéadfadh sé an duine a chur i mbaol. Tuairiscigh do bhuairt ina ionad (i gcás éigeandála glaoigh ar 112).',
    },
    'get-help': {
      questions: [
        'cá bhfaighidh mé cabhair', 'ca bhfaighidh me cabhair', 'is iospartach gainneala me, cad ba cheart dom a dheanamh', 'ta cabhair ag teastail uaim',
        'cé a chabhroidh liom', 'ta mo chara a shaothru, ca rachaidh si', 'thog siad mo phaipeir, ce a chabhroidh', 'ceapaim gur iospartach me, ca rachaidh me',
        'cabhair d\'iospartaigh gainneala', 'an bhfuil line chabhrach d\'iospartaigh', 'ca bhfaigheann iospartaigh foscadh', 'nil paipeir agam, an bhfaighidh me cabhair fos',
        'ta eagla orm roimh na gardai, cé eile a chabhroidh', 'le cé is feidir liom labhairt faoi runda', 'caithfidh me obair gan pa agus ta fiach orm leo',
        'uimhreacha le glaoch orthu le haghaidh cabhrach', 'ba mhaith liom eiri as an scéal seo', 'cabhair gan dul chuig na gardai', 'an bhfuil an chabhair saor in aisce',
        'cabhair i mo theanga fein', 'd\'ealaigh me agus ta ait chodlata uaim', 'ta me sabhailte anois ach ta tacaiocht uaim', 'cabhair in eirinn',
        'nil aon ait le dul agam', 'cabhair uaim pls', 'nil me i mbaol a thuilleadh ach ta cabhair uaim', 'nil me i mbaol anois ach bhagair se orm uair amhain',
      ],
      answer: 'Má tá tusa nó duine eile i mbaol anois, glaoigh ar 112 (saor in aisce, i ngach tír san AE). Cabhraíonn eagraíochtaí tacaíochta speisialaithe agus línte cabhrach náisiúnta i gcoinne na gáinneála le híospartaigh faoi rún, cibé stádas cónaithe atá acu, agus go minic i dteangacha éagsúla. Ní gá duit páipéir ná gearán chuig na gardaí chun cabhair a iarraidh.',
    },
    'report-suspicion': {
      questions: [
        'conas amhras gainneala a thuairisciu', 'ca dtuairisceoidh me gainneail ar dhaoine', 'ba mhaith liom rud amhrasach a thuairisciu',
        'cé leis a dtuairisceoidh me saothru', 'an feidir liom tuairisciu gan ainm', 'gainneail a thuairisciu do na gardai', 'conas gainneailai a thuairisciu',
        'chonaic me rud a bhfuil cuma gainneala air, cad a dheanfaidh me', 'ar cheart dom glaoch ar na gardai ma ta amhras orm', 'cen t-eolas a thabharfaidh me i dtuairisc',
        'saothru oibrithe a thuairisciu', 'ceapaim go bhfuil mo chomharsana ag saothru cailin tí, cé dó a n-insfidh me', 'tuairisciu ar line',
        'cad a tharlaionn tar eis mo thuairisce', 'an ga dom m\'ainm a thabhairt', 'obair eigeantach a thuairisciu', 'coir a thuairisciu gan ainm',
        'conas cas a thuairisciu', 'ca dtuairisceoidh me e seo', 'ceapaim go bhfuil gainneail ar siul i salon ingne', 'cé dó ar cheart dom insint',
      ],
      answer: 'I gcás éigeandála glaoigh ar 112. Seachas sin, tuairiscigh é do na gardaí nó don líne chabhrach náisiúnta i gcoinne na gáinneála i do thír; is minic is féidir tuairisciú gan ainm. Cabhraíonn sé seo: cá háit agus cathain a chonaic tú é, cad a tharla, cur síos ar na daoine, na feithiclí nó na háiteanna, agus aon rud eile a thug tú faoi deara. Ná déan imscrúdú tú féin agus ná tabhair aghaidh ar aon duine.',
    },
    'victim-rights': {
      questions: [
        'cad iad cearta iospartach gainneala', 'cearta iospartach san AE', 'an bhfaighidh iospartach paipeir chun fanacht go dleathach',
        'an gcuirfear as an tir me ma is iospartach me', 'an ga d\'iospartaigh fianaise a thabhairt chun cabhair a fhail', 'cad is treimhse machnaimh ann',
        'an bhfaigheann iospartaigh cuiteamh', 'an bhfaigheann iospartaigh cabhair dhlithiuil saor in aisce', 'an bhfuil ateangaire ann d\'iospartaigh',
        'an feidir le hiospartach fanacht sa tir', 'cosaint le linn na trialach', 'cad ata tuillte ag iospartach', 'an bhfeadfaí iospartach a phionosu as coireanna a cuireadh iallach orthu',
        'cead conaithe d\'iospartaigh treoir 2004/81', 'an bhfaighidh me mo phá ar ais', 'an bhfuil ceart ag iospartaigh chun dliodóra', 'an bhfuil cearta agam gan paipeir',
        'cearta na n-iospartach', 'cad iad mo chearta mar iospartach', 'an gcuirfear ar ais go dti mo thir me', 'an bhfaigheann iospartaigh cead conaithe',
        'nil me i mbaol ach ba mhaith liom mo chearta a fhail amach',
      ],
      answer: 'Tá ceart ag íospartaigh san AE chun cabhair agus tacaíocht a luaithe a bhíonn forais réasúnacha ann lena chreidiúint gur íospartaigh iad, ní amháin má thugann siad fianaise: lóistín sábháilte, cúram leighis agus síceolaíoch, comhairle agus cúnamh dlí, aistriúchán agus eolas. Is féidir le híospartaigh ó lasmuigh den AE tréimhse téarnaimh agus machnaimh agus cead cónaithe a fháil (Treoir 2004/81/CE). Is féidir leo cúiteamh a éileamh, ní ceart iad a phionósú as coireanna a cuireadh iallach orthu, agus cosnaítear iad sa phróiseas coiriúil.',
    },
    'child-victims': {
      questions: [
        'agus ma is paiste an t-iospartach', 'gainneail ar phaisti', 'paisti mar iospartaigh gainneala', 'an feidir le paiste toiliú le saothru',
        'cad a tharlaionn do phaisti a ndearnadh gainneail orthu', 'ta duine faoi aois a shaothru, cad a dheanfaidh me', 'ta mo phaiste ar iarraidh', 'line chabhrach do phaisti ar iarraidh',
        'cad e 116 000', 'an bhfaigheann iospartach faoi aois caomhnoir', 'an bhfuil cailin 16 bliana freagrach ma d\'aontaigh si', 'mionaoisigh gan tionlacan agus gainneail',
        'paisti a chuirtear ag lorg deirce', 'deagoir a shaothru ar line', 'cad ma nil muid cinnte an bhfuil an t-iospartach faoi 18', 'paisti a gcuirtear iallach orthu goid',
        'ta mo mhac imithe', 'paiste ar iarraidh a thuairisciu', 'daoine oga a earcaitear', 'ta m\'inion ar iarraidh',
      ],
      answer: 'Ní bhíonn páiste a ndearnadh gáinneáil air (aon duine faoi 18) freagrach riamh, agus ní chuirtear "toiliú" páiste san áireamh: is gáinneáil í, fiú gan foréigean ná calaois. Faigheann páistí cosaint bhreise: caomhnóir nó ionadaí, cinntí ar mhaithe leis an bpáiste, agallaimh atá oiriúnach do pháistí; má tá an aois éiginnte, caitear leis an duine mar pháiste. Má tá páiste ar iarraidh, glaoigh ar 116 000, líne chabhrach an AE do pháistí atá ar iarraidh. I gcás baoil glaoigh ar 112.',
    },
    'about-platform': {
      questions: [
        'cad e an t-ardan seo', 'cad e ardan na sochai sibhialta i gcoinne gainneala', 'cé a reachtalann an t-ardan seo', 'cé a bhunaigh an t-ardan',
        'cad faoi an suiomh seo', 'cad a dheanann an t-ardan', 'cé thusa', 'cé mhead eagraiocht ata san ardan', 'cad is aidhm don ardan',
        'an leis an gCoimisiun Eorpach e seo', 'cen fath a bhfuil an t-ardan ann', 'cé ata taobh thiar den suiomh seo', 'cad tusa', 'an bhfuil se seo oifigiuil on AE',
        'cad e an chatbot seo', 'eolas faoin ardan', 'cé a rinne e seo', 'cé mhead ball ata ann', 'cad chuige an t-ardan', 'cad e an leathanach seo', 'cad a dheanann tu',
      ],
      answer: 'Is fóram é Ardán na Sochaí Sibhialta AE i gcoinne na Gáinneála ar Dhaoine a bhunaigh an Coimisiún Eorpach. Tugann sé le chéile níos mó ná 100 eagraíocht den tsochaí shibhialta, Eorpach, náisiúnta agus áitiúil, a oibríonn ar chearta daonna, cearta leanaí, cearta ban agus comhionannas inscne, cearta imirceach agus cosaint íospartach. Roinneann baill taithí, tógann siad líonraí agus oibríonn siad le chéile chun gáinneáil a chosc. Is mise a chúntóir comhrá.',
    },
    'who-can-join': {
      questions: [
        'cé ata in ann dul isteach', 'cé atá in ann bheith ina bhall', 'cen eagraiochtai is feidir a bheith ina mball den ardan', 'an feidir lenar n-eagras bheith ina bhall',
        'an bhfuil ballraiocht oscailte d\'eagraiochtai aitiula', 'an feidir le carthanas beag dul isteach', 'critéir bhallraíochta', 'cé ata incháilithe',
        'coinniollacha le bheith i do bhall', 'an feidir le daoine aonair bheith ina mball', 'an feidir liom dul isteach mar dhuine priobhaideach',
        'an nglacann sibh le heagraiochtai naisiunta', 'an bhfuil se ach do lionrai mora Eorpacha', 'an feidir le heagraiocht imirceach dul isteach',
        'oibrionn ar gcumann le mna, an feidir linn dul isteach', 'an feidir le comhlachtai bheith ina mball', 'eagraiochtai lasmuigh den AE', 'an bhfuil ar n-eagraiocht incháilithe',
        'an bhfuil ballraiocht do dhaoine aonair',
      ],
      answer: 'Is eagraíochtaí den tsochaí shibhialta na baill, mar NGOanna agus eagraíochtaí neamhbhrabúis eile, a oibríonn ar leibhéal Eorpach, náisiúnta nó áitiúil ar chearta daonna, cearta leanaí, cearta ban agus comhionannas inscne, cearta imirceach nó cosaint íospartach, le hobair a bhaineann leis an troid i gcoinne na gáinneála. Tá fáilte roimh eagraíochtaí beaga áitiúla chomh maith le líonraí móra. Is d\'eagraíochtaí an bhallraíocht, ní do dhaoine aonair.',
    },
    'how-to-join': {
      questions: [
        'conas dul isteach san ardan', 'conas is feidir lem eagraiocht bheith ina ball', 'conas a bheidh me i mo bhall', 'iarratas ar bhallraiocht',
        'ca gcuirfidh me isteach ar bhallraiocht', 'cad is gá dúinn a chur isteach leis an iarratas', 'cathain ata an chead ghlao eile ar bhaill',
        'foirm iarratais don ardan', 'conas ar NGO a chlarú', 'cen doicimeid ata de dhith', 'cé chomh fada a thogann an t-iarratas', 'an bhfuil glao ar iarratais ann',
        'conas ar gcumann a chlarú', 'cleimeanna le bheith i do bhall', 'cad e an nos imeachta chun pairt a ghlacadh', 'spriocdhata d\'iarratais',
        'cabhair lenar n-iarratas ar bhallraiocht', 'conas is feidir lenar NGO dul isteach', 'iarratas mar eagraiocht',
      ],
      answer: 'Is é an Coimisiún Eorpach a chinneann ar an mballraíocht; eisíonn sé glaonna ar iarratais ó am go ham agus foilsíonn sé iad ar a shuíomh gréasáin faoin ngáinneáil ar dhaoine. Bíodh réidh agat: ainm, foirm dhlíthiúil agus tír d\'eagraíochta, an leibhéal a n-oibríonn sibh air (Eorpach, náisiúnta nó áitiúil), bhur réimsí oibre agus gníomhaíochtaí i gcoinne na gáinneála, agus duine teagmhála. Mura bhfuil glao oscailte, fiafraigh de rúnaíocht an ardáin cathain atá an chéad cheann eile beartaithe.',
    },
    'platform-meetings': {
      questions: [
        'cé chomh minic a thagann an t-ardan le cheile', 'conas a oibrionn an t-ardan', 'cé a eagraionn cruinnithe an ardain', 'cad a tharlaionn ag cruinniu den ardan',
        'ca mbionn na cruinnithe ar siul', 'an mbionn na cruinnithe ar line no go fisiciul', 'conas a dheanann baill cumarsaid lena cheile', 'cad a phléitear ag na cruinnithe',
        'an ga do bhaill freastal ar gach cruinniu', 'conas a fhanann baill i dteagmhail idir cruinnithe', 'an eisteann an coimisiun leis na heagraiochtai',
        'cad e rol an choimisiuin', 'cé a ghlacann pairt sna cruinnithe', 'cruinnithe sa Bhruiseil no ar line', 'an bhfuil an cruinniu ar line freisin',
        'clar oibre na gcruinnithe', 'cé chomh minic a bhionn cruinnithe ann',
      ],
      answer: 'Eagraíonn an Coimisiún Eorpach cruinnithe ardáin go rialta, sa Bhruiséil nó ar líne, chun eolas agus aiseolas a bhailiú ó eagraíochtaí atá ag obair sa réimse agus chun bearta AE i gcoinne na gáinneála a phlé. Idir na cruinnithe, fanann baill i dteagmháil go leictreonach: roinneann siad nuacht, acmhainní agus imeachtaí tríd an ardán agus a uirlisí ar líne.',
    },
    'next-event': {
      questions: [
        'cathain ata an chead chruinniu eile den ardan', 'an chead chruinniu eile', 'imeachtai ata le teacht', 'cen imeachtai ata ag teacht',
        'an mbeidh cruinniu ann go luath', 'cathain a thiocfaidh sibh le cheile aris', 'an bhfuil webinars beartaithe', 'data na chead oiliuna eile',
        'cathain ata an chead chomhdhail eile', 'an bhfuil imeachtai ann an mhi seo', 'feilire imeachtai', 'cad ata beartaithe don fhomhar',
        'an mbeidh an chead chruinniu eile ar line', 'an feidir liom clarú don chead imeacht eile', 'cathain ata bhur gcead webinar eile',
        'imeachtai amach anseo', 'clar imeachtai',
      ],
      answer: 'Bíonn cruinnithe, webinars, oiliúintí agus comhdhálacha ag an ardán go rialta. Taispeánann liosta na n-imeachtaí ar an suíomh seo na dátaí go léir atá le teacht.',
    },
    'find-members': {
      questions: [
        'cen eagraiochtai a oibrionn san Iodail', 'baill sa Spainn', 'liosta na n-eagraiochtai ball', 'cé hiad na baill', 'an bhfuil baill i mo thir',
        'aimsigh eagraiocht a oibrionn le paisti sa Ghreig', 'NGOanna a oibrionn ar shaothru saothair', 'cen baill a chabhraionn le himircigh',
        'taispeain leascarscail na mball', 'eagraiochtai ball in aice liom', 'an bhfuil eagraiocht ball in Eirinn', 'eagraiochtai Eireannacha',
        'cé a oibrionn ar phosadh eigeantach', 'baill de reir tire', 'eagraiochtai sa bheilg', 'taimid ag lorg comhpairtithe in eirinn',
        'cen eagraiochtai ball a oibrionn ar ghainneail ar phaisti', 'liosta ball', 'leascarscail na mball',
      ],
      answer: 'Oibríonn eagraíochtaí ball ar fud na hEorpa, ar leibhéal áitiúil, náisiúnta agus Eorpach. Luaigh tír nó ábhar agus aimseoidh mé iad, nó féach ar léarscáil na mball.',
    },
    'find-resources': {
      questions: [
        'ca bhfaighidh me treoracha faoi ghainneail', 'tuarascalacha ar shaothru saothair', 'oiliuint d\'oibrithe soisialta', 'an bhfuil uirlisi ann chun iospartaigh a aithint',
        'doicimeid faoin dli', 'fiseain le haghaidh feasachta', 'abhar teagaisc do mhuinteoiri', 'taighde ar ghainneail san Eoraip', 'e-fhoghlaim faoi ghainneail',
        'foilseachain an ardain', 'lamhleabhar do ghairmithe', 'staitistici faoi ghainneail', 'treoirlinte do ghardai', 'bróisiúr d\'iospartaigh i dteangacha eile',
        'abhar do thionscadal scoile', 'tuarascail bhliantuil', 'an feidir leat leabhar faoi shclabhaiocht nua-aimseartha a mholadh',
        'an bhfuil clar faisneise maith ann faoi ghainneail', 'an bhfuil abhar oiliuna agaibh', 'ta me ag scriobh trachtais ar obair eigeantach', 'scannan don rang',
      ],
      answer: 'Bailíonn an t-ardán treoracha, tuarascálacha, uirlisí, oiliúintí, reachtaíocht, físeáin agus línte cabhrach. Luaigh ábhar agus aimseoidh mé duit iad.',
    },
    'eu-policy': {
      questions: [
        'cad a dheanann an AE i gcoinne gainneala', 'beartas an AE i gcoinne gainneala', 'cad e treoir an AE ar ghainneail', 'cad e treoir 2011/36/AE',
        'cad a d\'athraigh le treoir 2024/1712', 'straiteis an AE chun gainneail a chomhrac', 'cé hé comhordaitheoir an AE i gcoinne gainneala',
        'cathain ata la an AE i gcoinne gainneala', 'cad a tharlaionn ar an 18 deireadh fomhair', 'reachtaiocht an AE ar ghainneail', 'conas a throideann an tAontas Eorpach gainneail',
        'straiteis 2021-2025', 'cad ba cheart do bhallstait a dheanamh', 'rialacha nua an AE i gcoinne gainneala', 'cad a deir treoir an AE', 'dli eorpach gainneail',
      ],
      answer: 'Oibríonn an AE le Treoir 2011/36/AE, arna leasú in 2024 le Treoir (AE) 2024/1712 (níos mó cineálacha saothraithe, rialacha níos déine, tacaíocht níos fearr d\'íospartaigh); straitéis an AE chun gáinneáil ar dhaoine a chomhrac 2021–2025 (cosc, ionchúiseamh, cosaint íospartach, an tsamhail ghnó choiriúil a bhriseadh); agus comhordaitheoir frithgháinneála an AE, a chomhordaíonn bearta AE agus náisiúnta. Is é an 18 Deireadh Fómhair Lá an AE i gcoinne na Gáinneála.',
    },
    privacy: {
      questions: [
        'an bhfuil an comhra seo gan ainm', 'an sabhalann sibh mo theachtaireachtai', 'an bhfuil an comhra seo priobhaideach', 'cé atá in ann an rud a scriobhaim a leamh',
        'an gcoinneann sibh mo shonrai', 'an mbeidh a fhios ag duine gur chuir me ceist', 'an bhfuil se seo a thaifeadadh', 'beartas priobhaideachais',
        'an bhfuil sibh do mo rianu', 'an bhfeicfidh mo bhas go bhfuil me ag comhra anseo', 'an bhfuil se sabhailte scriobh anseo', 'conas an leathanach seo a fhagail go tapa',
        'an sabhalann sibh mo sheoladh IP', 'cen sonrai pearsanta a bhailionn sibh', 'scrios mo theachtaireachtai', 'an bhfuil se seo faoi run', 'an bhfuil me gan ainm anseo',
        'conas a chosnaionn sibh mo shonrai', 'an ndeantar an comhra seo a shabhail', 'an usaideann sibh fianain',
      ],
      answer: 'De réir réamhshocraithe ní choinníonn an comhrá seo aon rud a scríobhann tú ná aon sonraí pearsanta; ní chomhaireann sé ach na hábhair a bhfiafraítear fúthu. Ná roinn ainmneacha, seoltaí, uimhreacha gutháin ná sonraí eile a d\'aithneodh tusa nó daoine eile. Dún an cluaisín seo chun imeacht go tapa; má sheiceálann duine do ghléas, úsáid fuinneog phríobháideach agus glan do stair.',
    },
    contact: {
      questions: [
        'ba mhaith liom labhairt le duine', 'an feidir liom labhairt le duine eigin', 'conas teagmhail a dheanamh leis an ardan', 'sonrai teagmhala na runaiochta',
        'seoladh riomhphoist an ardain', 'cé dó ar féidir liom scríobh', 'an bhfuil uimhir ghuthain ag an ardan', 'cuir i dteagmhail me le duine daonna',
        'conas teagmhail a dheanamh leis an runaiocht', 'teagmhail le heagraiocht ball', 'is bot thu, ta duine uaim', 'teagmhail',
        'ta mo chuntas blocailte, cé leis a labhroidh me', 'ta me glasailte amach as mo chuntas', 'cathain a bhionn sibh oscailte', 'cé leis ar cheart dom teagmhail a dheanamh',
      ],
      answer: 'Is cúntóir uathoibríoch mé. Chun labhairt le duine: is féidir teacht ar rúnaíocht an ardáin ag an gCoimisiún Eorpach trí shuíomh gréasáin an Choimisiúin faoin ngáinneáil ar dhaoine. Le haghaidh comhairle in aice leat, is féidir leat teagmháil a dhéanamh le heagraíocht ball i do thír; is féidir liom í a aimsiú duit. I gcás éigeandála glaoigh ar 112.',
    },
    'support-the-cause': {
      questions: [
        'conas is feidir liom cabhru gainneail a throid', 'ba mhaith liom bheith i m\'oibri deonach', 'an feidir liom sintius a thabhairt', 'ca dtabharfaidh me airgead',
        'conas is feidir liom tacu le hiospartaigh', 'cad is feidir liom a dheanamh mar dhuine aonair', 'conas pairt a ghlacadh', 'obair dheonach',
        'conas feasacht a mhealladh faoi ghainneail', 'an feidir liom cabhru mar mhac leinn', 'tairgi a cheannach gan obair eigeantach', 'conas is feidir lem chomhlacht cabhru',
        'ba mhaith liom cabhru', 'bealai le cabhru', 'ceannach freagrach', 'an bhfuil oibrithe deonacha uaibh', 'an feidir liom deonu ar line',
        'ba mhaith liom eadai a thabhairt do thearmann',
      ],
      answer: 'Is féidir leat cabhrú: tacaigh le heagraíocht ball in aice leat, mar oibrí deonach, le bronntanas nó trína gcuid oibre a roinnt; foghlaim comharthaí na gáinneála agus labhair fúthu le cairde, ag an obair agus ar scoil; agus ceannaigh go freagrach, fiafraigh conas a dhéantar táirgí agus seirbhísí, mar d\'fhéadfadh obair éigeantach a bheith i bhfolach taobh thiar de rudaí agus seirbhísí an-saor.',
    },
    emergency: {
      questions: [
        'ta se do mo bhualadh', 'ta me faoi ghlas i seomra', 'chuir se faoi ghlas sa seomra me', 'ta siad do mo bhualadh', 'ta duine do mo ghortu anois',
        'ni feidir liom dul amach, ta an doras faoi ghlas', 'ta se ag bagairt go maroidh se me', 'cabhraigh liom anois le do thoil', 'ni ligeann siad dom imeacht on teach',
        'ta me a choinneail in aghaidh mo thola', 'bhuail mo bhas me agus ta eagla orm', 'ta scian aige', 'eigeandail', 'tar go tapa le do thoil',
        'ta me i mbaol anois', 'bhuail se me aris anocht',
      ],
      answer: '112: glaoigh air anois. Tá sé saor in aisce agus oibríonn sé i ngach tír san AE, ó aon fhón. Más féidir, téigh go háit shábháilte nó fan le daoine eile. Nuair a bheidh tú sábháilte, cabhróidh eagraíochtaí tacaíochta speisialaithe agus línte cabhrach náisiúnta i gcoinne na gáinneála leat, faoi rún agus cibé stádas cónaithe atá agat.',
    },
    greeting: {
      questions: [
        'dia duit', 'dia dhuit', 'dia is muire duit', 'haigh', 'heileo', 'conas ata tu', 'maidin mhaith', 'trathnona maith', 'oiche mhaith', 'go raibh maith agat',
        'go raibh mile maith agat', 'grma', 'slan', 'slan go foill', 'feicfidh me thu', 'ok go raibh maith agat', 'ceard e an sceal', 'dia dhuit a chara',
      ],
      answer: 'Dia duit! Is mise cúntóir comhrá Ardán na Sochaí Sibhialta AE i gcoinne na Gáinneála ar Dhaoine. Is féidir liom a mhíniú cad is gáinneáil ar dhaoine ann agus conas í a aithint, a insint cá bhfaightear cabhair nó conas cás a thuairisciú, agus baill, acmhainní agus imeachtaí atá le teacht a aimsiú. Má tá tú i mbaol, glaoigh ar 112.',
    },
  },
  linkLabels: {
    [COMMISSION_ANTI_TRAFFICKING.url]: 'An Coimisiún Eorpach: Le chéile i gcoinne na gáinneála ar dhaoine',
    [DIRECTIVE_2011_36.url]: 'Treoir 2011/36/AE (EUR-Lex)',
    [DIRECTIVE_2024_1712.url]: 'Treoir (AE) 2024/1712 (EUR-Lex)',
    [DIRECTIVE_2004_81.url]: 'Treoir 2004/81/CE maidir le ceadanna cónaithe (EUR-Lex)',
  },
};
