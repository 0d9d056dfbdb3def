/**
 * Which IP addresses a webhook may go to: public unicast only, never private, loopback,
 * link-local, unique-local, shared, documentation, multicast or reserved ranges (IPv4 and IPv6,
 * IPv4-mapped and NAT64 forms read as the IPv4 address inside). Edge-safe: no `node:net`.
 */

/** The four bytes of a dotted IPv4 address, or undefined. */
export function parseIPv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : Number.NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : undefined;
}

/** The eight 16-bit groups of an IPv6 address (brackets, a dotted IPv4 tail allowed), or undefined. */
export function parseIPv6(input: string): number[] | undefined {
  const text = input.replace(/^\[|\]$/g, '');
  // A zone (fe80::1%eth0) names a local interface: never public.
  if (!text.includes(':') || text.includes('%')) return undefined;
  let head = text;
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    // A dotted IPv4 tail is the last two groups.
    const v4 = parseIPv4(text.slice(lastColon + 1));
    if (!v4) return undefined;
    head = `${text.slice(0, lastColon + 1)}${((v4[0]! << 8) | v4[1]!).toString(16)}:${((v4[2]! << 8) | v4[3]!).toString(16)}`;
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const group = (part: string) => (part === '' ? [] : part.split(':'));
  const hex = (part: string) => (/^[0-9a-f]{1,4}$/i.test(part) ? Number.parseInt(part, 16) : Number.NaN);
  const left = group(halves[0]!).map(hex);
  const right = halves.length === 2 ? group(halves[1]!).map(hex) : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 && missing !== 0) return undefined;
  if (halves.length === 2 && missing < 1) return undefined;
  const groups = [...left, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g)) ? groups : undefined;
}

const inV4 = (bytes: number[], prefix: number[], bits: number) => {
  for (let bit = 0; bit < bits; bit += 1) {
    const byte = Math.floor(bit / 8);
    const mask = 0x80 >> (bit % 8);
    if ((bytes[byte]! & mask) !== (prefix[byte]! & mask)) return false;
  }
  return true;
};

/** IPv4 ranges that are not the public internet (RFC 6890 and the multicast and reserved blocks). */
const V4_NOT_PUBLIC: Array<[number[], number]> = [
  [[0, 0, 0, 0], 8], [[10, 0, 0, 0], 8], [[100, 64, 0, 0], 10], [[127, 0, 0, 0], 8], [[169, 254, 0, 0], 16],
  [[172, 16, 0, 0], 12], [[192, 0, 0, 0], 24], [[192, 0, 2, 0], 24], [[192, 88, 99, 0], 24], [[192, 168, 0, 0], 16],
  [[198, 18, 0, 0], 15], [[198, 51, 100, 0], 24], [[203, 0, 113, 0], 24], [[224, 0, 0, 0], 4], [[240, 0, 0, 0], 4],
];

function isPublicV4(bytes: number[]): boolean {
  return !V4_NOT_PUBLIC.some(([prefix, bits]) => inV4(bytes, prefix, bits));
}

function isPublicV6(groups: number[]): boolean {
  const [a, b] = [groups[0]!, groups[1]!];
  const v4 = [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff];
  // ::ffff:a.b.c.d (mapped) and 64:ff9b::a.b.c.d (NAT64) reach the IPv4 address inside.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) return isPublicV4(v4);
  if (a === 0x64 && b === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return isPublicV4(v4);
  // Only global unicast (2000::/3) is public; inside it, Teredo and the IETF blocks (2001::/23),
  // documentation (2001:db8::/32) and 6to4 (2002::/16), which may tunnel to anything, are not.
  if ((a & 0xe000) !== 0x2000) return false;
  if (a === 0x2001 && b < 0x0200) return false;
  if (a === 0x2001 && b === 0x0db8) return false;
  if (a === 0x2002) return false;
  return true;
}

/**
 * Whether an IP address (IPv4 dotted, or IPv6 with or without brackets) is a public unicast one;
 * false for anything that is not an IP address.
 * @example isPublicAddress('93.184.216.34') // true
 * @example isPublicAddress('::ffff:10.0.0.1') // false
 */
export function isPublicAddress(address: string): boolean {
  const v4 = parseIPv4(address);
  if (v4) return isPublicV4(v4);
  const v6 = parseIPv6(address);
  return v6 ? isPublicV6(v6) : false;
}

/** Whether a URL hostname is an IP literal (WHATWG URLs write IPv4 in dotted form, IPv6 in brackets). */
export function isIpLiteral(hostname: string): boolean {
  return parseIPv4(hostname) !== undefined || parseIPv6(hostname) !== undefined;
}
