/** Invented demo resources, published by the invented members under their example.org sites. */
import type { Audience, ResourceTopic, ResourceType } from '@thb/schema';
import type { LocalizedText, ResourceDraft } from './draft.ts';
import { MEMBERS_DE } from './members-de.ts';
import { MEMBERS_FICTIONAL } from './members-fictional.ts';
import { MEMBERS_WEST } from './members-west.ts';

/** Websites of the invented members, the only ones that may publish invented resources. */
const FICTIONAL_SITES = new Map(
  [...MEMBERS_DE, ...MEMBERS_WEST, ...MEMBERS_FICTIONAL]
    .filter((member) => member.website?.includes('.example.org/'))
    .map((member) => [member.id, member.website!]),
);

/** What distinguishes one invented resource. */
export interface DemoResourceFacts {
  id: string;
  type: Exclude<ResourceType, 'hotline'>;
  by: string;
  published: string;
  topics: ResourceTopic[];
  audience: Audience[];
  countries: string[];
  languages: string[];
  title: LocalizedText;
  summary: LocalizedText;
}

/** An invented resource; throws if its publisher is not an invented member, so no real one is misquoted. */
export function demoResource(facts: DemoResourceFacts): ResourceDraft {
  const site = FICTIONAL_SITES.get(facts.by);
  if (!site) throw new Error(`Demo resource ${facts.id}: ${facts.by} is not a fictional member`);
  const { by, ...rest } = facts;
  return { ...rest, url: `${site}resources/${facts.id}`, publisher: { type: 'member', memberId: by } };
}
