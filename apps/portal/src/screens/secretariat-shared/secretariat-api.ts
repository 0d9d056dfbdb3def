/**
 * The secretariat screens' requests: same-origin with the session cookie, JSON in and out. A
 * refusal comes back as the API's problem `detail` (RFC 9457), so a screen can show what was wrong.
 */

/** A request that did not succeed: the status and the API's own words. */
export class ApiProblem extends Error {
  constructor(readonly status: number, detail: string) {
    super(detail);
  }
}

/** An answer with its body and ETag (for a later `If-Match`). */
export interface ApiAnswer<T> {
  body: T;
  etag: string | null;
}

/** Sends a request to the API and reads the JSON answer, or throws an `ApiProblem`. */
export async function apiRequest<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<ApiAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET', credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(init.body === undefined ? {} : { 'content-type': init.method === 'PATCH' && /^\/v1\/(members|resources|events)\//.test(path) ? 'application/merge-patch+json' : 'application/json' }),
        ...init.headers,
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch {
    throw new ApiProblem(0, '');
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string; errors?: { name?: string; message?: string }[] };
    const fields = problem.errors?.map((e) => `${e.name ?? ''} ${e.message ?? ''}`).join('; ');
    throw new ApiProblem(response.status, [problem.detail ?? problem.title ?? String(response.status), fields].filter(Boolean).join(' — '));
  }
  // 204 (a role changed, a person removed) has no body to read.
  const body = (response.status === 204 ? undefined : await response.json()) as T;
  return { body, etag: response.headers.get('etag') };
}

/** `?name=value&…` of the filled-in values. */
export function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}
