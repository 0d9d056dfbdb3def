/**
 * Static files on the Node server: widget bundles at `/widgets/` and the demo site at `/`.
 * They are built by other packages; a folder that does not exist is simply not served.
 */
import { statSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import type { AppOpenAPI } from '../lib/types.ts';

/** The folders to serve; either may be missing. */
export interface StaticFolders {
  widgetsDir?: string | undefined;
  siteDir?: string | undefined;
}

function isDirectory(path: string | undefined): path is string {
  try {
    return path !== undefined && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** serveStatic with our headers on found files; content types come from Hono's table (.js, .map, .json…). */
function serveFolder(root: string, prefix: string, extraHeaders: Record<string, string>): MiddlewareHandler {
  const serve = serveStatic({
    root,
    rewriteRequestPath: (path) => path.slice(prefix.length) || '/',
  });
  return async (c, next) => {
    const found = await serve(c, next);
    if (!(found instanceof Response)) return found;
    for (const [name, value] of Object.entries(extraHeaders)) found.headers.set(name, value);
    return found;
  };
}

/**
 * Mounts the folders that exist. Widgets are loaded by other sites as module scripts, which are
 * fetched with CORS, so they must allow any origin and cross-origin embedding.
 * @example serveStaticFolders(app, { widgetsDir: 'packages/widgets/dist' });
 */
export function serveStaticFolders(app: AppOpenAPI, folders: StaticFolders): { widgets: boolean; site: boolean } {
  const widgets = isDirectory(folders.widgetsDir);
  const site = isDirectory(folders.siteDir);
  if (widgets) {
    app.use('/widgets/*', serveFolder(folders.widgetsDir!, '/widgets', {
      'cache-control': 'public, max-age=300',
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
      'x-content-type-options': 'nosniff',
    }));
  }
  if (site) {
    app.use('*', serveFolder(folders.siteDir!, '', { 'cache-control': 'public, max-age=60', 'x-content-type-options': 'nosniff' }));
  }
  return { widgets, site };
}
