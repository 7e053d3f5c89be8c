/**
 * The service's digest side: composing a subscription's digest (through the round's fan-out), leaving
 * out stories already delivered, and building the payloads of each ledger row (digests, instant
 * alerts, spikes, admin notices) that the dispatcher posts.
 */
import type { Config } from './config/schema.js';
import type { Clock } from './model/clock.js';
import type { AdminNotice, Digest } from './model/digest.js';
import type { Subscription, PlatformName } from './model/subscription.js';
import type { Topic } from './model/watchlist.js';
import type { AnalyzedItem } from './model/story.js';
import { windowTimeFor } from './model/story.js';
import { tenantOf, visibleMatches } from './model/tenant.js';
import { parseWindowSubject, windowSubject } from './model/delivery.js';
import type { Store } from './store/store.js';
import type { Logger } from './log/logger.js';
import type { SpikeAlerts } from './scheduler/spikes.js';
import { topicsTrend } from './trends/trend.js';
import { chartPart, DIGEST_CHART_DAYS } from './trends/digest-chart.js';
import { composeDigest } from './digest/compose.js';
import { againstDelivered } from './digest/repeats.js';
import { ChannelStories, receivedItems } from './service-received.js';
import type { DigestFanout } from './digest/fanout.js';
import { renderText } from './digest/render/text.js';
import { renderDiscord } from './digest/render/discord/index.js';
import { renderSlack } from './digest/render/slack/index.js';
import { noticeEscaper, renderNotice } from './digest/render/notice.js';
import { noticeText, parseNoticeSubject } from './notices/notices.js';

/** Renders a digest for a platform: plain text for the console, embeds for Discord, Block Kit for Slack. */
export function renderFor(platform: PlatformName, digest: Digest): unknown[] {
  if (platform === 'discord') return renderDiscord(digest);
  if (platform === 'slack') return renderSlack(digest);
  return [renderText(digest)];
}

/** Composes digests and builds the ledger rows' payloads for one service (its store, clock and config). */
export class ServiceDigests {
  /**
   * @param spikes builds a spike alert's payloads
   * @param fanoutOf the fan-out of the tick in progress, or null between ticks
   */
  constructor(
    private readonly deps: { store: Store; clock: Clock; config: Config },
    private readonly log: Logger,
    private readonly spikes: SpikeAlerts,
    private readonly fanoutOf: () => DigestFanout | null,
  ) {
    this.stories = new ChannelStories(deps);
  }

  /** The channel's stories: an alert's copies (`alertCopies`). */
  private readonly stories: ChannelStories;

  private get fanout(): DigestFanout | null {
    return this.fanoutOf();
  }

  private async topicsFor(sub: Subscription): Promise<Topic[]> {
    return this.deps.store.watchlists.listTopics(tenantOf(sub));
  }

  /** The notice's payloads for `sub`'s platform, rebuilt from the ledger subject (retries, reconciliation). */
  private async noticePayloads(sub: Subscription, subject: string): Promise<unknown[] | null> {
    const event = parseNoticeSubject(subject);
    const now = this.deps.clock.now();
    const safe = noticeEscaper(sub.platform);
    if (event.kind === 'subscription_paused') {
      const current = (await this.deps.store.subscriptions.getSubscription(sub.id)) ?? sub;
      if (!current.paused) return null; // resumed before the notice could go out: nothing to say
      return renderNotice(sub.platform, 'Digests paused', noticeText(event, { platform: sub.platform, subscription: current, now }, safe));
    }
    const feed = await this.deps.store.feeds.getFeed(event.url);
    const title = event.kind === 'feed_failing' ? 'Feed failing' : 'Feed recovered';
    return renderNotice(sub.platform, title, noticeText(event, { platform: sub.platform, subscription: sub, feed, now }, safe));
  }

  /**
   * Composes the digest of `sub` for a window (no delivery recorded): only items of feeds its tenant
   * sees, only matches of topics its tenant sees (model/tenant.ts).
   */
  async composeFor(sub: Subscription, window: { start: Date; end: Date }, items?: AnalyzedItem[], topicFilter?: (t: Topic) => boolean): Promise<Digest> {
    return this.compose(sub, window, null, items, topicFilter);
  }

  /**
   * The digest `sub` would get for `window` if it were sent now: `composeFor` less the stories the
   * channel already received (`withoutRepeats`), so `/digest now`'s count and the panel's preview say
   * what would really be posted. With `sentAt`, a past digest as it was posted then (only ledger rows
   * created before it count), for the panel's delivery log.
   */
  async previewFor(sub: Subscription, window: { start: Date; end: Date }, sentAt?: Date): Promise<Digest> {
    return this.withoutRepeats(sub, windowSubject(window.start, window.end), await this.compose(sub, window, null), null, sentAt);
  }

  /**
   * `composeFor`, through `fanout` when given: the tenant's topics and window items are read once per
   * round, and subscriptions with the same tenant, topics and window share one composed digest.
   * `filterName` names `topicFilter` in the fan-out's key (one name per distinct filter).
   */
  private async compose(
    sub: Subscription,
    window: { start: Date; end: Date },
    fanout: DigestFanout | null,
    items?: AnalyzedItem[],
    topicFilter?: (t: Topic) => boolean,
    filterName = 'all',
    followUps?: ReadonlyMap<string, readonly AnalyzedItem[]>,
  ): Promise<Digest> {
    const tenant = tenantOf(sub);
    const store = this.deps.store;
    const read = <T>(key: string, fn: () => Promise<T>): Promise<T> => (fanout ? fanout.shared(JSON.stringify([key, tenant]), fn) : fn());
    const visible = await read('topics', () => this.topicsFor(sub));
    const topics = visible.filter(topicFilter ?? (() => true));
    const chosen =
      items ??
      (await read(`items ${window.start.getTime()} ${window.end.getTime()}`, async () =>
        (await store.items.itemsFirstSeen(window.start, window.end, tenant)).map((i) => visibleMatches(i, visible)),
      ));
    const input = {
      subscription: sub,
      topics,
      items: items ? chosen.map((i) => visibleMatches(i, visible)) : chosen,
      window,
      maxQuotesPerEntry: this.deps.config.digests.maxQuotes,
      maxEntries: this.deps.config.digests.maxEntries,
      quoteWords: this.deps.config.digests.quoteWords,
      entryQuoteWords: this.deps.config.digests.entryQuoteWords,
      // Admin notices are messages of their own, sent once per event (feedNotice, onPaused), not repeated in every digest.
      notices: [] as AdminNotice[],
      followUps,
    };
    // Explicit items (an alert's one item) are the caller's: not shared by key.
    if (!fanout || items) return composeDigest(input);
    return fanout.compose(JSON.stringify([tenant, filterName]), input);
  }

  /**
   * `digest` without the stories `sub` already received — in a digest sent in the last 48 h, or as an
   * instant alert (`digest/repeats.ts`): composed again from the window's items less those, with the
   * follow-ups (a delivered story's new quotes) marked, when any; else `digest` itself (still shared by
   * the fan-out).
   */
  private async withoutRepeats(sub: Subscription, subject: string, digest: Digest, fanout: DigestFanout | null, sentAt?: Date): Promise<Digest> {
    if (digest.sections.length === 0) return digest;
    const { store, clock } = this.deps;
    const tenant = tenantOf(sub);
    const visible = await this.topicsFor(sub);
    const shared = fanout ? <T>(key: string, fn: () => Promise<T>) => fanout.shared(key, fn) : undefined;
    const delivered = await receivedItems(store, sub, visible, { subject, now: sentAt ?? clock.now(), sentAt, shared });
    if (delivered.length === 0) return digest;
    const window = parseWindowSubject(subject);
    const read = () => store.items.itemsFirstSeen(window.start, window.end, tenant);
    const items = await (fanout ? fanout.shared(JSON.stringify([`raw items ${window.start.getTime()} ${window.end.getTime()}`, tenant]), read) : read());
    const { repeated, followUps } = againstDelivered(digest, items, delivered);
    if (repeated.size === 0 && followUps.size === 0) return digest;
    this.log.info(
      { subscription_id: sub.id, window: subject, items_left_out: repeated.size, follow_ups: followUps.size },
      'service: stories already delivered left out of the digest, follow-ups marked',
    );
    return this.compose(
      sub,
      window,
      null,
      items.filter((a) => !repeated.has(a.id)),
      undefined,
      'all',
      followUps,
    );
  }

  /**
   * The payloads of one ledger row for `sub`'s platform (the dispatcher's `payloads`): a digest less
   * the stories already delivered (with its trend chart), an instant alert, a spike, or an admin
   * notice; null when there is nothing to post (an empty digest unless `postEmpty`, an item the
   * tenant no longer sees).
   */
  async payloads(sub: Subscription, kind: 'digest' | 'item' | 'notice' | 'spike', subject: string): Promise<unknown[] | null> {
    if (kind === 'notice') return this.noticePayloads(sub, subject);
    const fanout = this.fanout;
    const render = (digest: Digest) => (fanout ? fanout.payloads(sub.platform, digest) : renderFor(sub.platform, digest));
    if (kind === 'spike') return this.spikes.payloads(sub, subject);
    if (kind === 'digest') {
      const digest = await this.withoutRepeats(sub, subject, await this.compose(sub, parseWindowSubject(subject), fanout), fanout);
      const empty = digest.sections.every((s) => s.entries.length === 0) && digest.notices.length === 0;
      if (empty && !sub.postEmpty) return null;
      // a copy: the fan-out may share rendered payloads between subscriptions
      const parts = [...render(digest)];
      if (sub.trendChart && !empty) {
        const chart = await this.digestChart(sub);
        if (chart) parts.push(chart);
      }
      return parts;
    }
    const item = await this.deps.store.items.getItem(subject);
    if (!item) return null;
    const tenant = tenantOf(sub);
    const listFeeds = () => this.deps.store.feeds.listFeeds(tenant).then((fs) => new Set(fs.map((f) => f.url)));
    const feeds = await (fanout ? fanout.shared(JSON.stringify(['feeds', tenant]), listFeeds) : listFeeds());
    if (!feeds.has(item.feedUrl)) return null;
    // The alert's entry: the item and the copies of its story folded into it (ADR 0288), in the window
    // of the times they count for the channel's instant topics (ADR 0281).
    const instant = (await this.topicsFor(sub)).filter((t) => t.priority === 'instant' && (sub.topics.length === 0 || sub.topics.includes(t.id)));
    const instantIds = new Set(instant.map((t) => t.id));
    const members = [item, ...(await this.stories.alertCopies(sub, item, instant, feeds))];
    const times = members.map((a) => windowTimeFor(visibleMatches(a, instant), instantIds).getTime());
    const window = { start: new Date(Math.min(...times)), end: new Date(Math.max(...times) + 1) };
    const digest = await this.compose(sub, window, fanout, members, (t) => t.priority === 'instant', 'instant');
    const sections = digest.sections
      .map((s) => ({ ...s, entries: s.entries.filter((e) => (e.itemIds ?? [e.id]).includes(item.id)), more: undefined }))
      .filter((s) => s.entries.length > 0);
    if (sections.length === 0) return null;
    return renderFor(sub.platform, { ...digest, sections, kind: 'alert', notices: [] });
  }

  /**
   * The trend picture of a digest (subscriptions with `trendChart`): the followed topics' mentions per
   * day over the last week, as a payload part for the platform; null when there is nothing to draw or
   * drawing fails (logged: the digest goes out without it).
   */
  private async digestChart(sub: Subscription): Promise<unknown | null> {
    try {
      const topics = (await this.topicsFor(sub)).filter((t) => sub.topics.length === 0 || sub.topics.includes(t.id));
      const pic = await topicsTrend(this.deps.store, {
        topics,
        tenant: tenantOf(sub),
        days: DIGEST_CHART_DAYS,
        now: this.deps.clock.now(),
        timezone: sub.timezone,
        locale: sub.locale,
      });
      return pic ? chartPart(sub.platform, pic) : null;
    } catch (e) {
      this.log.warn({ subscription_id: sub.id, err_message: (e as Error).message }, 'service: trend chart failed; digest sent without it');
      return null;
    }
  }
}
