/**
 * Row types of the PostgreSQL schema as Kysely sees them (see `migrations.ts` for the DDL).
 * Times are `timestamptz` (read back as `Date`, millisecond precision is kept); lists and small
 * objects are `jsonb` (written as JSON text, read back parsed); ids are `bigint` identities read back
 * as numbers (`open.ts` installs the int8 parser; ids stay far below 2^53).
 */
import type { ColumnType, Generated } from 'kysely';

/** A jsonb column: JSON text in, the parsed value out. */
type Json<T> = ColumnType<T, string, string>;

export interface FeedsTable {
  id: Generated<number>;
  url: string;
  title: string | null;
  workspace: string | null;
  etag: string | null;
  last_modified: string | null;
  next_check_at: Date;
  interval_seconds: number;
  error_count: number;
  last_error: string | null;
  failing_since: Date | null;
  last_success_at: Date | null;
}

export interface FeedTenantsTable {
  feed_id: number;
  workspace: string;
}

export interface ItemsTable {
  id: Generated<number>;
  feed_id: number;
  key: string;
  guid: string | null;
  link: string | null;
  canonical_link: string | null;
  title: string;
  published: Date | null;
  first_seen: Date;
  /** published, else first_seen: the time windows select on. */
  item_time: Date;
  author: string | null;
  categories: Json<string[]>;
  summary: string | null;
  content_html: string | null;
  text: string;
  enclosures: Json<unknown[]>;
  outlet: string | null;
  article: Json<unknown>;
  content_hash: string;
  /** `identityKey(key)` (store/identity.ts). */
  identity_key: string;
  /** `identityUrl(canonical_link)`. */
  identity_link: string | null;
}

export interface ItemTopicsTable {
  item_id: number;
  position: number;
  topic_id: string;
  relevance: number;
}

export interface MentionsTable {
  id: Generated<number>;
  item_id: number;
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
  /** The speaker entity; null without a speaker. */
  speaker_id: number | null;
}

export interface SpeakersTable {
  id: Generated<number>;
  name: string;
  /** `speakerBucket` of the entity's names: candidates for a new spelling are looked up by it. */
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

export interface TopicTermsTable {
  topic_row: number;
  exclude: boolean;
  position: number;
  term: string;
}

export interface SubscriptionsTable {
  id: string;
  platform: string;
  workspace: string;
  channel: string;
  topics: Json<string[]>;
  cron: string;
  timezone: string;
  locale: string;
  mode: 'digest' | 'alerts';
  post_empty: boolean;
  paused: boolean;
  paused_reason: string | null;
  created_by: string | null;
  last_window_end: Date | null;
  /** `{ from, to }` (`HH:MM` local times) or NULL for none. */
  quiet_hours: Json<unknown> | null;
  notice_channel: string | null;
  spike_alerts: Generated<boolean>;
  trend_chart: Generated<boolean>;
}

export interface DeliveriesTable {
  id: number;
  subscription_id: string;
  kind: 'digest' | 'item' | 'notice' | 'spike';
  subject: string;
  idempotency_key: string;
  state: 'pending' | 'sent' | 'failed';
  message_ids: Json<string[]>;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: Date;
}

export interface DB {
  feeds: FeedsTable;
  feed_tenants: FeedTenantsTable;
  items: ItemsTable;
  item_topics: ItemTopicsTable;
  mentions: MentionsTable;
  quotes: QuotesTable;
  topics: TopicsTable;
  topic_terms: TopicTermsTable;
  subscriptions: SubscriptionsTable;
  deliveries: DeliveriesTable;
  speakers: SpeakersTable;
  speaker_spellings: SpeakerSpellingsTable;
  ww_schema_migrations: SchemaMigrationsTable;
}
