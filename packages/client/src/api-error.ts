/** The error a failed API request rejects with, carrying the RFC 9457 problem when there is one. */
import type { Problem } from '@thb/schema';

/**
 * A non-2xx answer from the read API.
 * @example
 * try { await client.get('/v1/members/x') } catch (e) { if (e instanceof ApiError && e.status === 404) … }
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem?: Problem,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  /** Whether trying again could help: server errors and rate limits, not bad requests. */
  get retryable(): boolean {
    return this.status >= 500 || this.status === 429 || this.status === 408;
  }
}

/** Reads a problem body if the response has one; never throws. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  let problem: Problem | undefined;
  if (response.headers.get('content-type')?.includes('json')) {
    problem = (await response.json().catch(() => undefined)) as Problem | undefined;
  }
  return new ApiError(response.status, problem);
}
