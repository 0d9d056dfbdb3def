/** The error a failed API request rejects with, carrying the RFC 9457 problem when there is one. */
import type { Problem } from '@thb/schema';

/**
 * A non-2xx answer from the API.
 * @example
 * try { await client.get('/v1/members/x') } catch (e) { if (e instanceof ApiError && e.status === 404) … }
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem?: Problem,
    /** Seconds the API asked to wait (`Retry-After`, as a rate limit sends it), when it said so. */
    readonly retryAfter?: number,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  /** Whether trying again could help: server errors and rate limits, not bad requests. */
  get retryable(): boolean {
    return this.status >= 500 || this.status === 429 || this.status === 408;
  }
}

/**
 * Seconds from a `Retry-After` header (seconds or an HTTP date), at least 1; `undefined` when
 * absent or unreadable. A cross-origin page reads it only if the API exposes the header.
 * @example retryAfterSeconds('7') // 7
 */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : (Date.parse(value) - now) / 1000;
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : undefined;
}

/** Reads a problem body if the response has one; never throws. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  let problem: Problem | undefined;
  if (response.headers.get('content-type')?.includes('json')) {
    problem = (await response.json().catch(() => undefined)) as Problem | undefined;
  }
  return new ApiError(response.status, problem, retryAfterSeconds(response.headers.get('retry-after')));
}
