/**
 * Who is signed in: `GET /v1/me` (the session's person with their organisations and roles, null
 * when no one), read once and again after sign-out. Requests carry the session cookie; the portal is served by the API's
 * own origin, so no CORS is involved.
 */

/** The signed-in person as the session endpoint returns them. */
export interface PortalUser {
  id: string;
  email: string;
  secretariat: boolean;
  organisations: { memberId: string; name: string; role: 'owner' | 'editor' }[];
}

/** What the portal knows of the session. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: PortalUser }
  | { status: 'error' };

/** Reads the session from the API at `origin`. */
export async function readSession(origin: string): Promise<SessionState> {
  try {
    const response = await fetch(`${origin}/v1/me`, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (!response.ok) return { status: 'error' };
    const user = (await response.json()) as PortalUser | null;
    return user ? { status: 'signed-in', user } : { status: 'signed-out' };
  } catch {
    return { status: 'error' };
  }
}

/** Ends the session (`POST /v1/auth/sign-out`). */
export async function signOut(origin: string): Promise<void> {
  await fetch(`${origin}/v1/auth/sign-out`, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: '{}' });
}
