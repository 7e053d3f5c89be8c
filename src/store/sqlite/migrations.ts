/**
 * Versioned schema migrations, applied at start in one transaction. The schema version is SQLite's
 * `PRAGMA user_version` (a header field, written in the same transaction as the DDL), so a crash
 * mid-migration leaves the old schema and the old version.
 */
import type { Database } from 'better-sqlite3';
import { widenDeliveryKinds } from './rebuild.js';
import { WirewatchError } from '../../model/errors.js';
import { identityKey, identityUrl } from '../identity.js';
import { assignSpeaker } from '../speakers.js';
import { sqliteSpeakerPort } from './speakers.js';
import { TOPICS_SEEN_BACKFILL_SQL } from '../kysely/topics-seen-backfill.js';
import { NEW_DATABASE_SQL, NEW_DATABASE_VERSION } from './new-database-schema.js';

export interface Migration {
  version: number;
  name: string;
  /** SQL run as one script inside the migration transaction. */
  sql: string;
  /**
   * Code run after the SQL, in the same transaction: data the SQL cannot compute, or a change SQL
   * alone cannot make generically (a table rebuild from its stored definition).
   */
  backfill?: (db: Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema: feeds, items, mentions, quotes, topics, subscriptions, delivery ledger',
    sql: `
      CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        workspace TEXT,
        etag TEXT,
        last_modified TEXT,
        next_check_at INTEGER NOT NULL,
        interval_seconds INTEGER NOT NULL,
        error_count INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        failing_since INTEGER,
        last_success_at INTEGER
      ) STRICT;
      CREATE INDEX feeds_next_check_at ON feeds (next_check_at);

      CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        guid TEXT,
        link TEXT,
        canonical_link TEXT,
        title TEXT NOT NULL,
        published INTEGER,
        first_seen INTEGER NOT NULL,
        item_time INTEGER NOT NULL,
        author TEXT,
        categories TEXT NOT NULL,
        summary TEXT,
        content_html TEXT,
        text TEXT NOT NULL,
        enclosures TEXT NOT NULL,
        outlet TEXT,
        article TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        UNIQUE (feed_id, key)
      ) STRICT;
      CREATE INDEX items_item_time ON items (item_time);
      CREATE INDEX items_first_seen ON items (first_seen);
      CREATE INDEX items_content_hash ON items (content_hash);

      CREATE TABLE item_topics (
        item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        topic_id TEXT NOT NULL,
        relevance REAL NOT NULL,
        PRIMARY KEY (item_id, position)
      ) STRICT;
      CREATE INDEX item_topics_topic ON item_topics (topic_id);

      CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        match_position INTEGER NOT NULL,
        position INTEGER NOT NULL,
        topic_id TEXT NOT NULL,
        term TEXT NOT NULL,
        surface TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX mentions_item ON mentions (item_id);

      CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
        text TEXT NOT NULL,
        speaker TEXT,
        speaker_role TEXT,
        paragraph INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        confidence REAL NOT NULL,
        salience REAL NOT NULL
      ) STRICT;
      CREATE INDEX quotes_item ON quotes (item_id);

      CREATE TABLE topics (
        id INTEGER PRIMARY KEY,
        workspace TEXT NOT NULL DEFAULT '',
        topic_id TEXT NOT NULL,
        name TEXT NOT NULL,
        priority TEXT NOT NULL CHECK (priority IN ('digest', 'instant')),
        UNIQUE (workspace, topic_id)
      ) STRICT;

      CREATE TABLE topic_terms (
        topic_row INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
        exclude INTEGER NOT NULL CHECK (exclude IN (0, 1)),
        position INTEGER NOT NULL,
        term TEXT NOT NULL,
        PRIMARY KEY (topic_row, exclude, position)
      ) STRICT;

      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        workspace TEXT NOT NULL,
        channel TEXT NOT NULL,
        topics TEXT NOT NULL,
        cron TEXT NOT NULL,
        timezone TEXT NOT NULL,
        locale TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('digest', 'alerts')),
        post_empty INTEGER NOT NULL,
        paused INTEGER NOT NULL,
        paused_reason TEXT,
        created_by TEXT,
        last_window_end INTEGER,
        UNIQUE (platform, workspace, channel)
      ) STRICT;

      CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('digest', 'item')),
        subject TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE CHECK (length(idempotency_key) <= 25),
        state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
        message_ids TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (subscription_id, kind, subject)
      ) STRICT;
      CREATE INDEX deliveries_pending ON deliveries (state) WHERE state = 'pending';
    `,
  },
  {
    version: 2,
    name: 'items_feed_canonical_link',
    // Item identity falls back to (feed, canonical link, title) for feeds that regenerate guids.
    sql: `CREATE INDEX items_feed_canonical_link ON items (feed_id, canonical_link);`,
  },
  {
    version: 3,
    name: 'subscriptions_quiet_hours',
    // Subscription.quietHours ({ from, to } as JSON); NULL = no quiet hours. Older rows read as none.
    sql: `ALTER TABLE subscriptions ADD COLUMN quiet_hours TEXT;`,
  },
  {
    version: 4,
    name: 'items_identity',
    // Item identity treats http/https, www., default ports, trailing slashes, fragments and trackers as
    // one URL (store/identity.ts): the identity forms of the key and canonical link, indexed per feed.
    sql: `
      ALTER TABLE items ADD COLUMN identity_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE items ADD COLUMN identity_link TEXT;
      CREATE INDEX items_feed_identity_key ON items (feed_id, identity_key);
      CREATE INDEX items_feed_identity_link ON items (feed_id, identity_link);
    `,
    backfill: (db) => {
      const rows = db.prepare('SELECT id, key, canonical_link FROM items').all() as { id: number; key: string; canonical_link: string | null }[];
      const update = db.prepare('UPDATE items SET identity_key = ?, identity_link = ? WHERE id = ?');
      for (const r of rows) update.run(identityKey(r.key), identityUrl(r.canonical_link), r.id);
    },
  },
  {
    version: 15,
    name: 'feed_tenants',
    // Tenancy (model/tenant.ts): every workspace that added a feed. A non-global feed and its items
    // are visible to these workspaces only; existing chat-added feeds keep their one owner.
    sql: `
      CREATE TABLE feed_tenants (
        feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        workspace TEXT NOT NULL,
        PRIMARY KEY (feed_id, workspace)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX feed_tenants_workspace ON feed_tenants (workspace, feed_id);
      INSERT INTO feed_tenants (feed_id, workspace) SELECT id, workspace FROM feeds WHERE workspace IS NOT NULL;
    `,
  },
  {
    version: 16,
    name: 'subscriptions_notice_channel',
    // Subscription.noticeChannel: where admin notices go (chosen at subscribe time); NULL = the
    // platform's default (Discord system channel, Slack DM to whoever subscribed).
    sql: `ALTER TABLE subscriptions ADD COLUMN notice_channel TEXT;`,
  },
  {
    version: 17,
    name: 'deliveries_kind_notice',
    // Admin notices go through the ledger (kind 'notice'): SQLite cannot alter a CHECK constraint, so
    // the table is rebuilt from its own stored definition (whatever columns earlier migrations added).
    sql: '',
    backfill: (db) => widenDeliveryKinds(db, ['digest', 'item', 'notice']),
  },
  {
    version: 30,
    name: 'speakers',
    // Speaker identity (ADR 0260): one entity per person with every spelling seen; each quote points at
    // its speaker's entity. Existing quotes are assigned in the order they were stored.
    sql: `
      CREATE TABLE speakers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        bucket TEXT NOT NULL
      ) STRICT;
      CREATE INDEX speakers_bucket ON speakers (bucket, id);
      CREATE TABLE speaker_spellings (
        spelling TEXT PRIMARY KEY,
        speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX speaker_spellings_speaker ON speaker_spellings (speaker_id, position);
      ALTER TABLE quotes ADD COLUMN speaker_id INTEGER REFERENCES speakers (id) ON DELETE SET NULL;
      CREATE INDEX quotes_speaker ON quotes (speaker_id);
    `,
    backfill: (db) => {
      const port = sqliteSpeakerPort(db);
      const rows = db.prepare('SELECT id, speaker FROM quotes WHERE speaker IS NOT NULL ORDER BY id').all() as { id: number; speaker: string }[];
      const update = db.prepare('UPDATE quotes SET speaker_id = ? WHERE id = ?');
      for (const r of rows) update.run(assignSpeaker(port, r.speaker), r.id);
    },
  },
  {
    version: 31,
    name: 'spike_alerts_and_trend_charts',
    // Issue 19: spike alerts go through the ledger as kind 'spike' (the CHECK is widened by a rebuild,
    // as in 17); each subscription opts in to spike alerts and to a trend chart with its digests.
    sql: `
      ALTER TABLE subscriptions ADD COLUMN spike_alerts INTEGER NOT NULL DEFAULT 0 CHECK (spike_alerts IN (0, 1));
      ALTER TABLE subscriptions ADD COLUMN trend_chart INTEGER NOT NULL DEFAULT 0 CHECK (trend_chart IN (0, 1));
    `,
    backfill: (db) => widenDeliveryKinds(db, ['digest', 'item', 'notice', 'spike']),
  },
  {
    version: 32,
    name: 'item_topics_seen',
    // First sight per topic (ADR 0281): when each item first matched each topic, so an edit that adds a
    // topic reaches that topic's channels once without reposting the story to the others. Items stored
    // before get the topics they match (a mention) at their first sight.
    sql: `
      CREATE TABLE item_topics_seen (
        item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        topic_id TEXT NOT NULL,
        seen_at INTEGER NOT NULL,
        PRIMARY KEY (item_id, topic_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX item_topics_seen_at ON item_topics_seen (seen_at);
      ${TOPICS_SEEN_BACKFILL_SQL}
    `,
  },
  {
    version: 33,
    name: 'quotes_form',
    // Quote.form (ADR 0295): 'answer' for an interviewee's answer in a question-and-answer interview,
    // shown under its own label rather than as the outlet's paraphrase. NULL = not an answer, which is
    // what every quote stored before reads as.
    sql: `ALTER TABLE quotes ADD COLUMN form TEXT CHECK (form IN ('answer'));`,
  },
];

/** The schema version this code writes: the last migration's. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** The database's schema version (`PRAGMA user_version`; 0 for a new file). */
export function schemaVersionOf(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Refuses a database written by a newer wirewatch.
 * @throws WirewatchError `store_too_new` naming the file and both versions
 */
export function assertNotTooNew(version: number, file: string, latest: number = SCHEMA_VERSION): void {
  if (version > latest) {
    throw new WirewatchError(
      'store_too_new',
      `store: ${file} was written by a newer wirewatch (schema ${version} > ${latest}); upgrade wirewatch, or restore a backup taken before the upgrade`,
    );
  }
}

/**
 * Applies every migration newer than the database's version, all in one `BEGIN IMMEDIATE`
 * transaction (waiting up to the busy timeout for other writers).
 * A new database (version 0) with the real list gets `NEW_DATABASE_SQL` instead, in the same transaction.
 * @param migrations the list to apply (the real one by default; tests pass their own)
 * @param opts.viaMigrations run the migrations even on a new database (the script's generator and its test)
 * @returns the version before and after
 * @throws WirewatchError `store_too_new` when the file is newer than `migrations`; SQLite errors as is
 */
export function applyMigrations(
  db: Database,
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
  opts: { viaMigrations?: boolean } = {},
): { from: number; to: number } {
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  // A new database gets the latest schema from one script (ADR 0293): the same `sqlite_master` as
  // running every migration (new-database.test.ts), without SQLite re-reading the schema after each
  // of their statements. Only for the real list, and only while the script is of its last version.
  const oneScript = !opts.viaMigrations && migrations === MIGRATIONS && NEW_DATABASE_VERSION === latest;
  const run = db.transaction(() => {
    const from = schemaVersionOf(db);
    assertNotTooNew(from, file, latest);
    if (from === 0 && oneScript) {
      db.exec(NEW_DATABASE_SQL);
      db.pragma(`user_version = ${Math.trunc(latest)}`);
      return { from, to: latest };
    }
    for (const m of migrations) {
      if (m.version <= from) continue;
      if (m.sql) db.exec(m.sql);
      m.backfill?.(db);
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    }
    return { from, to: Math.max(from, latest) };
  });
  return run.immediate();
}
