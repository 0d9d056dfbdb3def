/**
 * The extra headers a `Mail` may carry (`List-Unsubscribe` and the like), checked alike by every
 * transport: none may override the sender, the recipients or the MIME structure, and none may
 * start a new header with a line break.
 */

/** RFC 5322 field names: printable ASCII without the colon. */
const HEADER_NAME = /^[!-9;-~]+$/;

/** Headers the transport sets from the message itself; taking them from `headers` would bypass its checks. */
const RESERVED_HEADERS = new Set([
  'from', 'sender', 'to', 'cc', 'bcc', 'reply-to', 'subject', 'date', 'message-id',
  'mime-version', 'content-type', 'content-transfer-encoding', 'return-path',
]);

/**
 * The headers as a transport may set them, each value on one line.
 * @throws Error naming a header that is not allowed
 * @example checkedHeaders({ 'List-Unsubscribe': '<https://thb.example/u?token=…>' })
 */
export function checkedHeaders(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const checked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!HEADER_NAME.test(name) || RESERVED_HEADERS.has(name.toLowerCase())) {
      throw new Error(`A mail may not set the header ${JSON.stringify(name)}`);
    }
    checked[name] = oneLine(value);
  }
  return checked;
}

/** Line breaks in a header value would start a new header. */
export function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}
