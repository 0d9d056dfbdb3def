/** The merge patch the entry form sends: only what changed, removals as null, as the API reads it. */
import type { MemberView } from '@thb/schema';
import { describe, expect, it } from 'vitest';
import { draftOf, entryPatch, previewOf } from './entry-draft.ts';

const member: MemberView = {
  id: 'kok-ev', name: 'KOK', acronym: 'KOK', country: 'DE', city: 'Berlin', coordinates: { lat: 52.52, lon: 13.405 },
  scope: 'national', focus: ['victim-protection', 'human-rights'], website: 'https://kok.example.org/',
  contact: { url: 'https://kok.example.org/' }, languages: ['de', 'en'], joined: '2013-06-01', updatedAt: '2026-11-01T10:00:00Z',
  description: 'Network.',
};
const before = draftOf(member, { en: 'Network.', de: 'Netzwerk.', fr: '' });

describe('the entry form’s merge patch', () => {
  it('is empty when nothing changed, even with focus areas read in another order', () => {
    expect(entryPatch(before, { ...before, focus: ['human-rights', 'victim-protection'] })).toEqual({});
  });

  it('sends only what changed: removals as null, positions as numbers, languages as codes', () => {
    const after = {
      ...before, acronym: ' ', lat: '53,55', languages: 'DE, en ar', email: 'info@kok.example.org',
      description: { en: 'Network.', de: '', fr: 'Réseau.' },
    };
    expect(entryPatch(before, after)).toEqual({
      acronym: null, coordinates: { lat: 53.55, lon: 13.405 }, languages: ['de', 'en', 'ar'],
      contact: { email: 'info@kok.example.org' }, description: { de: null, fr: 'Réseau.' },
    });
  });

  it('previews the typed entry in the reader’s language, keeping the last good position while one is typed', () => {
    const preview = previewOf(member, { ...before, name: 'KOK Neu', lat: '5', lon: '', description: { en: 'Network.', de: 'Netzwerk.', fr: '' } }, 'de');
    expect(preview).toMatchObject({ name: 'KOK Neu', coordinates: { lat: 52.52, lon: 13.405 }, description: 'Netzwerk.' });
    expect(previewOf(member, before, 'fr').description).toBe('Network.');
  });
});
