/**
 * A `Mailer` that queues: `send` resolves once the mail is a committed row of the store's mail
 * queue, so an answer that says "mail sent" survives an SMTP server that is down and a process
 * that dies. A delivery loop (`deliverQueuedMail`) sends it. Edge-safe.
 */
import type { MailQueue, MailToQueue } from '@thb/store/mail-queue';
import type { Mail, Mailer } from './mailer.ts';

/** The statements a queued mail is (Kysely's `CompiledQuery`, as `store.writes.commit` takes them). */
type QueueStatements = ReturnType<MailQueue['enqueueStatements']>['statements'];

/**
 * A mailer that can also hand its queue rows to a store write, so a decision and the mail
 * telling of it commit in one transaction (one batch on D1), or neither does.
 */
export interface QueuedMailer extends Mailer {
  /** The statements that queue these mails; put them in a write's `alsoCommit`, then call `queued`. */
  enqueueStatements(mails: readonly Mail[]): QueueStatements;
  /** Says that mails were committed outside `send` (starts a delivery, as `send` does). */
  queued(): void;
}

/** The queue's form of a mail. */
function toQueuedMail(mail: Mail): MailToQueue {
  return {
    recipient: mail.to, subject: mail.subject, text: mail.text,
    ...(mail.html === undefined ? {} : { html: mail.html }),
    ...(mail.headers === undefined ? {} : { headers: mail.headers }),
    ...(mail.attachments === undefined ? {} : { attachments: mail.attachments }),
  };
}

/** A mail the queue handed out, as a transport sends it; a claimed mail's id makes its Message-ID. */
export function fromQueuedMail(mail: MailToQueue & { id?: string }): Mail {
  return {
    ...(mail.id === undefined ? {} : { id: mail.id }),
    to: mail.recipient, subject: mail.subject, text: mail.text,
    ...(mail.html === undefined ? {} : { html: mail.html }),
    ...(mail.headers === undefined ? {} : { headers: mail.headers }),
    ...(mail.attachments === undefined ? {} : { attachments: mail.attachments }),
  };
}

/**
 * The queueing mailer; `onQueued` runs after each committed mail (the Node server starts a
 * delivery at once, so a sign-in link arrives within a second or two; a Worker `waitUntil`s one).
 * @example const mailer = createQueuedMailer(createMailQueue(store.db), () => delivery.kick());
 */
export function createQueuedMailer(queue: Pick<MailQueue, 'enqueue' | 'enqueueStatements'>, onQueued?: () => void): QueuedMailer {
  return {
    async send(mail) {
      await queue.enqueue(toQueuedMail(mail));
      onQueued?.();
    },
    enqueueStatements(mails) {
      return mails.flatMap((mail) => queue.enqueueStatements(toQueuedMail(mail)).statements);
    },
    queued() {
      if (onQueued) onQueued();
    },
  };
}
