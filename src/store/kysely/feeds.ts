/** FeedStore over Kysely, either database: `feeds` and `feed_tenants`. Concurrent writers meet on the unique URL. */
import type { Selectable, Updateable } from 'kysely';
import type { Clock } from '../../model/clock.js';
import { WirewatchError } from '../../model/errors.js';
import type { FeedRecord, FeedStore } from '../store.js';
import { DEFAULT_INTERVAL_SECONDS } from '../defaults.js';
import { chunks, dateOrNull, notFound, readDateOrNull, type Db, type StoreDialect } from './dialect.js';
import type { FeedsTable } from './schema.js';

type FeedPatch = Partial<Omit<FeedRecord, 'url' | 'tenants'>>;

function toRecord(d: StoreDialect, r: Selectable<FeedsTable>, tenants: string[]): FeedRecord {
  return {
    url: r.url,
    title: r.title,
    workspace: r.workspace,
    tenants: [...tenants].sort(),
    etag: r.etag,
    lastModified: r.last_modified,
    nextCheckAt: d.readDate(r.next_check_at),
    intervalSeconds: r.interval_seconds,
    errorCount: r.error_count,
    lastError: r.last_error,
    failingSince: readDateOrNull(d, r.failing_since),
    lastSuccessAt: readDateOrNull(d, r.last_success_at),
  };
}

/** The column values of a partial FeedRecord (only the fields present; `url` too unless `withUrl` is false). */
function toColumns(d: StoreDialect, p: Partial<Omit<FeedRecord, 'tenants'>>, withUrl = true): Updateable<FeedsTable> {
  const c: Updateable<FeedsTable> = {};
  if (withUrl && p.url !== undefined) c.url = p.url;
  if (p.title !== undefined) c.title = p.title;
  if (p.workspace !== undefined) c.workspace = p.workspace;
  if (p.etag !== undefined) c.etag = p.etag;
  if (p.lastModified !== undefined) c.last_modified = p.lastModified;
  if (p.nextCheckAt !== undefined) c.next_check_at = d.date(p.nextCheckAt);
  if (p.intervalSeconds !== undefined) c.interval_seconds = p.intervalSeconds;
  if (p.errorCount !== undefined) c.error_count = p.errorCount;
  if (p.lastError !== undefined) c.last_error = p.lastError;
  if (p.failingSince !== undefined) c.failing_since = dateOrNull(d, p.failingSince);
  if (p.lastSuccessAt !== undefined) c.last_success_at = dateOrNull(d, p.lastSuccessAt);
  return c;
}

/**
 * Inserts the feed with defaults unless its URL is stored; returns the row id either way. Used by
 * `upsertFeed` and by `saveItem` (an item's feed is created on first sight). Safe against a concurrent
 * insert of the same URL by another process (ON CONFLICT DO NOTHING, then read).
 */
export async function ensureFeed(d: StoreDialect, db: Db, feed: Pick<FeedRecord, 'url'> & Partial<Omit<FeedRecord, 'tenants'>>, now: Date): Promise<number> {
  const existing = await db.selectFrom('feeds').select('id').where('url', '=', feed.url).executeTakeFirst();
  if (existing) return existing.id;
  const { tenants: _t, ...cols } = feed as Partial<FeedRecord>;
  const row = await db
    .insertInto('feeds')
    .values({
      url: feed.url,
      title: null,
      workspace: null,
      etag: null,
      last_modified: null,
      next_check_at: d.date(now),
      interval_seconds: DEFAULT_INTERVAL_SECONDS,
      error_count: 0,
      last_error: null,
      failing_since: null,
      last_success_at: null,
      ...toColumns(d, cols),
    })
    .onConflict((oc) => oc.column('url').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) return row.id;
  return (await db.selectFrom('feeds').select('id').where('url', '=', feed.url).executeTakeFirstOrThrow()).id;
}

/**
 * `updateFeed` inside the caller's write transaction (so `saveItems` can advance a feed's validators
 * in the transaction that stores its items).
 * @throws WirewatchError `store_not_found` when the feed is unknown
 */
export async function updateFeedIn(d: StoreDialect, trx: Db, url: string, patch: FeedPatch): Promise<void> {
  const { tenants: _t, ...rest } = patch as Partial<FeedRecord>;
  const cols = toColumns(d, { ...rest, url: undefined });
  const row = await trx.selectFrom('feeds').select('id').where('url', '=', url).executeTakeFirst();
  if (!row) throw notFound(`feed ${url}`);
  if (Object.keys(cols).length === 0) return;
  await trx.updateTable('feeds').set(cols).where('id', '=', row.id).execute();
  // A feed handed to a workspace is visible to it (the tenants invariant of FeedRecord).
  if (typeof rest.workspace === 'string')
    await trx
      .insertInto('feed_tenants')
      .values({ feed_id: row.id, workspace: rest.workspace })
      .onConflict((oc) => oc.doNothing())
      .execute();
}

/** Whether an object has no own enumerable key (without building the key array). */
function isEmpty(o: object): boolean {
  for (const _k in o) return false;
  return true;
}

const renameClash = (oldUrl: string, newUrl: string) =>
  new WirewatchError('store_conflict', `store: cannot rename feed ${oldUrl} to ${newUrl}: that feed is stored already`);

export class KyselyFeeds implements FeedStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly dialect: StoreDialect,
  ) {}

  /** The rows as FeedRecords, with their tenants (one extra query). */
  private async withTenants(db: Db, rows: Selectable<FeedsTable>[]): Promise<FeedRecord[]> {
    if (rows.length === 0) return [];
    const byFeed = new Map<number, string[]>();
    for (const part of chunks(
      rows.map((r) => r.id),
      this.dialect.idsPerQuery,
    )) {
      for (const t of await db.selectFrom('feed_tenants').selectAll().where('feed_id', 'in', part).execute()) {
        byFeed.set(t.feed_id, [...(byFeed.get(t.feed_id) ?? []), t.workspace]);
      }
    }
    return rows.map((r) => toRecord(this.dialect, r, byFeed.get(r.id) ?? []));
  }

  async upsertFeed(feed: Pick<FeedRecord, 'url'> & Partial<Omit<FeedRecord, 'tenants'>>): Promise<FeedRecord> {
    return this.dialect.write(this.db, async (trx) => {
      const id = await ensureFeed(this.dialect, trx, feed, this.clock.now());
      if (typeof feed.workspace === 'string') {
        await trx
          .insertInto('feed_tenants')
          .values({ feed_id: id, workspace: feed.workspace })
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      return (await this.withTenants(trx, [await trx.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirstOrThrow()]))[0];
    });
  }

  async leaveFeed(url: string, workspace: string): Promise<{ left: boolean; remaining: number }> {
    return this.dialect.write(this.db, async (trx) => {
      // Locked: concurrent leaves of one feed run one after the other, so `remaining` is exact.
      const feed = await this.dialect.locked(trx.selectFrom('feeds').select(['id', 'workspace']).where('url', '=', url)).executeTakeFirst();
      if (!feed) return { left: false, remaining: -1 };
      const r = await trx.deleteFrom('feed_tenants').where('feed_id', '=', feed.id).where('workspace', '=', workspace).executeTakeFirst();
      const rest = (await trx.selectFrom('feed_tenants').select('workspace').where('feed_id', '=', feed.id).orderBy('workspace').execute()).map(
        (t) => t.workspace,
      );
      if (feed.workspace === workspace && rest.length > 0) await trx.updateTable('feeds').set({ workspace: rest[0] }).where('id', '=', feed.id).execute();
      return { left: r.numDeletedRows > 0n, remaining: rest.length };
    });
  }

  async getFeed(url: string): Promise<FeedRecord | null> {
    const r = await this.db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
    return r ? (await this.withTenants(this.db, [r]))[0] : null;
  }

  async listFeeds(workspace?: string | null): Promise<FeedRecord[]> {
    let q = this.db.selectFrom('feeds').selectAll();
    if (workspace === null) q = q.where('workspace', 'is', null);
    else if (workspace !== undefined) {
      q = q.where((eb) =>
        eb.or([
          eb('workspace', 'is', null),
          eb.exists(
            eb
              .selectFrom('feed_tenants')
              .select('feed_tenants.feed_id')
              .whereRef('feed_tenants.feed_id', '=', 'feeds.id')
              .where('feed_tenants.workspace', '=', workspace),
          ),
        ]),
      );
    }
    return this.withTenants(this.db, await q.orderBy(this.dialect.byteOrder('url')).execute());
  }

  async dueFeeds(now: Date, limit: number): Promise<FeedRecord[]> {
    const rows = await this.db
      .selectFrom('feeds')
      .selectAll()
      .where('next_check_at', '<=', this.dialect.date(now))
      .orderBy('next_check_at')
      .orderBy(this.dialect.byteOrder('url'))
      .limit(Math.max(0, Math.trunc(limit)))
      .execute();
    return this.withTenants(this.db, rows);
  }

  async updateFeed(url: string, patch: FeedPatch): Promise<void> {
    await this.dialect.write(this.db, (trx) => updateFeedIn(this.dialect, trx, url, patch));
  }

  async updateFeeds(updates: { url: string; patch: FeedPatch }[]): Promise<string[]> {
    if (updates.length === 0) return [];
    return this.dialect.write(this.db, async (trx) => {
      const missing: string[] = [];
      for (const u of updates) {
        // A patch's `url` (or `tenants`) is never a column here, as in updateFeedIn.
        const cols = toColumns(this.dialect, u.patch, false);
        if (typeof u.patch.workspace !== 'string' && !isEmpty(cols)) {
          // The common case (a 304's validators and schedule): one UPDATE by URL, not a lookup and an UPDATE.
          if (this.dialect.updateFeedByUrl) {
            const n = this.dialect.updateFeedByUrl(trx, cols, u.url);
            if ((typeof n === 'number' ? n : await n) === 0) missing.push(u.url);
            continue;
          }
          const r = await trx.updateTable('feeds').set(cols).where('url', '=', u.url).executeTakeFirst();
          if (r.numUpdatedRows === 0n) missing.push(u.url);
          continue;
        }
        try {
          await updateFeedIn(this.dialect, trx, u.url, u.patch);
        } catch (e) {
          if ((e as { code?: string }).code !== 'store_not_found') throw e;
          missing.push(u.url);
        }
      }
      return missing;
    });
  }

  async renameFeed(oldUrl: string, newUrl: string): Promise<void> {
    if (oldUrl === newUrl) return;
    await this.dialect.write(this.db, async (trx) => {
      const taken = await trx.selectFrom('feeds').select('id').where('url', '=', newUrl).executeTakeFirst();
      const old = await trx.selectFrom('feeds').select('id').where('url', '=', oldUrl).executeTakeFirst();
      if (!old) throw notFound(`feed ${oldUrl}`);
      if (taken) throw renameClash(oldUrl, newUrl);
      try {
        await trx.updateTable('feeds').set({ url: newUrl }).where('id', '=', old.id).execute();
      } catch (e) {
        // Another process stored newUrl between the check and the update: the unique key refuses it.
        if (this.dialect.isUniqueViolation(e)) throw renameClash(oldUrl, newUrl);
        throw e;
      }
    });
  }

  async removeFeed(url: string): Promise<boolean> {
    const r = await this.db.deleteFrom('feeds').where('url', '=', url).executeTakeFirst();
    return r.numDeletedRows > 0n;
  }
}
