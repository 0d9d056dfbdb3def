/**
 * The announcement form's fields: title and text per language (English required), the audience
 * (countries and focus areas; none ticked is every member) and the public flag. Reading it gives
 * the body of `POST /v1/announcements` and of a whole `PATCH`.
 */
import { html, type TemplateResult } from 'lit';
import { checkedValues, countryFocusFields } from '../../internal/country-focus-fields.ts';
import { ANNOUNCEMENT_LANGUAGES, type AnnouncementView } from './announcement-types.ts';
import type { AnnouncementsKey } from './announcements.strings.ts';

/** What the form holds (the links are the picker's). */
export interface AnnouncementDraft {
  title: Record<string, string>;
  text: Record<string, string>;
  audience: { countries: string[]; focusAreas: string[] };
  public: boolean;
}

type T = (key: AnnouncementsKey, values?: Record<string, string>) => string;

/** The fields, filled from `announcement` when editing. */
export function announcementFields(announcement: AnnouncementView | undefined, t: T, lang: string): TemplateResult {
  const languageName = new Intl.DisplayNames([lang], { type: 'language' });
  return html`
    <p id="text-hint" class="muted">${t('ann.field.textHint')}</p>
    ${ANNOUNCEMENT_LANGUAGES.map((code) => {
      const language = languageName.of(code) ?? code;
      return html`<fieldset>
        <legend>${t('ann.language', { language })}</legend>
        <label>${t('ann.field.title', { language })}<input name="title-${code}" lang=${code} maxlength="500" ?required=${code === 'en'} .value=${announcement?.title[code] ?? ''}></label>
        <label>${t('ann.field.text', { language })}<textarea name="text-${code}" lang=${code} rows="6" maxlength="5000" aria-describedby="text-hint" ?required=${code === 'en'} .value=${announcement?.text[code] ?? ''}></textarea></label>
      </fieldset>`;
    })}
    <fieldset>
      <legend>${t('ann.audience')}</legend>
      <p id="audience-hint" class="muted">${t('ann.audience.hint')}</p>
      ${countryFocusFields({
        name: 'audience', countries: announcement?.audience.countries ?? [], focusAreas: announcement?.audience.focusAreas ?? [], lang,
        legends: { countries: t('ann.audience.countries'), focusAreas: t('ann.audience.focus') },
        focusName: (area) => t(`focus.${area}` as AnnouncementsKey),
      })}
    </fieldset>
    <label class="choice"><input type="checkbox" name="public" .checked=${announcement?.public ?? false}><span>${t('ann.field.public')}</span></label>`;
}

/** The form as the announcement it describes; texts left empty are left out. */
export function readAnnouncementForm(form: HTMLFormElement): AnnouncementDraft {
  const value = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
  const texts = (prefix: string) => Object.fromEntries(ANNOUNCEMENT_LANGUAGES.map((code) => [code, value(`${prefix}-${code}`)]).filter(([, text]) => text !== ''));
  return {
    title: texts('title'), text: texts('text'),
    audience: { countries: checkedValues(form, 'audience-country'), focusAreas: checkedValues(form, 'audience-focus') },
    public: (form.elements.namedItem('public') as HTMLInputElement | null)?.checked ?? false,
  };
}
