/**
 * Accuracy on the evaluation sets is deterministic, so it is asserted here; speed is measured by
 * packages/answers/bench/answers-bench.ts (`pnpm bench answers`) only.
 */
import type { PlatformStore } from '@thb/store';
import { describe, expect, it } from 'vitest';
import { EVAL_SET, TOPICS_EXAMPLES, type EvalCase } from '../eval/index.ts';
import { createAnswerEngine } from './answer-engine.ts';

const engine = createAnswerEngine({ store: {} as PlatformStore });

function accuracy(cases: readonly EvalCase[]): number {
  return cases.filter((c) => engine.classify({ text: c.text }).topic === c.topic).length / cases.length;
}

describe('evaluation', () => {
  it('has at least 20 messages per topic across English, German and French', () => {
    const perTopic = new Map<string, Set<string>>();
    for (const c of EVAL_SET) perTopic.set(c.topic, (perTopic.get(c.topic) ?? new Set()).add(c.language));
    for (const [topic, languages] of perTopic) {
      expect(EVAL_SET.filter((c) => c.topic === topic).length, topic).toBeGreaterThanOrEqual(20);
      expect([...languages].sort(), topic).toEqual(['de', 'en', 'fr']);
    }
    expect(perTopic.size).toBe(21);
  });
  it('places at least 95% of the evaluation set on its topic, without a locale', () => {
    expect(accuracy(EVAL_SET)).toBeGreaterThanOrEqual(0.95);
  }, 30_000);
  it('places at least 90% of TOPICS.md\'s examples on their topic', () => {
    expect(accuracy(TOPICS_EXAMPLES)).toBeGreaterThanOrEqual(0.9);
  });
  it('never lets the knowledge base contain an evaluation message', async () => {
    const { KNOWLEDGE_BASE } = await import('./knowledge/index.ts');
    const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const known = new Set(KNOWLEDGE_BASE.flatMap((entry) => Object.values(entry.questions).flat().map((q) => normalise(q))));
    for (const c of EVAL_SET) expect(known.has(normalise(c.text)), c.text).toBe(false);
  });
});
