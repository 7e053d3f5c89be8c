/**
 * Spike alerts (issue 19): after a poll round that stored new items, each subscription that asked for
 * them (`spikeAlerts`) is checked for the followed topics those items matched: is today's count far
 * above the topic's own 28-day usual (`trends/spike.ts`)? A spike is posted once per topic per local
 * day: the ledger subject is `topic@YYYY-MM-DD` (kind `spike`), so the dispatcher's exactly-once and
 * crash reconciliation cover it like a digest (ADR 0160). Like instant alerts, spikes are capped per
 * channel per sliding hour and held during quiet hours; a held spike is checked again on the next
 * round that day (it is not recorded until it is handed to the dispatcher).
 */
import type { Clock } from '../model/clock.js';
import type { AnalyzedItem } from '../model/story.js';
import type { Subscription } from '../model/subscription.js';
import type { Topic } from '../model/watchlist.js';
import { qualifiedTopicId, tenantOf } from '../model/tenant.js';
import type { Store } from '../store/store.js';
import { silentLogger, type Logger } from '../log/logger.js';
import { dailyCounts, localDay, windowStart } from '../trends/counts.js';
import { detectSpike, SPIKE_DEFAULTS, type SpikeOptions } from '../trends/spike.js';
import { renderSpike } from '../trends/spike-message.js';
import { inQuietHours } from './instant.js';

export interface SpikeDeliverer {
  deliver(sub: Subscription, kind: 'spike', subject: string): Promise<{ status: string }>;
}

export interface SpikeAlertsOptions {
  store: Pick<Store, 'items' | 'watchlists' | 'subscriptions'>;
  dispatcher: SpikeDeliverer;
  clock: Clock;
  /** Alerts (spikes) per channel per sliding hour: the instant alerts' cap. */
  perHour: number;
  spike?: Partial<SpikeOptions>;
  logger?: Logger;
}

/** The ledger subject of a topic's spike on a day. */
export function spikeSubject(topicId: string, day: string): string {
  return `${topicId}@${day}`;
}

/** The topic id and day of a spike subject. @throws Error for anything else */
export function parseSpikeSubject(subject: string): { topicId: string; day: string } {
  const m = /^(.+)@(\d{4}-\d{2}-\d{2})$/.exec(subject);
  if (!m) throw new Error(`not a spike subject: ${subject}`);
  return { topicId: m[1], day: m[2] };
}

/** The topics `sub` follows among those its workspace sees. */
async function followed(store: SpikeAlertsOptions['store'], sub: Subscription): Promise<Topic[]> {
  const topics = await store.watchlists.listTopics(tenantOf(sub));
  return topics.filter((t) => sub.topics.length === 0 || sub.topics.includes(t.id));
}

export class SpikeAlerts {
  private readonly log: Logger;
  private readonly sent = new Map<string, number[]>();
  private readonly spike: SpikeOptions;

  constructor(private readonly opts: SpikeAlertsOptions) {
    this.log = opts.logger ?? silentLogger;
    this.spike = { ...SPIKE_DEFAULTS, ...opts.spike };
  }

  /**
   * Checks the subscriptions that asked for spike alerts against the new items of one poll round.
   * @returns how many spikes were handed to the dispatcher, held by the cap, held by quiet hours
   */
  async handle(newItems: AnalyzedItem[]): Promise<{ sent: number; capped: number; quiet: number }> {
    const result = { sent: 0, capped: 0, quiet: 0 };
    if (newItems.length === 0) return result;
    const subs = (await this.opts.store.subscriptions.listSubscriptions()).filter((s) => s.spikeAlerts && !s.paused);
    for (const sub of subs) {
      const touched = new Set(newItems.flatMap((i) => i.matches.map((m) => m.topicId)));
      const topics = (await followed(this.opts.store, sub)).filter((t) => touched.has(qualifiedTopicId(t)));
      if (topics.length === 0) continue;
      const now = this.opts.clock.now();
      const days = this.spike.baselineDays + 1;
      const items = await this.opts.store.items.itemsInWindow(windowStart(now, days), now, tenantOf(sub));
      for (const topic of topics) {
        const id = qualifiedTopicId(topic);
        const counts = dailyCounts(items, (a) => a.matches.some((m) => m.topicId === id), days, now, sub.timezone);
        const verdict = detectSpike(
          counts.map((c) => c.count),
          this.spike,
        );
        if (!verdict.spike) continue;
        if (inQuietHours(now, sub.timezone, sub.quietHours)) {
          result.quiet++;
          continue;
        }
        const channel = `${sub.platform}:${sub.workspace}:${sub.channel}`;
        const recent = (this.sent.get(channel) ?? []).filter((t) => t > now.getTime() - 3_600_000);
        if (recent.length >= this.opts.perHour) {
          result.capped++;
          continue;
        }
        const outcome = await this.opts.dispatcher.deliver(sub, 'spike', spikeSubject(topic.id, counts[counts.length - 1].day));
        // `queued`: handed to the job queue (scaled out); it counts as sent, as for instant alerts.
        if (outcome.status === 'sent' || outcome.status === 'retry' || outcome.status === 'queued') {
          recent.push(now.getTime());
          result.sent++;
          this.log.info({ subscription_id: sub.id, topic: topic.id, today: verdict.today, usual: verdict.usual, p: verdict.pValue }, 'spikes: alert');
        }
        this.sent.set(channel, recent);
      }
    }
    return result;
  }

  /**
   * The message of a spike delivery (the dispatcher's payload builder for kind `spike`): the count on
   * the subject's day against the baseline before it, and that day's top stories by relevance.
   * @returns null when the topic is gone (nothing to say)
   */
  async payloads(sub: Subscription, subject: string): Promise<unknown[] | null> {
    const { topicId, day } = parseSpikeSubject(subject);
    const topic = (await followed(this.opts.store, sub)).find((t) => t.id === topicId);
    if (!topic) return null;
    const id = qualifiedTopicId(topic);
    const now = this.opts.clock.now();
    const days = this.spike.baselineDays + 1;
    // Far enough back for a day that has passed (a retry after midnight) and its baseline.
    const span = days + Math.max(0, Math.round((Date.parse(localDay(now, sub.timezone)) - Date.parse(day)) / 86_400_000));
    const items = await this.opts.store.items.itemsInWindow(windowStart(now, span), now, tenantOf(sub));
    const counts = dailyCounts(items, (a) => a.matches.some((m) => m.topicId === id), span, now, sub.timezone);
    const at = counts.findIndex((c) => c.day === day);
    const verdict = detectSpike(
      counts.slice(0, at + 1).map((c) => c.count),
      this.spike,
    );
    const stories = items
      .filter((a) => localDay(a.item.published ?? a.firstSeen, sub.timezone) === day)
      .map((a) => ({ a, relevance: a.matches.find((m) => m.topicId === id)?.relevance ?? -1 }))
      .filter((x) => x.relevance >= 0)
      .sort((x, y) => y.relevance - x.relevance)
      .map(({ a }) => ({ title: a.item.title, link: a.item.canonicalLink ?? a.item.link, outlet: a.outlet }));
    return renderSpike({ platform: sub.platform, locale: sub.locale, topic: topic.name || topic.id, today: verdict.today, usual: verdict.usual, stories });
  }
}
