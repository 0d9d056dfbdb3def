/** `/openapi.json` and the `/docs` reference, registered on the finished app. */
import { hashString, ifNoneMatchMatches } from '../../lib/etag.ts';
import { notFound } from '../../lib/problem.ts';
import type { AppOpenAPI } from '../../lib/types.ts';
import { buildApiDocument, type ApiDocumentOptions } from './docs.document.ts';
import { DOCS_ASSETS, DOCS_CSP, DOCS_INIT_SCRIPT, docsPage, type DocsAssetReader } from './docs.page.ts';

/** Options of the documentation routes. */
export interface DocsOptions extends ApiDocumentOptions {
  /** Where Swagger UI's files come from; without it `/docs` links to the raw document. */
  docsAssets?: DocsAssetReader | undefined;
}

/** A body fixed for the life of the process, with its ETag computed once. */
interface FixedBody {
  body: string | Uint8Array;
  headers: Record<string, string>;
}

function fixedBody(body: string | Uint8Array, contentType: string, extra: Record<string, string> = {}): FixedBody {
  const etag = `"${hashString(typeof body === 'string' ? body : new TextDecoder().decode(body))}"`;
  return {
    body,
    headers: {
      'content-type': contentType, etag, 'cache-control': 'public, max-age=300',
      'access-control-allow-origin': '*', 'x-content-type-options': 'nosniff', ...extra,
    },
  };
}

function serve(request: Request, fixed: FixedBody): Response {
  return ifNoneMatchMatches(request.headers.get('if-none-match'), fixed.headers.etag!)
    ? new Response(null, { status: 304, headers: fixed.headers })
    : new Response(fixed.body, { status: 200, headers: fixed.headers });
}

/**
 * Adds the document and the reference. Call it after every API route is registered: the
 * document is generated from the routes, once, on first request.
 * @example registerDocs(app, { docsAssets: readSwaggerUiFile });
 */
export function registerDocs(app: AppOpenAPI, options: DocsOptions = {}): void {
  const { docsAssets } = options;
  let document: FixedBody | undefined;
  app.get('/openapi.json', (c) => {
    document ??= fixedBody(JSON.stringify(buildApiDocument(app, options)), 'application/json');
    return serve(c.req.raw, document);
  });
  const page = fixedBody(docsPage(docsAssets !== undefined), 'text/html; charset=utf-8', {
    'content-security-policy': DOCS_CSP,
  });
  app.get('/docs', (c) => serve(c.req.raw, page));
  const init = fixedBody(DOCS_INIT_SCRIPT, 'text/javascript; charset=utf-8');
  app.get('/docs/init.js', (c) => serve(c.req.raw, init));
  const assets = new Map<string, FixedBody>();
  app.get('/docs/:file', async (c) => {
    const file = c.req.param('file');
    if (!docsAssets || !Object.hasOwn(DOCS_ASSETS, file)) return notFound(`There is no file ${c.req.path}.`, c.req.path);
    const name = file as keyof typeof DOCS_ASSETS;
    let asset = assets.get(name);
    if (!asset) {
      const body = await docsAssets(name);
      if (body === undefined) return notFound(`${name} is not installed on this server.`, c.req.path);
      asset = fixedBody(body, DOCS_ASSETS[name]);
      assets.set(name, asset);
    }
    return serve(c.req.raw, asset);
  });
}
