/** Announcements as `GET /v1/announcements` returns them, and how the screens describe their audience. */
import type { Announcement } from '@thb/schema';
import type { FocusKey } from '@thb/widgets/focus-strings';

/** An announcement as the secretariat reads it. */
export type AnnouncementView = Announcement;

/** The languages announcements are written in here; the API takes any EU language. */
export const ANNOUNCEMENT_LANGUAGES = ['en', 'de', 'fr'] as const;

/**
 * The audience in words: "all members", or the countries and focus areas it is narrowed to.
 * @example audienceText({ countries: ['DE'], focusAreas: [] }, 'en', t) // 'members in Germany'
 */
export function audienceText(
  audience: { countries: readonly string[]; focusAreas: readonly string[] },
  lang: string,
  t: (key: 'ann.audience.all' | 'ann.audience.some' | FocusKey, values?: Record<string, string>) => string,
): string {
  if (audience.countries.length === 0 && audience.focusAreas.length === 0) return t('ann.audience.all');
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const parts = [
    audience.countries.length ? list.format(audience.countries.map((code) => names.of(code) ?? code)) : '',
    audience.focusAreas.length ? list.format(audience.focusAreas.map((area) => t(`focus.${area}` as FocusKey))) : '',
  ].filter(Boolean);
  return t('ann.audience.some', { filters: parts.join(' · ') });
}
