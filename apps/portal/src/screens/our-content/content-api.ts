/**
 * The requests of the organisation content screens: same-origin with the session cookie. A
 * refusal keeps the API's problem details (RFC 9457) with each wrong field, so the form can put
 * every message next to the field it concerns.
 */
import type { LocalizedText } from '@thb/schema/localized';

/** A status of a record, as the organisation's list gives it. */
export type ContentStatus = 'published' | 'pending' | 'rejected' | 'suspended' | 'deleted';

/** One item of `GET /v1/organisations/{memberId}/{kind}`. */
export interface ContentItem<R> {
  status: ContentStatus;
  reason: string | null;
  etag: string;
  pendingReview: string[];
  record: R;
}

/** The fields every record of the two kinds has. */
export interface ContentRecord {
  id: string;
  title: LocalizedText;
  [field: string]: unknown;
}

/** A request that did not succeed, with the API's words and the fields it names. */
export class ContentProblem extends Error {
  constructor(readonly status: number, detail: string, readonly fields: { name: string; message: string }[] = []) {
    super(detail);
  }
}

/** Sends a request and reads the JSON answer, or throws a `ContentProblem` (status 0: no answer). */
export async function contentRequest<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET', credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(init.body === undefined ? {} : { 'content-type': init.method === 'PATCH' ? 'application/merge-patch+json' : 'application/json' }),
        ...init.headers,
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch {
    throw new ContentProblem(0, '');
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string; errors?: { name?: string; message?: string }[] };
    const fields = (problem.errors ?? []).map((error) => ({ name: error.name ?? '', message: error.message ?? '' }));
    throw new ContentProblem(response.status, problem.detail ?? problem.title ?? String(response.status), fields);
  }
  return (await response.json()) as T;
}

/**
 * The JSON merge patch (RFC 7396) from `before` to `after`: objects are diffed field by field,
 * arrays sent whole, a removed field as null.
 * @example mergePatchOf({ a: 1, t: { en: 'x', de: 'y' } }, { a: 1, t: { en: 'z' } }) // { t: { en: 'z', de: null } }
 */
export function mergePatchOf(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'updatedAt') continue;
    const old = before[key];
    const next = after[key];
    if (!(key in after)) patch[key] = null;
    else if (isObject(old) && isObject(next)) {
      const inner = mergePatchOf(old, next);
      if (Object.keys(inner).length > 0) patch[key] = inner;
    } else if (JSON.stringify(old) !== JSON.stringify(next)) patch[key] = next;
  }
  return patch;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
