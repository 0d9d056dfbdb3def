/**
 * The raw messages the Worker hands to the Email binding, read back by mailparser as a mail
 * client would: both parts in UTF-8 (German and French intact), the envelope's addresses, the
 * extra headers, and nothing that could send a mail anywhere else.
 */
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { signInMail } from '../../mail/templates/index.ts';
import { parseMailbox, toRawMail } from './mime-message.ts';

const FROM = '"THB, Platform Kit" <no-reply@thb.example.org>';
const LINK = 'https://thb.example.org/v1/auth/confirm?token=abc123&lang=de';

describe('toRawMail', () => {
  it('builds a multipart message in the recipient\'s language that a mail client reads back whole', async () => {
    const mail = signInMail({ to: 'Jürgen Weiß <juergen@ngo.example.org>', language: 'de', url: LINK, minutes: 15 });
    const { from, to, raw } = toRawMail({ ...mail, headers: { 'List-Unsubscribe': '<https://thb.example.org/u>' } }, FROM);
    expect({ from, to }).toEqual({ from: 'no-reply@thb.example.org', to: 'juergen@ngo.example.org' });
    expect(raw).toMatch(/\r\n\r\n/);
    const parsed = await simpleParser(raw);
    expect(parsed.from?.value).toEqual([{ name: 'THB, Platform Kit', address: 'no-reply@thb.example.org' }]);
    expect(parsed.to).toMatchObject({ value: [{ name: 'Jürgen Weiß', address: 'juergen@ngo.example.org' }] });
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.text?.trim()).toBe(mail.text.trim());
    expect(parsed.text).toContain(LINK);
    expect(parsed.html).toContain('<html lang="de">');
    expect(parsed.headerLines.find((line) => line.key === 'list-unsubscribe')?.line).toBe('List-Unsubscribe: <https://thb.example.org/u>');
    expect(parsed.messageId).toMatch(/^<[0-9a-f-]{36}@thb\.example\.org>$/);
  });

  it('sends a plain-text mail as a plain-text part', async () => {
    const parsed = await simpleParser(toRawMail({ to: 'ana@ngo.example.org', subject: 'Décision', text: 'Approuvé : « Refuge »' }, FROM).raw);
    expect(parsed.text?.trim()).toBe('Approuvé : « Refuge »');
    expect(parsed.html).toBe(false);
    expect(parsed.subject).toBe('Décision');
  });

  it('refuses more than one recipient, line breaks and headers that would redirect the mail', () => {
    const mail = { subject: 'Hi', text: 'Hello' };
    for (const to of ['a@x.org, b@y.org', 'a@x.org\r\nBcc: b@y.org', 'Ana, Bob <a@x.org>', 'nobody', '<a@x.org> <b@y.org>']) {
      expect(() => toRawMail({ ...mail, to }, FROM), to).toThrow('exactly one address');
    }
    expect(() => toRawMail({ ...mail, to: 'a@x.org', headers: { Bcc: 'b@y.org' } }, FROM)).toThrow('may not set the header "Bcc"');
    expect(toRawMail({ ...mail, to: 'a@x.org', subject: 'Hi\r\nBcc: b@y.org' }, FROM).raw).not.toMatch(/^Bcc:/m);
  });

  it('reads a mailbox as MAIL_FROM and templates write it', () => {
    expect(parseMailbox('no-reply@thb.example.org')).toEqual({ name: '', addr: 'no-reply@thb.example.org' });
    expect(parseMailbox('THB Platform Kit <no-reply@thb.example.org>')).toEqual({ name: 'THB Platform Kit', addr: 'no-reply@thb.example.org' });
    expect(parseMailbox('"A \\"quoted\\" name" <x@y.org>')).toEqual({ name: 'A "quoted" name', addr: 'x@y.org' });
  });
});
