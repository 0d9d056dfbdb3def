/**
 * The answer engine's benchmark: topic accuracy on TOPICS.md's examples and on our evaluation
 * set, per language, next to a plain baseline measured in the same run (MiniSearch's default
 * BM25 over the same phrasings, top hit = topic), plus answer times. Run through
 * bench/answers-bench.ts (`pnpm bench answers`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { ChatTopic } from '@thb/schema';
import { seedDemoData } from '@thb/store/demo';
import { openSqliteStore } from '@thb/store/sqlite';
import { createAnswerEngine, KNOWLEDGE_BASE, LANGUAGE_PACKS, type AnswerEngine } from '../src/index.ts';
import { printEmergencyBenchmark } from './emergency-benchmark.ts';
import { EVAL_SET, HOLDOUT_SET, TOPICS_EXAMPLES, type EvalCase } from './index.ts';

type Classifier = (text: string) => ChatTopic;

/** The baseline: every phrasing (and label, and out-of-scope example) a document; the best hit's topic wins. */
export function createBaseline(minScore: number): Classifier {
  const search = new MiniSearch<{ id: number; text: string; topic: ChatTopic }>({ fields: ['text'], storeFields: ['topic'] });
  let id = 0;
  const documents: { id: number; text: string; topic: ChatTopic }[] = [];
  for (const entry of KNOWLEDGE_BASE) {
    for (const texts of Object.values(entry.questions)) for (const text of texts ?? []) documents.push({ id: id++, text, topic: entry.topic });
  }
  for (const pack of LANGUAGE_PACKS) {
    for (const [topic, label] of Object.entries(pack.topicLabels)) documents.push({ id: id++, text: label, topic: topic as ChatTopic });
    for (const text of pack.outOfScopeExamples) documents.push({ id: id++, text, topic: 'fallback' });
  }
  search.addAll(documents);
  return (text) => {
    const [hit] = search.search(text);
    return hit && hit.score >= minScore ? (hit['topic'] as ChatTopic) : 'fallback';
  };
}

interface Accuracy {
  all: number;
  byLanguage: Record<string, number>;
}

function accuracy(cases: readonly EvalCase[], classify: Classifier): Accuracy {
  const hits = (subset: readonly EvalCase[]) => subset.filter((c) => classify(c.text) === c.topic).length / subset.length;
  const languages = [...new Set(cases.map((c) => c.language))].sort();
  return { all: hits(cases), byLanguage: Object.fromEntries(languages.map((l) => [l, hits(cases.filter((c) => c.language === l))])) };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(runs: number, messages: readonly EvalCase[], answer: (c: EvalCase) => unknown): Promise<{ p50: number; p95: number; max: number }> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const message of messages) {
      const started = performance.now();
      await answer(message);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1]! };
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
const ms = (value: number) => `${value.toFixed(2)} ms`.padStart(9);

/** Runs the benchmark and prints its tables. */
export async function runAnswerBenchmark(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'thb-bench-answers-'));
  const store = await openSqliteStore({ file: join(folder, 'thb.sqlite') });
  const now = new Date('2026-11-29T12:00:00Z');
  await seedDemoData(store, now);
  try {
    let started = performance.now();
    const engine: AnswerEngine = createAnswerEngine({ store, now: () => now });
    const buildMs = performance.now() - started;
    started = performance.now();
    createAnswerEngine({ store, now: () => now });
    const rebuildMs = performance.now() - started;

    // The baseline's score threshold is tuned on TOPICS.md's examples (its best), then kept.
    const thresholds = [0, 1, 2, 3, 4, 5, 6, 8];
    const tuned = thresholds
      .map((minScore) => ({ minScore, score: accuracy(TOPICS_EXAMPLES, createBaseline(minScore)).all }))
      .sort((a, b) => b.score - a.score || a.minScore - b.minScore)[0]!;
    const baseline = createBaseline(tuned.minScore);
    const ours: Classifier = (text) => engine.classify({ text }).topic;

    console.log('Topic accuracy (no locale given: the language is detected)');
    console.log(`set                      n   engine  baseline   (baseline: MiniSearch BM25, min score ${tuned.minScore})`);
    const sets = [['TOPICS.md examples', TOPICS_EXAMPLES], ['evaluation set', EVAL_SET], ['held-out set', HOLDOUT_SET]] as const;
    for (const [name, cases] of sets) {
      const a = accuracy(cases, ours);
      const b = accuracy(cases, baseline);
      console.log(`${name.padEnd(22)} ${String(cases.length).padStart(3)} ${pct(a.all)}   ${pct(b.all)}`);
      for (const language of Object.keys(a.byLanguage)) {
        const n = cases.filter((c) => c.language === language).length;
        console.log(`  ${language.padEnd(20)} ${String(n).padStart(3)} ${pct(a.byLanguage[language]!)}   ${pct(b.byLanguage[language]!)}`);
      }
    }
    const localeHits = EVAL_SET.filter((c) => engine.classify({ text: c.text, locale: c.language }).topic === c.topic).length;
    console.log(`evaluation set with the page locale given: ${pct(localeHits / EVAL_SET.length).trim()}`);

    const emergencies = EVAL_SET.filter((c) => c.topic === 'emergency');
    const others = EVAL_SET.filter((c) => c.topic !== 'emergency');
    const caught = emergencies.filter((c) => engine.classify({ text: c.text }).topic === 'emergency').length;
    const falseAlarms = others.filter((c) => engine.classify({ text: c.text }).topic === 'emergency').length;
    console.log(`emergencies caught: ${caught}/${emergencies.length}; false emergency answers: ${falseAlarms}/${others.length}`);
    printEmergencyBenchmark(engine);

    const messages = [...TOPICS_EXAMPLES, ...EVAL_SET];
    await time(1, messages, (c) => engine.answer({ text: c.text, locale: c.language })); // warm-up: JIT, SQLite, search index
    const answers = await time(5, messages, (c) => engine.answer({ text: c.text, locale: c.language }));
    const classify = await time(5, messages, (c) => engine.classify({ text: c.text }));
    const baselineTimes = await time(5, messages, (c) => baseline(c.text));
    console.log('\nAnswer time (real SQLite file with demo data; 5 rounds over all messages, after a warm-up round)');
    console.log('                              p50        p95        max');
    console.log(`engine.answer (with live data) ${ms(answers.p50)}  ${ms(answers.p95)}  ${ms(answers.max)}`);
    console.log(`engine.classify               ${ms(classify.p50)}  ${ms(classify.p95)}  ${ms(classify.max)}`);
    console.log(`baseline search               ${ms(baselineTimes.p50)}  ${ms(baselineTimes.p95)}  ${ms(baselineTimes.max)}`);
    console.log(`engine start-up (building its indexes): ${buildMs.toFixed(0)} ms cold, ${rebuildMs.toFixed(0)} ms warm`);
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
