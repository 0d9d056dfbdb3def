/**
 * The mail a Worker sent through Miniflare's own `send_email` binding, read back in Node: the
 * binding parses each raw message as Cloudflare does (a From that matches the envelope, a
 * Message-ID, no Received header), keeps it as an `.eml` file and logs the file's path, which
 * this Log catches; mailparser then reads the message, so a test sees what a mail client would.
 */
import { readFileSync } from 'node:fs';
import { simpleParser, type ParsedMail } from 'mailparser';
import { Log, LogLevel } from 'miniflare';

/** The mails the binding took, in order. */
export class WorkerMailCatcher extends Log {
  readonly #raw: string[] = [];
  readonly #taken = new Set<number>();

  constructor() {
    // Quiet otherwise, as Miniflare is by default.
    super(LogLevel.NONE);
  }

  override logWithLevel(level: LogLevel, message: string): void {
    const file = /send_email binding called with the following message:\s*(\S+\.eml)/.exec(message)?.[1];
    if (file) this.#raw.push(readFileSync(file, 'utf8'));
    else super.logWithLevel(level, message);
  }

  /** How many mails the binding has taken so far. */
  get count(): number {
    return this.#raw.length;
  }

  /**
   * The next mail to `to` not returned before, parsed; waits up to `timeoutMs` for it.
   * @example const mail = await catcher.next('ada@example.org'); mail.text
   */
  async next(to: string, timeoutMs = 10_000): Promise<ParsedMail & { raw: string }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const [index, raw] of this.#raw.entries()) {
        if (this.#taken.has(index)) continue;
        const parsed = await simpleParser(raw);
        const recipients = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : [])
          .flatMap((group) => group.value.map((address) => (address.address ?? '').toLowerCase()));
        if (!recipients.includes(to.toLowerCase())) continue;
        this.#taken.add(index);
        return Object.assign(parsed, { raw });
      }
      if (Date.now() > deadline) throw new Error(`No mail to ${to} arrived within ${timeoutMs} ms (${this.#raw.length} sent to others)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
