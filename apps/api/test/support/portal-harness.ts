/**
 * The accounts harness with the members' portal mounted, and helpers to act as the secretariat
 * and as an applicant the way the portal's pages do.
 */
import { createPortalStore } from '@thb/store/portal';
import { TEST_NOW } from '@thb/store/testing';
import { expect } from 'vitest';
import type { PortalOptions } from '../../src/routes/calls/index.ts';
import { SECRETARIAT_EMAIL, openAccountsHarness, signIn, type AccountsHarness } from './accounts-harness.ts';

export type PortalHarness = Awaited<ReturnType<typeof openAccountsHarness>> & {
  portal: ReturnType<typeof createPortalStore>;
  /** The portal's options as the app got them (for running its jobs). */
  options: PortalOptions;
  secretariat: string;
  /** Moves the portal store's clock (link expiry) forward from TEST_NOW. */
  advancePortal(ms: number): void;
};

const HOUR = 60 * 60 * 1000;

/** Opens the harness on a backend with the portal and signs the secretariat in. */
export async function openPortalHarness(backend: 'SQLite' | 'PostgreSQL' = 'SQLite', rateLimit?: { capacity: number; refillPerSecond: number }): Promise<PortalHarness> {
  let options!: PortalOptions;
  let offset = 0;
  const h = await openAccountsHarness(backend, {
    portal: ({ db, mailer, publicUrl }) => {
      const store = createPortalStore(db, { now: () => new Date(TEST_NOW.getTime() + offset) });
      options = { store, mailer, publicUrl, rateLimit: rateLimit ?? { capacity: 1000, refillPerSecond: 100 } };
      return options;
    },
  });
  const secretariat = await signIn(h, SECRETARIAT_EMAIL);
  return Object.assign(h, { portal: options.store, options, secretariat, advancePortal: (ms: number) => void (offset += ms) });
}

/** A request as the portal's page on the platform's origin sends it. */
export function send(h: AccountsHarness, path: string, init: { method?: string; body?: unknown; cookie?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { origin: h.publicUrl, 'x-test-client': 'portal-test', ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return Promise.resolve(h.app.request(path, {
    method: init.method ?? 'GET', headers, ...(init.body === undefined ? {} : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  }));
}

/** A call that opened an hour before TEST_NOW and closes in `closesInHours`. */
export function callInput(closesInHours = 24 * 30, opensInHours = -1) {
  return {
    title: { en: 'Call for expression of interest 2027', de: 'Aufruf zur Interessenbekundung 2027' },
    text: { en: 'Civil-society organisations working against trafficking may apply.', de: 'Organisationen können sich bewerben.' },
    criteria: [{ en: 'Registered in an EU member state' }],
    opensAt: new Date(TEST_NOW.getTime() + opensInHours * HOUR).toISOString(),
    closesAt: new Date(TEST_NOW.getTime() + closesInHours * HOUR).toISOString(),
    timeZone: 'Europe/Brussels',
  };
}

/** Opens a call as the secretariat and returns its id. */
export async function openCall(h: PortalHarness, input = callInput()): Promise<string> {
  const response = await send(h, '/v1/calls', { method: 'POST', body: input, cookie: h.secretariat });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A complete organisation as an applicant fills it in. */
export const ORGANISATION = {
  name: 'Fundación Nueva Ruta', acronym: 'FNR', country: 'ES', city: 'Valencia',
  coordinates: { lat: 39.47, lon: -0.376 }, scope: 'national', focus: ['victim-protection', 'migrant-rights'],
  languages: ['es', 'en'], website: 'https://nueva-ruta.example.org',
  description: { en: 'Shelter and legal help for survivors.', es: 'Acogida y asistencia jurídica.' },
};

/** An application body. */
export function applicationBody(callId: string, overrides: Record<string, unknown> = {}) {
  return {
    callId, organisation: ORGANISATION, contact: { name: 'Lucía Pérez', email: 'lucia@nueva-ruta.example.org', locale: 'fr' },
    consent: true, status: 'submitted', ...overrides,
  };
}
