/**
 * The bot's configuration from the environment: its port, its data folder, and the usual Bot
 * Framework credentials. Without `MicrosoftAppId` the bot runs anonymously, as the Emulator wants.
 */

/** The checked configuration. */
export interface BotEnv {
  port: number;
  /** The interface to listen on; 0.0.0.0 in containers. */
  host: string;
  dataDir: string;
  /** Passed to the Bot Framework authentication as is; empty values mean "not set". */
  credentials: {
    MicrosoftAppId?: string | undefined;
    MicrosoftAppPassword?: string | undefined;
    MicrosoftAppTenantId?: string | undefined;
    MicrosoftAppType?: string | undefined;
  };
}

const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'];

/**
 * Reads the environment; throws an Error naming every wrong variable.
 * @example readBotEnv({ PORT_BOT: '3978' }).port // 3978
 */
export function readBotEnv(source: Readonly<Record<string, string | undefined>>): BotEnv {
  const value = (name: string) => (source[name]?.trim() ? source[name].trim() : undefined);
  const problems: string[] = [];
  const port = Number(value('PORT_BOT') ?? 3978);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) problems.push(`PORT_BOT: must be a port number, got "${value('PORT_BOT')}"`);
  const appType = value('MicrosoftAppType');
  if (appType && !APP_TYPES.includes(appType)) problems.push(`MicrosoftAppType: must be one of ${APP_TYPES.join(', ')}`);
  if (value('MicrosoftAppId') && !value('MicrosoftAppPassword') && appType !== 'UserAssignedMSI') {
    problems.push('MicrosoftAppPassword: is required with MicrosoftAppId (unless MicrosoftAppType is UserAssignedMSI)');
  }
  if (problems.length > 0) throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  return {
    port,
    host: value('HOST') ?? '127.0.0.1',
    dataDir: value('DATA_DIR') ?? 'data',
    credentials: {
      MicrosoftAppId: value('MicrosoftAppId'),
      MicrosoftAppPassword: value('MicrosoftAppPassword'),
      MicrosoftAppTenantId: value('MicrosoftAppTenantId'),
      MicrosoftAppType: appType,
    },
  };
}
