import { describe, expect, it } from 'vitest';
import { notBeforeFromHeaders, parseCacheControl, parseHttpDate, parseRetryAfter } from './freshness.js';

const now = new Date('2026-11-27T12:00:00Z');

describe('parseHttpDate (RFC 9110 §5.6.7)', () => {
  it.each([
    ['Fri, 27 Nov 2026 13:00:00 GMT', '2026-11-27T13:00:00.000Z'], // IMF-fixdate
    ['Friday, 27-Nov-26 13:00:00 GMT', '2026-11-27T13:00:00.000Z'], // obsolete RFC 850
    ['Fri Nov 27 13:00:00 2026', '2026-11-27T13:00:00.000Z'], // asctime: no zone, means GMT
    ['Fri Nov  6 13:00:00 2026', '2026-11-06T13:00:00.000Z'],
  ])('%s', (text, iso) => {
    expect(parseHttpDate(text)?.toISOString()).toBe(iso);
  });
  it.each(['', '3600', '2026-11-27', 'soon'])('rejects %j', (text) => {
    expect(parseHttpDate(text)).toBeNull();
  });
});

describe('parseRetryAfter (RFC 9110 §10.2.3)', () => {
  it('reads delay-seconds from now', () => {
    expect(parseRetryAfter('90', now)?.toISOString()).toBe('2026-11-27T12:01:30.000Z');
    expect(parseRetryAfter(' 0 ', now)?.toISOString()).toBe(now.toISOString());
  });
  it('reads an HTTP-date', () => {
    expect(parseRetryAfter('Fri, 27 Nov 2026 14:00:00 GMT', now)?.toISOString()).toBe('2026-11-27T14:00:00.000Z');
  });
  it('ignores garbage and negative numbers', () => {
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter('later', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});

describe('parseCacheControl (RFC 9111 §5.2)', () => {
  it('lower-cases names, unquotes values, keeps valueless directives', () => {
    const cc = parseCacheControl('Public, MAX-AGE="600", s-maxage=1200, no-transform');
    expect(Object.fromEntries(cc)).toEqual({ public: '', 'max-age': '600', 's-maxage': '1200', 'no-transform': '' });
  });
});

describe('notBeforeFromHeaders (RFC 9111 §4.2.1)', () => {
  const at = (h: Record<string, string>) => notBeforeFromHeaders(h, now)?.toISOString() ?? null;
  it('prefers s-maxage over max-age and subtracts Age', () => {
    expect(at({ 'cache-control': 'max-age=600, s-maxage=1200', age: '200' })).toBe('2026-11-27T12:16:40.000Z');
  });
  it('lets max-age override Expires', () => {
    expect(at({ 'cache-control': 'max-age=60', expires: 'Sat, 28 Nov 2026 12:00:00 GMT' })).toBe('2026-11-27T12:01:00.000Z');
  });
  it('measures Expires against the Date header, not our clock (clock skew)', () => {
    expect(at({ date: 'Fri, 27 Nov 2026 10:00:00 GMT', expires: 'Fri, 27 Nov 2026 10:30:00 GMT' })).toBe('2026-11-27T12:30:00.000Z');
  });
  it('gives no floor for an expired, invalid or zero lifetime, or no-store', () => {
    expect(at({ expires: '0' })).toBeNull();
    expect(at({ expires: 'Thu, 01 Jan 1970 00:00:00 GMT' })).toBeNull();
    expect(at({ 'cache-control': 'max-age=0' })).toBeNull();
    expect(at({ 'cache-control': 'no-store, max-age=600' })).toBeNull();
    expect(at({})).toBeNull();
  });
  it('takes the later of freshness and Retry-After', () => {
    expect(at({ 'cache-control': 'max-age=600', 'retry-after': '1200' })).toBe('2026-11-27T12:20:00.000Z');
    expect(at({ 'cache-control': 'max-age=1800', 'retry-after': '1200' })).toBe('2026-11-27T12:30:00.000Z');
  });
});
