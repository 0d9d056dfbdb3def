/**
 * The live preview: the real `<thb-member-map>` given the unsaved entry as its `preview` (its
 * pin, and its row in the map's list of organisations), and the entry as visitors read it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MemberView } from '@thb/schema';
import type { Strings } from '@thb/widgets/strings';
import '@thb/widgets/define/thb-member-map';
import { countryName } from './entry-form.ts';
import type { EntryKey } from './entry.strings.ts';

/** The preview section for `member` (the entry as it will be once saved). */
export function entryPreview(member: MemberView, strings: Strings<EntryKey>): TemplateResult {
  const { t, lang } = strings;
  const list = new Intl.ListFormat(lang, { type: 'unit' });
  const languages = new Intl.DisplayNames([lang], { type: 'language' });
  const contact = [member.contact.email, member.contact.phone, member.contact.url].filter(Boolean);
  return html`<section class="preview" aria-labelledby="preview-title">
    <h2 id="preview-title">${t('preview.title')}</h2>
    <p class="muted">${t('preview.intro')}</p>
    <h3>${t('preview.map')}</h3>
    <thb-member-map .preview=${member} lang=${lang} heading-level="4" interval="0"></thb-member-map>
    <h3>${t('preview.card')}</h3>
    <article class="card" aria-label=${member.name}>
      <p class="card-name"><strong>${member.name}</strong>${member.acronym ? html` <span class="muted">(${member.acronym})</span>` : nothing}</p>
      <p class="muted">${member.city}, ${countryName(member.country, lang)} · ${t(`scope.${member.scope}`)}</p>
      <p>${list.format(member.focus.map((area) => t(`focus.${area}`)))}</p>
      <p>${member.description}</p>
      <p class="muted">${list.format(member.languages.map((code) => {
        try {
          return languages.of(code) ?? code;
        } catch {
          return code; // A code still being typed, not a language yet.
        }
      }))}</p>
      ${member.website ? html`<p class="muted">${member.website}</p>` : nothing}
      ${contact.length > 0 ? html`<p class="muted">${contact.join(' · ')}</p>` : nothing}
    </article>
  </section>`;
}
