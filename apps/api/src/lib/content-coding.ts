/**
 * gzip for cached reads: compressed once per data version, like the serialisation, so a
 * browser (which always accepts gzip) gets a fifth of the bytes at no per-request cost.
 * CompressionStream is a web API, available on Node and on Workers.
 */

/** Bodies smaller than this are sent as they are: gzip would save little and cost a header. */
export const GZIP_MIN_BYTES = 1024;

const accepted = new Map<string, boolean>();

/**
 * Whether an `Accept-Encoding` header accepts gzip (RFC 9110 §12.5.3: `gzip`, `x-gzip` or `*`, q > 0).
 * @example acceptsGzip('gzip, deflate, br') // true
 */
export function acceptsGzip(header: string | null | undefined): boolean {
  if (!header) return false;
  let result = accepted.get(header);
  if (result === undefined) {
    const codings = new Map(header.split(',').map((part) => {
      const [coding = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return [coding.trim(), q === undefined ? 1 : Number(q.slice(2)) || 0] as const;
    }));
    result = (codings.get('gzip') ?? codings.get('x-gzip') ?? codings.get('*') ?? 0) > 0;
    if (accepted.size >= 256) accepted.clear();
    accepted.set(header, result);
  }
  return result;
}

/** gzip bytes of a text, or undefined where the runtime has no CompressionStream. */
export async function gzipText(text: string): Promise<Uint8Array | undefined> {
  if (typeof CompressionStream === 'undefined') return undefined;
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
