/**
 * The applicant's requests: the current call, applying, reading and continuing an application
 * with its token, and "tell me when the next call opens". None needs a session. A refusal comes
 * back as an `ApplyProblem` whose `fields` are the API's problem `errors` by parameter name
 * (`organisation.city`, `contact.email`, `consent`), so the form can show each beside its field.
 */
import type { LocalizedText } from '@thb/schema/localized';
import type { FocusArea, Scope } from '@thb/schema/enums';

/** A call as `GET /v1/calls/current` shows it. */
export interface PublicCall {
  id: string;
  title: LocalizedText;
  text: LocalizedText;
  criteria: LocalizedText[];
  opensAt: string;
  closesAt: string;
  timeZone: string;
  phase: 'scheduled' | 'open' | 'closed';
}

/** `GET /v1/calls/current`. */
export interface CurrentCall {
  open: PublicCall | null;
  lastClosed: PublicCall | null;
  next: PublicCall | null;
}

/** The organisation as the form fills it; a draft may lack any field. */
export interface OrganisationDraft {
  name?: string;
  acronym?: string;
  country?: string;
  city?: string;
  coordinates?: { lat: number; lon: number };
  scope?: Scope;
  focus?: FocusArea[];
  languages?: string[];
  website?: string;
  description?: LocalizedText | Partial<LocalizedText>;
}

/** The contact person. */
export interface ApplicationContact {
  name: string;
  email: string;
  locale: string;
}

/** An application as `GET /v1/applications/mine` returns it. */
export interface ApplicationView {
  id: string;
  callId: string;
  status: 'draft' | 'submitted' | 'approved' | 'rejected';
  organisation: OrganisationDraft;
  contact: ApplicationContact;
  reason: string | null;
  memberId: string | null;
  editableUntil: string;
}

/** A refused request: the status, the API's detail and its messages by parameter name. */
export class ApplyProblem extends Error {
  constructor(readonly status: number, detail: string, readonly fields: ReadonlyMap<string, string> = new Map()) {
    super(detail);
  }
}

async function send<T>(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET', credentials: 'omit',
      headers: {
        accept: 'application/json',
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.token ? { 'application-token': init.token } : {}),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch {
    throw new ApplyProblem(0, '');
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; errors?: { name?: string; message?: string }[] };
    const fields = new Map<string, string>();
    for (const error of problem.errors ?? []) if (error.name && !fields.has(error.name)) fields.set(error.name, error.message ?? '');
    throw new ApplyProblem(response.status, problem.detail ?? String(response.status), fields);
  }
  return (await response.json()) as T;
}

/** The open call, or the last closed and the next. */
export const readCurrentCall = () => send<CurrentCall>('/v1/calls/current');

/** `POST /v1/applications`: answers the token (also mailed as a link). */
export const createApplication = (body: { callId: string; organisation: OrganisationDraft; contact: ApplicationContact; consent: boolean; status: 'draft' | 'submitted'; website2: string }) =>
  send<{ id: string; status: 'draft' | 'submitted'; token: string }>('/v1/applications', { method: 'POST', body });

/** `GET /v1/applications/mine`. */
export const readApplication = (token: string) => send<ApplicationView>('/v1/applications/mine', { token });

/** `PATCH /v1/applications/mine`: saves a draft, or submits it. */
export const continueApplication = (token: string, body: { organisation: OrganisationDraft; contact: ApplicationContact; status: 'draft' | 'submitted' }) =>
  send<ApplicationView>('/v1/applications/mine', { method: 'PATCH', body, token });

/** `POST /v1/call-subscriptions` (a confirm link is mailed). */
export const subscribeToCalls = (email: string, locale: string) =>
  send<{ status: 'pending' }>('/v1/call-subscriptions', { method: 'POST', body: { email, locale } });

/** Cities of the published members, for suggesting a city and its position. */
export interface KnownCity {
  city: string;
  country: string;
  lat: number;
  lon: number;
}

/** The members' cities from `GET /v1/members.geojson` (one entry per city and country). */
export async function readKnownCities(): Promise<KnownCity[]> {
  type Feature = { geometry?: { coordinates?: [number, number] }; properties?: { city?: string; country?: string } };
  const collection = await send<{ features?: Feature[] }>('/v1/members.geojson?lang=en').catch(() => ({ features: [] }));
  const cities = new Map<string, KnownCity>();
  for (const feature of collection.features ?? []) {
    const [lon, lat] = feature.geometry?.coordinates ?? [];
    const { city, country } = feature.properties ?? {};
    if (city && country && typeof lat === 'number' && typeof lon === 'number') cities.set(`${country}:${city}`, { city, country, lat, lon });
  }
  return [...cities.values()];
}
