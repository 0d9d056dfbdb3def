/**
 * The 24-language evaluation sets stay fit to measure with: enough messages of every kind in
 * every language, none counted twice, labels that agree with their kind, and no message shared
 * by tune and holdout (that would leak the holdout into tuning and make its figures meaningless).
 */
import { CHAT_TOPICS, type ChatTopic } from '@thb/schema';
import { describe, expect, it } from 'vitest';
import {
  MULTILINGUAL_HOLDOUT, MULTILINGUAL_TUNE, type MessageKind, type MultilingualCase,
} from '../eval/multilingual/index.ts';

const SETS = { tune: MULTILINGUAL_TUNE, holdout: MULTILINGUAL_HOLDOUT };
type SetName = keyof typeof SETS;

const MINIMUM: Record<SetName, Record<MessageKind, number>> = {
  tune: { emergency: 24, help: 6, report: 6, ordinary: 14 },
  holdout: { emergency: 14, help: 4, report: 4, ordinary: 10 },
};

/** The topic each kind implies; ordinary questions take any other topic. */
const SAFETY_TOPIC: Record<Exclude<MessageKind, 'ordinary'>, ChatTopic> = {
  emergency: 'emergency', help: 'get-help', report: 'report-suspicion',
};

/** Lower-cased, punctuation and spacing ignored: "HELP!!" and "help" are one message to a detector. */
const normalise = (text: string) => text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const languages = [...new Set([...MULTILINGUAL_TUNE, ...MULTILINGUAL_HOLDOUT].map((c) => c.language))].sort();
const ofLanguage = (set: SetName, language: string) => SETS[set].filter((c) => c.language === language);
const setNames = Object.keys(SETS) as SetName[];

describe('multilingual evaluation data', () => {
  it('has both a tune and a holdout set for every language it has', () => {
    for (const language of languages) {
      expect(ofLanguage('tune', language).length, `${language} tune`).toBeGreaterThan(0);
      expect(ofLanguage('holdout', language).length, `${language} holdout`).toBeGreaterThan(0);
    }
  });

  it.each(languages)('%s has the minimum number of messages of every kind in tune and holdout', (language) => {
    for (const set of setNames) {
      const cases = ofLanguage(set, language);
      for (const [kind, minimum] of Object.entries(MINIMUM[set])) {
        expect(cases.filter((c) => c.kind === kind).length, `${language} ${set} ${kind}`).toBeGreaterThanOrEqual(minimum);
      }
    }
  });

  it.each(languages)('%s has at least three emergencies of one to three words in each set', (language) => {
    for (const set of setNames) {
      const short = ofLanguage(set, language).filter((c) => c.kind === 'emergency' && c.text.trim().split(/\s+/).length <= 3);
      expect(short.length, `${language} ${set}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('never counts a message twice within a language and set', () => {
    for (const set of setNames) {
      const seen = new Set<string>();
      for (const c of SETS[set]) {
        const key = `${c.language} ${normalise(c.text)}`;
        expect(seen.has(key), `${set}: ${c.language} "${c.text}"`).toBe(false);
        seen.add(key);
      }
    }
  });

  it('keeps every holdout message out of the tune set, in any language', () => {
    const tuned = new Set(MULTILINGUAL_TUNE.map((c) => normalise(c.text)));
    const leaked = MULTILINGUAL_HOLDOUT.filter((c) => tuned.has(normalise(c.text))).map((c) => `${c.language}: ${c.text}`);
    expect(leaked).toEqual([]);
  });

  it('labels every message with a chat topic that agrees with its kind', () => {
    const check = (c: MultilingualCase) => {
      expect(CHAT_TOPICS, c.text).toContain(c.topic);
      if (c.kind === 'ordinary') expect(Object.values(SAFETY_TOPIC), c.text).not.toContain(c.topic);
      else expect(c.topic, c.text).toBe(SAFETY_TOPIC[c.kind]);
    };
    for (const set of setNames) SETS[set].forEach(check);
  });

  it('has no empty or padded message', () => {
    for (const set of setNames) for (const c of SETS[set]) expect(c.text, `${set} ${c.language}`).toMatch(/^\S(.*\S)?$/su);
  });
});
