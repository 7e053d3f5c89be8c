/**
 * Per-host politeness across every worker of a deployment (`polling.perHost`: requests at once to one
 * host). A request to a host first takes one of the host's `perHost` slots; a slot is a session-level
 * PostgreSQL advisory lock `(hash(schema, host), slot)` held on this process's one slot connection
 * (`pg_try_advisory_lock`, released with `pg_advisory_unlock` when the request ends). The locks live
 * in the server, so they count the requests of all workers together; a worker that dies or loses its
 * connection releases its slots with the session, so a crash never leaves a host blocked.
 *
 * Advisory locks are re-entrant within one session, so the process keeps the slots it holds in a set
 * and tries only the others (two requests of one process never share a slot). A host whose slots are
 * all taken is tried again after a short random pause (`retryMs`), until a slot is free or the
 * request's signal aborts.
 */
import pg from 'pg';
import { parsePgUrl } from '../store/postgres/index.js';
import { silentLogger, type Logger } from '../log/logger.js';

/** The key space of the host slots ('ww' 'host'), mixed into the first int4 key with the schema and host. */
const HOST_SLOT_SPACE = 0x77776f7374;

export interface HostSlotsOptions {
  /** The store URL (its `schema=` scopes the slots: deployments in one database count separately). */
  url: string;
  /** Requests at once per host across all processes (`polling.perHost`, ≥ 1). */
  perHost: number;
  /** Mean pause in ms before a host whose slots are all taken is tried again (default 100; jittered ±50 %). */
  retryMs?: number;
  logger?: Logger;
}

/** 32-bit FNV-1a of a string, as a signed int4 (an advisory lock key). */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('aborted');
}

/** The per-host slots of one process. See the module comment. */
export class HostSlots {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  /** `host\0slot` of the slots this process holds. */
  private readonly held = new Set<string>();
  /** Lock queries go one after another on the one connection. */
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;
  private readonly log: Logger;
  private readonly schema: string;
  readonly perHost: number;

  constructor(private readonly opts: HostSlotsOptions) {
    this.log = opts.logger ?? silentLogger;
    this.schema = parsePgUrl(opts.url).schema;
    this.perHost = Math.max(1, Math.floor(opts.perHost));
  }

  private async connection(): Promise<pg.Client> {
    if (this.client) return this.client;
    this.connecting ??= (async () => {
      const { connectionString, options } = parsePgUrl(this.opts.url);
      const client = new pg.Client({ connectionString, options: options || undefined, application_name: `wirewatch-hosts:${this.schema}`, keepAlive: true });
      const drop = (why: string) => {
        if (this.client !== client) return;
        // The server released every slot of this session with it.
        this.client = null;
        this.held.clear();
        if (!this.closed) this.log.warn({ reason: why }, 'host slots: connection lost; reconnecting on the next request');
      };
      client.on('error', (e) => drop(e.message));
      client.on('end', () => drop('closed'));
      await client.connect();
      this.client = client;
      return client;
    })().finally(() => (this.connecting = null));
    return this.connecting;
  }

  /** Runs `q` after the queries queued before it (one connection, one query at a time). */
  private serial<T>(q: (c: pg.Client) => Promise<T>): Promise<T> {
    const next = this.chain.then(async () => q(await this.connection()));
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** The advisory lock's first key for `host` (the second is the slot number). */
  lockKey(host: string): number {
    return hash32(`${HOST_SLOT_SPACE}\u0000${this.schema}\u0000${host}`);
  }

  /**
   * Takes a free slot of `host` if there is one, across all processes.
   * @returns the release function, or null when all `perHost` slots are taken
   * @throws Error from `pg` when the server cannot be reached
   */
  async tryAcquire(host: string): Promise<(() => Promise<void>) | null> {
    if (this.closed) throw new Error('host slots: closed');
    const key = this.lockKey(host);
    // One round trip: the first slot, in order, that this process does not hold and no other session
    // holds. The function scan is pulled row by row under LIMIT 1, so no lock is taken past the first
    // success (no ORDER BY: a sort would evaluate the filter on every row first).
    const slot = await this.serial(async (c) => {
      const mine = [...this.held].filter((id) => id.startsWith(`${host}\u0000`)).map((id) => Number(id.slice(host.length + 1)));
      if (mine.length >= this.perHost) return null;
      const r = await c.query<{ slot: number }>(
        'SELECT s AS slot FROM generate_series(0, $2::int - 1) AS s WHERE s <> ALL($3::int[]) AND pg_try_advisory_lock($1::int, s) LIMIT 1',
        [key, this.perHost, mine],
      );
      const got = r.rows[0]?.slot ?? null;
      if (got !== null) this.held.add(`${host}\u0000${got}`);
      return got;
    });
    if (slot === null) return null;
    const id = `${host}\u0000${slot}`;
    const holder = this.client;
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      // A lost connection released the lock already (and cleared `held`); a new connection never held it.
      if (this.client !== holder || !holder) return;
      await this.serial(async (c) => {
        await c.query('SELECT pg_advisory_unlock($1::int, $2::int)', [key, slot]);
        this.held.delete(id);
      }).catch((e: unknown) => this.log.warn({ host, err_message: (e as Error).message }, 'host slots: unlock failed (released with the session)'));
    };
  }

  /**
   * Waits for a free slot of `host` (polling every ~`retryMs`).
   * @returns the release function (call it once the request is done)
   * @throws the signal's reason when `signal` aborts; Error from `pg` when the server cannot be reached
   */
  async acquire(host: string, signal?: AbortSignal): Promise<() => Promise<void>> {
    const mean = this.opts.retryMs ?? 100;
    for (;;) {
      if (signal?.aborted) throw abortError(signal);
      const release = await this.tryAcquire(host);
      if (release) return release;
      await new Promise<void>((resolve) => {
        const t = setTimeout(done, mean * (0.5 + Math.random()));
        function done() {
          clearTimeout(t);
          signal?.removeEventListener('abort', done);
          resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
      });
    }
  }

  /** Ends the slot connection (the server releases every slot still held). */
  async close(): Promise<void> {
    this.closed = true;
    await this.chain;
    const c = this.client;
    this.client = null;
    this.held.clear();
    await c?.end().catch(() => undefined);
  }
}
