/** Czech messages to tune the emergency detector and the topic rules against; read them freely. */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** Czech tune cases, typed the way visitors type: often without háčky and čárky, spoken Czech, panic. */
export const TUNE_CS: readonly MultilingualCase[] = casesFor('cs', {
  emergency: [
    'zamkli mě v pokoji pomoc',
    'on mě teď mlátí',
    'pomozte mi prosím jsem v nebezpečí',
    'vzali mi pas a nepustí mě pryč',
    'nemůžu odejít z domu, pořád mě hlídají',
    'říká že mě zabije',
    'vyhrožujou mojí rodině jestli něco řeknu',
    'sef me mlati a nechce mi vratit doklady nemuzu utect',
    'jsem zamcena v byte a nevim kde jsem',
    'BOJIM SE VRATI SE A ZMLATI ME',
    'pomoc on me skrti',
    'nuti me spat s chlapama a bijou me kdyz odmitnu',
    'jsem ve sklepě a nemůžu ven',
    'vzal mi mobil, píšu potajmu, help',
    'drží mě tady proti mé vůli',
    'prijedte rychle chce me zabit',
    'jsem v německu a drží mě zavřenou v bytě',
    // Someone else in danger.
    'kamarádka je zamčená a bijou ji',
    'moji sestru drží násilím',
    'nutí jednu holku, zrovna jí ubližujou',
    'bratrance drží na stavbě a mlátí ho',
    // Very short.
    'pomoc!!',
    'POMOZTE',
    'sos pomoc',
  ],
  help: [
    'myslím že jsem oběť, kdo mi může pomoct',
    'kde může oběť získat podporu',
    'teď nejsem v nebezpečí ale potřebuju si s někým promluvit o tom co se mi stalo v práci',
    'je nějaká organizace pro oběti obchodu s lidmi v brně',
    'brácha byl zneužívaný v anglii, už je zpátky, kdo mu pomůže',
    'pomoc pro oběti bez dokladů?',
  ],
  report: [
    'jak nahlásit podezření',
    'uklízečka u sousedů vypadá zneužívaná, kam to nahlásit',
    'dá se to nahlásit anonymně',
    'na farmě vedle spí dělníci v kontejnerech, komu to mám říct',
    'jaké informace potřebuje policie k oznámení',
    'chci nahlásit masážní salon, holky tam bydlí',
  ],
  ordinary: [
    ['signs-of-trafficking', 'jaké jsou znaky nucené práce'],
    ['what-is-trafficking', 'co je obchod s lidmi'],
    ['forms-of-exploitation', 'je nucené žebrání vykořisťování'],
    ['victim-rights', 'mají oběti právo zůstat v česku'],
    ['child-victims', 'a co když je oběť dítě'],
    ['next-event', 'kdy je další setkání'],
    ['find-members', 'organizace v česku které pomáhají migrantům'],
    ['find-resources', 'pomůžeš mi najít příručky o nucené práci'],
    ['find-resources', 'zprávy o násilí na migrantkách'],
    ['how-to-join', 'jak se může naše nezisková organizace připojit'],
    ['privacy', 'je tenhle chat anonymní'],
    ['greeting', 'ahoj'],
    ['support-the-cause', 'jak můžu přispět nebo se stát dobrovolníkem'],
    ['eu-policy', 'co dělá eu proti obchodu s lidmi'],
    ['contact', 'jak se spojím se sekretariátem'],
    ['contact', 'mám zablokovaný účet na portálu, na koho se obrátit'],
  ],
});
