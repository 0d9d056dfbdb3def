/**
 * `<thb-portal-secretariat-review>`: the review queue (`GET /v1/review`). Each item shows what
 * changes, field by field (the published value struck out, the proposed one after it), and is
 * approved or rejected with a reason (`POST /v1/review/{id}`).
 */
import { html, nothing } from 'lit';
import { SecretariatElement, withShared } from '../secretariat-shared/secretariat-element.ts';
import { ApiProblem, apiRequest } from '../secretariat-shared/secretariat-api.ts';
import { formatInstant, showValue } from '../secretariat-shared/secretariat-format.ts';
import { reviewCatalogue, type ReviewKey } from './review.strings.ts';

interface ReviewItem {
  id: string;
  kind: 'members' | 'resources' | 'events';
  recordId: string;
  organisationId: string | null;
  fields: string[];
  requestedBy: string;
  requestedAt: string;
  status: string;
  proposed: Record<string, unknown>;
}

/** An item with the published record it would change (none for a new one). */
interface QueuedItem extends ReviewItem {
  current: Record<string, unknown> | null;
}

const title = (record: Record<string, unknown>) => {
  const value = record.name ?? record.title;
  return typeof value === 'string' ? value : showValue((value as Record<string, string> | undefined)?.en);
};

/** The review queue. @summary Approve or reject what organisations proposed. */
export class ThbPortalSecretariatReview extends SecretariatElement<ReviewKey> {
  static override properties = { ...SecretariatElement.properties, items: { state: true }, busy: { state: true } };
  declare items: QueuedItem[] | undefined;
  declare busy: boolean;

  constructor() {
    super(withShared(reviewCatalogue));
    this.busy = false;
  }

  protected override get area() {
    return 'review' as const;
  }

  protected override async load(): Promise<void> {
    try {
      const queue = (await apiRequest<{ items: ReviewItem[] }>('/v1/review')).body.items;
      this.items = await Promise.all(queue.map(async (item) => ({ ...item, current: await this.#published(item) })));
    } catch (error) {
      this.failed(error);
    }
  }

  /** The published record in its stored languages' reading for this screen, or null when none is. */
  async #published(item: ReviewItem): Promise<Record<string, unknown> | null> {
    if (item.status === 'pending') return null;
    try {
      return (await apiRequest<Record<string, unknown>>(`/v1/${item.kind}/${encodeURIComponent(item.recordId)}?lang=en`)).body;
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) return null;
      throw error;
    }
  }

  async #decide(item: QueuedItem, decision: 'approve' | 'reject', form: HTMLFormElement): Promise<void> {
    const reasonField = form.elements.namedItem('reason') as HTMLTextAreaElement;
    const reason = reasonField.value.trim();
    if (decision === 'reject' && !reason) {
      reasonField.setAttribute('aria-invalid', 'true');
      form.querySelector('.error')!.textContent = this.strings.t('sec.reason.needed');
      reasonField.focus();
      return;
    }
    this.busy = true;
    try {
      await apiRequest(`/v1/review/${encodeURIComponent(item.id)}`, { method: 'POST', body: { decision, ...(reason ? { reason } : {}) } });
      this.succeeded(decision === 'approve' ? this.strings.t('review.approved', { title: title(item.proposed) }) : this.strings.t('review.rejected'));
      await this.load();
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  #item(item: QueuedItem) {
    const { t, lang } = this.strings;
    const whole = item.fields.includes('*');
    const fields = whole ? Object.keys(item.proposed).filter((f) => f !== 'updatedAt' && f !== 'id') : item.fields;
    const heading = t('review.item', { kind: t(`sec.kind.${item.kind}`), title: title(item.proposed), id: item.recordId });
    const changed = (field: string) => item.current !== null && showValue(item.current[field]) !== showValue(item.proposed[field]);
    return html`<li><article aria-label=${heading}>
      <h2>${heading}</h2>
      <p>${item.current ? t('review.change') : t('review.new')} · ${t('review.by', { who: item.requestedBy, when: formatInstant(item.requestedAt, lang) })}</p>
      <div class="scroll" tabindex="0"><table>
        <thead><tr><th scope="col">${t('review.field')}</th><th scope="col">${t('review.now')}</th><th scope="col">${t('review.proposed')}</th></tr></thead>
        <tbody>${fields.map((field) => html`<tr>
          <th scope="row">${field}</th>
          <td>${item.current ? (changed(field) ? html`<del>${showValue(item.current[field])}</del>` : showValue(item.current[field])) : '—'}</td>
          <td>${changed(field) || !item.current ? html`<ins>${showValue(item.proposed[field])}</ins>` : showValue(item.proposed[field])}</td>
        </tr>`)}</tbody>
      </table></div>
      <form @submit=${(event: SubmitEvent) => event.preventDefault()}>
        <div><button class="primary" type="button" ?disabled=${this.busy} @click=${(event: Event) => void this.#decide(item, 'approve', (event.target as HTMLElement).closest('form')!)}>${t('review.approve')}</button></div>
        <label>${t('sec.reason')}<textarea name="reason" rows="2" maxlength="2000" aria-describedby="reason-${item.id}"></textarea></label>
        <p class="error" id="reason-${item.id}"></p>
        <div><button type="button" ?disabled=${this.busy} @click=${(event: Event) => void this.#decide(item, 'reject', (event.target as HTMLElement).closest('form')!)}>${t('review.reject')}</button></div>
      </form>
    </article></li>`;
  }

  protected override renderScreen() {
    const { t, plural } = this.strings;
    const items = this.items;
    return html`<h1>${t('review.title')}</h1>
      ${!items ? html`<p role="status">${t('loading')}</p>` : items.length === 0 ? html`<p>${t('review.empty')}</p>` : html`<p>${plural('review.count', items.length)}</p>
        <ul class="plain">${items.map((item) => this.#item(item))}</ul>`}${nothing}`;
  }
}

if (!customElements.get('thb-portal-secretariat-review')) customElements.define('thb-portal-secretariat-review', ThbPortalSecretariatReview);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-secretariat-review': ThbPortalSecretariatReview;
  }
}
