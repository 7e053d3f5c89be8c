/**
 * SSRF guard: decides whether an IP address may be connected to, and plugs that decision into
 * undici's connector so it is applied to the address actually connected to (after DNS, so a
 * rebinding name cannot slip past) on every connection, including each redirect hop.
 *
 * Only addresses whose ipaddr.js range is `unicast` (public) are allowed; everything else —
 * loopback (127/8, ::1), RFC 1918 private, link-local (169.254/16 incl. 169.254.169.254, fe80::/10),
 * unique-local (fc00::/7), multicast, unspecified, carrier-grade NAT, reserved, documentation,
 * NAT64/6to4/Teredo — is refused unless it lies in an allow-listed CIDR. IPv4-mapped IPv6
 * (`::ffff:a.b.c.d`) is judged by its IPv4 address.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP, type Socket } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { buildConnector } from 'undici';
import { WirewatchError } from '../../model/errors.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
/** A parsed allow-list entry. */
export type Cidr = [Address, number];

/** Error code the guard puts on the `Error` it hands to node/undici (mapped to `blocked_address`). */
export const BLOCKED_CODE = 'EWIREWATCH_BLOCKED';

/**
 * Parses allow-list CIDRs (`127.0.0.1/32`, `10.0.0.0/8`, `::1/128`; a bare address means /32 or /128).
 * @throws WirewatchError `bad_config` naming the entry that does not parse
 */
export function parseAllowCidrs(cidrs: readonly string[] = []): Cidr[] {
  return cidrs.map((c) => {
    const text = c.trim();
    try {
      if (text.includes('/')) return ipaddr.parseCIDR(text) as Cidr;
      const a = ipaddr.parse(text);
      return [a, a.kind() === 'ipv4' ? 32 : 128] as Cidr;
    } catch (err) {
      throw new WirewatchError('bad_config', `fetcher: allowCidrs entry "${c}" is not a CIDR`, { cause: err });
    }
  });
}

function inAllowList(a: Address, allow: readonly Cidr[]): boolean {
  return allow.some(([net, bits]) => net.kind() === a.kind() && a.match(net, bits));
}

/**
 * Why `address` may not be connected to, or null when it may.
 * @param address textual IPv4/IPv6 address (brackets and a zone id are tolerated)
 * @param allow parsed allow-list (see `parseAllowCidrs`)
 * @returns the ipaddr.js range name (`loopback`, `private`, `linkLocal`, `uniqueLocal`, ...) or
 *   `invalid` for something that is not an IP address; null when allowed
 */
export function blockedReason(address: string, allow: readonly Cidr[]): string | null {
  const text = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(text)) return 'invalid';
  let a: Address = ipaddr.parse(text);
  if (a.kind() === 'ipv6' && (a as ipaddr.IPv6).isIPv4MappedAddress()) {
    if (inAllowList(a, allow)) return null;
    a = (a as ipaddr.IPv6).toIPv4Address();
  }
  if (inAllowList(a, allow)) return null;
  const range = a.range();
  return range === 'unicast' ? null : range;
}

function blockedError(host: string, address: string, reason: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(
    `fetcher: refusing to connect to ${host} (${address}, ${/^[aeiou]/i.test(reason) ? 'an' : 'a'} ${reason} address); allow it with fetch.allowCidrs`,
  );
  err.code = BLOCKED_CODE;
  return err;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `dns.lookup`-compatible function that drops refused addresses; when none is left it fails with
 * code `EWIREWATCH_BLOCKED`. Handles both the single-address and the `all: true` (happy eyeballs) forms.
 */
export function guardedLookup(allow: readonly Cidr[]) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as LookupAddress[];
      const ok = list.filter((a) => blockedReason(a.address, allow) === null);
      if (ok.length === 0) {
        const first = list[0];
        const reason = first ? (blockedReason(first.address, allow) ?? 'refused') : 'refused';
        return callback(blockedError(hostname, first?.address ?? '?', reason), []);
      }
      if (options.all) return callback(null, ok);
      return callback(null, ok[0].address, ok[0].family);
    });
  };
}

/**
 * An undici connector (for `new Agent({ connect })`) that refuses IP-literal hosts outside the
 * allow-list before connecting, resolves names through `guardedLookup`, and checks
 * `socket.remoteAddress` once connected (defence in depth).
 * @param build undici's `buildConnector` (passed in: undici is imported on the first request, ADR 0236)
 * @param opts.connectTimeoutMs TCP+TLS connect timeout in ms
 */
export function guardedConnector(build: typeof buildConnector, opts: { allow: readonly Cidr[]; connectTimeoutMs: number }): buildConnector.connector {
  const base = build({ timeout: opts.connectTimeoutMs, lookup: guardedLookup(opts.allow) } as buildConnector.BuildOptions);
  return (options, callback) => {
    const host = options.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) {
      const reason = blockedReason(host, opts.allow);
      if (reason) return callback(blockedError(host, host, reason), null);
    }
    return base(options, (err, socket) => {
      if (err || !socket) return callback(err, null);
      const remote = (socket as Socket).remoteAddress;
      const reason = remote ? blockedReason(remote, opts.allow) : 'unknown';
      if (reason) {
        socket.destroy();
        return callback(blockedError(host, remote ?? '?', reason), null);
      }
      return callback(null, socket);
    });
  };
}
