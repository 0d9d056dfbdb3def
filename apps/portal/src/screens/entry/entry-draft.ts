/**
 * The entry as the form holds it (every field a string, so what is typed is kept as typed),
 * the merge patch of what changed, and the member as the preview shows it.
 */
import type { MemberView } from '@thb/schema';

/** The description languages the form offers; English is required. */
export const DESCRIPTION_LANGUAGES = ['en', 'de', 'fr'] as const;
export type DescriptionLanguage = (typeof DESCRIPTION_LANGUAGES)[number];

/** Fields whose change waits for the secretariat (the API's `pendingReview` names them). */
export const REVIEWED_FIELDS = ['name', 'country'] as const;

/** What the form holds. */
export interface EntryDraft {
  name: string; acronym: string; country: string; city: string; lat: string; lon: string;
  scope: string; focus: string[]; languages: string; website: string;
  email: string; phone: string; contactUrl: string;
  description: Record<DescriptionLanguage, string>;
}

/** The form's values for a loaded member. */
export function draftOf(member: MemberView, descriptions: Record<DescriptionLanguage, string>): EntryDraft {
  return {
    name: member.name, acronym: member.acronym ?? '', country: member.country, city: member.city,
    lat: String(member.coordinates.lat), lon: String(member.coordinates.lon), scope: member.scope, focus: [...member.focus],
    languages: member.languages.join(', '), website: member.website ?? '',
    email: member.contact.email ?? '', phone: member.contact.phone ?? '', contactUrl: member.contact.url ?? '',
    description: { ...descriptions },
  };
}

/** The form's values read from the form element. */
export function readDraft(form: HTMLFormElement): EntryDraft {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  return {
    name: text('name'), acronym: text('acronym'), country: text('country'), city: text('city'), lat: text('lat'), lon: text('lon'),
    scope: text('scope'), focus: data.getAll('focus').map(String), languages: text('languages'), website: text('website'),
    email: text('email'), phone: text('phone'), contactUrl: text('contactUrl'),
    description: Object.fromEntries(DESCRIPTION_LANGUAGES.map((lang) => [lang, text(`description-${lang}`)])) as Record<DescriptionLanguage, string>,
  };
}

/** A typed decimal (a comma as in German or French is read as the decimal point). */
const decimal = (text: string) => text.trim().replace(',', '.');
/** A typed number, or the text itself so the API names the field as wrong. */
const numberOf = (text: string): number | string => (decimal(text) !== '' && Number.isFinite(Number(decimal(text))) ? Number(decimal(text)) : text);
/** Language codes as typed: separated by commas or spaces, in lower case. */
const codesOf = (text: string) => text.split(/[\s,;]+/).map((code) => code.trim().toLowerCase()).filter(Boolean);
/** An optional text: empty removes it (`null` in a merge patch). */
const optional = (text: string) => (text.trim() === '' ? null : text.trim());

/** The JSON merge patch from `before` to `after`: only what changed. */
export function entryPatch(before: EntryDraft, after: EntryDraft): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const field of ['name', 'city'] as const) if (after[field].trim() !== before[field].trim()) patch[field] = after[field].trim();
  if (after.country !== before.country) patch.country = after.country;
  if (after.scope !== before.scope) patch.scope = after.scope;
  for (const field of ['acronym', 'website'] as const) if (after[field].trim() !== before[field].trim()) patch[field] = optional(after[field]);
  if (after.lat.trim() !== before.lat.trim() || after.lon.trim() !== before.lon.trim()) patch.coordinates = { lat: numberOf(after.lat), lon: numberOf(after.lon) };
  // The checkboxes read in the vocabulary's order, the stored list may be in another: compared as sets.
  if ([...after.focus].sort().join() !== [...before.focus].sort().join()) patch.focus = after.focus;
  if (codesOf(after.languages).join() !== codesOf(before.languages).join()) patch.languages = codesOf(after.languages);
  const contact: Record<string, string | null> = {};
  for (const [field, key] of [['email', 'email'], ['phone', 'phone'], ['contactUrl', 'url']] as const) {
    if (after[field].trim() !== before[field].trim()) contact[key] = optional(after[field]);
  }
  if (Object.keys(contact).length > 0) patch.contact = contact;
  const description: Record<string, string | null> = {};
  for (const lang of DESCRIPTION_LANGUAGES) {
    if (after.description[lang].trim() !== before.description[lang].trim()) description[lang] = optional(after.description[lang]);
  }
  if (Object.keys(description).length > 0) patch.description = description;
  return patch;
}

/** The member as it will look once saved, in `lang` (the typed position only once it is a place on Earth). */
export function previewOf(member: MemberView, draft: EntryDraft, lang: string): MemberView {
  const lat = numberOf(draft.lat);
  const lon = numberOf(draft.lon);
  const placed = typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  const language = (DESCRIPTION_LANGUAGES as readonly string[]).includes(lang) ? (lang as DescriptionLanguage) : 'en';
  const contact = { email: optional(draft.email), phone: optional(draft.phone), url: optional(draft.contactUrl) };
  const { acronym: _acronym, website: _website, ...rest } = member;
  return {
    ...rest,
    name: draft.name.trim() || member.name, country: draft.country, city: draft.city.trim() || member.city,
    coordinates: placed ? { lat, lon } : member.coordinates,
    scope: draft.scope as MemberView['scope'], focus: draft.focus as MemberView['focus'], languages: codesOf(draft.languages),
    ...(optional(draft.acronym) ? { acronym: draft.acronym.trim() } : {}),
    ...(optional(draft.website) ? { website: draft.website.trim() } : {}),
    contact: Object.fromEntries(Object.entries(contact).filter(([, value]) => value !== null)),
    description: draft.description[language].trim() || draft.description.en.trim(),
  };
}
