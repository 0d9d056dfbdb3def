/**
 * The Bot Framework side of the endpoint: botbuilder's `CloudAdapter`, with the inbound
 * request authenticated here rather than inside `CloudAdapter.process`. That one answers an
 * unreachable sign-in service with a 500 that carries the upstream error (`getaddrinfo
 * ENOTFOUND …`); here every failed authentication is a bare 401, and a header that is not even
 * a JSON Web Token is refused before botbuilder fetches anything.
 */
import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory,
  type Activity, type ConfigurationBotFrameworkAuthenticationOptions, type InvokeResponse, type TurnContext,
} from 'botbuilder';
import type { BotCredentials } from './bot-env.ts';

/** What botbuilder's authentication makes of a request: the caller's claims and a connector factory. */
export type AuthenticatedRequest = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** `Bearer` and three base64url parts: the only shape of token botbuilder could accept. */
const BEARER_JWT = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
/** Bot Framework tokens are a few kilobytes; a longer header is not one. */
const MAX_AUTHORIZATION_LENGTH = 16 * 1024;

/** What a visitor sees when a turn fails: no details, and 112 in case it mattered. */
const TURN_ERROR_TEXT = 'Sorry, something went wrong. Please try again. If you are in danger, call 112.';

/** A `CloudAdapter` that runs turns for requests {@link BotAdapter.authenticate} accepted. */
export class BotAdapter extends CloudAdapter {
  readonly #authentication: ConfigurationBotFrameworkAuthentication;
  /** No app id: anonymous, for the Emulator. */
  readonly anonymous: boolean;

  constructor(credentials: BotCredentials, configuration: ConfigurationBotFrameworkAuthenticationOptions = {}) {
    const authentication = new ConfigurationBotFrameworkAuthentication(
      { ...configuration, MicrosoftAppId: credentials.MicrosoftAppId, MicrosoftAppTenantId: credentials.MicrosoftAppTenantId },
      new ConfigurationServiceClientCredentialFactory(credentials),
    );
    super(authentication);
    this.#authentication = authentication;
    this.anonymous = !credentials.MicrosoftAppId;
    this.onTurnError = async (context: TurnContext, error: Error) => {
      // The error's name and message only: the activity may hold what a visitor wrote.
      console.error(`bot turn failed: ${error.name}: ${error.message}`);
      await context.sendActivity(TURN_ERROR_TEXT).catch(() => undefined);
    };
  }

  /** Authenticates a request's `Authorization` header; `undefined` means 401. */
  async authenticate(activity: Activity, authorization: string | undefined): Promise<AuthenticatedRequest | undefined> {
    // An anonymous bot accepts every caller anyway; validating a token it was sent would only
    // let callers make it fetch signing keys from Microsoft's sign-in service.
    const header = this.anonymous ? '' : authorization ?? '';
    if (!this.anonymous && (header.length > MAX_AUTHORIZATION_LENGTH || !BEARER_JWT.test(header))) return undefined;
    try {
      return await this.#authentication.authenticateRequest(activity, header);
    } catch (error) {
      // For the operator (an unreachable sign-in service shows here), never for the caller.
      console.warn(`bot request refused: ${error instanceof Error ? `${error.name}: ${error.message}` : 'authentication failed'}`);
      return undefined;
    }
  }

  /** Runs the turn of an authenticated activity; an invoke's or `expectReplies` answer comes back. */
  runTurn(request: AuthenticatedRequest, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(request, activity, logic);
  }
}
