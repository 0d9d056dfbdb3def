/** The list of the person's passkeys on the passkeys screen: name, when added, a remove button. */
import { html, type TemplateResult } from 'lit';
import type { Strings } from '@thb/widgets/strings';
import type { Passkey } from './passkeys-api.ts';
import type { PasskeysKey } from './passkeys.strings.ts';

/** What the list needs from its screen. */
export interface PasskeyListOptions {
  passkeys: Passkey[];
  strings: Strings<PasskeysKey>;
  /** A request is under way: buttons say so instead of acting twice. */
  busy: boolean;
  onRemove(passkey: Passkey): void;
}

/** A passkey's name as shown (one added without a name still needs words). */
export function passkeyName(passkey: Passkey, strings: Strings<PasskeysKey>): string {
  return passkey.name?.trim() || strings.t('passkeys.unnamed');
}

/** When a passkey was added, in the reader's language and zone. */
function addedOn(passkey: Passkey, lang: string): string {
  const date = passkey.createdAt ? new Date(passkey.createdAt) : undefined;
  if (!date || Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The list, or a line saying there is none. */
export function passkeyList({ passkeys, strings, busy, onRemove }: PasskeyListOptions): TemplateResult {
  const { t, lang } = strings;
  if (passkeys.length === 0) return html`<p>${t('passkeys.none')}</p>`;
  return html`<ul class="passkeys">${passkeys.map((passkey) => {
    const name = passkeyName(passkey, strings);
    return html`<li>
      <div><strong>${name}</strong><br><span class="muted">${t('passkeys.createdAt', { when: addedOn(passkey, lang) })}</span></div>
      <button type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => busy || onRemove(passkey)}>${t('passkeys.remove')}<span class="sr-only"> ${name}</span></button>
    </li>`;
  })}</ul>`;
}
