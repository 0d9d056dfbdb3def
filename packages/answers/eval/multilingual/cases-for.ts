/**
 * Builds one language's evaluation cases from plain lists, so that a data file reads like the
 * messages themselves and a reviewer who speaks the language can check it line by line.
 */
import type { ChatTopic, EuLanguage } from '@thb/schema';
import type { MultilingualCase } from './multilingual-case.ts';

/** A topic an ordinary question may have: the three safety topics have kinds of their own. */
export type OrdinaryTopic = Exclude<ChatTopic, 'emergency' | 'get-help' | 'report-suspicion'>;

/** The messages of one language and set, by kind; each ordinary one with the topic a good answer has. */
export interface CaseLists {
  emergency: readonly string[];
  help: readonly string[];
  report: readonly string[];
  ordinary: readonly (readonly [topic: OrdinaryTopic, text: string])[];
}

/**
 * One language's cases, with the topic each kind implies.
 * @example casesFor('de', { emergency: ['hilfe'], help: [], report: [], ordinary: [['greeting', 'hallo']] })
 */
export function casesFor(language: EuLanguage, lists: CaseLists): MultilingualCase[] {
  return [
    ...lists.emergency.map((text) => ({ text, language, kind: 'emergency' as const, topic: 'emergency' as const })),
    ...lists.help.map((text) => ({ text, language, kind: 'help' as const, topic: 'get-help' as const })),
    ...lists.report.map((text) => ({ text, language, kind: 'report' as const, topic: 'report-suspicion' as const })),
    ...lists.ordinary.map(([topic, text]) => ({ text, language, kind: 'ordinary' as const, topic })),
  ];
}
