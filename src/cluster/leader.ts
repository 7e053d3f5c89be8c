/**
 * Leader election for the scheduler role: the leader is the process holding a session-level
 * PostgreSQL advisory lock on a dedicated connection (`pg_try_advisory_lock`). PostgreSQL releases the
 * lock the moment that connection ends — the process exits, is SIGKILLed, or its machine drops off the
 * network (once the server notices the dead TCP connection; keepalives bound that) — so a standby that
 * retries every `retryMs` takes over within `retryMs` of the release. A leader that loses its
 * connection (or cannot confirm the lock with a query within `retryMs`) is deposed at once:
 * `onDeposed` runs and the process stops leading (main.ts exits, and its supervisor restarts it as a
 * standby), so two leaders never act at once for longer than that check interval.
 */
import pg from 'pg';
import { parsePgUrl } from '../store/postgres/index.js';
import { silentLogger, type Logger } from '../log/logger.js';

/** The advisory lock key of the scheduler leader ('ww' 'lead'), per schema. */
export const LEADER_LOCK_KEY = 0x77776c656164;

export interface LeaderOptions {
  /** The store URL (its `schema=` scopes the lock: two deployments in one database elect separately). */
  url: string;
  /** How often a standby tries for the lock and the leader confirms it holds it, in ms (default 5000). */
  retryMs?: number;
  logger?: Logger;
  onElected: () => Promise<void> | void;
  onDeposed: (reason: string) => void;
}

export class LeaderElection {
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private leading = false;
  private stopped = false;
  private readonly log: Logger;
  private readonly retryMs: number;

  constructor(private readonly opts: LeaderOptions) {
    this.log = opts.logger ?? silentLogger;
    this.retryMs = opts.retryMs ?? 5000;
  }

  /** True while this process holds the lock. */
  get isLeader(): boolean {
    return this.leading;
  }

  /** Starts trying for the lock (first try at once). */
  start(): void {
    void this.attempt();
  }

  private schedule(): void {
    if (!this.stopped) this.timer = setTimeout(() => void this.attempt(), this.retryMs);
  }

  private async connect(): Promise<pg.Client> {
    const { connectionString, schema, options } = parsePgUrl(this.opts.url);
    const client = new pg.Client({
      connectionString,
      options: options || undefined,
      application_name: `wirewatch-leader:${schema}`,
      keepAlive: true,
      keepAliveInitialDelayMillis: 5000,
    });
    client.on('error', (e) => this.lost(`leader connection error: ${e.message}`));
    client.on('end', () => this.lost('leader connection closed'));
    await client.connect();
    return client;
  }

  private lockArgs(): [number, number] {
    // Two int4 keys: the constant and a hash of the schema, so deployments in one database do not share a leader.
    const { schema } = parsePgUrl(this.opts.url);
    let h = 0;
    for (const ch of schema) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
    return [LEADER_LOCK_KEY & 0x7fffffff, h];
  }

  private async attempt(): Promise<void> {
    if (this.stopped) return;
    try {
      this.client ??= await this.connect();
      const [a, b] = this.lockArgs();
      if (!this.leading) {
        const r = await this.client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [a, b]);
        if (r.rows[0]?.ok && !this.stopped) {
          this.leading = true;
          this.log.info({}, 'leader: elected; this process runs the scheduler');
          await this.opts.onElected();
        }
      } else {
        // Still ours? The lock lives exactly as long as this session.
        await this.client.query({ text: 'SELECT 1', query_timeout: this.retryMs } as pg.QueryConfig);
      }
    } catch (e) {
      this.lost(`leader check failed: ${(e as Error).message}`);
    }
    this.schedule();
  }

  private lost(reason: string): void {
    const client = this.client;
    this.client = null;
    client?.removeAllListeners('end');
    void client?.end().catch(() => undefined);
    if (this.leading && !this.stopped) {
      this.leading = false;
      this.log.error({ reason }, 'leader: deposed');
      this.opts.onDeposed(reason);
    }
  }

  /** Gives the lock up (closing the session releases it) and stops trying. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    this.leading = false;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
    }
  }
}
