/**
 * Panel sessions, in memory: a random id (the cookie) and, per session, a random CSRF token that
 * every form carries back. A restart signs everyone out. Ids and tokens are 32 random bytes
 * (base64url); comparisons are constant time.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export interface Session {
  id: string;
  csrf: string;
  /** Wall-clock ms of the last request. */
  lastSeen: number;
  /** A message for the next page (the outcome of a form), shown once. */
  flash: { text: string; error?: boolean } | null;
}

/** Most sessions kept at once; the least recently used goes first. */
export const MAX_SESSIONS = 200;

/** A new random token (32 bytes, base64url). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time string equality (false for different lengths). */
export function sameToken(a: string | undefined | null, b: string | undefined | null): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

export class Sessions {
  private readonly byId = new Map<string, Session>();

  /**
   * @param ttlMs a session ends after this long without a request
   * @param now wall clock in ms (injected in tests)
   */
  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts a session (after a correct token). */
  create(): Session {
    if (this.byId.size >= MAX_SESSIONS) {
      const oldest = [...this.byId.values()].sort((a, b) => a.lastSeen - b.lastSeen)[0];
      this.byId.delete(oldest.id);
    }
    const s: Session = { id: randomToken(), csrf: randomToken(), lastSeen: this.now(), flash: null };
    this.byId.set(s.id, s);
    return s;
  }

  /** The live session with this id (its idle time restarts), or null (unknown or expired). */
  get(id: string | undefined): Session | null {
    if (!id) return null;
    const s = this.byId.get(id);
    if (!s) return null;
    const now = this.now();
    if (now - s.lastSeen > this.ttlMs) {
      this.byId.delete(id);
      return null;
    }
    s.lastSeen = now;
    return s;
  }

  /** Ends a session (sign out). */
  destroy(id: string): void {
    this.byId.delete(id);
  }
}
