import { describe, expect, it } from 'vitest';
import { emergencyLanguage } from './emergency-detector.ts';

const noScores = () => [];

describe('emergency detector (the shared 24-language table)', () => {
  it.each([
    ['en', 'help he is locked me in the room'], ['en', 'he is hitting me'], ['en', 'HE IS HITING ME!!'],
    ['en', 'im lokced in'], ['en', 'they beat my sister'], ['en', 'he will kill me'], ['en', 'i am in danger'],
    ['en', 'help now please'], ['en', "they won't let me leave"], ['en', 'held against my will'], ['en', 'he has a knife'],
    ['en', 'I am trapped in the basement'], ['en', 'i want to die'], ['en', "I can't leave the house"],
    ['de', 'ich werde eingesperrt'], ['de', 'ich bin eingespert'], ['de', 'er schlägt mich'], ['de', 'er schlaegt mich'],
    ['de', 'Hilfe, er hat mich geschlagen'], ['de', 'ich bin in Gefahr'], ['de', 'sie lassen mich nicht gehen'],
    ['de', 'er bringt mich um'], ['de', 'sie halten mich fest'], ['de', 'hilfe sofort'], ['de', 'er bedroht mich'],
    ['de', 'sie haben meinen Pass genommen'], ['de', 'ich kann nicht weg'],
    ['fr', 'il me frappe'], ['fr', 'il me frape'], ['fr', "au secours il m'a enfermée"], ['fr', 'je suis séquestrée'],
    ['fr', 'ils vont me tuer'], ['fr', 'je suis en danger'], ['fr', 'aidez-moi vite'], ['fr', 'ils ne me laissent pas sortir'],
    ['fr', 'il me menace avec un couteau'], ['fr', 'ils me retiennent de force, aidez-moi'], ['fr', 'aidez-moi'],
  ])('%s: "%s" is an emergency', (language, text) => {
    expect(emergencyLanguage(text, undefined, noScores)).toBe(language);
  });

  it.each([
    'I looked for a guide on trafficking', 'what are the signs someone is beaten at work', 'how do I report a case',
    "my boss took my passport and I can't leave, who can help me", 'is forced begging trafficking', 'hello',
    'Was ist die Gefahrenlage in Europa?', 'ich bin nach Hause gegangen', 'Wie melde ich einen Verdacht?',
    'la femme de ménage semble avoir peur', "quelles sont les formes d'exploitation", 'les dangers en ligne pour les enfants',
    "le prélèvement d'organes est-il de la traite", 'what rights do victims have',
  ])('"%s" is not an emergency', (text) => {
    expect(emergencyLanguage(text, undefined, noScores)).toBeUndefined();
  });

  it('prefers the page language, then the detected one, among the languages that match', () => {
    // "socorro" alone reads as Spanish and as Portuguese.
    expect(emergencyLanguage('socorro', 'pt-PT', noScores)).toBe('pt');
    expect(emergencyLanguage('socorro', 'es', noScores)).toBe('es');
    expect(emergencyLanguage('socorro', 'fr', () => [{ code: 'pt', score: 2 }])).toBe('pt');
    expect(emergencyLanguage('socorro me están amenazando', 'fr', noScores)).toBe('es');
  });

  it('asks the language detector only when several languages match', () => {
    let asked = 0;
    const detect = () => { asked++; return []; };
    emergencyLanguage('aiuto sono in pericolo', 'fr', detect);
    emergencyLanguage('what are the next events', 'en', detect);
    expect(asked).toBe(0);
  });
});
