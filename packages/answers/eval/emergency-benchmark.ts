/**
 * The emergency part of the answer benchmark, per language, on the 24-language tune and
 * holdout sets: how many emergencies the engine answers as such (recall), how many ordinary and
 * report questions it answers as an emergency (false emergencies), and, apart, how many requests
 * for help it does (a lesser error: 112 and the hotlines reach someone who needed support).
 * Next to a baseline measured in the same run: the old en/de/fr rules in the same matcher.
 * Only figures are printed, never which holdout message failed: looking would be tuning.
 */
import { EMERGENCY_LANGUAGES, EmergencyDetector } from '@thb/text/emergency';
import type { AnswerEngine } from '../src/index.ts';
import { OLD_EMERGENCY_PACKS } from './baseline-emergency-rules.ts';
import { MULTILINGUAL_HOLDOUT, MULTILINGUAL_TUNE, type MultilingualCase } from './multilingual/index.ts';

type IsEmergency = (text: string) => boolean;

interface EmergencyFigures {
  emergencies: number;
  caught: number;
  others: number;
  falseAlarms: number;
  helps: number;
  helpAlarms: number;
}

function figures(cases: readonly MultilingualCase[], isEmergency: IsEmergency): EmergencyFigures {
  const kind = (k: MultilingualCase['kind'][]) => cases.filter((c) => k.includes(c.kind));
  const count = (subset: readonly MultilingualCase[]) => subset.filter((c) => isEmergency(c.text)).length;
  const emergencies = kind(['emergency']);
  const others = kind(['ordinary', 'report']);
  const helps = kind(['help']);
  return {
    emergencies: emergencies.length, caught: count(emergencies), others: others.length, falseAlarms: count(others),
    helps: helps.length, helpAlarms: count(helps),
  };
}

const rate = (part: number, whole: number) => (whole === 0 ? '     -' : `${((part / whole) * 100).toFixed(1)}%`.padStart(6));

function line(label: string, ours: EmergencyFigures, baseline: EmergencyFigures): string {
  return `  ${label.padEnd(6)} ${String(ours.emergencies).padStart(4)} ${rate(ours.caught, ours.emergencies)} ${rate(baseline.caught, baseline.emergencies)}`
    + `   ${String(ours.others).padStart(4)} ${rate(ours.falseAlarms, ours.others)} ${rate(baseline.falseAlarms, baseline.others)}`
    + `   ${String(ours.helps).padStart(4)} ${rate(ours.helpAlarms, ours.helps)} ${rate(baseline.helpAlarms, baseline.helps)}`;
}

/** Prints the per-language emergency table of both multilingual sets. */
export function printEmergencyBenchmark(engine: AnswerEngine): void {
  const old = new EmergencyDetector(OLD_EMERGENCY_PACKS);
  const ours: IsEmergency = (text) => engine.classify({ text }).topic === 'emergency';
  const baseline: IsEmergency = (text) => old.detect(text).languages.length > 0;
  for (const [name, set] of [['tune set', MULTILINGUAL_TUNE], ['holdout set', MULTILINGUAL_HOLDOUT]] as const) {
    console.log(`\nEmergencies, ${name} (${set.length} messages; no locale given; baseline: the old en/de/fr rules)`);
    if (set.length === 0) {
      console.log('  (no cases in this branch yet)');
      continue;
    }
    console.log('  lang   emergencies: n engine  base   ordinary+report: n false  base   help: n as-emergency base');
    for (const language of EMERGENCY_LANGUAGES) {
      const cases = set.filter((c) => c.language === language);
      if (cases.length > 0) console.log(line(language, figures(cases, ours), figures(cases, baseline)));
    }
    console.log(line('all', figures(set, ours), figures(set, baseline)));
  }
}
