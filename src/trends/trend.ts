/**
 * A topic's trend picture from the store: its mentions per day over the last `days` days in the
 * channel's time zone, labelled in the channel's language (`/wirewatch trend`, the weekly digest).
 */
import type { Topic } from '../model/watchlist.js';
import { qualifiedTopicId } from '../model/tenant.js';
import type { Store } from '../store/store.js';
import { translator } from '../digest/i18n/index.js';
import { dailyCounts, windowStart } from './counts.js';
import type { TrendChartInput } from './chart.js';

/** The chart module (ECharts and resvg: ≈ 0.6 s of CPU to load) is imported on the first picture, not at start-up (ADR 0233). */
const loadChart = () => import('./chart.js');

/** Most days a trend picture shows (the store keeps 30 days of items by default). */
export const MAX_TREND_DAYS = 90;

export interface TrendRequest {
  topic: Topic;
  /** Whose feeds count (as `itemsInWindow`). */
  tenant: string | null;
  days: number;
  now: Date;
  timezone: string;
  locale: string;
}

export interface TrendPicture {
  /** PNG bytes (`CHART_WIDTH` × `CHART_HEIGHT`). */
  png: Buffer;
  /** File name to upload it under. */
  fileName: string;
  /** The chart's title (also the alt text / embed title). */
  title: string;
  /** Per day, oldest first. */
  counts: { day: string; count: number }[];
}

/** `3. 11.` / `3 Nov` / `3 нов`: a day label in the channel's language. */
function dayLabel(day: string, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** Most topics drawn in one digest chart (the busiest ones). */
export const MAX_CHART_TOPICS = 5;

/**
 * The digest's picture: mentions per day of each of `topics` (the busiest `MAX_CHART_TOPICS`) over
 * the last `days` days, stacked, titled with the first topic names.
 * @returns null when none of the topics had a story in those days
 */
export async function topicsTrend(store: Store, req: Omit<TrendRequest, 'topic'> & { topics: Topic[] }): Promise<TrendPicture | null> {
  const items = await store.items.itemsInWindow(windowStart(req.now, req.days), req.now, req.tenant);
  const per = req.topics
    .map((topic) => {
      const id = qualifiedTopicId(topic);
      return { topic, counts: dailyCounts(items, (a) => a.matches.some((m) => m.topicId === id), req.days, req.now, req.timezone) };
    })
    .map((x) => ({ ...x, total: x.counts.reduce((n, c) => n + c.count, 0) }))
    .filter((x) => x.total > 0)
    .sort((a, b) => b.total - a.total)
    .slice(0, MAX_CHART_TOPICS);
  if (per.length === 0) return null;
  const t = translator(req.locale);
  const names = per.map((x) => x.topic.name || x.topic.id);
  const title = t.t('trendTitle', { topic: names.length > 2 ? `${names.slice(0, 2).join(', ')} …` : names.join(', ') });
  const first = per[0].counts;
  const input: TrendChartInput = {
    title,
    subtitle: t.t('trendSubtitle', { days: req.days }),
    axisName: t.t('trendAxis'),
    days: first.map((c) => ({ label: dayLabel(c.day, t.intlLocale), count: 0 })),
    stack: per.map((x) => ({ name: x.topic.name || x.topic.id, counts: x.counts.map((c) => c.count) })),
  };
  const totals = first.map((c, i) => ({ day: c.day, count: per.reduce((n, x) => n + x.counts[i].count, 0) }));
  return { png: (await loadChart()).trendPng(input), fileName: 'trend-digest.png', title, counts: totals };
}

/**
 * Counts the topic's stories per day and draws them.
 * @throws RangeError when `days` is not a whole number from 1 to `MAX_TREND_DAYS`
 */
export async function topicTrend(store: Store, req: TrendRequest): Promise<TrendPicture> {
  if (!Number.isInteger(req.days) || req.days < 1 || req.days > MAX_TREND_DAYS) throw new RangeError(`days must be 1–${MAX_TREND_DAYS}`);
  const id = qualifiedTopicId(req.topic);
  const items = await store.items.itemsInWindow(windowStart(req.now, req.days), req.now, req.tenant);
  const counts = dailyCounts(items, (a) => a.matches.some((m) => m.topicId === id), req.days, req.now, req.timezone);
  const t = translator(req.locale);
  const title = t.t('trendTitle', { topic: req.topic.name || req.topic.id });
  const input: TrendChartInput = {
    title,
    subtitle: t.t('trendSubtitle', { days: req.days }),
    axisName: t.t('trendAxis'),
    days: counts.map((c) => ({ label: dayLabel(c.day, t.intlLocale), count: c.count })),
  };
  return { png: (await loadChart()).trendPng(input), fileName: `trend-${req.topic.id.replace(/[^a-z0-9_-]/gi, '_')}.png`, title, counts };
}
