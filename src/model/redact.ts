/**
 * Credentials never leave the process: a URL's `user:password@` part is replaced before the URL is
 * printed, logged or stored in an error (issue 24). Pure string work, no I/O.
 */

/**
 * `s` with the user information of every `scheme://user[:password]@` URL in it replaced by `***`
 * (`http://alice:pw@host/feed` → `http://***@host/feed`); other text unchanged.
 * @param s any text (a URL, a message holding URLs)
 */
export function redactUrlCredentials(s: string): string {
  return s.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@]*@/gi, '$1***@');
}

/** True when `url` carries a user name or password (`scheme://user@…`, `scheme://user:pw@…`). */
export function hasUrlCredentials(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]*@/i.test(url.trim());
}
