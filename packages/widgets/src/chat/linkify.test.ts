import { describe, expect, it } from 'vitest';
import { linkify } from './linkify.ts';

const links = (text: string) => linkify(text).filter((part) => part.href).map(({ text, href }) => [text, href]);

describe('linkify', () => {
  it('gives the text back unchanged when joined, links or not', () => {
    const samples = [
      'Call 112 now. If a child is missing, call 116 000.',
      'Directive 2011/36/EU (EUR-Lex): https://eur-lex.europa.eu/eli/dir/2011/36/oj',
      '<img src=x onerror="alert(1)"><script>alert(1)</script> javascript:alert(1)',
      '',
    ];
    for (const text of samples) expect(linkify(text).map((part) => part.text).join('')).toBe(text);
    expect(linkify('no links here')).toEqual([{ text: 'no links here' }]);
  });

  it('links web addresses, leaving sentence punctuation outside', () => {
    expect(linkify('See https://example.org/a?b=1.')).toEqual([
      { text: 'See ' }, { text: 'https://example.org/a?b=1', href: 'https://example.org/a?b=1' }, { text: '.' },
    ]);
    expect(links('(more at http://example.org/x), or https://en.wikipedia.org/wiki/Act_(law).')).toEqual([
      ['http://example.org/x', 'http://example.org/x'],
      ['https://en.wikipedia.org/wiki/Act_(law)', 'https://en.wikipedia.org/wiki/Act_(law)'],
    ]);
  });

  it('links e-mail addresses, with or without mailto:', () => {
    expect(links('Write to info@example.org or mailto:help@example.eu.')).toEqual([
      ['info@example.org', 'mailto:info@example.org'],
      ['mailto:help@example.eu', 'mailto:help@example.eu'],
    ]);
  });

  it.each([
    ['Call 112 now.', [['112', 'tel:112']]],
    ['missing children: 116 000, child helpline 116111', [['116 000', 'tel:116000'], ['116111', 'tel:116111']]],
    ['Hotline: +49 30 1234 5678 (24 h)', [['+49 30 1234 5678', 'tel:+493012345678']]],
    ['Ruf an: +43 (0)1 234 56 78.', [['+43 (0)1 234 56 78', 'tel:+43012345678']]],
    ['Hilfetelefon 08000 116 016, kostenlos', [['08000 116 016', 'tel:08000116016']]],
    ['Appelez le 0 800 05 12 34 ou le 01 23 45 67 89.', [['0 800 05 12 34', 'tel:0800051234'], ['01 23 45 67 89', 'tel:0123456789']]],
  ])('links the phone numbers in %j', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it.each([
    'Directive 2011/36/EU and Directive (EU) 2024/1712',
    'EU Anti-Trafficking Day on 18 October; strategy 2021–2025',
    'more than 100+ organisations; 1120 people; 2112 km; 112.5 kg; 3.112',
    'tentatively planned for autumn 2027, 4 March 2027, 09:30 – 17:00 CET',
    'updated 05.12.2026, 03-05-2026 and 2026-03-05; 0 results',
  ])('leaves numbers that are not phone numbers as text: %j', (text) => {
    expect(links(text)).toEqual([]);
  });

  it('never links a script, data or other scheme, and keeps markup as text', () => {
    const hostile = 'javascript:alert(1) data:text/html,<script>alert(1)</script> vbscript:x <a href="javascript:alert(1)">x</a>';
    expect(linkify(hostile)).toEqual([{ text: hostile }]);
    // An address that tries to break out of an attribute ends at the quote.
    expect(links('https://example.org/"onmouseover="alert(1)')).toEqual([['https://example.org/', 'https://example.org/']]);
    for (const part of linkify('x https://example.org/<script> javascript:https://example.org tel:112')) {
      if (part.href) expect(part.href).toMatch(/^(https?:|mailto:|tel:)/);
    }
  });
});
