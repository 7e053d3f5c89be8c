import { describe, expect, it } from 'vitest';
import { BLOCKED_CODE, blockedReason, guardedLookup, parseAllowCidrs } from './address-guard.js';

describe('blockedReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1%eth0', 'linkLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['[::ffff:10.0.0.1]', 'private'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['no-ip', 'invalid'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(blockedReason(address, [])).toBe(reason);
  });

  it.each(['93.184.215.14', '2606:4700:4700::1111', '::ffff:93.184.215.14'])('lets the public address %s through', (address) => {
    expect(blockedReason(address, [])).toBeNull();
  });

  it('lets allow-listed ranges through, matching IPv4-mapped addresses by their IPv4 part', () => {
    const allow = parseAllowCidrs(['127.0.0.1/32', '10.20.0.0/16', '::1']);
    expect(blockedReason('127.0.0.1', allow)).toBeNull();
    expect(blockedReason('::ffff:127.0.0.1', allow)).toBeNull();
    expect(blockedReason('10.20.99.1', allow)).toBeNull();
    expect(blockedReason('::1', allow)).toBeNull();
    expect(blockedReason('127.0.0.2', allow)).toBe('loopback');
    expect(blockedReason('10.21.0.1', allow)).toBe('private');
  });
});

describe('guardedLookup (the address actually connected to)', () => {
  const lookup = (allow: string[], all: boolean) =>
    new Promise<{ err: NodeJS.ErrnoException | null; address: unknown }>((resolve) =>
      guardedLookup(parseAllowCidrs(allow))('localhost', { all, family: 4 }, (err, address) => resolve({ err, address })),
    );

  it('refuses a name whose addresses are all loopback, with the blocked code', async () => {
    for (const all of [false, true]) {
      const { err } = await lookup([], all);
      expect(err?.code).toBe(BLOCKED_CODE);
      expect(err?.message).toMatch(/^fetcher: refusing to connect to localhost \(127\.0\.0\.1, a loopback address\)/);
    }
  });

  it('passes allowed addresses on in both callback forms', async () => {
    expect(await lookup(['127.0.0.0/8'], false)).toEqual({ err: null, address: '127.0.0.1' });
    expect(await lookup(['127.0.0.0/8'], true)).toEqual({ err: null, address: [{ address: '127.0.0.1', family: 4 }] });
  });
});
