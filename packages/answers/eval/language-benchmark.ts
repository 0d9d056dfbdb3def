/**
 * The 24-language benchmark (issues 9.2 and 10.5): per language, how often the reply language
 * is the message's (the detected language equals the case's), and topic accuracy, on the tune
 * and the holdout set, next to plain baselines measured in the same run: eld and tinyld alone
 * for the language, MiniSearch BM25 over the same phrasings for the topic. Then the worst-case
 * work of one message (a random 1,000-letter word, a flood of unknown words) next to a normal
 * question. Run through `pnpm bench answers` (bench/answers-bench.ts).
 */
import { EU_LANGUAGES } from '@thb/schema/enums';
import type { PlatformStore } from '@thb/store';
import { eld } from 'eld/extrasmall';
import { detect as tinyld } from 'tinyld';
import { createAnswerEngine, type AnswerEngine } from '../src/index.ts';
import { MATCHING_WORK, resetMatchingWork, type MatchingWork } from '../src/matching/matching-work.ts';
import { createBaseline } from './benchmark.ts';
import { MULTILINGUAL_HOLDOUT, MULTILINGUAL_TUNE, type MultilingualCase } from './multilingual/index.ts';
import { TOPICS_EXAMPLES } from './index.ts';

const eldAlone = eld.newInstance();
eldAlone.setLanguageSubset([...EU_LANGUAGES]);
// tinyld knows 21 of the 24 (not Croatian, Maltese or Slovenian); asked to choose among those.
const TINYLD_ONLY = EU_LANGUAGES.filter((code) => !['hr', 'mt', 'sl'].includes(code));

const pct = (hits: number, n: number) => (n === 0 ? '     -' : `${((100 * hits) / n).toFixed(1)}%`.padStart(6));

type Judge = (c: MultilingualCase) => boolean;

/** Prints one set's table: a row per language, then all languages together. */
function printSet(name: string, cases: readonly MultilingualCase[], engine: AnswerEngine, topicBaseline: (text: string) => string): void {
  const judges: Record<string, Judge> = {
    'ours': (c) => engine.classify({ text: c.text }).detectedLanguage === c.language,
    'ours en-page': (c) => engine.classify({ text: c.text, locale: 'en' }).detectedLanguage === c.language,
    'eld': (c) => eldAlone.detect(c.text).language === c.language,
    'tinyld': (c) => tinyld(c.text, { only: TINYLD_ONLY }) === c.language,
    'topic': (c) => engine.classify({ text: c.text }).topic === c.topic,
    'topic base': (c) => topicBaseline(c.text) === c.topic,
    'ordinary topic': (c) => c.kind !== 'emergency' && engine.classify({ text: c.text }).topic === c.topic,
  };
  console.log(`\n${name}: reply language (detected = the message's) and topic, per language; no locale unless "en-page"`);
  console.log(`lang    n | ${Object.keys(judges).map((k) => k.padStart(Math.max(6, k.length))).join(' ')}   (ordinary: help/report/ordinary only)`);
  const row = (label: string, subset: readonly MultilingualCase[]) => {
    const ordinary = subset.filter((c) => c.kind !== 'emergency').length;
    const cells = Object.entries(judges).map(([key, judge]) => {
      const n = key === 'ordinary topic' ? ordinary : subset.length;
      return pct(subset.filter(judge).length, n).padStart(Math.max(6, key.length));
    });
    console.log(`${label.padEnd(4)} ${String(subset.length).padStart(4)} | ${cells.join(' ')}`);
  };
  for (const language of EU_LANGUAGES) row(language, cases.filter((c) => c.language === language));
  row('all', cases);
}

/** The median and the worst of one measurement taken `runs` times, with the work it caused. */
function measure(runs: number, make: (run: number) => string, read: (text: string) => unknown): { median: number; max: number; work: MatchingWork } {
  const times: number[] = [];
  let work: MatchingWork = { typoComparisons: 0, typoCandidates: 0, compoundParts: 0, corrections: 0 };
  for (let run = 0; run < runs; run++) {
    const text = make(run);
    resetMatchingWork();
    const started = performance.now();
    read(text);
    times.push(performance.now() - started);
    const done = { ...MATCHING_WORK };
    const total = (w: MatchingWork) => w.typoComparisons + w.typoCandidates + w.compoundParts + w.corrections;
    if (total(done) >= total(work)) work = done;
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]!, work };
}

/** Pseudo-random letters (a fixed seed per run), so no cache ever helps. */
function letters(length: number, seed: number): string {
  let state = seed * 7919 + 17;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return String.fromCharCode(97 + Math.floor((state / 2 ** 31) * 26));
  }).join('');
}

/** Runs the 24-language benchmark and prints its tables. */
export async function runLanguageBenchmark(): Promise<void> {
  const engine = createAnswerEngine({ store: {} as PlatformStore });
  // The baseline's score threshold is tuned on TOPICS.md's examples, as in benchmark.ts.
  const thresholds = [0, 1, 2, 3, 4, 5, 6, 8];
  const best = thresholds
    .map((minScore) => {
      const baseline = createBaseline(minScore);
      return { minScore, hits: TOPICS_EXAMPLES.filter((c) => baseline(c.text) === c.topic).length };
    })
    .sort((a, b) => b.hits - a.hits || a.minScore - b.minScore)[0]!;
  const topicBaseline = createBaseline(best.minScore);
  console.log(`\n24 EU languages. Baselines: eld 2.1.0 (extrasmall, EU subset) and tinyld 1.3.4 alone for the language; MiniSearch BM25 (min score ${best.minScore}) for the topic.`);
  printSet('Tune set', MULTILINGUAL_TUNE, engine, topicBaseline);
  printSet('Holdout set (never tuned on)', MULTILINGUAL_HOLDOUT, engine, topicBaseline);

  console.log('\nWork per message (engine.classify, fresh text each run so no cache helps; 20 runs; work of the costliest run)');
  console.log('message                          median      max   typo comparisons  typo candidates  compound parts  corrections');
  const cases: [string, (run: number) => string][] = [
    ['normal question', (run) => `how can we join the platform ${letters(3, run)}?`],
    ['one 1,000-letter word', (run) => letters(1000, run)],
    ['100 unknown 9-letter words', (run) => Array.from({ length: 100 }, (_, i) => letters(9, run * 100 + i)).join(' ')],
    ['25 unknown 39-letter words', (run) => Array.from({ length: 25 }, (_, i) => letters(39, run * 100 + i)).join(' ')],
  ];
  let row = 0;
  for (const [name, make] of cases) {
    for (const locale of [undefined, 'de']) {
      // Seeds differ per row: the engine caches corrections, and a repeated text would cost nothing.
      const offset = 1000 * ++row;
      engine.classify({ text: make(offset - 1), locale }); // warm-up
      const { median, max, work } = measure(20, (run) => make(offset + run), (text) => engine.classify({ text: text.slice(0, 1000), locale }));
      const label = `${name}${locale ? ` (${locale})` : ''}`;
      console.log(`${label.padEnd(31)} ${median.toFixed(2).padStart(6)} ms ${max.toFixed(2).padStart(6)} ms ${String(work.typoComparisons).padStart(18)} ${String(work.typoCandidates).padStart(16)} ${String(work.compoundParts).padStart(15)} ${String(work.corrections).padStart(12)}`);
    }
  }
}
