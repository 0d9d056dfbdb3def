/** Write requests as a script sends them to the API under test, for the write contracts. */
import { createApiKeys } from '@thb/store/access';
import type { ApiUnderTest } from './api-under-test.ts';

/** The name the suite's keys carry, as their audit rows show it. */
export const TEST_KEY_NAME = 'contract suite';

/**
 * Creates an API key in the API's database, as `thb keys create` does from another process, and
 * returns its text: an organisation's (a member id) or, for `null`, the secretariat's.
 * @example const key = await createTestKey(api, null);
 */
export async function createTestKey(api: ApiUnderTest, organisationId: string | null): Promise<string> {
  return (await createApiKeys(api.store.db).create({ organisationId, name: TEST_KEY_NAME, createdBy: 'cli' })).key;
}

/** Options of {@link sendWrite}. */
export interface SendWriteOptions {
  /** The API key, sent as `Authorization: Bearer`; none for an anonymous request. */
  key?: string | undefined;
  /** Sent as JSON (`application/merge-patch+json` for a PATCH, as the API documents). */
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Sends a write (or a read with a key). Bodies are asked for without content coding, so every
 * backend's answer can be compared byte for byte.
 * @example await sendWrite(api, 'PATCH', '/v1/members/x', { key, body: { city: 'Potsdam' }, headers: { 'if-match': etag } });
 */
export function sendWrite(api: ApiUnderTest, method: string, path: string, options: SendWriteOptions = {}): Promise<Response> {
  const { key, body, headers = {} } = options;
  const contentType = method === 'PATCH' ? 'application/merge-patch+json' : 'application/json';
  return api.fetch(path, {
    method,
    headers: {
      'accept-encoding': 'identity',
      ...(key === undefined ? {} : { authorization: `Bearer ${key}` }),
      ...(body === undefined ? {} : { 'content-type': contentType }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** The ETag of a record as a public read sends it, for `If-Match`. */
export async function currentETag(api: ApiUnderTest, path: string): Promise<string> {
  const response = await api.fetch(path, { headers: { 'accept-encoding': 'identity' } });
  await response.body?.cancel();
  const etag = response.headers.get('etag');
  if (response.status !== 200 || !etag) throw new Error(`GET ${path} answered ${response.status} without an ETag`);
  return etag;
}
