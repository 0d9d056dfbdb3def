import { describe, expect, it } from 'vitest';
import { parseAllowHosts, registrationUrlProblem, webhookUrlProblem } from './webhook-url.ts';

describe('webhook endpoint URLs', () => {
  it('refuses private, loopback, link-local and unique-local IP literals, and plain http', () => {
    expect(webhookUrlProblem('https://10.0.0.5/hook', [])).toMatch(/not a public address/);
    expect(webhookUrlProblem('https://127.0.0.1:8443/hook', [])).toMatch(/not a public address/);
    expect(webhookUrlProblem('https://169.254.169.254/latest/meta-data', [])).toMatch(/not a public address/);
    expect(webhookUrlProblem('https://[::1]/hook', [])).toMatch(/not a public address/);
    expect(webhookUrlProblem('https://[fc00::1]/hook', [])).toMatch(/not a public address/);
    expect(webhookUrlProblem('https://[fd00:1234::1]/hook', [])).toMatch(/not a public address/);
    expect(webhookUrlProblem('https://[::ffff:127.0.0.1]/hook', [])).toMatch(/not a public address/);
    // WHATWG URLs normalise other spellings of 127.0.0.1 to the dotted form first.
    expect(webhookUrlProblem('https://2130706433/hook', [])).toMatch(/not a public address/);
    expect(webhookUrlProblem('https://0x7f.1/hook', [])).toMatch(/not a public address/);
    expect(webhookUrlProblem('http://hooks.example.org/hook', [])).toMatch(/https/);
    expect(webhookUrlProblem('https://user:pw@hooks.example.org/hook', [])).toMatch(/password/);
    expect(webhookUrlProblem('not a url', [])).toMatch(/not a URL/);
    expect(webhookUrlProblem('https://hooks.example.org/hook', [])).toBeNull();
    expect(webhookUrlProblem('https://93.184.216.34/hook', [])).toBeNull();
  });

  it('lets the operator allow named hosts, also over http, for tests', () => {
    const allow = parseAllowHosts(' 127.0.0.1:9000 , LOCALHOST ');
    expect(allow).toEqual(['127.0.0.1:9000', 'localhost']);
    expect(webhookUrlProblem('http://127.0.0.1:9000/hook', allow)).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:9001/hook', allow)).toMatch(/https/);
    expect(webhookUrlProblem('http://localhost:1234/hook', allow)).toBeNull();
    expect(webhookUrlProblem('ftp://localhost/hook', allow)).toMatch(/https/);
  });

  it('refuses localhost names at registration unless the operator allows them', () => {
    expect(registrationUrlProblem('https://localhost:8443/hook', [])).toMatch(/localhost is this machine/);
    expect(registrationUrlProblem('https://api.localhost/hook', [])).toMatch(/api\.localhost is this machine/);
    expect(registrationUrlProblem('https://10.1.2.3/hook', [])).toMatch(/not a public address/);
    expect(registrationUrlProblem('https://localhost.example.org/hook', [])).toBeNull();
    expect(registrationUrlProblem('http://localhost:1234/hook', parseAllowHosts('localhost'))).toBeNull();
  });
});
