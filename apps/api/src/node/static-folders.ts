/**
 * Static files on the Node server: widget bundles at `/widgets/`, the portal at `/portal/` (any
 * path below it without a file is the portal's page, whose router shows the screen) and the
 * demo site at `/`.
 * They are built by other packages; a folder that does not exist is simply not served.
 * Only regular files inside a folder are served: no dotfiles or dot folders (`.vite/`, `.env`),
 * nothing a symlink leads to outside the folder, no source maps unless asked for.
 */
import { realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppOpenAPI } from '../lib/types.ts';

/** The folders to serve; either may be missing. */
export interface StaticFolders {
  widgetsDir?: string | undefined;
  siteDir?: string | undefined;
  /** The built portal (apps/portal/dist), served at `/portal/`. */
  portalDir?: string | undefined;
  /** Serves `.map` files too (default false): they publish the source, and no page needs them. */
  sourceMaps?: boolean | undefined;
}

/**
 * The demo pages' policy: everything from this origin, nothing inline, no framing. The pages
 * are built for it (apps/site has no inline script or style).
 */
const pagePolicy = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"], frameAncestors: ["'none'"],
  },
  crossOriginResourcePolicy: 'same-origin',
  // The rest is the app's (security-headers.ts): only the policy is the pages' own.
  crossOriginOpenerPolicy: false, originAgentCluster: false, referrerPolicy: false, strictTransportSecurity: false,
  xContentTypeOptions: false, xDnsPrefetchControl: false, xDownloadOptions: false, xFrameOptions: false,
  xPermittedCrossDomainPolicies: false, xXssProtection: false, removePoweredBy: false,
});

function realDirectory(path: string | undefined): string | undefined {
  try {
    return path !== undefined && statSync(path).isDirectory() ? realpathSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/** A regular file's real path, if `path` (symlinks followed) is one inside `root`. */
function fileInside(root: string, path: string): string | undefined {
  try {
    const real = realpathSync(path);
    if (!real.startsWith(root + sep)) return undefined;
    return statSync(real).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The file a request path names under `root`, as serveStatic would find it (a folder means its
 * `index.html`), or undefined when it must not be served.
 * @example staticFile('/srv/site', '/embed/', false) // '/srv/site/embed/index.html'
 */
export function staticFile(root: string, path: string, sourceMaps: boolean): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (/[\\\0]/.test(decoded)) return undefined;
  const segments = decoded.split('/').slice(1);
  // Empty segments (`//`) only as the trailing slash of a folder; no segment may start with a dot.
  if (segments.some((segment, i) => segment.startsWith('.') || (segment === '' && i < segments.length - 1))) return undefined;
  if (!sourceMaps && decoded.endsWith('.map')) return undefined;
  const named = join(root, ...segments);
  try {
    if (statSync(named).isDirectory()) return fileInside(root, join(named, 'index.html'));
  } catch {
    return undefined;
  }
  return fileInside(root, named);
}

/**
 * Serves the files of `root` under `prefix`, with our headers on found files. The path is
 * checked here and the checked file handed to serveStatic, which adds content types (Hono's
 * table), HEAD and ranges.
 */
function serveFolder(
  root: string, prefix: string, sourceMaps: boolean, extraHeaders: Record<string, string>, policy?: MiddlewareHandler,
  fallback?: (path: string) => string | undefined,
): MiddlewareHandler {
  const checked = new WeakMap<Context, string>();
  const serve = serveStatic({ root: '', rewriteRequestPath: (_path, c) => checked.get(c) ?? '/nonexistent' });
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const path = c.req.path.slice(prefix.length) || '/';
    const file = staticFile(root, path, sourceMaps) ?? fallback?.(path);
    if (file === undefined) return next();
    checked.set(c, file);
    const send = async () => {
      const found = await serve(c, next);
      if (!(found instanceof Response)) return found;
      for (const [name, value] of Object.entries(extraHeaders)) found.headers.set(name, value);
      return found;
    };
    if (!policy) return send();
    await policy(c, async () => {
      const found = await send();
      if (found instanceof Response) c.res = found;
    });
    return c.res;
  };
}

/**
 * Mounts the folders that exist. Widgets are loaded by other sites as module scripts, which are
 * fetched with CORS, so they must allow any origin and cross-origin embedding.
 * @example serveStaticFolders(app, { widgetsDir: 'packages/widgets/dist' });
 */
export function serveStaticFolders(app: AppOpenAPI, folders: StaticFolders): { widgets: boolean; site: boolean; portal: boolean } {
  const widgets = realDirectory(folders.widgetsDir);
  const portal = realDirectory(folders.portalDir);
  const site = realDirectory(folders.siteDir);
  const sourceMaps = folders.sourceMaps ?? false;
  if (widgets) {
    app.use('/widgets/*', serveFolder(widgets, '/widgets', sourceMaps, {
      'cache-control': 'public, max-age=300',
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
      'x-content-type-options': 'nosniff',
    }));
  }
  if (portal) {
    const page = fileInside(portal, join(portal, 'index.html'));
    // A screen's address (`/portal/entry/x`) is the page; a missing file (`/portal/assets/x.js`) stays a 404.
    const screen = (path: string) => (/\.[a-z0-9]+$/i.test(path) ? undefined : page);
    app.get('/portal', (c) => c.redirect('/portal/', 301));
    app.use('/portal/*', serveFolder(portal, '/portal', sourceMaps, {
      // Hashed assets could be cached for long; the page must not be, and both are small.
      'cache-control': 'no-cache', 'x-content-type-options': 'nosniff',
    }, pagePolicy, screen));
  }
  if (site) {
    app.use('*', serveFolder(site, '', sourceMaps, { 'cache-control': 'public, max-age=60', 'x-content-type-options': 'nosniff' }, pagePolicy));
  }
  return { widgets: widgets !== undefined, site: site !== undefined, portal: portal !== undefined };
}
