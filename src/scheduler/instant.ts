/**
 * Instant alerts: a new item matching a `priority: instant` topic is posted to every `alerts`
 * subscription that follows the topic right after the poll that found it (so within one poll
 * interval), instead of waiting for the digest. Capped per channel per hour (a sliding hour); none in
 * the subscription's quiet hours (local time). Items held back by the cap or quiet hours are not
 * lost: they are in the next digest as usual; an alerted story is not repeated there (the digest leaves
 * out what the ledger says the channel got, `digest/repeats.ts`). The ledger subject is the item id, so an item is
 * alerted at most once per subscription; and a story that several feeds carry is alerted once per
 * subscription, not once per feed — in one round and across rounds: a copy of a story the channel received
 * in the last two days (a digest or an alert, read from the ledger), by the digest's own similarity
 * (another outlet, the other script; `AlertStories`, ADR 0288) or by its link's URL identity, is not
 * alerted, and the copies of one round give one alert that lists the others under "also:". An item first seen
 * more than a day before the alert (a new feed's back catalogue, ADR 0164) is never alerted.
 */
import type { Clock } from '../model/clock.js';
import { parseWindowSubject, type Delivery } from '../model/delivery.js';
import { isBackCatalogue, windowTimeFor, type AnalyzedItem } from '../model/story.js';
import type { Subscription } from '../model/subscription.js';
import type { Topic } from '../model/watchlist.js';
import type { DeliveryStore, FeedStore, ItemStore, SubscriptionStore, WatchlistStore } from '../store/store.js';
import { identityUrl } from '../store/identity.js';
import { tenantOf, visibleMatches } from '../model/tenant.js';
import { silentLogger, type Logger } from '../log/logger.js';

export interface ItemDeliverer {
  deliver(sub: Subscription, kind: 'item', subject: string): Promise<{ status: string }>;
}

/**
 * The hourly cap counted in the database for every process of a scaled-out deployment: counting the
 * channel's alerts of the last hour and beginning the alert's ledger row happen in one transaction
 * (store/postgres/alert-cap.ts), and the delivery is then handed to the queue.
 */
export interface AlertCap {
  /**
   * Begins the alert of item `subject` to `sub` unless `channel` had `perHour` alerts in the hour
   * before `now` (a row already in the ledger for it is not counted again).
   * @param isCopy asked after the row is begun and before it is handed off, when the row is new
   *   (pending, never attempted): true takes the row back (`DeliveryStore.abandonDelivery`) and
   *   nothing is queued — another process began an alert of the same story first (ADR 0297)
   * @returns `capped`, `copy`, or the hand-off's status (`queued`, `already_sent`, `failed`)
   */
  deliverCapped(
    sub: Subscription,
    channel: string,
    subject: string,
    perHour: number,
    now: Date,
    isCopy?: (row: Delivery) => Promise<boolean>,
  ): Promise<{ status: string }>;
}

/**
 * A channel's stories as the digest judges them (the service's `ChannelStories`, ADR 0288): the alert
 * path cannot cluster itself (the one clustering lives in `digest/`), so it is handed in.
 */
export interface AlertStories {
  /**
   * Of `items` (one channel's alert candidates of one call, in order), the first of each story the
   * channel has not received in a digest or an alert (48 h; digests being sent count): copies of a
   * received story, and the other copies of a story of the same call, are left out.
   */
  firstOfEachStory(sub: Subscription, items: AnalyzedItem[]): Promise<AnalyzedItem[]>;
  /**
   * Whether an alert to `sub` begun before ledger row `rowId` (a lower id; pending or sent, 48 h)
   * carries a copy of `item`'s story: scaled out, two processes can pass `firstOfEachStory` with two
   * copies at the same moment, and the one whose row came second then yields (ADR 0297).
   */
  alertedEarlier(sub: Subscription, item: AnalyzedItem, rowId: number): Promise<boolean>;
}

export interface InstantAlertsOptions {
  subscriptions: SubscriptionStore;
  watchlists: WatchlistStore;
  /** For tenancy: a subscription is alerted only of items of feeds its workspace sees. */
  feeds: Pick<FeedStore, 'listFeeds'>;
  dispatcher: ItemDeliverer;
  /** The ledger and the items, to alert a story carried by several feeds once (optional in tests). */
  ledger?: { deliveries: Pick<DeliveryStore, 'listDeliveries'>; items: Pick<ItemStore, 'getItem'> };
  clock: Clock;
  /** Alerts per channel per sliding hour. */
  perHour: number;
  /**
   * The channel's stories: without it (tests) a story is alerted once per link (`storyKey`) only, not
   * once per story across outlets and scripts.
   */
  stories?: AlertStories;
  /** Count the cap in the database across processes instead of in this process's memory. */
  cap?: AlertCap;
  logger?: Logger;
}

/** Minutes since local midnight of `at` in `timezone`. */
export function localMinutes(at: Date, timezone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return hour * 60 + minute;
}

/**
 * True when `at` falls in the quiet hours `[from, to)` (local `HH:MM` in `timezone`); an overnight
 * window (`22:00`–`07:00`) wraps midnight. `from === to` means no quiet hours.
 */
export function inQuietHours(at: Date, timezone: string, quiet: { from: string; to: string } | null | undefined): boolean {
  if (!quiet) return false;
  const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const from = toMin(quiet.from);
  const to = toMin(quiet.to);
  if (from === to) return false;
  const now = localMinutes(at, timezone);
  return from < to ? now >= from && now < to : now >= from || now < to;
}

/** How far back the ledger is searched for an alert of the same story (ms). */
const SAME_STORY_LOOKBACK_MS = 48 * 3_600_000;

/** The story an item tells, for alerting it once however many feeds carry it: its link's URL identity, else its id. */
export function storyKey(a: Pick<AnalyzedItem, 'id' | 'item'>): string {
  return identityUrl(a.item.canonicalLink ?? a.item.link) ?? a.id;
}

export class InstantAlerts {
  private readonly log: Logger;
  /** Send times (ms) per channel key, last hour only. */
  private readonly sent = new Map<string, number[]>();

  constructor(private readonly opts: InstantAlertsOptions) {
    this.log = opts.logger ?? silentLogger;
  }

  /**
   * Alerts the new items of one poll round.
   * @param late the items are not a poll round's new items but a later sweep's (scaled out,
   *   `Service.sweepInstantAlerts`) or edits (`handleEdits`): an item whose time for the subscription
   *   (`windowTimeFor`) lies in the window of a digest it was already sent (or is being sent) was in that
   *   digest, so it is not alerted as well (an item held back by the cap or quiet hours went
   *   to the digest; alerting it late would deliver the story twice)
   * @returns counts of alerts handed to the dispatcher and held back (cap or quiet hours)
   */
  async handle(newItems: AnalyzedItem[], opts: { late?: boolean } = {}): Promise<{ sent: number; capped: number; quiet: number }> {
    const result = { sent: 0, capped: 0, quiet: 0 };
    if (newItems.length === 0) return result;
    const subs = (await this.opts.subscriptions.listSubscriptions()).filter((s) => s.mode === 'alerts' && !s.paused);
    for (const sub of subs) {
      const tenant = tenantOf(sub);
      const topics = await this.opts.watchlists.listTopics(tenant);
      const feeds = new Set((await this.opts.feeds.listFeeds(tenant)).map((f) => f.url));
      const instant = new Set(topics.filter((t: Topic) => t.priority === 'instant' && (sub.topics.length === 0 || sub.topics.includes(t.id))).map((t) => t.id));
      if (instant.size === 0) continue;
      const watched = new Set(topics.filter((t) => sub.topics.length === 0 || sub.topics.includes(t.id)).map((t) => t.id));
      const channel = `${sub.platform}:${sub.workspace}:${sub.channel}`;
      let alerted: Set<string> | null = null;
      for (const item of await this.candidates(sub, newItems, { topics, feeds, instant, watched, late: opts.late === true })) {
        alerted ??= await this.storiesAlerted(sub.id);
        const story = storyKey(item);
        if (alerted.has(story)) continue; // the same story from another feed: alerted already
        alerted.add(story);
        const now = this.opts.clock.now();
        if (inQuietHours(now, sub.timezone, sub.quietHours)) {
          result.quiet++;
          continue;
        }
        if (this.opts.cap) {
          const stories = this.opts.stories;
          const isCopy = stories ? (row: Delivery) => stories.alertedEarlier(sub, item, row.id) : undefined;
          const shared = await this.opts.cap.deliverCapped(sub, channel, item.id, this.opts.perHour, now, isCopy);
          if (shared.status === 'copy') {
            this.log.info({ subscription_id: sub.id, item_id: item.id }, 'alerts: another process began an alert of this story first; this copy is left out');
          } else if (shared.status === 'capped') {
            result.capped++;
            this.log.info({ subscription_id: sub.id, item_id: item.id, per_hour: this.opts.perHour }, 'alerts: hourly cap reached; item waits for the digest');
          } else if (shared.status === 'queued') result.sent++;
          continue;
        }
        const recent = (this.sent.get(channel) ?? []).filter((t) => t > now.getTime() - 3_600_000);
        if (recent.length >= this.opts.perHour) {
          result.capped++;
          this.log.info({ subscription_id: sub.id, item_id: item.id, per_hour: this.opts.perHour }, 'alerts: hourly cap reached; item waits for the digest');
          continue;
        }
        const outcome = await this.opts.dispatcher.deliver(sub, 'item', item.id);
        if (outcome.status === 'sent' || outcome.status === 'retry' || outcome.status === 'queued') {
          recent.push(now.getTime());
          result.sent++;
        }
        this.sent.set(channel, recent);
      }
    }
    return result;
  }

  /**
   * The items of `newItems` to alert `sub` of, in order: of a feed its tenant sees, matching one of its
   * instant topics, not back catalogue, not (for a late call) in a digest it was sent or is being sent,
   * and the first of each story it has not received (`AlertStories`, when given).
   */
  private async candidates(
    sub: Subscription,
    newItems: AnalyzedItem[],
    c: { topics: Topic[]; feeds: Set<string>; instant: Set<string>; watched: Set<string>; late: boolean },
  ): Promise<AnalyzedItem[]> {
    const out: AnalyzedItem[] = [];
    let digested: { start: number; end: number }[] | null = null;
    for (const item of newItems) {
      if (!c.feeds.has(item.feedUrl)) continue;
      const seenItem = visibleMatches(item, c.topics);
      if (!seenItem.matches.some((m) => c.instant.has(m.topicId) && m.mentions.length > 0)) continue;
      // The time the story counts for this channel: its first match with one of the channel's topics
      // (its first sight, or the edit that added the topic; ADR 0281).
      const since = windowTimeFor(seenItem, c.watched);
      // A new feed's back catalogue (first seen at its old date, ADR 0164) is news to no one: never alerted.
      if (isBackCatalogue({ firstSeen: since }, this.opts.clock.now())) continue;
      if (c.late) {
        digested ??= await this.digestWindows(sub.id);
        if (digested.some((w) => since.getTime() >= w.start && since.getTime() < w.end)) continue;
      }
      out.push(item);
    }
    if (!this.opts.stories || out.length === 0) return out;
    const first = await this.opts.stories.firstOfEachStory(sub, out);
    if (first.length < out.length) {
      this.log.info(
        { subscription_id: sub.id, left_out: out.length - first.length },
        'alerts: copies of a story the channel received or is being alerted of left out',
      );
    }
    return first;
  }

  /**
   * Alerts the stored items an edit made match topics they never matched (`PollReport.retopiced`, ADR
   * 0281): read back from the store (with their first sights per topic), then as a late sweep's items —
   * a channel whose digest already covered the story's time for it (a topic it matched before the edit)
   * received it and is not alerted; a channel of the new topic alone is, once (the ledger subject is the
   * item id). Without the store (`ledger` not given) nothing is alerted: the next digest takes them.
   */
  async handleEdits(edited: AnalyzedItem[]): Promise<{ sent: number; capped: number; quiet: number }> {
    const ledger = this.opts.ledger;
    if (!ledger || edited.length === 0) return { sent: 0, capped: 0, quiet: 0 };
    const stored: AnalyzedItem[] = [];
    for (const a of edited) {
      const item = await ledger.items.getItem(a.id);
      if (item) stored.push(item);
    }
    return this.handle(stored, { late: true });
  }

  /** Windows (ms, half-open) of the digests sent or being sent to `subscriptionId` (from the ledger). */
  private async digestWindows(subscriptionId: string): Promise<{ start: number; end: number }[]> {
    const ledger = this.opts.ledger;
    if (!ledger) return [];
    const out: { start: number; end: number }[] = [];
    for (const d of await ledger.deliveries.listDeliveries(subscriptionId)) {
      if (d.kind !== 'digest' || d.state === 'failed') continue;
      try {
        const w = parseWindowSubject(d.subject);
        out.push({ start: w.start.getTime(), end: w.end.getTime() });
      } catch {
        // not a window (no digest of this kind has another subject; nothing to skip by)
      }
    }
    return out;
  }

  /** Story keys of the items alerted to `subscriptionId` in the last two days (from the ledger). */
  private async storiesAlerted(subscriptionId: string): Promise<Set<string>> {
    const keys = new Set<string>();
    const ledger = this.opts.ledger;
    if (!ledger) return keys;
    const since = this.opts.clock.now().getTime() - SAME_STORY_LOOKBACK_MS;
    for (const d of await ledger.deliveries.listDeliveries(subscriptionId)) {
      if (d.kind !== 'item' || d.createdAt.getTime() < since) continue;
      const item = await ledger.items.getItem(d.subject);
      keys.add(item ? storyKey(item) : d.subject);
    }
    return keys;
  }
}
