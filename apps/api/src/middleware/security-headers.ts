/**
 * Security headers on every response (hono/secure-headers). Routes that set their own keep
 * them (`overwrite: false`): the demo pages and `/docs` their page CSPs, the widget bundles
 * their cross-origin policy. Everything else is data, so its CSP lets nothing run or frame it;
 * only the widget bundles, which other sites load and embed, carry no document policy at all.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** Options of {@link securityHeaders}. */
export interface SecurityHeadersOptions {
  /** Sends HSTS: only when the public address is https, or plain-http clients would be locked out. */
  hsts?: boolean | undefined;
}

/** One year, the preload lists' minimum; subdomains are left to their own servers. */
const HSTS = 'max-age=31536000';

/** Where the Node entry serves the widget bundles (static-folders.ts). */
const EMBEDDABLE_PREFIX = '/widgets/';

/**
 * The headers; registered before the read cache so that cached reads and 304s carry them too.
 * @example app.use('*', securityHeaders({ hsts: publicUrl.startsWith('https:') }));
 */
export function securityHeaders(options: SecurityHeadersOptions = {}): MiddlewareHandler {
  const common = {
    overwrite: false,
    referrerPolicy: 'strict-origin-when-cross-origin',
    strictTransportSecurity: options.hsts ? HSTS : false,
    // The data is public and read from any site: no-cors loads (an <img> of a map, a calendar
    // subscription) must work from anywhere too.
    crossOriginResourcePolicy: 'cross-origin',
    // Headers for browsers that no longer exist (IE, Flash) are left out: they cost every response.
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
    originAgentCluster: false,
  } as const;
  const data = secureHeaders({ ...common, contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] }, xFrameOptions: 'DENY' });
  const embeddable = secureHeaders({ ...common, xFrameOptions: false });
  return (c, next) => (c.req.path.startsWith(EMBEDDABLE_PREFIX) ? embeddable(c, next) : data(c, next));
}
