/** FeedStore on SQLite: the `feeds` table. */
import type { Selectable, Updateable } from 'kysely';
import type { Clock } from '../../model/clock.js';
import { WirewatchError } from '../../model/errors.js';
import type { FeedRecord, FeedStore } from '../store.js';
import { DEFAULT_INTERVAL_SECONDS } from '../defaults.js';
import type { FeedsTable } from './schema.js';
import { dateOrNull, ms, msOrNull, notFound, writeTx, type Db } from './util.js';

function toRecord(r: Selectable<FeedsTable>): FeedRecord {
  return {
    url: r.url,
    title: r.title,
    workspace: r.workspace,
    etag: r.etag,
    lastModified: r.last_modified,
    nextCheckAt: new Date(r.next_check_at),
    intervalSeconds: r.interval_seconds,
    errorCount: r.error_count,
    lastError: r.last_error,
    failingSince: dateOrNull(r.failing_since),
    lastSuccessAt: dateOrNull(r.last_success_at),
  };
}

/** The column values of a partial FeedRecord (only the fields present). */
function toColumns(p: Partial<FeedRecord>): Updateable<FeedsTable> {
  const c: Updateable<FeedsTable> = {};
  if (p.url !== undefined) c.url = p.url;
  if (p.title !== undefined) c.title = p.title;
  if (p.workspace !== undefined) c.workspace = p.workspace;
  if (p.etag !== undefined) c.etag = p.etag;
  if (p.lastModified !== undefined) c.last_modified = p.lastModified;
  if (p.nextCheckAt !== undefined) c.next_check_at = ms(p.nextCheckAt);
  if (p.intervalSeconds !== undefined) c.interval_seconds = p.intervalSeconds;
  if (p.errorCount !== undefined) c.error_count = p.errorCount;
  if (p.lastError !== undefined) c.last_error = p.lastError;
  if (p.failingSince !== undefined) c.failing_since = msOrNull(p.failingSince);
  if (p.lastSuccessAt !== undefined) c.last_success_at = msOrNull(p.lastSuccessAt);
  return c;
}

/**
 * Inserts the feed with defaults unless its URL is stored; returns the row id either way.
 * Used by `upsertFeed` and by `saveItem` (an item's feed is created on first sight).
 */
export async function ensureFeed(db: Db, feed: Pick<FeedRecord, 'url'> & Partial<FeedRecord>, now: Date): Promise<number> {
  const existing = await db.selectFrom('feeds').select('id').where('url', '=', feed.url).executeTakeFirst();
  if (existing) return existing.id;
  const row = await db
    .insertInto('feeds')
    .values({
      url: feed.url,
      title: null,
      workspace: null,
      etag: null,
      last_modified: null,
      next_check_at: ms(now),
      interval_seconds: DEFAULT_INTERVAL_SECONDS,
      error_count: 0,
      last_error: null,
      failing_since: null,
      last_success_at: null,
      ...toColumns(feed),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export class SqliteFeeds implements FeedStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async upsertFeed(feed: Pick<FeedRecord, 'url'> & Partial<FeedRecord>): Promise<FeedRecord> {
    return writeTx(this.db, async (trx) => {
      const id = await ensureFeed(trx, feed, this.clock.now());
      return toRecord(await trx.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
    });
  }

  async getFeed(url: string): Promise<FeedRecord | null> {
    const r = await this.db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
    return r ? toRecord(r) : null;
  }

  async listFeeds(workspace?: string | null): Promise<FeedRecord[]> {
    let q = this.db.selectFrom('feeds').selectAll();
    if (workspace === null) q = q.where('workspace', 'is', null);
    else if (workspace !== undefined) q = q.where((eb) => eb.or([eb('workspace', 'is', null), eb('workspace', '=', workspace)]));
    return (await q.orderBy('url').execute()).map(toRecord);
  }

  async dueFeeds(now: Date, limit: number): Promise<FeedRecord[]> {
    const rows = await this.db
      .selectFrom('feeds')
      .selectAll()
      .where('next_check_at', '<=', ms(now))
      .orderBy('next_check_at')
      .orderBy('url')
      .limit(Math.max(0, Math.trunc(limit)))
      .execute();
    return rows.map(toRecord);
  }

  async updateFeed(url: string, patch: Partial<Omit<FeedRecord, 'url'>>): Promise<void> {
    await updateFeedIn(this.db, url, patch);
  }

  async renameFeed(oldUrl: string, newUrl: string): Promise<void> {
    if (oldUrl === newUrl) return;
    await writeTx(this.db, async (trx) => {
      const taken = await trx.selectFrom('feeds').select('id').where('url', '=', newUrl).executeTakeFirst();
      const old = await trx.selectFrom('feeds').select('id').where('url', '=', oldUrl).executeTakeFirst();
      if (!old) throw notFound(`feed ${oldUrl}`);
      if (taken) throw new WirewatchError('store_conflict', `store: cannot rename feed ${oldUrl} to ${newUrl}: that feed is stored already`);
      await trx.updateTable('feeds').set({ url: newUrl }).where('id', '=', old.id).execute();
    });
  }

  async removeFeed(url: string): Promise<boolean> {
    const r = await this.db.deleteFrom('feeds').where('url', '=', url).executeTakeFirst();
    return r.numDeletedRows > 0n;
  }
}

/**
 * `updateFeed` on a given connection or transaction (so `saveItems` can advance a feed's validators
 * in the transaction that stores its items).
 * @throws WirewatchError `store_not_found` when the feed is unknown
 */
export async function updateFeedIn(db: Db, url: string, patch: Partial<Omit<FeedRecord, 'url'>>): Promise<void> {
  const cols = toColumns({ ...patch, url: undefined });
  if (Object.keys(cols).length === 0) {
    const row = await db.selectFrom('feeds').select('id').where('url', '=', url).executeTakeFirst();
    if (!row) throw notFound(`feed ${url}`);
    return;
  }
  const r = await db.updateTable('feeds').set(cols).where('url', '=', url).executeTakeFirst();
  if (r.numUpdatedRows === 0n) throw notFound(`feed ${url}`);
}
