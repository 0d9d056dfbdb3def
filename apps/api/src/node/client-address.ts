/**
 * Who is asking, on the Node server: the socket's address, or behind proxies the right-most
 * `X-Forwarded-For` hop that is not one of ours (proxy-addr, as Express does it). Hops to the
 * left of it were written by the client and could say anything, so they are never used.
 * `CF-Connecting-IP` is not read here: only on Workers does Cloudflare guarantee it.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import proxyAddr from 'proxy-addr';
import type { ClientAddress } from '../routes/chat/index.ts';

/**
 * Which hops are our proxies: how many stand in front of the server (the socket's peer is the
 * first), or their addresses and subnets (`10.0.0.0/8`, `loopback`, `uniquelocal`…).
 */
export type TrustProxy = number | readonly string[];

function trustFunction(trust: TrustProxy): (address: string, hop: number) => boolean {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return proxyAddr.compile([...trust]);
}

/**
 * The client address for the chat's rate limit. With no trust, the socket's address, which a
 * client cannot forge; with trust, the first untrusted hop counting from the socket. Should that
 * hop not be an IP address (a misconfigured proxy chain), the nearest one that is stands in.
 * @example nodeClientAddress(1) // behind one proxy: the last X-Forwarded-For entry
 */
export function nodeClientAddress(trust: TrustProxy | undefined): ClientAddress {
  const trusted = trust === undefined || trust === 0 ? undefined : trustFunction(trust);
  return (c) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (!incoming) return undefined;
    const socket = incoming.socket.remoteAddress;
    if (!trusted) return socket;
    const hops = proxyAddr.all(incoming, trusted); // [socket, …trusted proxies, client]
    for (let i = hops.length - 1; i > 0; i--) if (isIP(hops[i]!) !== 0) return hops[i];
    return socket;
  };
}
