/**
 * Row types of the store's tables as the dialect-neutral query code sees them (ADR 0140, 0142). The
 * columns the two databases keep differently are typed as either form: times (SQLite epoch ms,
 * PostgreSQL `timestamptz` as `Date`), flags (0/1 or boolean) and lists (JSON text in both, read back
 * as text on SQLite and parsed on PostgreSQL). The query code writes and reads those columns only
 * through a `StoreDialect` (`dialect.ts`); each store's own `schema.ts` has its exact types.
 */
import type { ColumnType, Generated } from 'kysely';

/** A time column: epoch ms (SQLite) or `Date` (PostgreSQL). */
export type DateValue = number | Date;
/** A flag column: 0/1 (SQLite) or boolean (PostgreSQL). */
export type BoolValue = number | boolean;
/** A JSON column: JSON text in; text (SQLite) or the parsed value (PostgreSQL) out. */
export type Json = ColumnType<unknown, string, string>;

export interface FeedsTable {
  id: Generated<number>;
  url: string;
  title: string | null;
  workspace: string | null;
  etag: string | null;
  last_modified: string | null;
  next_check_at: DateValue;
  interval_seconds: number;
  error_count: number;
  last_error: string | null;
  failing_since: DateValue | null;
  last_success_at: DateValue | null;
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
  published: DateValue | null;
  first_seen: DateValue;
  /** published, else first_seen: the time windows select on. */
  item_time: DateValue;
  author: string | null;
  categories: Json;
  summary: string | null;
  content_html: string | null;
  text: string;
  enclosures: Json;
  outlet: string | null;
  article: Json;
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
  speaker_id: number | null;
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

export interface TopicTermsTable {
  topic_row: number;
  exclude: BoolValue;
  position: number;
  term: string;
}

export interface SubscriptionsTable {
  id: string;
  platform: string;
  workspace: string;
  channel: string;
  topics: Json;
  cron: string;
  timezone: string;
  locale: string;
  mode: 'digest' | 'alerts';
  post_empty: BoolValue;
  paused: BoolValue;
  paused_reason: string | null;
  created_by: string | null;
  last_window_end: DateValue | null;
  /** `{ from, to }` (`HH:MM` local times) or NULL for none. */
  quiet_hours: ColumnType<unknown, string | null, string | null>;
  notice_channel: string | null;
  spike_alerts: Generated<BoolValue>;
  trend_chart: Generated<BoolValue>;
}

export interface DeliveriesTable {
  id: number;
  subscription_id: string;
  kind: 'digest' | 'item' | 'notice' | 'spike';
  subject: string;
  idempotency_key: string;
  state: 'pending' | 'sent' | 'failed';
  message_ids: Json;
  attempts: number;
  last_error: string | null;
  created_at: DateValue;
  updated_at: DateValue;
}

export interface DB {
  feeds: FeedsTable;
  feed_tenants: FeedTenantsTable;
  items: ItemsTable;
  item_topics: ItemTopicsTable;
  mentions: MentionsTable;
  quotes: QuotesTable;
  speakers: SpeakersTable;
  speaker_spellings: SpeakerSpellingsTable;
  topics: TopicsTable;
  topic_terms: TopicTermsTable;
  subscriptions: SubscriptionsTable;
  deliveries: DeliveriesTable;
}
