/** RFC 9457 problem details, the body of every 4xx and 5xx response. */
import * as z from 'zod';

/** Where a wrong value was found. */
export const ProblemLocation = z.enum(['query', 'path', 'body', 'header']);

/** One thing that was wrong with the request. */
export const InvalidParam = z.strictObject({
  in: ProblemLocation,
  name: z.string().meta({ description: 'The parameter or field, dotted for nested body fields' }),
  message: z.string(),
});
export type InvalidParam = z.infer<typeof InvalidParam>;

/** An `application/problem+json` body. */
export const Problem = z
  .object({
    type: z.string().meta({ example: 'https://thb-platform-kit.eu/problems/invalid-parameters' }),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(InvalidParam).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

/** The media type of problem bodies. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
