import { describe, expect, it } from 'vitest';
import { escapeHtml } from './mail-layout.ts';
import { mailStrings, type ReviewDecision, type ReviewedKind } from './mail-strings.ts';
import { invitationMail, reviewDecisionMail, signInMail } from './index.ts';

const URL = 'https://thb.example.org/sign-in/confirm?token=abc&next=%2Fportal';
const LANGUAGES = ['en', 'de', 'fr'] as const;

describe('signInMail', () => {
  it('says in each language: the link, once, N minutes, ignore it', () => {
    const expected = {
      en: ['Sign in to the EU Civil Society Platform against trafficking in human beings', 'expires in 15 minutes', 'ignore this mail'],
      de: ['Anmeldung bei der EU-Plattform der Zivilgesellschaft gegen Menschenhandel', 'in 15 Minuten ab', 'ignorieren'],
      fr: ['Connexion à la plateforme de la société civile de l’UE contre la traite des êtres humains', 'expire dans 15 minutes', 'ignorer ce message'],
    };
    for (const language of LANGUAGES) {
      const [subject, expiry, ignore] = expected[language];
      const mail = signInMail({ to: 'ana@ngo.example.org', language, url: URL, minutes: 15 });
      expect(mail.subject).toBe(subject);
      expect(mail.to).toBe('ana@ngo.example.org');
      expect(mail.text).toContain(`\n${URL}\n`);
      expect(mail.text).toContain(expiry);
      expect(mail.text).toContain(ignore);
      expect(mail.html).toContain(`<html lang="${language}">`);
      // The button and the link written out.
      expect(mail.html?.split(`href="${escapeHtml(URL)}"`)).toHaveLength(3);
      expect(mail.html).toContain(`>${escapeHtml(URL)}</a>`);
      expect(`${mail.text}${mail.html}`).not.toMatch(/\{\w+\}/);
    }
  });

  it('uses the singular for one minute', () => {
    expect(signInMail({ to: 'a@b.example', language: 'en', url: URL, minutes: 1 }).text).toContain('expires in 1 minute.');
    expect(signInMail({ to: 'a@b.example', language: 'de', url: URL, minutes: 1 }).text).toContain('in 1 Minute ab.');
  });

  it('falls back to English for a language without a catalogue, and reads region tags', () => {
    expect(mailStrings('pl').language).toBe('en');
    expect(mailStrings('xx-invalid').language).toBe('en');
    expect(mailStrings('de-AT').language).toBe('de');
    expect(mailStrings('FR_be').language).toBe('fr');
    const polish = signInMail({ to: 'a@b.example', language: 'pl', url: URL, minutes: 15 });
    expect(polish.subject).toBe(mailStrings('en').strings.signIn.subject);
    expect(polish.html).toContain('<html lang="en">');
  });

  it('refuses a link that is not an absolute http(s) URL', () => {
    for (const url of ['javascript:alert(1)', '/relative', 'data:text/html,x', 'not a url']) {
      expect(() => signInMail({ to: 'a@b.example', language: 'en', url, minutes: 15 }), url).toThrow(/http\(s\) URL/);
    }
  });
});

describe('invitationMail', () => {
  it('names the organisation, the inviter and what the role allows', () => {
    const editor = invitationMail({ to: 'ana@ngo.example.org', language: 'en', organisationName: 'La Strada', role: 'editor', url: URL, inviterLabel: 'Jan (jan@ngo.example.org)' });
    expect(editor.subject).toBe('Join La Strada on the EU Civil Society Platform against trafficking in human beings');
    expect(editor.text).toContain('Jan (jan@ngo.example.org) invited you to join La Strada on the platform.');
    expect(editor.text).toContain('As an editor');
    const owner = invitationMail({ to: 'ana@ngo.example.org', language: 'de', organisationName: 'La Strada', role: 'owner', url: URL, inviterLabel: 'das Sekretariat' });
    expect(owner.text).toContain('das Sekretariat hat Sie eingeladen, bei La Strada');
    expect(owner.text).toContain('„Verwaltung“');
    expect(owner.text).toContain('Einladung annehmen:');
  });

  it('escapes every value in the HTML, and keeps the subject on one line', () => {
    const mail = invitationMail({
      to: 'ana@ngo.example.org', language: 'fr', role: 'editor', url: 'https://thb.example.org/invite?id=1&x="><script>',
      organisationName: '<script>alert("x")</script>\r\nBcc: victim@evil.example', inviterLabel: '<img src=x onerror=alert(1)> & \'co\'',
    });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.html).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &#39;co&#39;');
    // The URL parser percent-encodes quotes and angle brackets; what is left is escaped.
    expect(mail.html).toContain('href="https://thb.example.org/invite?id=1&amp;x=%22%3E%3Cscript%3E"');
    expect(mail.text).toContain('<script>alert("x")</script> Bcc: victim@evil.example');
  });
});

describe('reviewDecisionMail', () => {
  const kinds: ReviewedKind[] = ['members', 'resources', 'events', 'change'];
  const decisions: ReviewDecision[] = ['approved', 'rejected'];

  it('has a distinct sentence for every kind and decision in every language', () => {
    for (const language of LANGUAGES) {
      const bodies = new Set<string>();
      for (const kind of kinds) {
        for (const decision of decisions) {
          const mail = reviewDecisionMail({ to: 'a@b.example', language, recordTitle: 'Guide', kind, decision, url: URL });
          const body = mail.text.split('\n\n')[0]!;
          expect(body).toContain('Guide');
          bodies.add(body);
          expect(`${mail.subject}${mail.text}${mail.html}`).not.toMatch(/\{\w+\}/);
        }
      }
      expect(bodies.size).toBe(kinds.length * decisions.length);
    }
  });

  it('quotes the reason with its line breaks, and asks to resubmit only a rejection', () => {
    const rejected = reviewDecisionMail({
      to: 'a@b.example', language: 'en', recordTitle: 'Guide', kind: 'resources', decision: 'rejected',
      reason: 'The link is broken.\nPlease use <the> new one.', url: URL,
    });
    expect(rejected.subject).toBe('Not approved: Guide');
    expect(rejected.text).toContain('The secretariat’s reason:\n\n> The link is broken.\n> Please use <the> new one.\n\nYou can change it and submit it again.');
    expect(rejected.html).toContain('The link is broken.<br>Please use &lt;the&gt; new one.');
    const approved = reviewDecisionMail({ to: 'a@b.example', language: 'fr', recordTitle: 'Guide', kind: 'events', decision: 'approved', reason: '  ', url: URL });
    expect(approved.subject).toBe('Approuvé\u00a0: Guide');
    expect(approved.text).not.toContain('Motif');
    expect(approved.text).not.toContain('soumettre à nouveau');
  });
});
