/** The detail panel of the selected member: who they are, where, what they work on, how to reach them. */
import { html, nothing, type TemplateResult } from 'lit';
import type { MemberFeatureProperties } from '@thb/client';
import { isolated } from '../../internal/display-text.ts';
import { countryName, formatDay, languageName } from '../../internal/intl.ts';
import { mailtoHref, safeHref, telHref } from '../../internal/safe-href.ts';
import type { Strings } from '../../internal/strings.ts';
import type { MemberMapKey } from '../member-map.strings.ts';

/** The panel; every link through the safe-href helpers, every data text through `isolated`. */
export function memberDetail(
  member: MemberFeatureProperties,
  strings: Strings<MemberMapKey>,
  headingLevel: number,
  close: () => void,
): TemplateResult {
  const { t, locale } = strings;
  const website = safeHref(member.website);
  const email = member.contact.email && mailtoHref(member.contact.email);
  const phone = member.contact.phone && telHref(member.contact.phone);
  const page = safeHref(member.contact.url);
  const languages = new Intl.ListFormat(locale).format(member.languages.map((code) => languageName(code, locale)));
  return html`<section class="detail" part="detail" aria-labelledby="detail-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && close()}>
    <button type="button" class="close" part="button" @click=${close}>${t('close')}</button>
    <div id="detail-title" class="detail-title" role="heading" aria-level=${headingLevel} tabindex="-1">
      ${isolated(member.name)}${member.acronym ? html` <span class="muted">(${isolated(member.acronym)})</span>` : nothing}
    </div>
    <p>${isolated(member.city)}, ${countryName(member.country, locale)} · ${t(`scope.${member.scope}` as MemberMapKey)}</p>
    <p class="badges">${member.focus.map((focus) => html`<span class="badge" part="badge">${t(`focus.${focus}` as MemberMapKey)}</span>`)}</p>
    <p class="description">${isolated(member.description)}</p>
    <ul class="contact">
      ${website ? html`<li><a part="link" href=${website}>${t('website')}</a></li>` : nothing}
      ${page ? html`<li><a part="link" href=${page}>${t('contactPage')}</a></li>` : nothing}
      ${email ? html`<li>${t('email')}: <a part="link" href=${email}>${isolated(member.contact.email)}</a></li>` : nothing}
      ${phone ? html`<li>${t('phone')}: <a part="link" href=${phone}>${isolated(member.contact.phone)}</a></li>` : nothing}
    </ul>
    <p class="muted">${t('worksIn', { languages })} · ${t('memberSince', { date: formatDay(member.joined, locale) })}</p>
    <p class="muted">${t('updated', { date: formatDay(member.updatedAt, locale) })}</p>
  </section>`;
}
