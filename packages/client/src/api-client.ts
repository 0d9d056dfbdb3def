/**
 * The API client. Every GET is conditional: the last ETag of a URL is sent as
 * `If-None-Match`, and a 304 resolves to the very object the 200 produced, so polling an
 * unchanged resource costs neither a body, nor a JSON parse, nor a re-render. Endpoints are
 * typed functions in `queries.ts` (separate functions, so a bundle keeps only those it uses);
 * `post` sends the chat's messages (`chat.ts`).
 */
import { apiErrorFrom } from './api-error.ts';

/** Query parameters as the client sends them; `undefined` and `''` are left out. */
export type QueryParams = Readonly<Record<string, string | number | undefined>>;

/** How many URLs keep their last ETag and body (searches make many distinct URLs). */
const CONDITIONAL_ENTRIES = 40;

/**
 * Reads the THB API at one base URL.
 * @example
 * const api = new ApiClient('https://platform.example.eu');
 * const stats = await api.get<Stats>('/v1/stats');
 */
export class ApiClient {
  readonly #validators = new Map<string, { etag: string; data: unknown }>();

  /** @param baseUrl The API origin (and path prefix, if any), e.g. `https://api.example.eu`. */
  constructor(
    readonly baseUrl: string,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  /** The absolute URL of an API path with its parameters in a stable order. */
  url(path: string, params: QueryParams = {}): string {
    const url = new URL(this.baseUrl.replace(/\/$/, '') + path);
    for (const key of Object.keys(params).sort()) {
      const value = params[key];
      if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
    }
    return url.href;
  }

  /**
   * A conditional GET of JSON; rejects with an `ApiError` on a non-2xx answer. `read` turns
   * the body into what is kept, so a 304 returns the kept form and the raw body can be freed.
   */
  async get<T, R = T>(path: string, params?: QueryParams, signal?: AbortSignal, read?: (body: T) => R): Promise<R> {
    const url = this.url(path, params);
    const known = this.#validators.get(url);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (known) headers['if-none-match'] = known.etag;
    const response = await this.fetcher(url, { signal, headers });
    if (response.status === 304 && known) return known.data as R;
    if (!response.ok) throw await apiErrorFrom(response);
    const body = (await response.json()) as T;
    const data = read ? read(body) : (body as unknown as R);
    const etag = response.headers.get('etag');
    this.#validators.delete(url);
    if (etag) {
      this.#validators.set(url, { etag, data });
      if (this.#validators.size > CONDITIONAL_ENTRIES) this.#validators.delete(this.#validators.keys().next().value!);
    }
    return data;
  }

  /**
   * POSTs a JSON body and reads the JSON answer; rejects with an `ApiError` (with `retryAfter`
   * on a 429) on a non-2xx answer, and with the fetch's own `TypeError` when the API cannot be
   * reached. Never cached; `init` adds e.g. a `signal` or a `referrerPolicy`.
   */
  async post<T>(path: string, body: unknown, init: Pick<RequestInit, 'signal' | 'referrerPolicy'> = {}): Promise<T> {
    const response = await this.fetcher(this.url(path), {
      ...init,
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
    });
    if (!response.ok) throw await apiErrorFrom(response);
    return (await response.json()) as T;
  }
}
