/**
 * Reading the response headers that say when to come back: `Retry-After` (RFC 9110 §10.2.3),
 * `Cache-Control: max-age` / `s-maxage` and `Expires` (RFC 9111 §4.2.1, §5.2.2.1, §5.3), with `Age`
 * (RFC 9111 §5.1) and `Date` (RFC 9110 §6.6.1). Dates are HTTP-dates (RFC 9110 §5.6.7: IMF-fixdate,
 * and the obsolete RFC 850 and asctime forms, which a recipient must accept).
 */

/**
 * Parses an HTTP-date. @returns the date, or null when the text is not one (RFC 9111 §5.3: an
 * invalid date means "already expired").
 */
export function parseHttpDate(text: string | null | undefined): Date | null {
  if (!text) return null;
  const t = text.trim();
  // Reject bare numbers and ISO dates: only the RFC 9110 §5.6.7 forms, which all name a weekday or month.
  if (!/[A-Za-z]{3}/.test(t)) return null;
  // asctime (`Sun Nov  6 08:49:37 1994`) carries no zone but means GMT; Date.parse would read local time.
  const asctime = /^[A-Za-z]{3} ([A-Za-z]{3}) +(\d{1,2}) (\d\d:\d\d:\d\d) (\d{4})$/.exec(t);
  const ms = asctime ? Date.parse(`${asctime[2]} ${asctime[1]} ${asctime[4]} ${asctime[3]} GMT`) : Date.parse(t);
  return Number.isFinite(ms) ? new Date(ms) : null;
}

/**
 * Parses `Retry-After`: delay-seconds (a non-negative integer) or an HTTP-date (RFC 9110 §10.2.3).
 * @param now the current time (from the injected clock)
 * @returns the earliest retry time, or null when absent or unparseable
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): Date | null {
  if (!value) return null;
  const t = value.trim();
  if (/^\d+$/.test(t)) return new Date(now.getTime() + Number(t) * 1000);
  return parseHttpDate(t);
}

/**
 * Parses `Cache-Control` directives (RFC 9111 §5.2) into a lower-cased map; valueless directives map
 * to `''`, quoted values are unquoted.
 */
export function parseCacheControl(value: string | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!value) return out;
  for (const part of value.split(',')) {
    const m = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*(?:=\s*(?:"([^"]*)"|([^\s,;]*)))?\s*$/.exec(part);
    if (m) out.set(m[1].toLowerCase(), m[2] ?? m[3] ?? '');
  }
  return out;
}

/**
 * The earliest time the publisher wants the resource fetched again, from the response headers:
 * the end of its freshness lifetime (RFC 9111 §4.2.1: `s-maxage`/`max-age` minus `Age`, else
 * `Expires` − `Date`), and `Retry-After` when present; the later of the two wins.
 * `no-store`/`no-cache` mean no floor. Never earlier than `now`.
 * @param headers lower-cased header map
 * @returns the floor, or null when the headers give none
 */
export function notBeforeFromHeaders(headers: Record<string, string>, now: Date): Date | null {
  // Most answers (a 304 above all) carry none of the three: nothing to parse.
  if (headers['cache-control'] === undefined && headers['expires'] === undefined && headers['retry-after'] === undefined) return null;
  const candidates: number[] = [];
  const cc = parseCacheControl(headers['cache-control']);
  const age = Number.parseInt(headers['age'] ?? '0', 10);
  const ageSeconds = Number.isFinite(age) && age > 0 ? age : 0;
  if (!cc.has('no-store') && !cc.has('no-cache')) {
    const maxAge = cc.get('s-maxage') ?? cc.get('max-age');
    if (maxAge !== undefined && /^\d+$/.test(maxAge)) {
      const lifetime = Number(maxAge) - ageSeconds;
      if (lifetime > 0) candidates.push(now.getTime() + lifetime * 1000);
    } else if (maxAge === undefined && headers['expires']) {
      const expires = parseHttpDate(headers['expires']);
      const date = parseHttpDate(headers['date']) ?? now;
      if (expires) {
        const lifetime = expires.getTime() - date.getTime() - ageSeconds * 1000;
        if (lifetime > 0) candidates.push(now.getTime() + lifetime);
      }
    }
  }
  const retry = parseRetryAfter(headers['retry-after'], now);
  if (retry) candidates.push(retry.getTime());
  const latest = Math.max(...candidates.filter((c) => c > now.getTime()));
  return Number.isFinite(latest) ? new Date(latest) : null;
}
