/**
 * The bot's configuration from the environment: where it listens, its store (the API's: SQLite
 * in `DATA_DIR`, or PostgreSQL at `DATABASE_URL`), the usual Bot Framework credentials, the
 * extra hosts it may reply to and its rate limit. Without `MicrosoftAppId` the bot runs
 * anonymously, as the Emulator wants, and then only on a loopback address.
 */
import { isLoopbackHost, parseServiceHosts } from './service-urls.ts';

/** Bot Framework credentials, passed to botbuilder as they are; empty values mean "not set". */
export interface BotCredentials {
  MicrosoftAppId?: string | undefined;
  MicrosoftAppPassword?: string | undefined;
  MicrosoftAppTenantId?: string | undefined;
  MicrosoftAppType?: string | undefined;
}

/** The checked configuration. */
export interface BotEnv {
  port: number;
  /** The interface to listen on; 0.0.0.0 in containers (which needs credentials). */
  host: string;
  dataDir: string;
  /** `postgres://…` for PostgreSQL; unset for SQLite in `dataDir`. */
  databaseUrl: string | undefined;
  credentials: BotCredentials;
  /** Hosts besides the Bot Framework's that replies may go to (`BOT_ALLOWED_SERVICE_HOSTS`). */
  allowedServiceHosts: string[];
  /** Requests to /api/messages one client address may make per minute (`BOT_REQUESTS_PER_MINUTE`). */
  requestsPerMinute: number;
}

const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'];

/** Enough for a busy Emulator session; behind the Bot Connector all users share a few addresses. */
const DEFAULT_REQUESTS_PER_MINUTE = 120;

/**
 * Reads the environment; throws an Error naming every wrong variable.
 * @example readBotEnv({ PORT_BOT: '3978' }).port // 3978
 */
export function readBotEnv(source: Readonly<Record<string, string | undefined>>): BotEnv {
  const value = (name: string) => (source[name]?.trim() ? source[name].trim() : undefined);
  const problems: string[] = [];
  const port = Number(value('PORT_BOT') ?? 3978);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) problems.push(`PORT_BOT: must be a port number, got "${value('PORT_BOT')}"`);
  const host = value('HOST') ?? '127.0.0.1';
  const appType = value('MicrosoftAppType');
  if (appType && !APP_TYPES.includes(appType)) problems.push(`MicrosoftAppType: must be one of ${APP_TYPES.join(', ')}`);
  const appId = value('MicrosoftAppId');
  if (appId && !value('MicrosoftAppPassword') && appType !== 'UserAssignedMSI') {
    problems.push('MicrosoftAppPassword: is required with MicrosoftAppId (unless MicrosoftAppType is UserAssignedMSI)');
  }
  if (!appId && !isLoopbackHost(host)) problems.push(anonymousOffLoopback(host));
  const { hosts, invalid } = parseServiceHosts(value('BOT_ALLOWED_SERVICE_HOSTS') ?? '');
  if (invalid.length > 0) problems.push(`BOT_ALLOWED_SERVICE_HOSTS: not host names: ${invalid.join(', ')}`);
  const requestsPerMinute = Number(value('BOT_REQUESTS_PER_MINUTE') ?? DEFAULT_REQUESTS_PER_MINUTE);
  if (!Number.isInteger(requestsPerMinute) || requestsPerMinute < 1) {
    problems.push(`BOT_REQUESTS_PER_MINUTE: must be a whole number above 0, got "${value('BOT_REQUESTS_PER_MINUTE')}"`);
  }
  if (problems.length > 0) throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  return {
    port,
    host,
    dataDir: value('DATA_DIR') ?? 'data',
    databaseUrl: value('DATABASE_URL'),
    credentials: {
      MicrosoftAppId: appId,
      MicrosoftAppPassword: value('MicrosoftAppPassword'),
      MicrosoftAppTenantId: value('MicrosoftAppTenantId'),
      MicrosoftAppType: appType,
    },
    allowedServiceHosts: hosts,
    requestsPerMinute,
  };
}

/**
 * Why an anonymous bot must not listen beyond loopback: anyone who reaches it could make it
 * post to addresses of their choice. Shared by the environment check and `startBot`.
 * @example throw new Error(anonymousOffLoopback('0.0.0.0'));
 */
export function anonymousOffLoopback(host: string): string {
  return `MicrosoftAppId: is required to listen on ${host}. Without Bot Framework credentials the bot runs anonymously, `
    + 'for the Bot Framework Emulator, and only on a loopback address (HOST=127.0.0.1, the default)';
}
