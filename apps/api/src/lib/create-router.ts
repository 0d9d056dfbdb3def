/** OpenAPIHono instances that all report invalid input the same way. */
import { OpenAPIHono, type Hook } from '@hono/zod-openapi';
import { invalidParameters } from './problem.ts';
import type { AppEnv } from './types.ts';

/**
 * Replaces zod-openapi's default 400 (the raw zod error) with a problem that names each wrong
 * parameter and where it was found.
 */
export const validationProblemHook: Hook<unknown, AppEnv, string, Response | undefined> = (result, c) => {
  if (!result.success) return invalidParameters(result.error, result.target, c.req.path);
  return undefined;
};

/**
 * A router for one feature's routes; `createApp` mounts them all.
 * @example const router = createRouter().openapi(listMembersRoute, listMembers(deps));
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationProblemHook });
}
