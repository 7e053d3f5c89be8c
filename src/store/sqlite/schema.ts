/**
 * Row types of the SQLite schema as Kysely sees them (see `migrations.ts` for the DDL).
 * Dates are epoch milliseconds (INTEGER) everywhere; lists and small objects are JSON text.
 */
import type { Generated } from 'kysely';

export interface FeedsTable {
  id: Generated<number>;
  url: string;
  title: string | null;
  workspace: string | null;
  etag: string | null;
  last_modified: string | null;
  next_check_at: number;
  interval_seconds: number;
  error_count: number;
  last_error: string | null;
  failing_since: number | null;
  last_success_at: number | null;
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
  published: number | null;
  first_seen: number;
  /** published, else first_seen: the time windows select on. */
  item_time: number;
  author: string | null;
  /** JSON string[] */
  categories: string;
  summary: string | null;
  content_html: string | null;
  text: string;
  /** JSON Enclosure[] */
  enclosures: string;
  outlet: string | null;
  /** JSON Article ({paragraphs, source?, language?}) */
  article: string;
  content_hash: string;
  /** `identityKey(key)` (store/identity.ts; migration 4). */
  identity_key: Generated<string>;
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
  /** The speaker entity (migration 30); null without a speaker. */
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
  /** 0 = term, 1 = exclude */
  exclude: number;
  position: number;
  term: string;
}

export interface SubscriptionsTable {
  id: string;
  platform: string;
  workspace: string;
  channel: string;
  /** JSON string[] */
  topics: string;
  cron: string;
  timezone: string;
  locale: string;
  mode: 'digest' | 'alerts';
  post_empty: number;
  paused: number;
  paused_reason: string | null;
  created_by: string | null;
  last_window_end: number | null;
  /** JSON `{ from, to }` (`HH:MM` local times) or NULL for none; added by migration 3. */
  quiet_hours: string | null;
  /** Channel for admin notices, or NULL for the platform default; added by migration 16. */
  notice_channel: string | null;
  /** Migration 31: Subscription.spikeAlerts / trendChart as 0/1. */
  spike_alerts: Generated<number>;
  trend_chart: Generated<number>;
}

export interface DeliveriesTable {
  id: number;
  subscription_id: string;
  kind: 'digest' | 'item' | 'notice' | 'spike';
  subject: string;
  idempotency_key: string;
  state: 'pending' | 'sent' | 'failed';
  /** JSON string[] */
  message_ids: string;
  attempts: number;
  last_error: string | null;
  created_at: number;
  updated_at: number;
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
