/** Hello, thanks and bye. */
import type { KnowledgeEntry } from '@thb/schema';

export const greeting: KnowledgeEntry = {
  topic: 'greeting',
  questions: {
    en: [
      'hello', 'hi', 'hey there', 'good morning', 'good evening', 'thanks', 'thank you',
      'thank you very much', 'bye', 'goodbye', 'see you', 'hiya', 'yo', 'ok thanks bye', 'cheers',
      'great, thank you', 'good afternoon', 'hi there', 'hello?', 'thanks a lot', 'bye bye', 'thank u',
    ],
    de: [
      'hallo', 'guten Tag', 'guten Morgen', 'guten Abend', 'grüß Gott', 'danke', 'vielen Dank', 'danke schön',
      'tschüss', 'auf Wiedersehen', 'bis bald', 'servus', 'moin', 'super danke', 'hey', 'hallöchen',
      'danke sehr', 'vielen lieben Dank', 'bye', 'ciao',
    ],
    fr: [
      'bonjour', 'salut', 'bonsoir', 'coucou', 'merci', 'merci beaucoup', 'au revoir', 'à bientôt',
      'bonne journée', 'merci bien', 'ciao', 'super merci', 'salut à vous', 'bonjour à tous',
      'merci infiniment', 'bonne soirée', 'à plus',
    ],
  },
  answer: {
    en: 'Hello! I am the chat assistant of the EU Civil Society Platform against trafficking in human beings. I can explain what trafficking is and how to recognise it, tell you where to get help or how to report a case, and find members, resources and upcoming events. If you are in danger, call 112.',
    de: 'Hallo! Ich bin der Chat-Assistent der EU-Plattform der Zivilgesellschaft gegen Menschenhandel. Ich erkläre, was Menschenhandel ist und wie man ihn erkennt, sage Ihnen, wo es Hilfe gibt und wie Sie einen Fall melden, und finde Mitglieder, Ressourcen und kommende Veranstaltungen. Wenn Sie in Gefahr sind, rufen Sie die 112 an.',
    fr: "Bonjour ! Je suis l'assistant de la plateforme de la société civile de l'UE contre la traite des êtres humains. Je peux expliquer ce qu'est la traite et comment la reconnaître, vous dire où trouver de l'aide ou comment signaler un cas, et trouver des membres, des ressources et les prochains événements. Si vous êtes en danger, appelez le 112.",
  },
  links: [],
  followUps: ['what-is-trafficking', 'get-help', 'next-event'],
};
