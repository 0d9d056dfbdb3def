import { describe, expect, it } from 'vitest';
import { mailtoHref, safeHref, telHref } from './safe-href.ts';

describe('safeHref', () => {
  it.each([
    ['https://example.org/path?q=1', 'https://example.org/path?q=1'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/  ', 'https://example.org/'],
    ['mailto:info@example.org', 'mailto:info@example.org'],
    ['tel:+4930123', 'tel:+4930123'],
  ])('keeps %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/x',
    '//evil.example/x',
    '/relative/path',
    'not a url',
    '',
    null,
    undefined,
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBeUndefined();
  });
});

describe('telHref and mailtoHref', () => {
  it('dials digits only', () => {
    expect(telHref('+49 (30) 123-456')).toBe('tel:+4930123456');
    expect(telHref('116 000')).toBe('tel:116000');
    expect(telHref('call us')).toBeUndefined();
    expect(telHref('123;javascript:x')).toBeUndefined();
  });
  it('writes mail only to plain addresses', () => {
    expect(mailtoHref('info@example.org')).toBe('mailto:info@example.org');
    expect(mailtoHref('a@b.org?bcc=x@y.org')).toBeUndefined();
    expect(mailtoHref('javascript:alert(1)//@x.org')).toBeUndefined();
  });
});
