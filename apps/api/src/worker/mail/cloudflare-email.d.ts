/**
 * What the Worker uses of Cloudflare's Email binding (`[[send_email]]` in wrangler.toml): the
 * `cloudflare:email` module, which only exists inside workerd and wrangler's bundle.
 */
declare module 'cloudflare:email' {
  /** One raw RFC 5322 message and its envelope; `from` must match the message's From address. */
  export class EmailMessage {
    constructor(from: string, to: string, raw: ReadableStream | string);
    readonly from: string;
    readonly to: string;
  }
}
