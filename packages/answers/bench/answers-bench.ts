/**
 * Benchmark of the chatbot's answer engine: topic accuracy (TOPICS.md's examples and our
 * evaluation set, per language) next to a MiniSearch BM25 baseline, and p50/p95 answer time;
 * then the 24-language figures (reply language, topic, worst-case work per message).
 * Run with `pnpm bench answers` from the workspace root.
 */
import { runAnswerBenchmark } from '../eval/benchmark.ts';
import { runLanguageBenchmark } from '../eval/language-benchmark.ts';

await runAnswerBenchmark();
await runLanguageBenchmark();
