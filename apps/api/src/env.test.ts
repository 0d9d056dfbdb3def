import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('applies the defaults', () => {
    expect(parseEnv({})).toEqual({
      PORT: 8787, HOST: '127.0.0.1', DATA_DIR: 'data', BENCH: false, SOURCE_MAPS: false, CHAT_BURST: 20, CHAT_PER_MINUTE: 30,
      HTTP_HEADERS_TIMEOUT_MS: 15_000, HTTP_REQUEST_TIMEOUT_MS: 30_000, HTTP_KEEP_ALIVE_TIMEOUT_MS: 5_000, HTTP_MAX_CONNECTIONS: 1_000,
      MAIL_FROM: 'THB Platform Kit <no-reply@localhost>', MAIL_RETRY_SECONDS: 15, MAIL_CLAIM_SECONDS: 300, WEBHOOK_POLL_SECONDS: 5,
      PORTAL_ORIGINS: [], SECRETARIAT_EMAILS: [], WRITE_BURST: 60, WRITES_PER_MINUTE: 60,
    });
  });
  it('reads every variable', () => {
    const env = parseEnv({
      PORT: '9000', HOST: '0.0.0.0', DATA_DIR: '/var/thb', WIDGETS_DIR: 'w', SITE_DIR: 's', BENCH: '1',
      DATABASE_URL: 'postgres://thb@localhost/thb',
    });
    expect(env).toMatchObject({ PORT: 9000, HOST: '0.0.0.0', DATA_DIR: '/var/thb', WIDGETS_DIR: 'w', SITE_DIR: 's', BENCH: true });
  });
  it('reads an empty variable as unset', () => {
    expect(parseEnv({ PORT: '', SITE_DIR: '' })).toEqual(parseEnv({}));
  });
  it('reads TRUST_PROXY as a number of proxies or a list of their addresses', () => {
    for (const off of ['0', 'false', 'no', '']) expect(parseEnv({ TRUST_PROXY: off }).TRUST_PROXY).toBeUndefined();
    expect(parseEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(parseEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8,2001:db8::/32' }).TRUST_PROXY).toEqual(['loopback', '10.0.0.0/8', '2001:db8::/32']);
    expect(() => parseEnv({ TRUST_PROXY: 'nginx.internal' })).toThrow(/TRUST_PROXY[\s\S]*nginx\.internal/);
  });
  it('reads the connection limits and keeps the request timeout at least the headers timeout', () => {
    expect(parseEnv({ HTTP_HEADERS_TIMEOUT_MS: '2000', HTTP_REQUEST_TIMEOUT_MS: '4000', HTTP_MAX_CONNECTIONS: '64' }))
      .toMatchObject({ HTTP_HEADERS_TIMEOUT_MS: 2000, HTTP_REQUEST_TIMEOUT_MS: 4000, HTTP_MAX_CONNECTIONS: 64 });
    expect(() => parseEnv({ HTTP_HEADERS_TIMEOUT_MS: '40000' })).toThrow(/HTTP_REQUEST_TIMEOUT_MS/);
    expect(() => parseEnv({ HTTP_MAX_CONNECTIONS: '0' })).toThrow(/HTTP_MAX_CONNECTIONS/);
  });
  it('reads PORTAL_ORIGINS as a list of origins and refuses what is not one', () => {
    expect(parseEnv({ PORTAL_ORIGINS: 'https://portal.example.eu/path, http://localhost:5173' }).PORTAL_ORIGINS)
      .toEqual(['https://portal.example.eu', 'http://localhost:5173']);
    expect(() => parseEnv({ PORTAL_ORIGINS: 'javascript:alert(1)' })).toThrow(/PORTAL_ORIGINS/);
  });

  it('reads the mail settings: SMTP_URL only as smtp: or smtps:, MAIL_FROM as one address', () => {
    expect(parseEnv({ SMTP_URL: 'smtp://user:pass@mail.example.org:587', MAIL_FROM: 'Secretariat <thb@example.org>' }))
      .toMatchObject({ SMTP_URL: 'smtp://user:pass@mail.example.org:587', MAIL_FROM: 'Secretariat <thb@example.org>' });
    expect(parseEnv({ SMTP_URL: 'smtps://mail.example.org', MAIL_FROM: 'thb@example.org' }).SMTP_URL).toBe('smtps://mail.example.org');
    expect(() => parseEnv({ SMTP_URL: 'https://mail.example.org' })).toThrow(/SMTP_URL/);
    expect(() => parseEnv({ SMTP_URL: 'mail.example.org:587' })).toThrow(/SMTP_URL/);
    expect(parseEnv({ MAIL_FROM: '"Secretariat, THB" <thb@example.org>' }).MAIL_FROM).toBe('"Secretariat, THB" <thb@example.org>');
    for (const wrong of ['nobody', 'a@b.c, d@e.f', 'Doe, John <a@b.c>', 'Name <a@b.c>\r\nBcc: d@e.f', '<>']) {
      expect(() => parseEnv({ MAIL_FROM: wrong }), wrong).toThrow(/MAIL_FROM/);
    }
  });
  it('names every wrong variable', () => {
    expect(() => parseEnv({ PORT: '80a', DATABASE_URL: 'mysql://x' })).toThrow(/PORT[\s\S]*DATABASE_URL/);
  });
});
