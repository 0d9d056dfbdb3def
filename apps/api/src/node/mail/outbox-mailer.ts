/**
 * Writes every mail as an RFC 5322 `.eml` file into `DATA_DIR/outbox/`, for the embedded demo
 * without a mail server: any mail program opens the files, and the console shows the links.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Mailer } from '../../mail/mailer.ts';
import { toMessageOptions } from './mail-message.ts';
import { mailSummary } from './mail-summary.ts';

/** What `createOutboxMailer` needs. */
export interface OutboxMailerOptions {
  from: string;
  /** The server's data folder; the files go to its `outbox/`. */
  dataDir: string;
  /** Called with one line per mail: recipient, subject, links and file. */
  log?: ((line: string) => void) | undefined;
}

let sequence = 0;

/**
 * A name that sorts by time of writing: `20260131T120000123Z-000042-9f3a1c0e.eml`; the counter
 * orders mails of one millisecond, the random part keeps two processes apart.
 */
export function outboxFileName(now: Date): string {
  sequence = (sequence + 1) % 1_000_000;
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  return `${stamp}-${String(sequence).padStart(6, '0')}-${randomBytes(4).toString('hex')}.eml`;
}

/**
 * A `Mailer` whose `send` resolves once the file is complete under its final name.
 * @example createOutboxMailer({ from: 'thb@localhost', dataDir: 'data', log: console.log })
 */
export function createOutboxMailer({ from, dataDir, log }: OutboxMailerOptions): Mailer {
  const folder = join(dataDir, 'outbox');
  return {
    async send(mail) {
      const message = await new MailComposer(toMessageOptions(mail, from)).compile().build();
      // The files hold live sign-in links: readable by the server's user only.
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const file = join(folder, outboxFileName(new Date()));
      await writeAtomically(file, message);
      log?.(mailSummary(mail, file));
    },
  };
}

/** Writes next to the target and renames, so a reader sees the whole file or none of it, even after a crash. */
async function writeAtomically(file: string, content: Buffer): Promise<void> {
  const temporary = `${file}.partial`;
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
