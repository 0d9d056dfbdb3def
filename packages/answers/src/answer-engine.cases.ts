/**
 * Regression table for the engine tests: per topic, messages in English, German and French
 * that must land on it. Kept apart from the knowledge base and from the evaluation set.
 */
import type { ChatTopic } from '@thb/schema';

/** Messages per topic and language. */
export const TOPIC_CASES: Readonly<Record<Exclude<ChatTopic, 'fallback'>, { en: string[]; de: string[]; fr: string[] }>> = {
  'what-is-trafficking': {
    en: ['what is trafficking in human beings', 'define trafficking please', 'meaning of human trafficking?'],
    de: ['was ist Menschenhandel genau', 'Definition von Menschenhandel bitte', 'was bedeutet Menschenhandel überhaupt'],
    fr: ["qu'est-ce que la traite", 'définition de la traite svp', 'la traite des êtres humains, c’est quoi exactement'],
  },
  'forms-of-exploitation': {
    en: ['which forms of exploitation exist', 'is forced labour trafficking?', 'types of exploitation'],
    de: ['welche Ausbeutungsformen gibt es', 'ist Zwangsarbeit Menschenhandel?', 'Arten der Ausbeutung'],
    fr: ["quelles formes d'exploitation existent", 'le travail forcé est-il de la traite ?', "types d'exploitation"],
  },
  'signs-of-trafficking': {
    en: ['how to recognise a victim', 'signs someone is trafficked', 'indicators of exploitation'],
    de: ['wie erkenne ich ein Opfer', 'Anzeichen für Menschenhandel erkennen', 'Indikatoren für Ausbeutung'],
    fr: ['comment reconnaître une victime', 'signes de traite', "indicateurs d'exploitation"],
  },
  'get-help': {
    en: ['where can I get help', 'I am a victim and need support', 'help for victims'],
    de: ['wo bekomme ich Hilfe', 'ich bin ein Opfer und brauche Unterstützung', 'Hilfe für Opfer'],
    fr: ["où obtenir de l'aide", "je suis victime et j'ai besoin de soutien", 'aide pour les victimes'],
  },
  'report-suspicion': {
    en: ['how do I report trafficking', 'report a suspicion', 'can I report anonymously to the police'],
    de: ['wie melde ich Menschenhandel', 'einen Verdacht melden', 'kann ich anonym bei der Polizei melden'],
    fr: ['comment signaler la traite', 'signaler un soupçon', 'puis-je signaler anonymement à la police'],
  },
  'victim-rights': {
    en: ['what are the rights of victims', 'do victims get a residence permit', 'compensation for trafficking victims'],
    de: ['welche Rechte haben Opfer', 'bekommen Opfer eine Aufenthaltserlaubnis', 'Entschädigung für Opfer von Menschenhandel'],
    fr: ['quels sont les droits des victimes', 'les victimes ont-elles un titre de séjour', 'indemnisation des victimes de traite'],
  },
  'child-victims': {
    en: ['child victims of trafficking', 'what about trafficked children', 'missing children hotline'],
    de: ['Kinder als Opfer von Menschenhandel', 'was ist mit gehandelten Kindern', 'Hotline für vermisste Kinder'],
    fr: ['enfants victimes de traite', 'et les enfants victimes', 'numéro pour enfants disparus'],
  },
  'about-platform': {
    en: ['what is this platform about', 'who runs the civil society platform', 'tell me about the platform'],
    de: ['was ist das für eine Plattform', 'wer betreibt die Plattform der Zivilgesellschaft', 'erzähl mir von der Plattform'],
    fr: ["qu'est-ce que c'est que cette plateforme", 'qui gère la plateforme de la société civile', 'parlez-moi de la plateforme'],
  },
  'who-can-join': {
    en: ['who can become a member', 'can our small NGO join', 'membership requirements'],
    de: ['wer kann Mitglied werden', 'darf unser kleiner Verein beitreten', 'Voraussetzungen für die Mitgliedschaft'],
    fr: ['qui peut devenir membre', 'notre petite association peut-elle adhérer', "conditions d'adhésion"],
  },
  'how-to-join': {
    en: ['how do we apply for membership', 'how to join the platform', 'application procedure'],
    de: ['wie beantragen wir die Mitgliedschaft', 'wie tritt man der Plattform bei', 'Bewerbungsverfahren'],
    fr: ["comment faire une demande d'adhésion", 'comment rejoindre la plateforme', 'procédure de candidature'],
  },
  'platform-meetings': {
    en: ['how does the platform work', 'who organises the platform meetings', 'how often do members meet'],
    de: ['wie funktioniert die Plattform', 'wer organisiert die Plattformtreffen', 'wie oft treffen sich die Mitglieder'],
    fr: ['comment fonctionne la plateforme', 'qui organise les réunions de la plateforme', 'les membres se réunissent à quelle fréquence'],
  },
  'next-event': {
    en: ['when is the next meeting', 'upcoming events?', 'next webinar date'],
    de: ['wann ist das nächste Treffen', 'kommende Veranstaltungen?', 'Datum des nächsten Webinars'],
    fr: ['quand est la prochaine réunion', 'événements à venir ?', 'date du prochain webinaire'],
  },
  'find-members': {
    en: ['members in Germany', 'organisations working with children in Greece', 'which NGOs are in Belgium'],
    de: ['Mitglieder in Deutschland', 'Organisationen für Kinder in Griechenland', 'welche NGOs gibt es in Belgien'],
    fr: ['membres en Allemagne', 'organisations pour les enfants en Grèce', 'quelles ONG en Belgique'],
  },
  'find-resources': {
    en: ['where can I find guides', 'training material on trafficking', 'studies on forced labour'],
    de: ['wo finde ich Leitfäden', 'Schulungsmaterial zu Menschenhandel', 'Berichte über Zwangsarbeit'],
    fr: ['où trouver des guides', 'supports de formation sur la traite', 'rapports sur le travail forcé'],
  },
  'eu-policy': {
    en: ['what does the EU do against trafficking', 'EU anti-trafficking strategy', 'what is the EU anti-trafficking directive'],
    de: ['was tut die EU gegen Menschenhandel', 'EU-Strategie gegen Menschenhandel', 'was ist die EU-Richtlinie gegen Menschenhandel'],
    fr: ["que fait l'UE contre la traite", "stratégie de l'UE contre la traite", "qu'est-ce que la directive européenne contre la traite"],
  },
  privacy: {
    en: ['is this chat anonymous', 'do you store what I write', 'is my data saved'],
    de: ['ist dieser Chat anonym', 'speichert ihr, was ich schreibe', 'werden meine Daten gespeichert'],
    fr: ['ce chat est-il anonyme', 'enregistrez-vous ce que j’écris', 'mes données sont-elles enregistrées'],
  },
  contact: {
    en: ['I want to talk to a person', 'how can I contact the platform', 'contact the secretariat'],
    de: ['ich möchte mit einer Person sprechen', 'wie kann ich die Plattform kontaktieren', 'das Sekretariat erreichen'],
    fr: ['je veux parler à une personne', 'comment contacter la plateforme', 'joindre le secrétariat'],
  },
  'support-the-cause': {
    en: ['how can I volunteer', 'I would like to donate', 'how can I support the fight against trafficking'],
    de: ['wie kann ich ehrenamtlich helfen', 'ich möchte spenden', 'wie kann ich den Kampf gegen Menschenhandel unterstützen'],
    fr: ['comment devenir bénévole', 'je voudrais faire un don', 'comment soutenir la lutte contre la traite'],
  },
  emergency: {
    en: ['help he is locked me in the room', 'he is hitting me', 'I am in danger'],
    de: ['ich werde eingesperrt', 'er schlägt mich', 'ich bin in Gefahr'],
    fr: ['il me frappe', 'je suis enfermée', 'je suis en danger'],
  },
  greeting: {
    en: ['hello', 'thank you', 'goodbye'],
    de: ['hallo', 'danke', 'tschüss'],
    fr: ['bonjour', 'merci', 'au revoir'],
  },
};

/** Messages outside the chat's subject, which must get the honest fallback. */
export const OUT_OF_SCOPE_CASES: readonly string[] = [
  "what's the weather in Brussels", 'recipe for lasagne', 'who will win the world cup', 'wie wird das Wetter in Berlin',
  'Rezept für Apfelkuchen', 'quel temps fera-t-il demain', 'recette de crêpes',
];
