/**
 * Hosting of the Bot Framework bot: `POST /api/messages` on node:http with `CloudAdapter`. The
 * conversation logic is in bots/thb-bot.ts, the answering in `@thb/answers`.
 *
 * Run it with `tsx src/index.ts` or, built, `node apps/bot/dist/index.js`; it reads `PORT_BOT`
 * (3978), `HOST` (127.0.0.1), `DATA_DIR` (the API's SQLite file `thb.sqlite`) and `MicrosoftAppId`,
 * `MicrosoftAppPassword`, `MicrosoftAppTenantId`, `MicrosoftAppType` (anonymous when unset,
 * for the Bot Framework Emulator). Importing this module starts nothing.
 *
 * @example
 * const bot = await startBot({ port: 0, store });
 * // POST Bot Framework activities to `${bot.url}/api/messages`
 * await bot.close();
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnswerEngine, type AnswerPages } from '@thb/answers';
import type { PlatformStore } from '@thb/store';
import { seedDemoData } from '@thb/store/demo';
import { openSqliteStore } from '@thb/store/sqlite';
import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory, type TurnContext,
} from 'botbuilder';
import { ThbBot } from './bots/thb-bot.ts';
import { readBotEnv, type BotEnv } from './hosting/bot-env.ts';
import { adapterRequest, adapterResponse, readJsonBody, sendError } from './hosting/node-http.ts';

/** Options of {@link startBot}. */
export interface StartBotOptions {
  store: PlatformStore;
  /** 0 picks a free port; 3978 is the Bot Framework convention. */
  port?: number;
  /** The interface; 127.0.0.1 by default. */
  hostname?: string;
  /** Bot Framework credentials; none means anonymous (Emulator). */
  credentials?: BotEnv['credentials'];
  /** The clock deciding which events are upcoming; tests pin it. */
  now?: () => Date;
  /** Site pages the answers link to. */
  pages?: AnswerPages;
}

/** A listening bot. */
export interface RunningBot {
  /** Base URL without trailing slash; the endpoint is `${url}/api/messages`. */
  url: string;
  /** Stops listening; the store stays open. */
  close(): Promise<void>;
}

/** What a visitor sees when a turn fails: no details, and 112 in case it mattered. */
const TURN_ERROR_TEXT = 'Sorry, something went wrong. Please try again. If you are in danger, call 112.';

/** An adapter that authenticates with the given credentials, or anonymously without an app id. */
function createAdapter(credentials: BotEnv['credentials']): CloudAdapter {
  const authentication = new ConfigurationBotFrameworkAuthentication(
    { MicrosoftAppId: credentials.MicrosoftAppId, MicrosoftAppTenantId: credentials.MicrosoftAppTenantId },
    new ConfigurationServiceClientCredentialFactory(credentials),
  );
  const adapter = new CloudAdapter(authentication);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // The error's name and message only: the activity may hold what a visitor wrote.
    console.error(`bot turn failed: ${error.name}: ${error.message}`);
    await context.sendActivity(TURN_ERROR_TEXT).catch(() => undefined);
  };
  return adapter;
}

/**
 * Starts the bot on a real socket.
 * @example const bot = await startBot({ store, port: 3978 });
 */
export async function startBot(options: StartBotOptions): Promise<RunningBot> {
  const engine = createAnswerEngine({ store: options.store, now: options.now, pages: options.pages });
  const bot = new ThbBot(engine);
  const adapter = createAdapter(options.credentials ?? {});
  const server = createServer((incoming, outgoing) => {
    void (async () => {
      if (new URL(incoming.url ?? '/', 'http://bot').pathname !== '/api/messages') return sendError(outgoing, 404, 'Not found');
      if (incoming.method !== 'POST') return sendError(outgoing, 405, 'Use POST', { allow: 'POST' });
      const body = await readJsonBody(incoming);
      // An activity without a type would make the adapter throw (a 500); it is the sender's mistake.
      if (!body || typeof body.type !== 'string') return sendError(outgoing, 400, 'The body must be a JSON Bot Framework activity');
      await adapter.process(adapterRequest(incoming, body), adapterResponse(outgoing), (context) => bot.run(context));
    })().catch((error: unknown) => {
      console.error(`bot request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!outgoing.headersSent) sendError(outgoing, 500, 'Internal error');
      else outgoing.end();
    });
  });
  const hostname = options.hostname ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3978, hostname, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${hostname === '0.0.0.0' ? '127.0.0.1' : hostname}:${port}`,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    }),
  };
}

/** Opens the API's SQLite store (seeding demo data if it is empty) and serves the bot. */
async function main(): Promise<void> {
  const env = readBotEnv(process.env);
  const file = join(env.dataDir, 'thb.sqlite');
  const store = await openSqliteStore({ file });
  await seedDemoData(store);
  const bot = await startBot({ store, port: env.port, credentials: env.credentials, hostname: env.host });
  const mode = env.credentials.MicrosoftAppId ? 'authenticated' : 'anonymous (Emulator)';
  console.log(`THB bot listening on ${bot.url}/api/messages, ${mode}`);
  const stop = async (signal: string) => {
    console.log(`${signal}: shutting down`);
    await bot.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));
}

function isEntry(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntry()) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
