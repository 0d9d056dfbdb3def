import { describe, expect, it } from 'vitest';
import type { LanguagePack } from '../language/language-pack.ts';
import { LANGUAGE_PACKS } from '../language/packs/index.ts';
import { EmergencyDetector } from './emergency-detector.ts';

const detector = new EmergencyDetector(LANGUAGE_PACKS);

describe('emergency detector', () => {
  it.each([
    ['en', 'help he is locked me in the room'], ['en', 'he is hitting me'], ['en', 'HE IS HITING ME!!'],
    ['en', 'im lokced in'], ['en', 'they beat my sister'], ['en', 'he will kill me'], ['en', 'i am in danger'],
    ['en', 'help now please'], ['en', "they won't let me leave"], ['en', 'held against my will'], ['en', 'he has a knife'],
    ['en', 'I am trapped in the basement'], ['en', 'i want to die'],
    ['de', 'ich werde eingesperrt'], ['de', 'ich bin eingespert'], ['de', 'er schlägt mich'], ['de', 'er schlaegt mich'],
    ['de', 'Hilfe, er hat mich geschlagen'], ['de', 'ich bin in Gefahr'], ['de', 'sie lassen mich nicht gehen'],
    ['de', 'er bringt mich um'], ['de', 'sie halten mich fest'], ['de', 'hilfe sofort'], ['de', 'er bedroht mich'],
    ['fr', 'il me frappe'], ['fr', 'il me frape'], ['fr', "au secours il m'a enfermée"], ['fr', 'je suis séquestrée'],
    ['fr', 'ils vont me tuer'], ['fr', 'je suis en danger'], ['fr', 'aidez-moi vite'], ['fr', 'ils ne me laissent pas sortir'],
    ['fr', 'il me menace avec un couteau'],
  ])('%s: "%s" is an emergency', (language, text) => {
    expect(detector.detect(text)).toContain(language);
  });

  it.each([
    'I looked for a guide on trafficking', 'what are the signs someone is beaten at work', 'how do I report a case',
    'my boss took my passport and I can\'t leave, who can help me', 'is forced begging trafficking', 'hello',
    'Was ist die Gefahrenlage in Europa?', 'ich bin nach Hause gegangen', 'Wie melde ich einen Verdacht?',
    "la femme de ménage semble avoir peur", "quelles sont les formes d'exploitation", 'les dangers en ligne pour les enfants',
    "le prélèvement d'organes est-il de la traite", 'what rights do victims have',
  ])('"%s" is not an emergency', (text) => {
    expect(detector.detect(text)).toEqual([]);
  });

  it('takes its rules from the language packs, so a new language is data', () => {
    const it: LanguagePack = { ...LANGUAGE_PACKS[0]!, code: 'it', emergency: [[['picchia*'], ['mi']]] };
    expect(new EmergencyDetector([it]).detect('mi picchia')).toEqual(['it']);
    expect(new EmergencyDetector([it]).detect('he is hitting me')).toEqual([]);
  });
});
