/**
 * Words and sentence patterns for generated text in seven languages. Lists are `|`-separated
 * and follow the order of the schema's enums, so each language stays one short block.
 */
import { AUDIENCES, EVENT_KINDS, RESOURCE_TOPICS, RESOURCE_TYPES } from '@thb/schema';
import type { Audience, EventKind, ResourceTopic, ResourceType } from '@thb/schema';

/** What a sentence pattern may mention. */
export interface Slots {
  topic: string;
  topic2: string;
  audience: string;
  city: string;
}

/** One language's vocabulary. */
export interface Lexicon {
  type: Record<ResourceType, string>;
  topic: Record<ResourceTopic, string>;
  audience: Record<Audience, string>;
  eventKind: Record<EventKind, string>;
  orgKinds: string[];
  /** Links a title to its audience: "for". */
  for: string;
  summaries: ((s: Slots) => string)[];
  memberDescription: (s: Slots) => string;
  eventDescription: (s: Slots & { kind: string }) => string;
}

/** Zips a `|`-separated list with the enum it follows. */
function zip<K extends string>(keys: readonly K[], list: string): Record<K, string> {
  const words = list.split('|');
  if (words.length !== keys.length) throw new Error(`Lexicon list has ${words.length} words for ${keys.length} keys: ${list}`);
  return Object.fromEntries(keys.map((key, i) => [key, words[i]!])) as Record<K, string>;
}

/** Builds a lexicon from its lists. */
export function lexicon(lists: {
  types: string; topics: string; audiences: string; eventKinds: string; orgKinds: string; for: string;
  summaries: Lexicon['summaries']; memberDescription: Lexicon['memberDescription']; eventDescription: Lexicon['eventDescription'];
}): Lexicon {
  return {
    type: zip(RESOURCE_TYPES, lists.types),
    topic: zip(RESOURCE_TOPICS, lists.topics),
    audience: zip(AUDIENCES, lists.audiences),
    eventKind: zip(EVENT_KINDS, lists.eventKinds),
    orgKinds: lists.orgKinds.split('|'),
    for: lists.for,
    summaries: lists.summaries,
    memberDescription: lists.memberDescription,
    eventDescription: lists.eventDescription,
  };
}

/** Invented, language-neutral names for generated organisations. */
export const ORG_NAMES = (
  'Aurora|Horizon|Meridian|Compass|Beacon|Harbour|Anchor|Lumen|Vela|Nova|Solace|Kestrel|Juniper|Atlas|Orion|'
  + 'Tessera|Lantern|Bridgeway|Northstar|Haven|Tandem|Waypoint|Keystone|Skylark'
).split('|');
