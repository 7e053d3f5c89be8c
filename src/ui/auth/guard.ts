/**
 * The panel's security middleware (Hono): response headers (a strict Content-Security-Policy and the
 * usual hardening headers), the session check and the CSRF check of every POST.
 * - CSP: scripts and styles only from the panel itself (no inline script, no inline style), no
 *   images but our own and `data:`, forms only to the panel, never framed
 *   (https://www.w3.org/TR/CSP3/).
 * - Session cookie `ww_session`: HttpOnly, SameSite=Strict, Path=/ui, Secure when the request came
 *   over TLS (directly or, per `X-Forwarded-Proto`, through a TLS-terminating proxy).
 * - CSRF: every POST form carries `_csrf`, the session's random token, compared in constant time; a
 *   request whose `Origin` names another host is refused too (OWASP CSRF cheat sheet: synchroniser
 *   token plus origin check; SameSite=Strict is the third layer).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { sameToken, type Session, type Sessions } from './sessions.js';

export const SESSION_COOKIE = 'ww_session';
/** Before sign-in: the double-submit token of the sign-in form. */
export const LOGIN_COOKIE = 'ww_login';

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export type PanelEnv = { Variables: { session: Session | null } };

/** True when the request reached us over TLS (or a proxy says it did). */
export function behindTls(c: Context): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return (c.req.header('x-forwarded-proto') ?? '').split(',')[0].trim().toLowerCase() === 'https';
}

/** Sets a panel cookie with the house flags. */
export function panelCookie(c: Context, name: string, value: string, maxAgeSeconds?: number): void {
  setCookie(c, name, value, {
    path: '/ui',
    httpOnly: true,
    sameSite: 'Strict',
    secure: behindTls(c),
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  });
}

/** Security headers (and `Server-Timing`) on every panel response. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    // Server time of the page (docs/ui.md "Speed"); visible in the browser's network panel.
    c.res.headers.set('server-timing', `app;dur=${(performance.now() - started).toFixed(1)}`);
    c.res.headers.set('content-security-policy', CSP);
    c.res.headers.set('x-content-type-options', 'nosniff');
    c.res.headers.set('x-frame-options', 'DENY');
    // same-origin, not no-referrer: with no-referrer a browser sends `Origin: null` on our own forms.
    c.res.headers.set('referrer-policy', 'same-origin');
    c.res.headers.set('cross-origin-opener-policy', 'same-origin');
    c.res.headers.set('cross-origin-resource-policy', 'same-origin');
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
  };
}

/** Whether the request's `Origin` (when it sends one) is this host. */
export function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === (c.req.header('host') ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}

/**
 * Requires a live session: a GET without one is sent to the sign-in page, anything else gets 401.
 * Sets `session` for the handlers.
 */
export function requireSession(sessions: Sessions): MiddlewareHandler<PanelEnv> {
  return async (c, next) => {
    const s = sessions.get(getCookie(c, SESSION_COOKIE));
    if (!s) {
      if (c.req.method === 'GET' || c.req.method === 'HEAD') return c.redirect('/ui/login', 303);
      return c.text('Sign in first.', 401);
    }
    c.set('session', s);
    await next();
  };
}

/** Refuses a POST whose `_csrf` field is not the session's token, or that comes from another origin (403). */
export function requireCsrf(): MiddlewareHandler<PanelEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const s = c.get('session');
    const body = await c.req.parseBody({ all: true });
    const token = typeof body._csrf === 'string' ? body._csrf : null;
    if (!s || !sameOrigin(c) || !sameToken(token, s.csrf)) {
      return c.text('Refused: this form was not sent by a page of this panel (CSRF check). Reload the page and try again.', 403);
    }
    await next();
  };
}
