import { describe, expect, it } from 'vitest';
import { isIpLiteral, isPublicAddress, parseIPv6 } from './public-address.ts';

describe('public addresses for webhooks', () => {
  it('refuses private, loopback, link-local, shared and reserved IPv4', () => {
    for (const address of ['10.1.2.3', '127.0.0.1', '127.8.9.10', '169.254.169.254', '172.16.0.1', '172.31.255.255',
      '192.168.1.1', '100.64.0.1', '0.0.0.0', '192.0.2.7', '198.18.0.1', '224.0.0.1', '255.255.255.255']) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '11.0.0.1', '100.128.0.1']) expect(isPublicAddress(address), address).toBe(true);
  });

  it('refuses loopback, unique-local, link-local, mapped and tunnelled private IPv6', () => {
    for (const address of ['::1', '[::1]', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1',
      '::ffff:10.0.0.1', '::ffff:127.0.0.1', '[::ffff:7f00:1]', '64:ff9b::a9fe:a9fe', '2001:db8::1', '2002:a00:1::1', '::127.0.0.1']) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    for (const address of ['2606:4700:4700::1111', '[2a00:1450:4001:82b::200e]', '::ffff:8.8.8.8', '64:ff9b::808:808']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });

  it('reads IPv6 forms and tells IP literals from names', () => {
    expect(parseIPv6('::ffff:10.0.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0a00, 1]);
    expect(parseIPv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIPv6('1::2::3')).toBeUndefined();
    expect(parseIPv6('1:2:3')).toBeUndefined();
    expect(isIpLiteral('[::1]')).toBe(true);
    expect(isIpLiteral('127.0.0.1')).toBe(true);
    expect(isIpLiteral('hooks.example.org')).toBe(false);
    expect(isPublicAddress('hooks.example.org')).toBe(false);
  });
});
