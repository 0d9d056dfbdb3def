/** Generated-text vocabulary in English, German and French. */
import { lexicon } from './lexicon.ts';

/** English. */
export const EN = lexicon({
  types: 'Guide|Report|Toolkit|Legal overview|Helpline|Training|Video|Website',
  topics: 'human rights|children’s rights|women’s rights|gender equality|migrants’ rights|victim protection|'
    + 'sexual exploitation|labour exploitation|forced begging|forced criminal activities|organ removal|forced marriage|'
    + 'illegal adoption|exploitation of surrogacy|identification of victims|prevention|victim support|prosecution of traffickers|'
    + 'compensation|online exploitation|anti-trafficking policy|research on trafficking',
  audiences: 'victims|practitioners|the public|policy-makers|children',
  eventKinds: 'Platform meeting|Webinar|Training|Conference',
  orgKinds: 'Association|Network|Foundation|Centre|Alliance|Initiative',
  for: 'for',
  summaries: [
    (s) => `What ${s.audience} need to know about ${s.topic}.`,
    (s) => `Practical steps on ${s.topic}, with examples from ${s.city}.`,
    (s) => `An overview of ${s.topic} and ${s.topic2} for ${s.audience}.`,
    (s) => `Findings and recommendations on ${s.topic} from work in ${s.city}.`,
  ],
  memberDescription: (s) => `Generated test organisation in ${s.city} working on ${s.topic} and ${s.topic2}.`,
  eventDescription: (s) => `${s.kind} on ${s.topic} for ${s.audience}, organised from ${s.city}.`,
});

/** German. */
export const DE = lexicon({
  types: 'Leitfaden|Bericht|Arbeitshilfe|Rechtsüberblick|Hotline|Schulung|Video|Website',
  topics: 'Menschenrechte|Kinderrechte|Frauenrechte|Gleichstellung|Rechte von Migrantinnen und Migranten|Opferschutz|'
    + 'sexuelle Ausbeutung|Arbeitsausbeutung|Zwangsbettelei|Ausnutzung strafbarer Handlungen|Organentnahme|Zwangsheirat|'
    + 'illegale Adoption|Ausbeutung der Leihmutterschaft|Identifizierung Betroffener|Prävention|Opferunterstützung|'
    + 'Strafverfolgung von Menschenhändlern|Entschädigung|Ausbeutung im Internet|Politik gegen Menschenhandel|Forschung zu Menschenhandel',
  audiences: 'Betroffene|Fachkräfte|die Öffentlichkeit|Politik und Verwaltung|Kinder',
  eventKinds: 'Plattformtreffen|Webinar|Schulung|Konferenz',
  orgKinds: 'Verein|Netzwerk|Stiftung|Zentrum|Bündnis|Initiative',
  for: 'für',
  summaries: [
    (s) => `Was ${s.audience} über ${s.topic} wissen sollten.`,
    (s) => `Praktische Schritte zu ${s.topic}, mit Beispielen aus ${s.city}.`,
    (s) => `Ein Überblick über ${s.topic} und ${s.topic2} für ${s.audience}.`,
    (s) => `Ergebnisse und Empfehlungen zu ${s.topic} aus der Arbeit in ${s.city}.`,
  ],
  memberDescription: (s) => `Generierte Testorganisation in ${s.city}, die zu ${s.topic} und ${s.topic2} arbeitet.`,
  eventDescription: (s) => `${s.kind} zu ${s.topic} für ${s.audience}, organisiert aus ${s.city}.`,
});

/** French. */
export const FR = lexicon({
  types: 'Guide|Rapport|Boîte à outils|Aperçu juridique|Ligne d’écoute|Formation|Vidéo|Site web',
  topics: 'droits humains|droits de l’enfant|droits des femmes|égalité femmes-hommes|droits des migrants|protection des victimes|'
    + 'exploitation sexuelle|exploitation par le travail|mendicité forcée|contrainte à commettre des délits|prélèvement d’organes|'
    + 'mariage forcé|adoption illégale|exploitation de la gestation pour autrui|identification des victimes|prévention|'
    + 'aide aux victimes|poursuite des trafiquants|indemnisation|exploitation en ligne|politique contre la traite|recherche sur la traite',
  audiences: 'victimes|professionnels|grand public|décideurs|enfants',
  eventKinds: 'Réunion de la plateforme|Webinaire|Formation|Conférence',
  orgKinds: 'Association|Réseau|Fondation|Centre|Alliance|Collectif',
  for: 'pour',
  summaries: [
    (s) => `Ce que les ${s.audience} doivent savoir sur : ${s.topic}.`,
    (s) => `Des étapes concrètes sur ${s.topic}, avec des exemples de ${s.city}.`,
    (s) => `Un aperçu de ${s.topic} et de ${s.topic2} pour ${s.audience}.`,
    (s) => `Constats et recommandations sur ${s.topic} tirés du travail à ${s.city}.`,
  ],
  memberDescription: (s) => `Organisation de test générée à ${s.city}, active dans : ${s.topic} et ${s.topic2}.`,
  eventDescription: (s) => `${s.kind} sur ${s.topic} pour ${s.audience}, organisé depuis ${s.city}.`,
});
