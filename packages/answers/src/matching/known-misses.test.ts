/**
 * The non-emergency misses in English, German and French named in issue 9.7 and found in the
 * tune set: German separable verbs and compounds, a subject that shares a word with another
 * topic, and a report intent buried in the description of a situation.
 */
import type { PlatformStore } from '@thb/store';
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../answer-engine.ts';
import { joinSeparableVerbs } from '../language/separable-verbs.ts';

const engine = createAnswerEngine({ store: {} as PlatformStore });
const topic = (text: string, locale?: string) => engine.classify({ text, locale }).topic;

describe('German separable verbs', () => {
  it('joins a verb with its particle at the end of the clause, not with a preposition', () => {
    const verbs = { bei: { treten: 'beitreten' } };
    expect(joinSeparableVerbs(['wie', 'treten', 'wir', 'bei'], verbs, new Set())).toEqual(['wie', 'beitreten', 'wir']);
    expect(joinSeparableVerbs(['treten', 'wir', 'bei', 'und', 'wann'], verbs, new Set(['und']))).toEqual(['beitreten', 'wir', 'und', 'wann']);
    expect(joinSeparableVerbs(['wir', 'treten', 'bei', 'der', 'polizei', 'auf'], verbs, new Set())).toEqual(['wir', 'treten', 'bei', 'der', 'polizei', 'auf']);
  });

  it.each([
    ['wie treten wir bei', 'how-to-join'],
    ['wie treten wir als verein bei', 'how-to-join'],
    ['wo zeige ich menschenhandel an', 'report-suspicion'],
  ])('"%s" → %s', (text, expected) => {
    expect(topic(text)).toBe(expected);
    expect(topic(text, 'de')).toBe(expected);
  });
});

describe('subjects that share a word with another topic', () => {
  it('reads "arbeiten zu" as working on a subject, not as labour', () => {
    expect(topic('welche organisationen arbeiten zu frauenrechten')).toBe('find-members');
    expect(topic('welche organisationen arbeiten zu frauenrechten', 'de')).toBe('find-members');
  });
  it('reads staying in the country as a victim\'s right', () => {
    expect(topic('dürfen opfer in österreich bleiben', 'de')).toBe('victim-rights');
  });
});

describe('a report intent after a description', () => {
  it.each([
    ['en', 'there are men sleeping in a van behind the restaurant, who do i tell'],
    ['de', 'die kellnerin im lokal wirkt ausgebeutet, wo melde ich das'],
    ['de', 'auf der baustelle schlafen leute in containern, wem sag ich das'],
    ['fr', 'des ouvriers dorment dans un hangar, je préviens qui'],
  ])('%s: "%s" → report-suspicion', (language, text) => {
    expect(topic(text)).toBe('report-suspicion');
    expect(topic(text, language)).toBe('report-suspicion');
  });
});
