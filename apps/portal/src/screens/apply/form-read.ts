/** Reads the application form into the API's body: empty fields stay out, so a draft may be partial. */
import type { FocusArea, Scope } from '@thb/schema/enums';
import type { ApplicationContact, OrganisationDraft } from './apply-api.ts';
import { DESCRIPTION_LANGUAGES } from './form-fields.ts';

/** What the form holds. */
export interface FormValues {
  organisation: OrganisationDraft;
  contact: ApplicationContact;
  consent: boolean;
  website2: string;
}

/** A decimal number as people type it (a comma is a decimal point too), or undefined. */
function decimal(text: string): number | undefined {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? undefined : value;
}

/** The form's values. */
export function readApplicationForm(form: HTMLFormElement): FormValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const all = (name: string) => data.getAll(name).map(String);
  const organisation: OrganisationDraft = {};
  const set = <K extends keyof OrganisationDraft>(key: K, value: OrganisationDraft[K] | '' | undefined) => {
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) organisation[key] = value;
  };
  set('name', text('name'));
  set('acronym', text('acronym'));
  set('country', text('country'));
  set('city', text('city'));
  const lat = decimal(text('lat'));
  const lon = decimal(text('lon'));
  if (lat !== undefined && lon !== undefined) organisation.coordinates = { lat, lon };
  // A position typed wrong is sent as typed, so the API's error lands beside the position field.
  else if (text('lat') !== '' || text('lon') !== '') (organisation as Record<string, unknown>).coordinates = { lat: lat ?? text('lat'), lon: lon ?? text('lon') };
  set('scope', text('scope') as Scope | '');
  set('focus', all('focus') as FocusArea[]);
  const others = text('otherLanguages').split(/[\s,;]+/).map((code) => code.toLowerCase()).filter(Boolean);
  set('languages', [...new Set([...all('languages'), ...others])]);
  set('website', text('website'));
  const description = Object.fromEntries(DESCRIPTION_LANGUAGES.map((code) => [code, text(`description-${code}`)]).filter(([, value]) => value !== ''));
  if (Object.keys(description).length > 0) organisation.description = description;
  return {
    organisation,
    contact: { name: text('contact-name'), email: text('contact-email'), locale: text('contact-locale') || 'en' },
    consent: data.get('consent') !== null,
    website2: String(data.get('website2') ?? ''),
  };
}
