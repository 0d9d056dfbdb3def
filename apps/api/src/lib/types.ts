/** Types shared by the app, its middleware and its route handlers. */
import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { PlatformStore } from '@thb/store';
import type { Principal } from '../access/principal.ts';
import type { ReadContext } from './read-context.ts';
import type { ResponseCache } from './response-cache.ts';
import type { SharedReadCache } from './shared-read-cache.ts';

/** Where errors go; `console` by default. */
export interface Logger {
  error(message: string, error?: unknown): void;
}

/** The Hono environment of the app: per-request variables set by middleware. */
export interface AppEnv {
  Variables: {
    read?: ReadContext;
    /** Who is asking; set by `identify` on every `/v1` request. */
    principal?: Principal;
    /** Whether the principal came from a session cookie (those writes must come from an allowed origin). */
    cookieAuthenticated?: boolean;
  };
}

/** The app type: an OpenAPIHono with our environment. */
export type AppOpenAPI = OpenAPIHono<AppEnv>;

/** A handler for a route created with `createRoute`, in our environment. */
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;

/** Everything handlers need, built once by `createApp`. */
export interface AppDeps {
  store: PlatformStore;
  /** The data version read before every cached read; `store.dataVersion` when absent. */
  dataVersion?: () => Promise<number>;
  /** The clock; tests pin it so that "upcoming" is deterministic. */
  now: () => Date;
  cache: ResponseCache;
  /** Whether reads are gzipped here (false on Workers, where Cloudflare compresses them). */
  compress?: boolean | undefined;
  /** A cache shared with other instances of the app, consulted after `cache` misses. */
  sharedCache?: SharedReadCache | undefined;
  logger: Logger;
}
