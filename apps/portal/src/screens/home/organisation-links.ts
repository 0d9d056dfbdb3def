/** What a person can open for each of their organisations, by role (owners also manage people, keys and webhooks). */
import type { PortalStringKey } from '../../strings/en.ts';

/** One link of an organisation's block on the overview. */
export interface OrganisationLink {
  href: string;
  label: PortalStringKey;
}

/** The screens of one organisation that `role` may open. */
export function organisationLinks(memberId: string, role: 'owner' | 'editor'): OrganisationLink[] {
  const base = `/portal/organisations/${encodeURIComponent(memberId)}`;
  return [
    { href: `/portal/entry/${encodeURIComponent(memberId)}`, label: 'home.entry' },
    { href: `${base}/events`, label: 'home.events' },
    { href: `${base}/resources`, label: 'home.resources' },
    { href: `${base}/meetings`, label: 'home.meetings' },
    ...(role === 'owner' ? [
      { href: `${base}/people`, label: 'home.people' },
      { href: `${base}/keys`, label: 'home.keys' },
      { href: `${base}/webhooks`, label: 'home.webhooks' },
    ] satisfies OrganisationLink[] : []),
  ];
}
