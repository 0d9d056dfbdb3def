import { describe, expect, it } from 'vitest';
import { isLoopbackHost, parseServiceHosts, serviceUrlPolicy } from './service-urls.ts';

const withCredentials = serviceUrlPolicy({ anonymous: false, allowedHosts: parseServiceHosts('bots.example.org, *.channels.example.net').hosts });
const anonymous = serviceUrlPolicy({ anonymous: true, allowedHosts: ['bots.example.org'] });

/** The service URL table: what an activity names, and whether each mode replies there. */
const SERVICE_URLS: { serviceUrl: unknown; authenticated: boolean; emulator: boolean }[] = [
  // The Bot Framework's own channels, regional and sovereign clouds included.
  { serviceUrl: 'https://smba.trafficmanager.net/emea/', authenticated: true, emulator: false },
  { serviceUrl: 'https://smba.infra.gcc.teams.microsoft.com/gcc', authenticated: true, emulator: false },
  { serviceUrl: 'https://smba.infra.gov.teams.microsoft.us/gcch', authenticated: true, emulator: false },
  { serviceUrl: 'https://smba.infra.dod.teams.microsoft.us/', authenticated: true, emulator: false },
  { serviceUrl: 'https://directline.botframework.com/', authenticated: true, emulator: false },
  { serviceUrl: 'https://europe.webchat.botframework.com/', authenticated: true, emulator: false },
  { serviceUrl: 'https://directline.botframework.azure.us/', authenticated: true, emulator: false },
  { serviceUrl: 'https://india.directline.botframework.azure.cn/', authenticated: true, emulator: false },
  // The operator's hosts.
  { serviceUrl: 'https://bots.example.org/v3/', authenticated: true, emulator: false },
  { serviceUrl: 'https://eu.channels.example.net/', authenticated: true, emulator: false },
  { serviceUrl: 'https://channels.example.net/', authenticated: false, emulator: false },
  // Look-alikes: any Azure customer can own a trafficmanager.net name; suffix tricks; clear text; other ports; credentials.
  { serviceUrl: 'https://evil.trafficmanager.net/', authenticated: false, emulator: false },
  { serviceUrl: 'https://smba.trafficmanager.net.evil.example/', authenticated: false, emulator: false },
  { serviceUrl: 'https://notbotframework.com/', authenticated: false, emulator: false },
  { serviceUrl: 'https://botframework.com.evil.example/', authenticated: false, emulator: false },
  { serviceUrl: 'http://smba.trafficmanager.net/emea/', authenticated: false, emulator: false },
  { serviceUrl: 'https://smba.trafficmanager.net:8443/emea/', authenticated: false, emulator: false },
  { serviceUrl: 'https://user:secret@smba.trafficmanager.net/emea/', authenticated: false, emulator: false },
  // The Emulator on this machine, and other loopback or internal addresses.
  { serviceUrl: 'http://localhost:52123', authenticated: false, emulator: true },
  { serviceUrl: 'http://127.0.0.1:52123/', authenticated: false, emulator: true },
  { serviceUrl: 'http://[::1]:52123/', authenticated: false, emulator: true },
  { serviceUrl: 'http://127.0.0.2:52123/', authenticated: false, emulator: false },
  { serviceUrl: 'http://169.254.169.254/latest/meta-data/', authenticated: false, emulator: false },
  { serviceUrl: 'http://localhost.evil.example/', authenticated: false, emulator: false },
  { serviceUrl: 'file:///etc/passwd', authenticated: false, emulator: false },
  // Not URLs at all.
  { serviceUrl: 'not a url', authenticated: false, emulator: false },
  { serviceUrl: undefined, authenticated: false, emulator: false },
  { serviceUrl: 42, authenticated: false, emulator: false },
  { serviceUrl: `https://directline.botframework.com/${'a'.repeat(3000)}`, authenticated: false, emulator: false },
];

describe('serviceUrlPolicy', () => {
  it.each(SERVICE_URLS)('$serviceUrl: with credentials $authenticated, Emulator $emulator', ({ serviceUrl, authenticated, emulator }) => {
    expect(withCredentials(serviceUrl)).toBe(authenticated);
    expect(anonymous(serviceUrl)).toBe(emulator);
  });
});

describe('parseServiceHosts', () => {
  it('keeps host names and wildcards, in lower case, and names what is not one', () => {
    expect(parseServiceHosts(' Bots.Example.org,*.example.net  other.example ')).toEqual({ hosts: ['bots.example.org', '*.example.net', 'other.example'], invalid: [] });
    expect(parseServiceHosts('https://bots.example.org, *, a..b, bots.example.org:443').invalid).toEqual(['https://bots.example.org', '*', 'a..b', 'bots.example.org:443']);
    expect(parseServiceHosts('')).toEqual({ hosts: [], invalid: [] });
  });
});

describe('isLoopbackHost', () => {
  it.each([['127.0.0.1', true], ['127.1.2.3', true], ['localhost', true], ['::1', true], ['[::1]', true], ['0.0.0.0', false], ['::', false], ['192.168.1.10', false], ['example.org', false]])(
    '%s → %s', (host, loopback) => expect(isLoopbackHost(host)).toBe(loopback),
  );
});
