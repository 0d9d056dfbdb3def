/**
 * `<thb-portal-notifications>`: which mails the signed-in person gets (`GET /v1/me/notifications`)
 * and how often: per kind a daily digest (the default), immediately, a weekly digest or off, each
 * narrowed to countries and focus areas if wished; the mails' language and the digests' time
 * zone. Saved as a whole with `PUT`, said in a live region. The kinds that are off (by this
 * screen or a mail's unsubscribe link) are named above the form. Mails link here.
 */
import { css, html, nothing } from 'lit';
import type { NotificationCadence, NotificationKind, NotificationPreferences } from '@thb/schema';
import { PortalElement } from '../../internal/portal-element.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { checkedValues, countryFocusFields, countryFocusStyles } from '../../internal/country-focus-fields.ts';
import { apiRequest, ApiProblem } from '../secretariat-shared/secretariat-api.ts';
import { notificationsCatalogue, type NotificationsKey } from './notifications.strings.ts';

/** Every kind and cadence of the schema, in the order shown (the records prove completeness). */
const KIND_ORDER: Record<NotificationKind, number> = { announcements: 0, events: 1, resources: 2, members: 3, reviews: 4 };
const KINDS = Object.keys(KIND_ORDER) as NotificationKind[];
const CADENCE_ORDER: Record<NotificationCadence, number> = { daily: 0, immediate: 1, weekly: 2, off: 3 };
const CADENCES = Object.keys(CADENCE_ORDER) as NotificationCadence[];
/** The languages the mails are written in. */
const MAIL_LANGUAGES = ['en', 'de', 'fr'];

const zones = (): string[] => {
  const known = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return known.includes('UTC') ? known : [...known, 'UTC'];
};

/** The settings screen. @summary Choose which mails I get and how often. */
export class ThbPortalNotifications extends PortalElement<NotificationsKey> {
  static override styles = [...PortalElement.styles, screenStyles, countryFocusStyles, css`
    form { max-width: 45em; }
    fieldset.kind { border: 1px solid var(--_line); border-radius: var(--_radius); padding: 0.75em; margin: 0; display: grid; gap: 0.5em; min-width: 0; }
    fieldset.kind > legend { font-weight: 700; }
    .cadences { display: flex; flex-wrap: wrap; gap: 0.25em 1.25em; }
    .cadences label, label.choice { display: flex; gap: 0.4em; align-items: center; }
    details { display: grid; gap: 0.5em; }
    summary { cursor: pointer; padding-block: 0.25em; }
    details[open] > summary { margin-bottom: 0.5em; }
    .status:empty { display: none; }
    .status { padding: 0.5em; border: 1px solid var(--_line); border-radius: var(--_radius); }
    select { width: 100%; }
  `];
  static override properties = { ...PortalElement.properties, prefs: { state: true }, status: { state: true }, busy: { state: true } };
  /** The settings as stored. */
  declare prefs: NotificationPreferences | undefined;
  declare status: { kind: 'ok' | 'error'; text: string } | undefined;
  declare busy: boolean;

  constructor() {
    super(notificationsCatalogue);
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  async #load(): Promise<void> {
    try {
      this.prefs = (await apiRequest<NotificationPreferences>('/v1/me/notifications')).body;
    } catch (error) {
      this.#failed(error);
    }
  }

  #failed(error: unknown): void {
    const { t } = this.strings;
    this.status = { kind: 'error', text: error instanceof ApiProblem && error.status !== 0 ? error.message : t('error.network') };
  }

  #read(form: HTMLFormElement): NotificationPreferences {
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
    const cadence = (kind: NotificationKind) => form.querySelector<HTMLInputElement>(`input[name="cadence-${kind}"]:checked`)?.value as NotificationCadence | undefined;
    const kinds = Object.fromEntries(KINDS.map((kind) => [kind, {
      cadence: cadence(kind) ?? 'daily', countries: checkedValues(form, `${kind}-country`), focusAreas: checkedValues(form, `${kind}-focus`),
    }])) as NotificationPreferences['kinds'];
    return { language: value('language'), timeZone: value('timeZone'), kinds };
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const body = this.#read(event.target as HTMLFormElement);
    this.busy = true;
    // Emptied first, so the same words said again are announced again.
    this.status = undefined;
    try {
      this.prefs = (await apiRequest<NotificationPreferences>('/v1/me/notifications', { method: 'PUT', body })).body;
      this.status = { kind: 'ok', text: this.strings.t('notify.saved') };
    } catch (error) {
      this.#failed(error);
    } finally {
      this.busy = false;
    }
  }

  /** What is off, as stored: by this screen or a mail's unsubscribe link. */
  #offNotice(prefs: NotificationPreferences) {
    const { t, lang } = this.strings;
    const off = KINDS.filter((kind) => prefs.kinds[kind].cadence === 'off');
    if (off.length === 0) return nothing;
    const text = off.length === KINDS.length ? t('notify.off.all')
      : t('notify.off', { kinds: new Intl.ListFormat(lang, { type: 'conjunction' }).format(off.map((kind) => t(`notify.kind.${kind}`))) });
    return html`<p class="off" id="off-notice">${text}</p>`;
  }

  #kind(kind: NotificationKind, prefs: NotificationPreferences) {
    const { t, lang } = this.strings;
    const choice = prefs.kinds[kind];
    const chosen = choice.countries.length + choice.focusAreas.length;
    return html`<fieldset class="kind">
      <legend>${t(`notify.kind.${kind}`)}</legend>
      <div class="cadences">${CADENCES.map((cadence) => html`<label>
        <input type="radio" name="cadence-${kind}" value=${cadence} .checked=${choice.cadence === cadence}>${t(`notify.cadence.${cadence}`)}</label>`)}</div>
      <details ?open=${chosen > 0}>
        <summary>${t('notify.filters', { count: chosen })}</summary>
        <p class="muted">${t('notify.filters.hint')}</p>
        ${countryFocusFields({
          name: kind, countries: choice.countries, focusAreas: choice.focusAreas, lang,
          legends: { countries: t('notify.countries'), focusAreas: t('notify.focus') },
          focusName: (area) => t(`focus.${area}` as NotificationsKey),
        })}
      </details>
    </fieldset>`;
  }

  override render() {
    const { t, lang } = this.strings;
    const prefs = this.prefs;
    const status = this.status;
    const names = new Intl.DisplayNames([lang], { type: 'language' });
    const languages = prefs && !MAIL_LANGUAGES.includes(prefs.language) ? [...MAIL_LANGUAGES, prefs.language] : MAIL_LANGUAGES;
    return html`<div class="root" lang=${lang}>
      <h1>${t('notify.title')}</h1>
      <p>${t('notify.intro')} <a href="/portal/news">${t('notify.news')}</a></p>
      <p class="status ${status?.kind ?? ''}" role=${status?.kind === 'error' ? 'alert' : 'status'}>${status?.text ?? nothing}</p>
      ${!prefs ? (status ? nothing : html`<p>${t('loading')}</p>`) : html`
        ${this.#offNotice(prefs)}
        <form @submit=${(event: SubmitEvent) => void this.#save(event)}>
          ${KINDS.map((kind) => this.#kind(kind, prefs))}
          <label>${t('notify.language')}<select name="language">${languages.map((code) => html`<option value=${code} ?selected=${code === prefs.language}>${names.of(code) ?? code}</option>`)}</select></label>
          <label>${t('notify.timeZone')}<select name="timeZone">${zones().map((zone) => html`<option ?selected=${zone === prefs.timeZone}>${zone}</option>`)}</select></label>
          <div><button class="primary" type="submit" ?disabled=${this.busy}>${t('notify.save')}</button></div>
        </form>`}
    </div>`;
  }
}

if (!customElements.get('thb-portal-notifications')) customElements.define('thb-portal-notifications', ThbPortalNotifications);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-notifications': ThbPortalNotifications;
  }
}
