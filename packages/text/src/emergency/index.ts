/**
 * PLACEHOLDER of `@thb/text/emergency` for the chat widget's branch: the real module (every EU
 * language, typos, third person) comes from the safety work and replaces this one file. It
 * keeps exactly that module's interface and a few phrasings in English, German, French, and in
 * Spanish and Polish for the widget's browser tests. Plain data and string checks: the chat
 * bundle carries it, so the 112 answer appears even when the API cannot be reached.
 *
 * @example
 * const { languages } = detectEmergency('socorro me están amenazando'); // ['es']
 * emergencyStrings(languages[0]!).call // 'Llamar al 112'
 */
import { foldText } from '../normalize.ts';

/** Which languages' emergency phrasings a message matches, best match first; empty when none. */
export interface EmergencyDetection {
  languages: string[];
}

/** The local emergency answer in one language: the 112 button's label, the text, the hotlines. */
export interface EmergencyStrings {
  call: string;
  text: string;
  victimSupport?: string;
  missingChildren?: string;
}

/** Folded phrasings per language; a trailing `*` matches any word that starts so. */
const PHRASES: Record<string, readonly string[]> = {
  en: ['locked in', 'locked me', 'hitting me', 'beating me', 'hurting me', 'in danger', 'kill me', 'trapped', 'emergency', 'cant leave', 'can t leave', 'against my will', 'has a knife'],
  de: ['eingesperrt', 'eingeschlossen', 'schlagt mich', 'schlagen mich', 'in gefahr', 'umbringen', 'festgehalten', 'notfall', 'messer', 'kann nicht weg'],
  fr: ['au secours', 'aidez moi', 'enferme*', 'me frappe', 'me battent', 'en danger', 'me tuer', 'retien*', 'urgence', 'couteau'],
  es: ['socorro', 'ayudame', 'amenazando', 'en peligro', 'me pega*', 'encerrad*', 'matarme', 'emergencia'],
  pl: ['pomocy', 'ratunku', 'niebezpieczenstw*', 'bije mnie', 'zamkniet*', 'zabije'],
};

const STRINGS: Record<string, EmergencyStrings> = {
  en: { call: 'Call 112', text: 'Call 112 now. It is free and works in every EU country, from any phone. If you can, move to a safe place or stay near other people.', missingChildren: 'Missing children: 116 000' },
  de: { call: '112 anrufen', text: 'Rufen Sie jetzt die 112 an. Der Notruf ist kostenlos und funktioniert in jedem EU-Land von jedem Telefon. Wenn möglich, gehen Sie an einen sicheren Ort oder bleiben Sie in der Nähe anderer Menschen.', missingChildren: 'Vermisste Kinder: 116 000' },
  fr: { call: 'Appeler le 112', text: "Appelez le 112 maintenant. C'est gratuit et cela fonctionne dans tous les pays de l'UE, depuis n'importe quel téléphone. Si vous le pouvez, allez dans un endroit sûr ou restez près d'autres personnes.", missingChildren: 'Enfants disparus : 116 000' },
  es: { call: 'Llamar al 112', text: 'Llame ahora al 112. Es gratuito y funciona en todos los países de la UE, desde cualquier teléfono. Si puede, vaya a un lugar seguro o quédese cerca de otras personas.' },
  pl: { call: 'Zadzwoń pod 112', text: 'Zadzwoń teraz pod numer 112. To bezpłatne i działa w każdym kraju UE, z każdego telefonu. Jeśli możesz, przejdź w bezpieczne miejsce lub zostań w pobliżu innych ludzi.' },
};

function matches(phrase: string, text: string): boolean {
  return phrase.endsWith('*') ? text.includes(` ${phrase.slice(0, -1)}`) : text.includes(` ${phrase} `);
}

/**
 * The languages whose emergency phrasings `text` contains, whatever the page's language.
 * @example detectEmergency('il me frappe').languages // ['fr']
 */
export function detectEmergency(text: string): EmergencyDetection {
  const folded = ` ${foldText(text)} `;
  const hits = Object.entries(PHRASES)
    .map(([language, phrases]) => [language, phrases.filter((phrase) => matches(phrase, folded)).length] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
  return { languages: hits.map(([language]) => language) };
}

/**
 * The emergency answer's strings in a language (ISO 639-1 code), English when there are none.
 * @example emergencyStrings('pl').call // 'Zadzwoń pod 112'
 */
export function emergencyStrings(code: string): EmergencyStrings {
  return STRINGS[code] ?? STRINGS.en!;
}
