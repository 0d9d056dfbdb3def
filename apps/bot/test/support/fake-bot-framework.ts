/**
 * A local stand-in for the Bot Framework on a real socket: it receives the bot's replies (and
 * counts every request, so a test can assert that nothing was sent), and it publishes OpenID
 * metadata and a signing key, so that tokens signed here pass botbuilder's real validation.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { generateKeyPairSync, sign } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';

/** A request the fake received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  /** The parsed JSON body of a POST. */
  activity?: { type: string; text?: string; replyToId?: string; locale?: string; channelData?: { topic?: string; confidence?: number }; conversation?: { id: string } };
}

/** A POST the fake received: a reply the bot sent. */
export type ReceivedReply = ReceivedRequest & { activity: NonNullable<ReceivedRequest['activity']> };

/** A listening fake. */
export interface FakeBotFramework {
  /** `http://host:port`, no trailing slash. */
  url: string;
  /**
   * botbuilder's authentication settings pointing at this fake (any setting makes botbuilder
   * expect them all): tokens from {@link FakeBotFramework.token} pass, nothing reaches Microsoft.
   */
  authentication(openIdMetadataUrl?: string): ConfigurationBotFrameworkAuthenticationOptions;
  /** Every request so far, the metadata fetches included. */
  received: ReceivedRequest[];
  /** The POSTs so far: replies the bot sent. */
  posts(): ReceivedReply[];
  /** A channel token (RS256, signed with the published key) with the given claims. */
  token(claims: Record<string, unknown>): string;
  close(): Promise<void>;
}

const KEY_ID = 'fake-bot-framework-key';
/** The Bot Framework's token issuer, as its channels sign. */
const ISSUER = 'https://api.botframework.com';

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * Starts the fake on `host` (another loopback address such as 127.0.0.2 stands in for a host
 * the bot must never reach).
 * @example const channel = await startFakeBotFramework(); … expect(channel.posts()).toHaveLength(0);
 */
export async function startFakeBotFramework(host = '127.0.0.1'): Promise<FakeBotFramework> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const received: ReceivedRequest[] = [];
  let url = '';
  const server: Server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const path = request.url ?? '';
      const entry: ReceivedRequest = { method: request.method ?? '', path };
      if (request.method === 'POST') entry.activity = JSON.parse(body) as ReceivedRequest['activity'];
      received.push(entry);
      const answer = path === '/openid' ? { issuer: ISSUER, jwks_uri: `${url}/keys` }
        : path === '/keys' ? { keys: [{ ...jwk, kid: KEY_ID, use: 'sig', alg: 'RS256' }] }
          : { id: `reply-${received.length}` };
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  url = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url,
    authentication: (openIdMetadataUrl = `${url}/openid`) => ({
      ToBotFromChannelTokenIssuer: ISSUER,
      ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
      ToChannelFromBotLoginUrl: `${url}/login`,
      ToChannelFromBotOAuthScope: ISSUER,
      OAuthUrl: `${url}/oauth`,
      ValidateAuthority: true,
    }),
    received,
    posts: () => received.filter((entry): entry is ReceivedReply => entry.method === 'POST' && entry.activity !== undefined),
    token(claims) {
      const now = Math.floor(Date.now() / 1000);
      const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: KEY_ID }));
      const payload = base64url(JSON.stringify({ iss: ISSUER, nbf: now - 60, exp: now + 600, ...claims }));
      const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), privateKey);
      return `${header}.${payload}.${base64url(signature)}`;
    },
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
