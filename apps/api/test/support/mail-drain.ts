/**
 * Helpers of the mail crash tests: queue many mails straight into a store's queue, and read what
 * a test SMTP server received by Message-ID, so "lost" and "sent twice" can be counted.
 */
import { createMailQueue } from '@thb/store/mail-queue';
import type { KyselyPlatformStore } from '@thb/store';
import type { ReceivedMail } from './smtp-test-server.ts';

/** The Message-ID a queued mail carries when sent with `MAIL_FROM` on `localhost` (the default). */
export const messageIdOf = (queueId: string) => `<${queueId}@localhost>`;

/**
 * Queues `count` mails, one per recipient, each with a subject of its own.
 * @returns their queue ids, oldest first
 */
export async function queueMails(store: KyselyPlatformStore, count: number, label: string): Promise<string[]> {
  const queue = createMailQueue(store.db);
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    ids.push(await queue.enqueue({ recipient: `person-${label}-${index}@ngo.test`, subject: `${label} ${index}`, text: `Mail ${index} of ${label}` }));
  }
  return ids;
}

/** How often each Message-ID arrived, and whether every copy of a subject carried one Message-ID. */
export function countByMessageId(received: readonly ReceivedMail[]): { counts: Map<string, number>; idsPerSubject: Map<string, Set<string>> } {
  const counts = new Map<string, number>();
  const idsPerSubject = new Map<string, Set<string>>();
  for (const mail of received) {
    const id = mail.parsed.messageId ?? '';
    counts.set(id, (counts.get(id) ?? 0) + 1);
    const subject = mail.parsed.subject ?? '';
    idsPerSubject.set(subject, (idsPerSubject.get(subject) ?? new Set()).add(id));
  }
  return { counts, idsPerSubject };
}

/** How many messages arrived more than once (each extra copy counted). */
export function duplicatesOf(counts: ReadonlyMap<string, number>): number {
  return [...counts.values()].reduce((sum, count) => sum + count - 1, 0);
}
