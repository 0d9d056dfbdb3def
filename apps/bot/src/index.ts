/**
 * Hosting of the Bot Framework bot: `POST /api/messages` on node:http with `CloudAdapter`. The
 * conversation logic is in bots/thb-bot.ts, the answering in `@thb/answers`.
 *
 * Run it with `tsx src/index.ts` or, built, `node apps/bot/dist/index.js`; it reads `PORT_BOT`
 * (3978), `HOST` (127.0.0.1), the API's store (`DATABASE_URL`, else SQLite in `DATA_DIR`),
 * `MicrosoftAppId`, `MicrosoftAppPassword`, `MicrosoftAppTenantId`, `MicrosoftAppType`,
 * `BOT_ALLOWED_SERVICE_HOSTS` and `BOT_REQUESTS_PER_MINUTE` (see hosting/bot-env.ts). Without
 * an app id it is anonymous, for the Bot Framework Emulator, and listens on loopback only.
 * Importing this module starts nothing.
 *
 * @example
 * const bot = await startBot({ port: 0, store });
 * // POST Bot Framework activities to `${bot.url}/api/messages`
 * await bot.close();
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAnswerEngine, type AnswerPages } from '@thb/answers';
import type { PlatformStore } from '@thb/store';
import { isEntry, runMain } from '@thb/store/node-main';
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { ThbBot } from './bots/thb-bot.ts';
import { BotAdapter } from './hosting/bot-adapter.ts';
import { anonymousOffLoopback, readBotEnv, type BotCredentials } from './hosting/bot-env.ts';
import { createMessageEndpoint } from './hosting/message-endpoint.ts';
import { isLoopbackHost, serviceUrlPolicy } from './hosting/service-urls.ts';

/** Options of {@link startBot}. */
export interface StartBotOptions {
  store: PlatformStore;
  /** 0 picks a free port; 3978 is the Bot Framework convention. */
  port?: number;
  /** The interface; 127.0.0.1 by default. Any other than loopback needs `credentials`. */
  hostname?: string;
  /** Bot Framework credentials; none means anonymous (Emulator), on loopback only. */
  credentials?: BotCredentials;
  /** botbuilder's authentication settings beyond the credentials (a sovereign cloud's endpoints). */
  authentication?: ConfigurationBotFrameworkAuthenticationOptions;
  /** Hosts besides the Bot Framework's that replies may go to (authenticated mode only). */
  allowedServiceHosts?: readonly string[];
  /** Requests one client address may make per minute (default 120). */
  requestsPerMinute?: number;
  /** The clock deciding which events are upcoming; tests pin it. */
  now?: () => Date;
  /** Site pages the answers link to. */
  pages?: AnswerPages;
}

/** A listening bot. */
export interface RunningBot {
  /** Base URL without trailing slash; the endpoint is `${url}/api/messages`. */
  url: string;
  /** `anonymous` (Emulator, loopback) or `authenticated`. */
  mode: 'anonymous' | 'authenticated';
  /** Stops listening; the store stays open. */
  close(): Promise<void>;
}

/**
 * Starts the bot on a real socket; refuses to listen anonymously beyond loopback.
 * @example const bot = await startBot({ store, port: 3978 });
 */
export async function startBot(options: StartBotOptions): Promise<RunningBot> {
  const hostname = options.hostname ?? '127.0.0.1';
  const credentials = options.credentials ?? {};
  const anonymous = !credentials.MicrosoftAppId;
  if (anonymous && !isLoopbackHost(hostname)) throw new Error(anonymousOffLoopback(hostname));
  const engine = createAnswerEngine({ store: options.store, now: options.now, pages: options.pages });
  const server = createServer(createMessageEndpoint({
    adapter: new BotAdapter(credentials, options.authentication),
    bot: new ThbBot(engine),
    acceptsServiceUrl: serviceUrlPolicy({ anonymous, allowedHosts: options.allowedServiceHosts ?? [] }),
    requestsPerMinute: options.requestsPerMinute ?? 120,
  }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3978, hostname, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${hostname === '0.0.0.0' ? '127.0.0.1' : hostname}:${port}`,
    mode: anonymous ? 'anonymous' : 'authenticated',
    close: () => new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    }),
  };
}

// runMain opens the API's store (seeding an empty one), and on SIGINT/SIGTERM closes the bot, then the store.
if (isEntry(import.meta.url)) {
  void runMain(() => {
    const env = readBotEnv(process.env);
    return {
      databaseUrl: env.databaseUrl,
      dataDir: env.dataDir,
      async start({ store, backend }) {
        const bot = await startBot({
          store, port: env.port, hostname: env.host, credentials: env.credentials,
          allowedServiceHosts: env.allowedServiceHosts, requestsPerMinute: env.requestsPerMinute,
        });
        const mode = bot.mode === 'authenticated'
          ? `authenticated; replies only to Bot Framework service URLs${env.allowedServiceHosts.map((host) => `, ${host}`).join('')}`
          : 'anonymous, for the Bot Framework Emulator: loopback only, replies only to localhost service URLs';
        console.log(`THB bot listening on ${bot.url}/api/messages (${backend}; ${mode})`);
        return bot;
      },
    };
  });
}
