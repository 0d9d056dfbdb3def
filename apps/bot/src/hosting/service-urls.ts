/**
 * Where the bot may send replies. The Bot Framework protocol has the bot POST its replies to
 * the `serviceUrl` the incoming activity names, with the bot's own access token attached: an
 * unchecked `serviceUrl` turns the bot into a proxy that requests any address (SSRF) and hands
 * its token to whoever runs that address. So replies go only to the Bot Framework's own hosts,
 * to hosts the operator lists, or, for the Emulator on a developer's machine, to loopback.
 */

/**
 * The Bot Framework channel service hosts (Direct Line, Web Chat, the other channels, their
 * regional and sovereign-cloud variants) as name suffixes: Microsoft owns every name below these.
 */
const OFFICIAL_SUFFIXES = ['.botframework.com', '.botframework.azure.us', '.botframework.azure.cn'];

/**
 * Microsoft Teams' service hosts, public and US government clouds. Exact names only:
 * any Azure customer can register a name under `trafficmanager.net`, so no wildcard there.
 */
const OFFICIAL_HOSTS = [
  'smba.trafficmanager.net',
  'smba.infra.gcc.teams.microsoft.com',
  'smba.infra.gov.teams.microsoft.us',
  'smba.infra.dod.teams.microsoft.us',
];

/** The addresses the Bot Framework Emulator gives as its `serviceUrl` on the developer's machine. */
const EMULATOR_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** A host name, or `*.` and a domain for every name below that domain. */
const HOST_PATTERN = /^(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * Whether `host` (a listening address) is reachable only from this machine.
 * @example isLoopbackHost('127.0.0.1') // true; isLoopbackHost('0.0.0.0') // false
 */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * Splits and checks `BOT_ALLOWED_SERVICE_HOSTS` (comma or space separated); returns the
 * patterns, or the entries that are not host names.
 * @example parseServiceHosts('directline.example.org, *.example.net').hosts // ['directline.example.org', '*.example.net']
 */
export function parseServiceHosts(list: string): { hosts: string[]; invalid: string[] } {
  const entries = list.split(/[\s,]+/).map((entry) => entry.trim().toLowerCase()).filter(Boolean);
  return { hosts: entries.filter((entry) => HOST_PATTERN.test(entry)), invalid: entries.filter((entry) => !HOST_PATTERN.test(entry)) };
}

function matches(hostname: string, pattern: string): boolean {
  return pattern.startsWith('*.') ? hostname.endsWith(pattern.slice(1)) : hostname === pattern;
}

/** Which service URLs a bot accepts. */
export interface ServiceUrlPolicyOptions {
  /** Anonymous (Emulator) mode: only the Emulator's loopback addresses. */
  anonymous: boolean;
  /** The operator's extra hosts (authenticated mode), as {@link parseServiceHosts} returns them. */
  allowedHosts?: readonly string[];
}

/**
 * A check for an activity's `serviceUrl`. With credentials: HTTPS on the default port to a Bot
 * Framework or listed host, so the bot's token never travels in clear or to another service.
 * @example serviceUrlPolicy({ anonymous: false })('https://smba.trafficmanager.net/emea/') // true
 */
export function serviceUrlPolicy(options: ServiceUrlPolicyOptions): (serviceUrl: unknown) => boolean {
  const extra = options.allowedHosts ?? [];
  return (serviceUrl) => {
    if (typeof serviceUrl !== 'string' || serviceUrl.length > 2048 || !URL.canParse(serviceUrl)) return false;
    const url = new URL(serviceUrl);
    // Credentials in the URL would be sent along with every reply.
    if (url.username || url.password) return false;
    if (options.anonymous) return (url.protocol === 'http:' || url.protocol === 'https:') && EMULATOR_HOSTS.includes(url.hostname);
    if (url.protocol !== 'https:' || url.port !== '') return false;
    const host = url.hostname;
    return OFFICIAL_HOSTS.includes(host) || OFFICIAL_SUFFIXES.some((suffix) => host.endsWith(suffix)) || extra.some((pattern) => matches(host, pattern));
  };
}
