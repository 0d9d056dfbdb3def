/**
 * Accounts: sign-in by magic link (through a confirm page), sessions, and the people of each
 * member organisation, on Better Auth. Edge-safe, so the Node server and the Worker share it.
 * Of Better Auth's endpoints only the few the portal needs are reachable; organisations are
 * changed only here, by routes that checked who asks.
 *
 * @example
 * const accounts = createAccounts({ db, type: 'sqlite', secret, publicUrl, mailer, isSecretariat });
 * const response = await accounts.handler(request); // anything under /v1/auth/
 * const person = await accounts.personOf(request.headers);
 */
import type { Kysely } from 'kysely';
import { FALLBACK_LANGUAGE, PROBLEM_MEDIA_TYPE, type EuLanguage } from '@thb/schema';
import * as z from 'zod';
import type { OrganisationRole, Principal } from '../access/principal.ts';
import { PROBLEM_TYPE_BASE, invalidParameters, problemResponse, statusTitle } from '../lib/problem.ts';
import type { Mailer } from '../mail/mailer.ts';
import { invitationMail, signInMail } from '../mail/templates/index.ts';
import { SIGN_IN_LINK_MINUTES, type Invitation } from './auth-mails.ts';
import { AUTH_BASE_PATH, createBetterAuth, type BetterAuth } from './better-auth.ts';
import { confirmPage, linkProblemPage, type LinkProblem } from './confirm-page.ts';
import { PASSKEY_ENDPOINTS } from './passkeys.ts';
import { organisationPeople, type AccountTables, type OrganisationPerson } from './organisation-people.ts';
import { LocaleInput, personLocales, requestedLocale } from './person-locale.ts';
import { SignInLimits, type SignInLimitOptions } from './sign-in-limits.ts';

/** What {@link createAccounts} needs. */
export interface AccountsOptions {
  // The store's database; Better Auth's tables are not part of the store's schema type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  type: 'sqlite' | 'postgres';
  /** Signs session cookies; at least 32 random characters. */
  secret: string;
  /** The server's public address: mailed links and cookies (Secure when https) follow it. */
  publicUrl: string;
  mailer: Mailer;
  /** Whether an address belongs to the secretariat (SECRETARIAT_EMAILS, `thb secretariat add`). */
  isSecretariat: (email: string) => Promise<boolean>;
  /** Other origins allowed to call `/v1/auth` (the portal's, when it is served elsewhere). */
  trustedOrigins?: string[];
  /** The clock for link expiry, invitations and limits; tests move it. */
  now?: () => Date;
  /** How many sign-in mails an address and a client may ask for. */
  signInLimits?: SignInLimitOptions;
}

/** A signed-in person, as routes see them. */
export type PersonPrincipal = Extract<Principal, { type: 'person' }>;

/** The session cookie's name (Better Auth's, with our prefix); `__Secure-` goes before it on https. */
export const SESSION_COOKIE = 'thb.session_token';

/** Where people land after signing in, unless the sign-in asked for another page of ours. */
export const DEFAULT_AFTER_SIGN_IN = '/portal/';

/** The page with our mailed links. */
const CONFIRM_PATH = `${AUTH_BASE_PATH}/confirm`;

/**
 * Better Auth's endpoints the world may reach; the rest (organisation changes, password and
 * account endpoints, the GET that would spend a token) stay internal.
 */
const REACHABLE = new Set([
  'POST /sign-in/magic-link', 'GET /get-session', 'POST /sign-out', 'GET /list-sessions',
  'POST /revoke-session', 'POST /revoke-sessions', 'POST /revoke-other-sessions', 'POST /update-user',
  ...PASSKEY_ENDPOINTS,
]);

/** The body of a sign-in request: strictly these fields (client `metadata` could dress a mail up). */
const SignInBody = z.strictObject({
  email: z.email().max(254).transform((email) => email.toLowerCase()),
  name: z.string().trim().max(200).optional(),
  callbackURL: z.string().max(2000).optional(),
  /** The language the portal shows: the person's mails are in it from now on. */
  locale: LocaleInput.optional(),
});

/** What `update-user` may change of ours: the language, one of the 24 (null clears it). */
const UpdateUserLocale = z.object({ locale: LocaleInput.nullable().optional() });

/** A path of our own site: `/…`, never `//host` or `/\host`, which browsers take for other sites. */
function ownPath(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  return value;
}

/** Base64url SHA-256, as Better Auth's magic-link plugin stores a token (`storeToken: 'hashed'`). */
async function hashedToken(token: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Better Auth's JSON errors (`{ code, message }`) as our problem details. */
async function asProblem(response: Response, instance: string): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  if (response.status < 400 || !type.includes('json') || type.startsWith(PROBLEM_MEDIA_TYPE)) return response;
  const body = (await response.clone().json().catch(() => ({}))) as { code?: unknown; message?: unknown };
  const slug = typeof body.code === 'string' ? body.code.toLowerCase().replace(/_/g, '-') : 'auth-error';
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!['content-type', 'content-length', 'set-cookie'].includes(name)) headers[name] = value;
  });
  const problem = problemResponse({
    type: `${PROBLEM_TYPE_BASE}${slug}`, title: statusTitle(response.status), status: response.status,
    ...(typeof body.message === 'string' ? { detail: body.message } : {}), instance,
  }, headers);
  for (const cookie of response.headers.getSetCookie()) problem.headers.append('set-cookie', cookie);
  return problem;
}

/**
 * Builds accounts on a migrated store database (its migration 0003 holds Better Auth's tables).
 * @example const accounts = createAccounts({ db, type: 'postgres', secret, publicUrl: 'https://thb.example', mailer, isSecretariat });
 */
export function createAccounts(options: AccountsOptions) {
  const now = options.now ?? (() => new Date());
  const publicOrigin = new URL(options.publicUrl).origin;
  const trustedOrigins = [publicOrigin, ...(options.trustedOrigins ?? [])];
  const limits = new SignInLimits(options.signInLimits);
  // Marks invitation mails asked for by `invite`, so no request can dress up a sign-in mail.
  const invitationSeal = crypto.randomUUID();
  const people = organisationPeople(options.db as Kysely<AccountTables>, () => auth.$context, now);
  const locales = personLocales(options.db, () => auth.$context);

  const auth: BetterAuth = createBetterAuth({
    db: options.db,
    type: options.type,
    secret: options.secret,
    publicUrl: options.publicUrl,
    trustedOrigins,
    now,
    async sendMagicLink({ email, token, url, metadata }) {
      const link = new URL(CONFIRM_PATH, options.publicUrl);
      link.searchParams.set('token', token);
      const callback = ownPath(new URL(url).searchParams.get('callbackURL'));
      if (callback && callback !== '/') link.searchParams.set('callbackURL', callback);
      const invitation = metadata?.seal === invitationSeal ? (metadata.invitation as Invitation) : undefined;
      // The recipient's own language, else the one the request asked for (kept for their account).
      const asked = LocaleInput.safeParse(metadata?.locale).data;
      const stored = await locales.ofEmail(email);
      if (asked && !stored) {
        await locales.setForEmail(email, asked, true);
        await locales.rememberForLink(`magic-link:${await hashedToken(token)}`, asked);
      }
      const language: EuLanguage = stored ?? asked ?? FALLBACK_LANGUAGE;
      // The page the link opens speaks the mail's language.
      link.searchParams.set('lang', language);
      await options.mailer.send(invitation
        ? invitationMail({ to: email, language, organisationName: invitation.organisation, role: invitation.role, url: link.href, inviterLabel: invitation.inviter })
        : signInMail({ to: email, language, url: link.href, minutes: SIGN_IN_LINK_MINUTES }));
    },
    afterSessionCreated: (session) => people.acceptInvitations(session.userId),
  });

  /** What became of a token, without spending it. */
  async function tokenProblem(token: string): Promise<LinkProblem | undefined> {
    const { internalAdapter } = await auth.$context;
    const verification = await internalAdapter.findVerificationValue(`magic-link:${await hashedToken(token)}`);
    if (!verification) return 'used';
    if (new Date(verification.expiresAt).getTime() <= now().getTime()) return 'expired';
    return undefined;
  }

  /** The language of a sign-in page: the link's `lang`, else the browser's, else English. */
  function pageLanguage(request: Request, linkLanguage: unknown): EuLanguage {
    const named = LocaleInput.safeParse(linkLanguage).data;
    return requestedLocale(named, request.headers.get('accept-language')) ?? FALLBACK_LANGUAGE;
  }

  async function showConfirm(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const token = url.searchParams.get('token');
    const language = pageLanguage(request, url.searchParams.get('lang'));
    if (!token) return linkProblemPage('missing', DEFAULT_AFTER_SIGN_IN, language);
    const problem = await tokenProblem(token);
    if (problem) return linkProblemPage(problem, DEFAULT_AFTER_SIGN_IN, language);
    return confirmPage({ action: CONFIRM_PATH, token, callbackURL: ownPath(url.searchParams.get('callbackURL')), language });
  }

  async function confirm(request: Request): Promise<Response> {
    // A page of another site must not sign a visitor into someone else's account.
    const origin = request.headers.get('origin');
    if (origin && origin !== 'null' && !trustedOrigins.includes(origin)) {
      return problemResponse({ type: `${PROBLEM_TYPE_BASE}forbidden-origin`, title: 'Forbidden', status: 403, detail: 'Sign-in forms are accepted from this site only.', instance: CONFIRM_PATH });
    }
    const form = await request.formData().catch(() => undefined);
    const token = form?.get('token');
    const language = pageLanguage(request, form?.get('lang'));
    if (typeof token !== 'string' || token === '') return linkProblemPage('missing', DEFAULT_AFTER_SIGN_IN, language);
    const callback = form?.get('callbackURL');
    const target = ownPath(typeof callback === 'string' ? callback : undefined) ?? DEFAULT_AFTER_SIGN_IN;
    const problem = await tokenProblem(token);
    // Read before the token is used up: a new account gets the language its link was asked in.
    const carried = problem ? undefined : await locales.takeOfLink(`magic-link:${await hashedToken(token)}`);
    if (problem) {
      if (problem === 'expired') {
        const { internalAdapter } = await auth.$context;
        await internalAdapter.deleteVerificationByIdentifier(`magic-link:${await hashedToken(token)}`);
      }
      return linkProblemPage(problem, DEFAULT_AFTER_SIGN_IN, language);
    }
    const verified = await auth.api.magicLinkVerify({
      query: { token, callbackURL: target }, headers: request.headers, asResponse: true,
    });
    const location = verified.headers.get('location') ?? '';
    const cookies = verified.headers.getSetCookie();
    // Better Auth redirects failures to the callback with `?error=`; the token raced away.
    if (location.includes('error=') || cookies.length === 0) return linkProblemPage('used', DEFAULT_AFTER_SIGN_IN, language);
    if (carried) await locales.setForEmail(carried.email, carried.locale, true);
    const answer = new Response(null, { status: 303, headers: { location: target, 'cache-control': 'no-store' } });
    for (const cookie of cookies) answer.headers.append('set-cookie', cookie);
    return answer;
  }

  async function signIn(request: Request, client: string, path: string): Promise<Response> {
    const type = request.headers.get('content-type') ?? '';
    const raw: unknown = type.includes('application/json')
      ? await request.clone().json().catch(() => undefined)
      : Object.fromEntries((await request.clone().formData().catch(() => new FormData())).entries());
    const parsed = SignInBody.safeParse(raw ?? {});
    if (!parsed.success) return invalidParameters(parsed.error, 'json', path);
    const wait = limits.take(parsed.data.email, client, now().getTime());
    if (wait > 0) {
      return problemResponse(
        { type: `${PROBLEM_TYPE_BASE}too-many-requests`, title: 'Too many requests', status: 429, detail: `Too many sign-in mails asked for; try again in ${wait} s.`, instance: path },
        { 'retry-after': String(wait) },
      );
    }
    const { locale: chosen, ...fields } = parsed.data;
    // A language picked in the portal is the person's choice; a browser's only fills a gap.
    if (chosen) await locales.setForEmail(fields.email, chosen, false);
    const locale = requestedLocale(chosen, request.headers.get('accept-language'));
    const headers = new Headers(request.headers);
    headers.set('content-type', 'application/json');
    headers.delete('content-length');
    const body = {
      ...fields, ...(ownPath(fields.callbackURL) ? {} : { callbackURL: undefined }), ...(locale ? { metadata: { locale } } : {}),
    };
    return auth.handler(new Request(request.url, { method: 'POST', headers, body: JSON.stringify(body) }));
  }

  /** A 400 when an `update-user` body holds a language that is not one of the 24. */
  async function invalidLocale(request: Request, path: string): Promise<Response | undefined> {
    const raw: unknown = await request.clone().json().catch(() => undefined);
    if (typeof raw !== 'object' || raw === null) return undefined;
    const parsed = UpdateUserLocale.safeParse(raw);
    return parsed.success ? undefined : invalidParameters(parsed.error, 'json', path);
  }

  return {
    /** The Better Auth instance, for its options (schema checks) and server-side calls. */
    auth,

    /**
     * Answers everything under `/v1/auth/`. `client` names who asks (the address the rest of
     * the API keys its limits by); sign-in mails are limited per address and per client.
     * @example app.all('/v1/auth/*', (c) => accounts.handler(c.req.raw, clientAddress(c)));
     */
    async handler(request: Request, client = 'unknown'): Promise<Response> {
      const url = new URL(request.url);
      const path = url.pathname;
      if (path === CONFIRM_PATH && request.method === 'GET') return showConfirm(request);
      if (path === CONFIRM_PATH && request.method === 'POST') return confirm(request);
      const endpoint = `${request.method} ${path.slice(AUTH_BASE_PATH.length)}`;
      if (!path.startsWith(`${AUTH_BASE_PATH}/`) || !REACHABLE.has(endpoint)) {
        return problemResponse({ type: `${PROBLEM_TYPE_BASE}not-found`, title: 'Not found', status: 404, detail: 'No such account endpoint.', instance: path });
      }
      if (endpoint === 'POST /update-user') {
        const problem = await invalidLocale(request, path);
        if (problem) return problem;
      }
      const response = endpoint === 'POST /sign-in/magic-link' ? await signIn(request, client, path) : await auth.handler(request);
      return asProblem(response, path);
    },

    /**
     * The signed-in person of a request's cookies, or null.
     * @example const person = await accounts.personOf(c.req.raw.headers);
     */
    async personOf(headers: Headers): Promise<PersonPrincipal | null> {
      const session = await auth.api.getSession({ headers });
      if (!session) return null;
      const { user } = session;
      const [secretariat, organisations] = await Promise.all([options.isSecretariat(user.email), people.organisationsOf(user.id)]);
      return { type: 'person', id: user.id, label: user.email, secretariat, organisations };
    },

    /** The organisation of a member entry (created on first use); its Better Auth id. */
    ensureOrganisation: (memberId: string, name: string): Promise<string> => people.ensureOrganisation(memberId, name),

    /**
     * Invites an address into an organisation: an invitation row, and a mail whose link signs
     * the person in; their first session (then or later) accepts it.
     * @returns false when the address already belongs to someone of the organisation
     */
    async invite(invitation: {
      memberId: string; organisationName?: string; email: string; role: OrganisationRole; inviter: PersonPrincipal;
      /** The invitee's language, if the inviter gave it; else the inviter's own, else the request's. */
      locale?: EuLanguage | undefined; acceptLanguage?: string | null | undefined;
    }): Promise<boolean> {
      const email = invitation.email.trim().toLowerCase();
      const name = invitation.organisationName ?? invitation.memberId;
      const organisationId = await people.ensureOrganisation(invitation.memberId, name);
      if (!(await people.recordInvitation(organisationId, email, invitation.role, invitation.inviter.id))) return false;
      const mailed: Invitation = { organisation: name, role: invitation.role, inviter: invitation.inviter.label };
      const locale = invitation.locale ?? (await locales.ofUser(invitation.inviter.id)) ?? requestedLocale(undefined, invitation.acceptLanguage);
      await auth.api.signInMagicLink({
        body: { email, callbackURL: DEFAULT_AFTER_SIGN_IN, metadata: { seal: invitationSeal, invitation: mailed, locale } },
        headers: new Headers(),
      });
      return true;
    },

    /** A person's language by address, for their mails; undefined when they have none yet. */
    localeOf: (email: string): Promise<EuLanguage | undefined> => locales.ofEmail(email),

    /** Everyone of an organisation with their role; empty when it has nobody yet. */
    people: (memberId: string): Promise<OrganisationPerson[]> => people.people(memberId),
    /** Invitations still waiting for a first sign-in. */
    pendingInvitations: (memberId: string) => people.pendingInvitations(memberId),

    /** A person's role in an organisation; undefined when they are not in it. */
    async roleOf(memberId: string, userId: string): Promise<OrganisationRole | undefined> {
      const found = await people.membership(memberId, userId);
      return found ? (found.role === 'owner' ? 'owner' : 'editor') : undefined;
    },

    /** Changes a person's role; false when they are not in the organisation. */
    setRole: (memberId: string, userId: string, role: OrganisationRole): Promise<boolean> => people.setRole(memberId, userId, role),

    /** Takes a person out of an organisation and ends all their sessions at once; false when they were not in it. */
    async removePerson(memberId: string, userId: string): Promise<boolean> {
      if (!(await people.removeMembership(memberId, userId))) return false;
      await (await auth.$context).internalAdapter.deleteUserSessions(userId);
      return true;
    },

    /** Ends every session of a person, on every device. */
    async signOutEverywhere(userId: string): Promise<void> {
      await (await auth.$context).internalAdapter.deleteUserSessions(userId);
    },
  };
}

/** Accounts as `createAccounts` builds them. */
export type Accounts = ReturnType<typeof createAccounts>;
export type { OrganisationPerson } from './organisation-people.ts';
