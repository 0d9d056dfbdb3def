import { describe, expect, it } from 'vitest';
import { AnnouncementCreate, AnnouncementPatch } from './announcement.ts';

describe('announcement bodies', () => {
  it('fills the defaults: all members, not public, no links', () => {
    expect(AnnouncementCreate.parse({ title: { en: 'Hi' }, text: { en: 'Text' } })).toEqual({
      title: { en: 'Hi' }, text: { en: 'Text' }, eventIds: [], resourceIds: [], audience: { countries: [], focusAreas: [] }, public: false,
    });
  });

  it('refuses a title without English, unknown fields and an unknown focus area', () => {
    expect(AnnouncementCreate.safeParse({ title: { de: 'Hallo' }, text: { en: 'T' } }).success).toBe(false);
    expect(AnnouncementCreate.safeParse({ title: { en: 'H' }, text: { en: 'T' }, html: '<b>' }).success).toBe(false);
    expect(AnnouncementPatch.safeParse({ audience: { countries: [], focusAreas: ['nope'] } }).success).toBe(false);
    expect(AnnouncementPatch.parse({ public: true })).toEqual({ public: true });
  });
});
