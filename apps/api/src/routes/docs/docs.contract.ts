/** The OpenAPI document's behaviour, run against every backend by test/contract.test.ts. */
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import type { ApiUnderTest } from '../../../test/support/api-under-test.ts';

interface Operation {
  parameters?: { name: string; in: string }[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}
type Document = { openapi: string; info: { title: string }; servers: unknown[]; tags: unknown[]; paths: Record<string, Record<string, Operation>> };


/** `/openapi.json` on one backend. `/docs` differs by design: the Worker has no Swagger UI files. */
export function docsContract(api: ApiUnderTest): void {
  describe('GET /openapi.json', () => {
    it('is a valid OpenAPI 3.1 document', async () => {
      const document = await (await api.fetch('/openapi.json')).json();
      const result = await new Validator().validate(document as Parameters<Validator['validate']>[0]);
      expect(result.errors).toBeUndefined();
      expect(result.valid).toBe(true);
      expect((document as Document).openapi).toBe('3.1.0');
    });

    it('describes every route with its parameters, responses and problems', async () => {
      const document = (await (await api.fetch('/openapi.json')).json()) as Document;
      expect(document.info.title).toBeTruthy();
      expect(document.servers.length).toBeGreaterThan(0);
      expect(document.tags.length).toBeGreaterThan(0);
      expect(Object.keys(document.paths)).toEqual(expect.arrayContaining([
        '/healthz', '/v1/events', '/v1/events.ics', '/v1/events/{id}', '/v1/events/{id}.ics', '/v1/members',
        '/v1/members.geojson', '/v1/members/{id}', '/v1/resources', '/v1/resources/{id}', '/v1/stats',
      ]));
      for (const [path, methods] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(methods)) {
          if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
          const statuses = Object.keys(operation.responses);
          expect(statuses.some((status) => /^2\d\d$/.test(status)), `${method} ${path}`).toBe(true);
          expect(operation.responses['500']!.content, path).toHaveProperty(['application/problem+json']);
          // Public routes validate their input (400); secured ones first read who asks (401).
          const first = 'security' in operation ? '401' : '400';
          expect(operation.responses[first]?.content, `${method} ${path} ${first}`).toHaveProperty(['application/problem+json']);
        }
        const operation = methods.get;
        // Secured reads (the review queue, the audit log, people) are never cached.
        if (!operation || 'security' in operation) continue;
        if (path.includes('{id}')) {
          expect(operation.responses['404']!.content, path).toHaveProperty(['application/problem+json']);
          expect(operation.parameters?.find((p) => p.in === 'path')?.name).toBe('id');
        }
        if (path.startsWith('/v1/')) expect(operation.responses['304'], path).toBeDefined();
      }
      const members = document.paths['/v1/members']!.get!.parameters!.map((p) => p.name);
      expect(members).toEqual(expect.arrayContaining(['country', 'focus', 'scope', 'q', 'lang', 'page', 'pageSize']));
    });

    it('revalidates with its ETag', async () => {
      const first = await api.fetch('/openapi.json');
      const second = await api.fetch('/openapi.json', { headers: { 'if-none-match': first.headers.get('etag')! } });
      expect(second.status).toBe(304);
    });
  });
}
