/** Generated-text vocabulary in Spanish, Italian, Dutch and Polish. */
import { lexicon } from './lexicon.ts';

/** Spanish. */
export const ES = lexicon({
  types: 'Guía|Informe|Caja de herramientas|Resumen jurídico|Línea de ayuda|Formación|Vídeo|Sitio web',
  topics: 'derechos humanos|derechos de la infancia|derechos de las mujeres|igualdad de género|derechos de las personas migrantes|'
    + 'protección de las víctimas|explotación sexual|explotación laboral|mendicidad forzada|actividades delictivas forzadas|'
    + 'extracción de órganos|matrimonio forzado|adopción ilegal|explotación de la gestación subrogada|identificación de víctimas|'
    + 'prevención|apoyo a las víctimas|persecución de los tratantes|indemnización|explotación en línea|política contra la trata|'
    + 'investigación sobre la trata',
  audiences: 'víctimas|profesionales|público|responsables políticos|niños y niñas',
  eventKinds: 'Reunión de la plataforma|Seminario web|Formación|Conferencia',
  orgKinds: 'Asociación|Red|Fundación|Centro|Alianza|Iniciativa',
  for: 'para',
  summaries: [
    (s) => `Lo que ${s.audience} deben saber sobre ${s.topic}.`,
    (s) => `Pasos prácticos sobre ${s.topic}, con ejemplos de ${s.city}.`,
    (s) => `Una visión general de ${s.topic} y ${s.topic2} para ${s.audience}.`,
  ],
  memberDescription: (s) => `Organización de prueba generada en ${s.city} que trabaja en ${s.topic} y ${s.topic2}.`,
  eventDescription: (s) => `${s.kind} sobre ${s.topic} para ${s.audience}, organizado desde ${s.city}.`,
});

/** Italian. */
export const IT = lexicon({
  types: 'Guida|Rapporto|Kit di strumenti|Quadro giuridico|Linea di aiuto|Formazione|Video|Sito web',
  topics: 'diritti umani|diritti dei minori|diritti delle donne|parità di genere|diritti dei migranti|protezione delle vittime|'
    + 'sfruttamento sessuale|sfruttamento lavorativo|accattonaggio forzato|attività criminali forzate|prelievo di organi|'
    + 'matrimonio forzato|adozione illegale|sfruttamento della maternità surrogata|identificazione delle vittime|prevenzione|'
    + 'sostegno alle vittime|perseguimento dei trafficanti|risarcimento|sfruttamento online|politiche contro la tratta|ricerca sulla tratta',
  audiences: 'vittime|operatori|pubblico|decisori politici|bambini',
  eventKinds: 'Riunione della piattaforma|Webinar|Formazione|Conferenza',
  orgKinds: 'Associazione|Rete|Fondazione|Centro|Alleanza|Iniziativa',
  for: 'per',
  summaries: [
    (s) => `Cosa devono sapere ${s.audience} su ${s.topic}.`,
    (s) => `Passi pratici su ${s.topic}, con esempi da ${s.city}.`,
    (s) => `Una panoramica su ${s.topic} e ${s.topic2} per ${s.audience}.`,
  ],
  memberDescription: (s) => `Organizzazione di prova generata a ${s.city} che si occupa di ${s.topic} e ${s.topic2}.`,
  eventDescription: (s) => `${s.kind} su ${s.topic} per ${s.audience}, organizzato da ${s.city}.`,
});

/** Dutch. */
export const NL = lexicon({
  types: 'Handleiding|Rapport|Toolkit|Juridisch overzicht|Hulplijn|Training|Video|Website',
  topics: 'mensenrechten|kinderrechten|vrouwenrechten|gendergelijkheid|rechten van migranten|slachtofferbescherming|'
    + 'seksuele uitbuiting|arbeidsuitbuiting|gedwongen bedelarij|gedwongen criminele activiteiten|orgaanverwijdering|'
    + 'gedwongen huwelijk|illegale adoptie|uitbuiting van draagmoederschap|identificatie van slachtoffers|preventie|'
    + 'slachtofferhulp|vervolging van mensenhandelaars|schadevergoeding|online uitbuiting|beleid tegen mensenhandel|'
    + 'onderzoek naar mensenhandel',
  audiences: 'slachtoffers|professionals|het publiek|beleidsmakers|kinderen',
  eventKinds: 'Platformbijeenkomst|Webinar|Training|Conferentie',
  orgKinds: 'Vereniging|Netwerk|Stichting|Centrum|Alliantie|Initiatief',
  for: 'voor',
  summaries: [
    (s) => `Wat ${s.audience} moeten weten over ${s.topic}.`,
    (s) => `Praktische stappen rond ${s.topic}, met voorbeelden uit ${s.city}.`,
    (s) => `Een overzicht van ${s.topic} en ${s.topic2} voor ${s.audience}.`,
  ],
  memberDescription: (s) => `Gegenereerde testorganisatie in ${s.city} die werkt aan ${s.topic} en ${s.topic2}.`,
  eventDescription: (s) => `${s.kind} over ${s.topic} voor ${s.audience}, georganiseerd vanuit ${s.city}.`,
});

/** Polish. */
export const PL = lexicon({
  types: 'Poradnik|Raport|Zestaw narzędzi|Przegląd prawny|Telefon zaufania|Szkolenie|Wideo|Strona internetowa',
  topics: 'prawa człowieka|prawa dziecka|prawa kobiet|równość płci|prawa migrantów|ochrona ofiar|wykorzystanie seksualne|'
    + 'wyzysk w pracy|przymusowe żebractwo|zmuszanie do przestępstw|pobranie narządów|przymusowe małżeństwo|nielegalna adopcja|'
    + 'wykorzystanie macierzyństwa zastępczego|identyfikacja ofiar|profilaktyka|wsparcie ofiar|ściganie handlarzy|odszkodowanie|'
    + 'wykorzystanie w internecie|polityka przeciw handlowi ludźmi|badania nad handlem ludźmi',
  audiences: 'ofiary|specjaliści|społeczeństwo|decydenci|dzieci',
  eventKinds: 'Spotkanie platformy|Webinarium|Szkolenie|Konferencja',
  orgKinds: 'Stowarzyszenie|Sieć|Fundacja|Centrum|Sojusz|Inicjatywa',
  for: 'dla',
  summaries: [
    (s) => `Temat: ${s.topic}. Co powinni wiedzieć ${s.audience}.`,
    (s) => `Praktyczne kroki – ${s.topic}, z przykładami z miasta ${s.city}.`,
    (s) => `Przegląd: ${s.topic} oraz ${s.topic2}.`,
  ],
  memberDescription: (s) => `Wygenerowana organizacja testowa (${s.city}); obszary pracy: ${s.topic}, ${s.topic2}.`,
  eventDescription: (s) => `${s.kind}: ${s.topic}. Organizator z miasta ${s.city}.`,
});
