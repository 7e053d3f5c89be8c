/**
 * Row types of the store's tables as Kysely sees them, written once for both SQL stores (ADR 0140,
 * 0142; the DDL is each store's `migrations.ts`). The columns the two databases keep differently take
 * their type from a `ColumnKinds`: times (SQLite INTEGER epoch ms, PostgreSQL `timestamptz` read as
 * `Date`), flags (SQLite 0/1, PostgreSQL boolean) and lists/small objects (JSON text in both; read
 * back as text on SQLite, parsed from `jsonb` on PostgreSQL). `sqlite/schema.ts` and
 * `postgres/schema.ts` pick their kinds; the shared query code (this folder) sees `DB`, whose kinds
 * are either form, and writes and reads those columns only through a `StoreDialect` (`dialect.ts`).
 */
import type { ColumnType, Generated } from 'kysely';

/** How one database stores the columns that differ. */
export interface ColumnKinds {
  date: unknown;
  bool: unknown;
  json: unknown;
}

/** A time column: epoch ms (SQLite) or `Date` (PostgreSQL). */
export type DateValue = number | Date;
/** A flag column: 0/1 (SQLite) or boolean (PostgreSQL). */
export type BoolValue = number | boolean;
/** A JSON column: JSON text in; text (SQLite) or the parsed value (PostgreSQL) out. */
export type Json = ColumnType<unknown, string, string>;

/** The kinds as the shared query code sees them: either database's. */
export interface NeutralKinds {
  date: DateValue;
  bool: BoolValue;
  json: Json;
}

export interface FeedsTable<C extends ColumnKinds = NeutralKinds> {
  id: Generated<number>;
  url: string;
  title: string | null;
  workspace: string | null;
  etag: string | null;
  last_modified: string | null;
  next_check_at: C['date'];
  interval_seconds: number;
  error_count: number;
  last_error: string | null;
  failing_since: C['date'] | null;
  last_success_at: C['date'] | null;
}

export interface FeedTenantsTable {
  feed_id: number;
  workspace: string;
}

export interface ItemsTable<C extends ColumnKinds = NeutralKinds> {
  id: Generated<number>;
  feed_id: number;
  key: string;
  guid: string | null;
  link: string | null;
  canonical_link: string | null;
  title: string;
  published: C['date'] | null;
  first_seen: C['date'];
  /** published, else first_seen: the time windows select on. */
  item_time: C['date'];
  author: string | null;
  categories: C['json'];
  summary: string | null;
  content_html: string | null;
  text: string;
  enclosures: C['json'];
  outlet: string | null;
  article: C['json'];
  content_hash: string;
  identity_key: string;
  identity_link: string | null;
}

export interface ItemTopicsTable {
  item_id: number;
  position: number;
  topic_id: string;
  relevance: number;
}

/** When an item first matched each topic it ever matched (ADR 0281); rows only grow while the item lives. */
export interface ItemTopicsSeenTable<C extends ColumnKinds = NeutralKinds> {
  item_id: number;
  topic_id: string;
  seen_at: C['date'];
}

export interface MentionsTable {
  id: Generated<number>;
  item_id: number;
  /** Position of the TopicMatch within the item's matches. */
  match_position: number;
  position: number;
  topic_id: string;
  term: string;
  surface: string;
  paragraph: number;
  start_offset: number;
  end_offset: number;
}

export interface QuotesTable {
  id: Generated<number>;
  item_id: number;
  position: number;
  kind: 'direct' | 'partial' | 'indirect';
  text: string;
  speaker: string | null;
  speaker_role: string | null;
  paragraph: number;
  start_offset: number;
  end_offset: number;
  confidence: number;
  salience: number;
  speaker_id: number | null;
  /** `answer` for an interview answer (`Quote.form`); NULL otherwise and for rows stored before it. */
  form: 'answer' | null;
}

export interface SpeakersTable {
  id: Generated<number>;
  name: string;
  bucket: string;
}

export interface SpeakerSpellingsTable {
  spelling: string;
  speaker_id: number;
  position: number;
}

export interface TopicsTable {
  id: Generated<number>;
  /** '' for a global topic (NULLs are distinct in SQL unique keys). */
  workspace: string;
  topic_id: string;
  name: string;
  priority: 'digest' | 'instant';
}

export interface TopicTermsTable<C extends ColumnKinds = NeutralKinds> {
  topic_row: number;
  exclude: C['bool'];
  position: number;
  term: string;
}

export interface SubscriptionsTable<C extends ColumnKinds = NeutralKinds> {
  id: string;
  platform: string;
  workspace: string;
  channel: string;
  topics: C['json'];
  cron: string;
  timezone: string;
  locale: string;
  mode: 'digest' | 'alerts';
  post_empty: C['bool'];
  paused: C['bool'];
  paused_reason: string | null;
  created_by: string | null;
  last_window_end: C['date'] | null;
  /** `{ from, to }` (`HH:MM` local times) or NULL for none. */
  quiet_hours: C['json'] | null;
  notice_channel: string | null;
  spike_alerts: Generated<C['bool']>;
  trend_chart: Generated<C['bool']>;
}

export interface DeliveriesTable<C extends ColumnKinds = NeutralKinds> {
  id: number;
  subscription_id: string;
  kind: 'digest' | 'item' | 'notice' | 'spike';
  subject: string;
  idempotency_key: string;
  state: 'pending' | 'sent' | 'failed';
  message_ids: C['json'];
  attempts: number;
  last_error: string | null;
  created_at: C['date'];
  updated_at: C['date'];
}

/** The tables of both stores, with one database's column kinds. */
export interface StoreTables<C extends ColumnKinds> {
  feeds: FeedsTable<C>;
  feed_tenants: FeedTenantsTable;
  items: ItemsTable<C>;
  item_topics: ItemTopicsTable;
  item_topics_seen: ItemTopicsSeenTable<C>;
  mentions: MentionsTable;
  quotes: QuotesTable;
  speakers: SpeakersTable;
  speaker_spellings: SpeakerSpellingsTable;
  topics: TopicsTable;
  topic_terms: TopicTermsTable<C>;
  subscriptions: SubscriptionsTable<C>;
  deliveries: DeliveriesTable<C>;
}

/** The shared query code's view. */
export type DB = StoreTables<NeutralKinds>;
