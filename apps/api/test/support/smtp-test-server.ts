/**
 * A real SMTP server inside a test (`smtp-server`), with `mailparser` reading what arrived, so
 * mail flows are tested end to end without a mock. Plain SMTP on 127.0.0.1 with AUTH allowed
 * without TLS: nodemailer then speaks to it exactly as to a provider, minus the certificate.
 */
import { createServer, type AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One accepted message: the envelope as the client sent it, and the parsed message. */
export interface ReceivedMail {
  /** The user the client authenticated as, if it did. */
  user: string | undefined;
  envelope: { from: string; to: string[] };
  raw: string;
  parsed: ParsedMail;
}

/** Options of {@link startSmtpTestServer}. */
export interface SmtpTestServerOptions {
  /** Accepted logins; without, the server takes mail without AUTH. */
  users?: Readonly<Record<string, string>>;
  /** Recipients the server refuses at RCPT TO with a 550. */
  refuse?: readonly string[];
  /** The port to listen on (one `freePort` found), so a test can bring a "down" server up; any free one by default. */
  port?: number;
  /**
   * How long the server takes over each message before it answers 250, as a slow provider
   * would; the message counts as received when its data arrived, so a client killed during
   * the wait has delivered it without knowing.
   */
  delayMs?: number;
}

/**
 * A port nothing listens on now: a mail server there is "down" until a test starts one on it.
 * @example const port = await freePort(); const smtpUrl = `smtp://127.0.0.1:${port}`;
 */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A listening test server. */
export interface SmtpTestServer {
  /** `smtp://…` on its port, with the credentials when given. */
  url(user?: string, pass?: string): string;
  /** Every message accepted so far. */
  received: ReceivedMail[];
  /** The next message to arrive (or the first not yet taken by an earlier `next`). */
  next(): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/**
 * Starts a server on a free port of 127.0.0.1.
 * @example const smtp = await startSmtpTestServer({ users: { thb: 'secret' } }); const mail = await smtp.next();
 */
export async function startSmtpTestServer(options: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  const waiting: ((mail: ReceivedMail) => void)[] = [];
  let taken = 0;
  const refused = new Set((options.refuse ?? []).map((address) => address.toLowerCase()));
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', ...(options.users ? [] : ['AUTH'])],
    allowInsecureAuth: true,
    authOptional: !options.users,
    logger: false,
    onAuth(auth, _session, callback) {
      const ok = auth.username !== undefined && options.users?.[auth.username] === auth.password;
      if (ok) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address.toLowerCase())) {
        callback(Object.assign(new Error('No such mailbox here'), { responseCode: 550 }));
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then((parsed) => {
          const mail: ReceivedMail = {
            user: typeof session.user === 'string' ? session.user : undefined,
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
            },
            raw,
            parsed,
          };
          received.push(mail);
          const waiter = waiting.shift();
          if (waiter) {
            taken += 1;
            waiter(mail);
          }
          if (options.delayMs) setTimeout(() => callback(), options.delayMs);
          else callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url(user, pass) {
      const login = user === undefined ? '' : `${encodeURIComponent(user)}:${encodeURIComponent(pass ?? '')}@`;
      return `smtp://${login}127.0.0.1:${port}`;
    },
    received,
    next() {
      const ready = received[taken];
      if (ready) {
        taken += 1;
        return Promise.resolve(ready);
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
