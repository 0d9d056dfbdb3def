/** Starts the app on a Node HTTP server: used by the entry, by tests and by other packages' e2e tests. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, type CreateAppOptions } from '../app.ts';
import { nodeClientAddress, type TrustProxy } from './client-address.ts';
import { connectionServerOptions, limitConnections, type ConnectionLimits } from './connection-limits.ts';
import { serveStaticFolders, type StaticFolders } from './static-folders.ts';
import { swaggerUiFiles } from './swagger-ui-files.ts';

/** Options of {@link startServer}: the app's options plus where to listen and what to serve. */
export interface StartServerOptions extends Omit<CreateAppOptions, 'extend' | 'docsAssets'>, StaticFolders {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The interface; 127.0.0.1 by default. */
  hostname?: string;
  /** The proxies in front of the server, whose `X-Forwarded-For` names the client; none by default. */
  trustProxy?: TrustProxy | undefined;
  /** Timeouts and the most connections at once; sane defaults. */
  connections?: ConnectionLimits | undefined;
}

/** A listening server. */
export interface RunningServer {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:40123`. */
  url: string;
  port: number;
  /** Stops accepting connections and resolves once open ones are closed. The store stays open. */
  close(): Promise<void>;
}

/** How long `close()` lets in-flight requests finish before cutting connections. */
const CLOSE_GRACE_MS = 3000;

function urlHost(hostname: string): string {
  if (hostname === '0.0.0.0' || hostname === '::') return '127.0.0.1';
  return hostname.includes(':') ? `[${hostname}]` : hostname;
}

/**
 * Serves the API (plus `/docs` assets and static folders) on a real socket.
 * @example
 * const server = await startServer({ store, port: 0 });
 * await fetch(`${server.url}/v1/members`);
 * await server.close();
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { port = 0, hostname = '127.0.0.1', widgetsDir, siteDir, portalDir, sourceMaps, trustProxy, connections, ...appOptions } = options;
  const chat = { ...appOptions.chat, rateLimit: { clientAddress: nodeClientAddress(trustProxy), ...appOptions.chat?.rateLimit } };
  const app = createApp({
    ...appOptions,
    chat,
    docsAssets: swaggerUiFiles(),
    extend: (api) => serveStaticFolders(api, { widgetsDir, siteDir, portalDir, sourceMaps }),
  });
  const serverOptions = connectionServerOptions(connections);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname, serverOptions }, (info: AddressInfo) => {
      server.off('error', reject);
      const close = () =>
        new Promise<void>((done, fail) => {
          const force = setTimeout(() => 'closeAllConnections' in server && server.closeAllConnections(), CLOSE_GRACE_MS);
          force.unref();
          server.close((error) => {
            clearTimeout(force);
            if (error) fail(error);
            else done();
          });
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        });
      resolve({ url: `http://${urlHost(hostname)}:${info.port}`, port: info.port, close });
    });
    server.once('error', reject);
    // serve() makes an http.Server unless given another createServer, which this never passes.
    limitConnections(server as Server, connections);
  });
}
