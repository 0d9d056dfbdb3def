/**
 * People of a demo organisation for the owner screens' tests: the secretariat invites them
 * through the API (as approving an application does for its contact), and they sign in with
 * the mailed invitation as a person would.
 * @example
 * const secretariat = await portal.signIn(SECRETARIAT_EMAIL);
 * await inviteThrough(secretariat.page, 'kok-ev', 'owner@kok.test', 'owner');
 * const owner = await acceptInvitation(portal, 'owner@kok.test');
 */
import type { Page } from 'playwright';
import type { PageOptions, PortalHarness } from './portal-harness.ts';
import { confirmLink } from './smtp-inbox.ts';

/** Sends `POST /v1/organisations/{memberId}/invitations` from a signed-in page; returns the status. */
export async function inviteThrough(page: Page, memberId: string, email: string, role: 'owner' | 'editor'): Promise<number> {
  return page.evaluate(async ({ memberId, email, role }) => {
    const response = await fetch(`/v1/organisations/${memberId}/invitations`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, role }),
    });
    return response.status;
  }, { memberId, email, role });
}

/** Opens the invitation mailed to `email` in a fresh browser and presses "Sign in". */
export async function acceptInvitation(portal: PortalHarness, email: string, options: PageOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const mail = await portal.inbox.next(email);
  const opened = await portal.open('/portal/', options);
  await opened.page.goto(confirmLink(mail));
  await opened.page.getByRole('button', { name: 'Sign in' }).click();
  await opened.page.getByRole('button', { name: 'Sign out' }).waitFor();
  return opened;
}

/** `GET /v1/me` from a page: the session's person, or null when signed out. */
export async function whoAmI(page: Page): Promise<{ email: string; organisations: { memberId: string; role: string }[] } | null> {
  return page.evaluate(async () => (await fetch('/v1/me')).json());
}
