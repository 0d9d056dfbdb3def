/**
 * `<thb-portal-our-people member-id>`: an organisation's people and waiting invitations, for its
 * owners (and the secretariat): invite by email with a role, change a role, remove with a
 * confirmation step. An editor reads that only the owners manage people (the API lists them to
 * owners only).
 */
import { html, nothing } from 'lit';
import { ApiProblem, apiRequest } from '../secretariat-shared/secretariat-api.ts';
import { OrganisationElement } from './organisation-element.ts';
import { ourPeopleCatalogue, type OurPeopleKey } from './our-people.strings.ts';

type Role = 'owner' | 'editor';
interface Person { userId: string; email: string; name: string; role: Role; since: string }
interface Invitation { email: string; role: Role; expiresAt: string }

/** The people screen. @summary An organisation's people, managed by its owners. */
export class ThbPortalOurPeople extends OrganisationElement<OurPeopleKey> {
  static override properties = {
    ...OrganisationElement.properties, people: { state: true }, invitations: { state: true }, confirming: { state: true }, emailError: { state: true }, busy: { state: true },
  };
  declare people: Person[] | undefined;
  declare invitations: Invitation[];
  /** The user id whose removal waits for confirmation. */
  declare confirming: string | undefined;
  declare emailError: string | undefined;
  declare busy: boolean;

  constructor() {
    super(ourPeopleCatalogue);
    this.invitations = [];
    this.busy = false;
  }

  protected override get heading() {
    return this.strings.t('people.title');
  }

  protected override get onlyOwners() {
    return this.strings.t('people.onlyOwners');
  }

  protected override async load(): Promise<void> {
    try {
      const { body } = await apiRequest<{ items: Person[]; invitations: Invitation[] }>(this.path('/people'));
      this.people = body.items;
      this.invitations = body.invitations;
    } catch (error) {
      this.failed(error);
    }
  }

  private date(iso: string): string {
    return new Intl.DateTimeFormat(this.strings.lang, { dateStyle: 'medium' }).format(new Date(iso));
  }

  private async invite(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { t } = this.strings;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const role = String(data.get('role')) as Role;
    if (!email) {
      this.emailError = t('people.emailNeeded');
      form.querySelector('input')?.focus();
      return;
    }
    this.emailError = undefined;
    this.busy = true;
    try {
      await apiRequest(this.path('/invitations'), { method: 'POST', body: { email, role } });
      form.reset();
      // Announce once the list shows the outcome, so the notice and the table agree.
      await this.load();
      this.succeeded(t('people.invited', { email: email.toLowerCase(), role: t(`role.${role}`) }));
    } catch (error) {
      // The API's reason belongs to the address: a malformed one, or someone already in.
      if (error instanceof ApiProblem && (error.status === 400 || error.status === 409)) this.emailError = error.message;
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  private async changeRole(event: SubmitEvent, person: Person): Promise<void> {
    event.preventDefault();
    const { t } = this.strings;
    const role = String(new FormData(event.target as HTMLFormElement).get('role')) as Role;
    try {
      await apiRequest(this.path(`/people/${encodeURIComponent(person.userId)}`), { method: 'PATCH', body: { role } });
      await this.load();
      this.succeeded(t('people.roleChanged', { email: person.email, role: t(`role.${role}`) }));
    } catch (error) {
      this.failed(error);
    }
  }

  private async removePerson(person: Person): Promise<void> {
    try {
      await apiRequest(this.path(`/people/${encodeURIComponent(person.userId)}`), { method: 'DELETE' });
      this.confirming = undefined;
      await this.load();
      this.succeeded(this.strings.t('people.removed', { email: person.email }));
    } catch (error) {
      this.failed(error);
    }
  }

  private renderPerson(person: Person) {
    const { t } = this.strings;
    const roleId = `role-${person.userId}`;
    return html`<tr>
      <td>${person.email}</td>
      <td>${person.name || '—'}</td>
      <td><form class="inline" @submit=${(e: SubmitEvent) => this.changeRole(e, person)}>
        <select id=${roleId} name="role" aria-label=${t('people.roleOf', { email: person.email })}>
          ${(['owner', 'editor'] as const).map((role) => html`<option value=${role} ?selected=${person.role === role}>${t(`role.${role}`)}</option>`)}
        </select>
        <button type="submit" aria-label=${`${t('people.saveRole')}: ${person.email}`}>${t('people.saveRole')}</button>
      </form></td>
      <td>${this.date(person.since)}</td>
      <td>${this.confirming === person.userId ? html`<div class="actions" role="group" aria-label=${t('people.removeOf', { email: person.email })}>
          <p>${t('people.confirm', { email: person.email })}</p>
          <button type="button" class="primary" @click=${() => this.removePerson(person)}>${t('people.confirmYes', { email: person.email })}</button>
          <button type="button" @click=${() => (this.confirming = undefined)}>${t('people.cancel')}</button>
        </div>`
        : html`<button type="button" aria-label=${t('people.removeOf', { email: person.email })} @click=${() => (this.confirming = person.userId)}>${t('people.remove')}</button>`}</td>
    </tr>`;
  }

  protected override renderScreen() {
    const { t } = this.strings;
    const people = this.people;
    return html`<section aria-labelledby="people-heading">
        <h2 id="people-heading">${t('people.list')}</h2>
        ${!people ? html`<p role="status">${t('loading')}</p>` : html`<div class="scroll" tabindex="0"><table>
          <thead><tr>${(['email', 'name', 'role', 'since', 'actions'] as const).map((col) => html`<th scope="col">${t(`people.col.${col}`)}</th>`)}</tr></thead>
          <tbody>${people.map((person) => this.renderPerson(person))}</tbody>
        </table></div>`}
      </section>
      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">${t('people.invitations')}</h2>
        ${this.invitations.length === 0 ? html`<p>${t('people.noInvitations')}</p>` : html`<ul>${this.invitations.map((i) => html`<li>${t('people.invitation', { email: i.email, role: t(`role.${i.role}`), date: this.date(i.expiresAt) })}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">${t('people.invite')}</h2>
        <form novalidate @submit=${(e: SubmitEvent) => this.invite(e)}>
          <label for="invite-email">${t('people.email')}</label>
            <input id="invite-email" name="email" type="email" autocomplete="off" required aria-invalid=${this.emailError ? 'true' : 'false'} aria-describedby=${this.emailError ? 'invite-email-error' : nothing}>
          ${this.emailError ? html`<p id="invite-email-error" class="error">${this.emailError}</p>` : nothing}
          <label for="invite-role">${t('people.role')}</label>
          <select id="invite-role" name="role"><option value="editor">${t('role.editor')}</option><option value="owner">${t('role.owner')}</option></select>
          <button type="submit" class="primary" ?disabled=${this.busy}>${t('people.send')}</button>
        </form>
      </section>`;
  }
}

if (!customElements.get('thb-portal-our-people')) customElements.define('thb-portal-our-people', ThbPortalOurPeople);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-our-people': ThbPortalOurPeople;
  }
}
