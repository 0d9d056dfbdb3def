/** The OpenAPI 3.1 document, generated once from the routes' zod schemas. */
import type { AppOpenAPI } from '../../lib/types.ts';

/** Metadata of the document; everything else comes from the registered routes. */
export interface ApiDocumentOptions {
  /** The public base URL, listed first under `servers` when set. */
  publicUrl?: string;
  version?: string;
}

const DESCRIPTION = `
Public reads of the EU Civil Society Platform against trafficking in human beings: member
organisations, resources (guides, reports, hotlines…) and events.

- **Languages**: localised fields are resolved to \`lang\` (one of the 24 official EU languages)
  or else to the best match of \`Accept-Language\`, with English as the fallback. The chosen
  language is returned in \`Content-Language\`.
- **Caching**: every read has a strong \`ETag\`; send it in \`If-None-Match\` to get \`304\`.
  Responses may be cached for 60 seconds and served stale for 10 minutes while revalidating.
- **Errors** are \`application/problem+json\` (RFC 9457); a 400 names each wrong or unknown parameter.
- **CORS**: any origin may read.
`.trim();

/**
 * Generates the document from every route registered on `app` so far.
 * @example const doc = buildApiDocument(app, { version: '0.1.0' });
 */
export function buildApiDocument(app: AppOpenAPI, options: ApiDocumentOptions = {}) {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'THB Platform Kit API',
      version: options.version ?? '0.1.0',
      description: DESCRIPTION,
      license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
    },
    servers: [
      ...(options.publicUrl ? [{ url: options.publicUrl }] : []),
      { url: '/', description: 'The server this document was fetched from' },
    ],
    tags: [
      { name: 'Members', description: 'Member organisations of the platform' },
      { name: 'Resources', description: 'Guides, reports, toolkits, hotlines and more' },
      { name: 'Events', description: 'Platform meetings, webinars, trainings and conferences' },
      { name: 'Chat', description: 'The chatbot behind `<thb-chat>`' },
      { name: 'People', description: "Each member organisation's people (owners and editors) and invitations" },
      { name: 'Webhooks', description: "Endpoints of an organisation's own systems that receive the platform's events, signed per Standard Webhooks" },
      { name: 'Operations', description: 'Health of the service' },
    ],
  });
}
