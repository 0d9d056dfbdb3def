/**
 * The chatbot's knowledge base: one entry per topic of `CHAT_TOPICS` (@thb/schema) except
 * `fallback`, whose sentence lives in the language packs. Entries are plain data, validated
 * against the `KnowledgeEntry` schema in knowledge.test.ts.
 */
import type { KnowledgeEntry } from '@thb/schema';
import { aboutPlatform } from './about-platform.ts';
import { childVictims } from './child-victims.ts';
import { contact } from './contact.ts';
import { emergency } from './emergency.ts';
import { euPolicy } from './eu-policy.ts';
import { findMembers } from './find-members.ts';
import { findResources } from './find-resources.ts';
import { formsOfExploitation } from './forms-of-exploitation.ts';
import { getHelp } from './get-help.ts';
import { greeting } from './greeting.ts';
import { howToJoin } from './how-to-join.ts';
import { nextEvent } from './next-event.ts';
import { platformMeetings } from './platform-meetings.ts';
import { privacy } from './privacy.ts';
import { reportSuspicion } from './report-suspicion.ts';
import { signsOfTrafficking } from './signs-of-trafficking.ts';
import { supportTheCause } from './support-the-cause.ts';
import { victimRights } from './victim-rights.ts';
import { whatIsTrafficking } from './what-is-trafficking.ts';
import { whoCanJoin } from './who-can-join.ts';
import { KNOWLEDGE_TRANSLATIONS } from './translations/index.ts';
import { withTranslations } from './translations/knowledge-translation.ts';

/** Every knowledge-base entry in English, German and French, in the order of TOPICS.md. */
const ORIGINAL_ENTRIES: readonly KnowledgeEntry[] = [
  whatIsTrafficking, formsOfExploitation, signsOfTrafficking, getHelp, reportSuspicion, victimRights,
  childVictims, aboutPlatform, whoCanJoin, howToJoin, platformMeetings, nextEvent, findMembers,
  findResources, euPolicy, privacy, contact, supportTheCause, emergency, greeting,
];

/** Every knowledge-base entry with every translated language added. */
export const KNOWLEDGE_BASE: readonly KnowledgeEntry[] = withTranslations(ORIGINAL_ENTRIES, KNOWLEDGE_TRANSLATIONS);
