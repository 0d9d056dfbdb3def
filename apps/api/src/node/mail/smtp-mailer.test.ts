import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpTestServer, type SmtpTestServer } from '../../../test/support/smtp-test-server.ts';
import { invitationMail, signInMail } from '../../mail/templates/index.ts';
import { createMailer } from './create-mailer.ts';

const FROM = 'THB Platform Kit <no-reply@thb.example.org>';
const URL = 'https://thb.example.org/sign-in/confirm?token=abc123&next=%2Fportal';

describe('createMailer with SMTP_URL (a real SMTP server)', () => {
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpTestServer({ users: { 'thb mail': 'p@ss:w/rd' }, refuse: ['nobody@thb.example.org'] });
  });
  afterAll(() => smtp.close());

  const mailer = () => createMailer({ smtpUrl: smtp.url('thb mail', 'p@ss:w/rd'), from: FROM, dataDir: '/nonexistent' });

  it('delivers From, To, Subject, the text and the HTML part in the recipient\'s language, logged in with the URL\'s user', async () => {
    const arriving = smtp.next();
    await mailer().send(signInMail({ to: 'Ana Costa <ana@ngo.example.org>', language: 'de', url: URL, minutes: 15 }));
    const mail = await arriving;
    expect(mail.user).toBe('thb mail');
    expect(mail.envelope).toEqual({ from: 'no-reply@thb.example.org', to: ['ana@ngo.example.org'] });
    const { parsed } = mail;
    expect(parsed.from?.value).toEqual([{ name: 'THB Platform Kit', address: 'no-reply@thb.example.org' }]);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value : undefined).toEqual([{ name: 'Ana Costa', address: 'ana@ngo.example.org' }]);
    expect(parsed.subject).toBe('Anmeldung bei der EU-Plattform der Zivilgesellschaft gegen Menschenhandel');
    expect(parsed.text).toContain(URL);
    expect(parsed.text).toContain('in 15 Minuten ab');
    expect(parsed.html).toContain('<html lang="de">');
    expect(parsed.html).toContain(`href="${URL.replace('&', '&amp;')}"`);
    expect(parsed.messageId).toMatch(/@thb\.example\.org>$/);
    expect(parsed.date).toBeInstanceOf(Date);
  });

  it('rejects when the server refuses the recipient, so nothing unsent is acknowledged', async () => {
    await expect(mailer().send({ to: 'nobody@thb.example.org', subject: 'x', text: 'x' })).rejects.toThrow(/550|No such mailbox|rejected/i);
  });

  it('rejects on wrong credentials and on an unreachable server', async () => {
    const wrongPassword = createMailer({ smtpUrl: smtp.url('thb mail', 'wrong'), from: FROM, dataDir: '/nonexistent' });
    await expect(wrongPassword.send({ to: 'ana@ngo.example.org', subject: 'x', text: 'x' })).rejects.toThrow(/535|auth|invalid/i);
    // Port 1 on loopback refuses at once.
    const nowhere = createMailer({ smtpUrl: 'smtp://127.0.0.1:1', from: FROM, dataDir: '/nonexistent' });
    await expect(nowhere.send({ to: 'ana@ngo.example.org', subject: 'x', text: 'x' })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('keeps hostile values out of the headers: CRLF in the subject, a <script> name, several recipients', async () => {
    const arriving = smtp.next();
    await mailer().send({
      to: 'ana@ngo.example.org',
      subject: 'Hello\r\nBcc: victim@evil.example\r\n\r\nInjected body',
      text: 'Text',
      headers: { 'X-Note': 'a\r\nBcc: victim2@evil.example' },
    });
    const { parsed, envelope, raw } = await arriving;
    expect(envelope.to).toEqual(['ana@ngo.example.org']);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.headers.has('bcc')).toBe(false);
    expect(parsed.subject).toBe('Hello Bcc: victim@evil.example Injected body');
    expect(parsed.text?.trim()).toBe('Text');
    expect(raw).not.toMatch(/^Bcc:/im);

    const invitation = smtp.next();
    await mailer().send(invitationMail({
      to: 'ana@ngo.example.org', language: 'en', role: 'editor', url: URL,
      organisationName: '<script>alert(1)</script>\r\nBcc: victim@evil.example', inviterLabel: '"Jan" <img src=x onerror=alert(1)>',
    }));
    const hostile = (await invitation).parsed;
    expect(hostile.headers.has('bcc')).toBe(false);
    expect(hostile.subject).toBe('Join <script>alert(1)</script> Bcc: victim@evil.example on the EU Civil Society Platform against trafficking in human beings');
    expect(hostile.html).not.toMatch(/<script|<img/i);
    expect(hostile.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    const mailers = mailer();
    for (const to of ['ana@ngo.example.org, victim@evil.example', 'ana@ngo.example.org\r\nBcc: victim@evil.example', 'not an address', '']) {
      await expect(mailers.send({ to, subject: 'x', text: 'x' }), to).rejects.toThrow(/exactly one address/);
    }
    for (const name of ['Bcc', 'from', 'X-Bad\r\nBcc', 'X Bad']) {
      await expect(mailers.send({ to: 'ana@ngo.example.org', subject: 'x', text: 'x', headers: { [name]: 'v' } }), name).rejects.toThrow(/header/);
    }
    expect(smtp.received.filter((mail) => mail.envelope.to.some((to) => to.includes('evil')))).toEqual([]);
  });
});
