/** Assertions shared by the route tests. */
import { expect } from 'vitest';
import { PROBLEM_MEDIA_TYPE, Problem } from '@thb/schema';

/**
 * Asserts an RFC 9457 problem response with the given status and returns its body.
 * @example const problem = await expectProblem(response, 400);
 */
export async function expectProblem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe(PROBLEM_MEDIA_TYPE);
  const body = Problem.parse(await response.json());
  expect(body.status).toBe(status);
  return body;
}

/** The names of the parameters a 400 reports, as `in:name`. */
export function invalidNames(problem: Problem): string[] {
  return (problem.errors ?? []).map((error) => `${error.in}:${error.name}`).sort();
}
