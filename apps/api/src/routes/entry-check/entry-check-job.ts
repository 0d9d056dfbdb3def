/**
 * The yearly check: once a year after an entry's last confirmation (or its approval; for older
 * entries, the day they joined) its owners and editors get "Is your entry still correct?" with a
 * one-use "Yes, still correct" link that works for {@link ENTRY_CHECK_LINK_DAYS} days. The Node
 * server runs this with the call-opening job; a Worker's cron can run it too.
 */
import type { Member } from '@thb/schema';
import type { PlatformStore } from '@thb/store';
import type { EntryCheck } from '@thb/store/portal';
import type { Accounts } from '../../auth/accounts.ts';
import type { Logger } from '../../lib/types.ts';
import { entryCheckMail } from '../../mail/templates/portal-mails.ts';
import { platformLink, type PortalOptions } from '../calls/portal-options.ts';

export const ENTRY_CHECK_LINK_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A check mail goes a year after the last confirmation. */
export const CHECK_INTERVAL_MS = 365 * DAY_MS;
/** An entry not confirmed for 13 months is flagged to the secretariat. */
export const STALE_AFTER_MS = 395 * DAY_MS;
export const ENTRY_CHECK_PAGE = '/v1/entry-check/confirm';
/** Where people edit their entry. */
export const EDIT_ENTRY_PAGE = '/portal/entry';

/** The last time an entry was confirmed, as far as anyone knows. */
export function lastConfirmation(member: Member, check: EntryCheck | undefined): string | null {
  return check?.lastConfirmedAt ?? member.lastConfirmedAt ?? null;
}

/** Whether a check mail is due: a year after the last confirmation (or joining), and not sent since. */
function due(member: Member, check: EntryCheck | undefined, at: Date): boolean {
  const since = Date.parse(lastConfirmation(member, check) ?? member.joined);
  const dueAt = since + CHECK_INTERVAL_MS;
  if (at.getTime() < dueAt) return false;
  return !check?.lastSentAt || Date.parse(check.lastSentAt) < dueAt;
}

/** The first of a member's languages that has mail templates, else English. */
function mailLanguage(member: Member): string {
  return member.languages.find((l) => ['en', 'de', 'fr'].includes(l)) ?? 'en';
}

/**
 * Sends every due check mail; an entry with nobody to ask is skipped (the secretariat sees it
 * among the stale ones).
 * @returns how many organisations were asked
 */
export async function sendEntryChecks(portal: PortalOptions, store: PlatformStore, accounts: Accounts | undefined, at: Date, logger: Logger = console): Promise<number> {
  if (!portal.mailer || !accounts) return 0;
  const checks = await portal.store.entryChecks.all();
  const { items } = await store.members.list({});
  let asked = 0;
  for (const member of items) {
    if (!due(member, checks.get(member.id), at)) continue;
    const people = (await accounts.people(member.id)).filter((p) => p.role === 'owner' || p.role === 'editor');
    if (people.length === 0) continue;
    const token = await portal.store.entryChecks.issue(member.id, ENTRY_CHECK_LINK_DAYS * DAY_MS);
    const language = mailLanguage(member);
    for (const person of people) {
      await portal.mailer.send(entryCheckMail({
        to: person.email, language, organisation: member.name, days: ENTRY_CHECK_LINK_DAYS,
        confirmUrl: platformLink(portal.publicUrl, ENTRY_CHECK_PAGE, { token, lang: language }),
        editUrl: platformLink(portal.publicUrl, EDIT_ENTRY_PAGE),
      })).catch((error: unknown) => logger.error(`Could not send the yearly check of ${member.id}`, error));
    }
    asked += 1;
  }
  return asked;
}
