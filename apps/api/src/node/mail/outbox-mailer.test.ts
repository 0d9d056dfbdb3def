import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewDecisionMail, signInMail } from '../../mail/templates/index.ts';
import { createMailer } from './create-mailer.ts';
import { linksIn } from './mail-summary.ts';
import { outboxFileName } from './outbox-mailer.ts';

const FROM = 'THB Platform Kit <no-reply@localhost>';
const URL = 'http://localhost:8787/sign-in/confirm?token=abc123';

describe('createMailer without SMTP_URL (the outbox)', () => {
  let dataDir: string;
  let lines: string[];
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'thb-outbox-'));
    lines = [];
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));
  const mailer = () => createMailer({ from: FROM, dataDir, log: (line) => lines.push(line) });

  it('writes a parseable .eml with both parts and prints the link on one line', async () => {
    await mailer().send(signInMail({ to: 'ana@ngo.example.org', language: 'fr', url: URL, minutes: 15 }));
    const files = await readdir(join(dataDir, 'outbox'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{8}T\d{9}Z-\d{6}-[0-9a-f]{8}\.eml$/);
    const file = join(dataDir, 'outbox', files[0]!);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const parsed = await simpleParser(await readFile(file));
    expect(parsed.from?.value).toEqual([{ name: 'THB Platform Kit', address: 'no-reply@localhost' }]);
    expect(parsed.subject).toBe('Connexion à la plateforme de la société civile de l’UE contre la traite des êtres humains');
    expect(parsed.text).toContain(URL);
    expect(parsed.html).toContain('<html lang="fr">');
    expect(parsed.headers.get('mime-version')).toBe('1.0');
    expect(lines).toEqual([`Mail to ana@ngo.example.org: "${parsed.subject}" ${URL} (${file})`]);
  });

  it('names files so they sort in the order they were written, and leaves no partial file behind', async () => {
    const outbox = mailer();
    for (let index = 0; index < 5; index += 1) {
      await outbox.send({ to: 'ana@ngo.example.org', subject: `Mail ${index}`, text: `Number ${index}` });
    }
    const files = await readdir(join(dataDir, 'outbox'));
    expect(files).toHaveLength(5);
    const subjects = await Promise.all(files.sort().map(async (name) => (await simpleParser(await readFile(join(dataDir, 'outbox', name)))).subject));
    expect(subjects).toEqual(['Mail 0', 'Mail 1', 'Mail 2', 'Mail 3', 'Mail 4']);
    expect(outboxFileName(new Date('2026-01-31T12:00:00.123Z'))).toMatch(/^20260131T120000123Z-\d{6}-[0-9a-f]{8}\.eml$/);
  });

  it('rejects when the file cannot be written, and refuses a mail to several addresses', async () => {
    const blocked = createMailer({ from: FROM, dataDir: join(dataDir, 'missing\0folder') });
    await expect(blocked.send({ to: 'ana@ngo.example.org', subject: 'x', text: 'x' })).rejects.toThrow();
    await expect(mailer().send({ to: 'a@ngo.example.org, b@ngo.example.org', subject: 'x', text: 'x' })).rejects.toThrow(/exactly one address/);
    expect(lines).toEqual([]);
  });

  it('keeps the console line to one line whatever the subject holds, and lists every link', async () => {
    await mailer().send(reviewDecisionMail({
      to: 'ana@ngo.example.org', language: 'en', recordTitle: 'Guide\r\nFAKE LOG LINE', kind: 'resources', decision: 'rejected',
      reason: 'See https://example.org/rules. Thanks', url: 'https://thb.example.org/portal/resources/r1',
    }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/[\r\n]/);
    expect(lines[0]).toContain('"Not approved: Guide FAKE LOG LINE" https://example.org/rules https://thb.example.org/portal/resources/r1 (');
  });

  it('finds links without the punctuation that ends their sentence', () => {
    expect(linksIn('Open https://a.example/x?y=1. Or (https://b.example/z), or https://a.example/x?y=1')).toEqual(['https://a.example/x?y=1', 'https://b.example/z']);
    expect(linksIn('no links, ftp://x.example')).toEqual([]);
  });
});
