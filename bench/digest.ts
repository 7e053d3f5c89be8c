/**
 * Digest benchmark (issue 10): compose + render (Discord embeds and Slack Block Kit) for 1,000
 * subscriptions over one realistic day of items, as milliseconds per subscription, each as a ratio
 * to a bare baseline measured in the same run: `JSON.stringify` of the same (already composed)
 * digests. The ratio says how many plain serialisations of its digest one subscription's
 * compose + render costs.
 *
 * Items: the annotated corpus articles (`../shared/corpus/quotes/dev/*.txt` and the seed article),
 * else the bundled demo pages (`config/demo/pages/*.html`), each analysed through the real pipeline
 * (`createAnalyzer` over the corpus watchlist `config/demo/watchlist.yaml`: matcher + quotes). Every
 * article is carried by one to three outlets (different sites, links and times, the later copies
 * under a reworded headline), so composing clusters stories as it does for real.
 *
 * Subscriptions (1,000, fixed pattern): every non-empty subset of the three topics and "all
 * topics", four time zones, four locales, 6/12/24-hour windows ending at the same `now`.
 *
 * Timing (issue 23): the goal row, `digest.fanout_total`, is the CPU time of one service round's worth
 * of digests: all 1,000 subscriptions through one `DigestFanout` (composed once per topic set and
 * window, rendered once per platform, locale and time zone), `WIREWATCH_BENCH_DIGEST_ROUNDS` rounds
 * (default 3, at least 3) after a warm-up, median and min, each round paired with `JSON.stringify` of
 * the 1,000 digests. The per-subscription rows (compose, Discord render, Slack render, baseline) time
 * one digest alone, without the fan-out, on the first `WIREWATCH_BENCH_DIGEST_PER_SUB` subscriptions
 * (default 100), jobs interleaved, best round; `digest.compose_render` is their sum.
 * Run alone: `npx tsx bench/digest.ts`. No network.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleFromText, type Article } from '../src/model/article.js';
import type { Digest } from '../src/model/digest.js';
import type { Item } from '../src/model/feed.js';
import type { AnalyzedItem } from '../src/model/story.js';
import type { Subscription } from '../src/model/subscription.js';
import type { Topic } from '../src/model/watchlist.js';
import { createAnalyzer } from '../src/pipeline/analyze.js';
import { loadWatchlist } from '../src/pipeline/matcher/index.js';
import { extractArticle } from '../src/reader/article/index.js';
import { composeDigest } from '../src/digest/compose.js';
import { renderDiscord } from '../src/digest/render/discord/index.js';
import { renderSlack } from '../src/digest/render/slack/index.js';
import { renderText } from '../src/digest/render/text.js';
import { DigestFanout } from '../src/digest/fanout.js';
import type { PlatformName } from '../src/model/subscription.js';
import { pairedRatio, summarise } from './stats.js';
import type { BenchResult } from './types.js';

export type { BenchResult } from './types.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(repo, '../shared/corpus');
/** The digests' `now`: every window ends here. */
const NOW = new Date('2026-11-27T12:00:00Z');
const HOUR = 3_600_000;
export const SUBSCRIPTIONS = 1_000;

const OUTLETS = [
  { name: 'KoSSev English', site: 'https://www.kossev.info' },
  { name: 'Wire Service', site: 'https://wire.example.org' },
  { name: 'Vesti', site: 'https://vesti.example.rs' },
  { name: 'Lajme', site: 'https://lajme.example.net' },
  { name: 'Balkan Desk', site: 'https://balkandesk.example.com' },
];
const TIMEZONES = ['UTC', 'Europe/Belgrade', 'America/New_York', 'Asia/Tokyo'];
const LOCALES = ['en', 'sr-Latn', 'sq', 'de'];
const WINDOW_HOURS = [24, 12, 6];

/** The benchmark's articles with a slug each: corpus articles, else the demo pages. */
function articles(): { slug: string; article: Article }[] {
  const dev = path.join(CORPUS, 'quotes/dev');
  if (existsSync(dev)) {
    const files = readdirSync(dev)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((n) => path.join(dev, n));
    const seed = path.join(CORPUS, 'seed/kossev-botsan-kharchenko.txt');
    if (existsSync(seed)) files.push(seed);
    return files.map((f) => ({ slug: path.basename(f, '.txt'), article: articleFromText(readFileSync(f, 'utf8'), f) }));
  }
  const pages = path.join(repo, 'config/demo/pages');
  return readdirSync(pages)
    .filter((n) => n.endsWith('.html'))
    .sort()
    .map((n) => ({ slug: path.basename(n, '.html'), article: extractArticle(readFileSync(path.join(pages, n), 'utf8'), null) }));
}

/**
 * One day of analysed items: article `i` is carried by `1 + i % 3` outlets, published between 23 h
 * and 1 h before `NOW`, each copy 40 minutes after the previous one; copies after the first carry a
 * reworded headline (a prefix), as another outlet would.
 */
export function dayOfItems(topics: Topic[]): AnalyzedItem[] {
  const analyzer = createAnalyzer(topics);
  const list = articles();
  const out: AnalyzedItem[] = [];
  list.forEach(({ slug, article }, i) => {
    const copies = 1 + (i % 3);
    const base = NOW.getTime() - 23 * HOUR + Math.floor((22 * HOUR * i) / Math.max(1, list.length));
    for (let c = 0; c < copies; c++) {
      const outlet = OUTLETS[(i + c) % OUTLETS.length];
      const feedUrl = `${outlet.site}/feed/`;
      const link = `${outlet.site}/${slug}/`;
      const title = c === 0 ? article.paragraphs[0] : `${['Report', 'Update', 'Analysis'][c % 3]}: ${article.paragraphs[0]}`;
      const published = new Date(Math.min(base + c * 40 * 60_000, NOW.getTime() - 60_000));
      const item: Item = {
        guid: `${link}#${c}`,
        key: `${slug}-${c}`,
        title,
        link,
        canonicalLink: link,
        published,
        author: null,
        categories: [],
        summary: article.paragraphs[1] ?? null,
        contentHtml: null,
        text: article.paragraphs.slice(1).join('\n\n'),
        enclosures: [],
      };
      const copy: Article = { ...article, paragraphs: [title, ...article.paragraphs.slice(1)] };
      out.push(analyzer.analyze({ feedUrl, outlet: outlet.name, item, article: copy, firstSeen: published }));
    }
  });
  return out;
}

/** `count` subscriptions cycling through topic subsets, time zones, locales and window lengths. */
export function subscriptions(topics: Topic[], count: number): { sub: Subscription; window: { start: Date; end: Date } }[] {
  const ids = topics.map((t) => t.id);
  const subsets: string[][] = [[]]; // [] = every topic
  for (let mask = 1; mask < 1 << ids.length && subsets.length < 16; mask++) subsets.push(ids.filter((_, b) => mask & (1 << b)));
  return Array.from({ length: count }, (_, i) => {
    const hours = WINDOW_HOURS[i % WINDOW_HOURS.length];
    const sub: Subscription = {
      id: `sub_${i}`,
      platform: i % 2 === 0 ? 'discord' : 'slack',
      workspace: `ws${i % 37}`,
      channel: `ch${i}`,
      topics: subsets[i % subsets.length],
      cron: '0 8 * * *',
      timezone: TIMEZONES[i % TIMEZONES.length],
      locale: LOCALES[Math.floor(i / 4) % LOCALES.length],
      mode: 'digest',
      postEmpty: false,
      paused: false,
      pausedReason: null,
      createdBy: 'bench',
      lastWindowEnd: new Date(NOW.getTime() - hours * HOUR),
    };
    return { sub, window: { start: sub.lastWindowEnd!, end: NOW } };
  });
}

/**
 * Best milliseconds per pass of each job over `subs`: one warm-up pass over the first `warmup`
 * elements, then `rounds` interleaved rounds over all of them.
 */
function timeInterleaved<T>(subs: T[], jobs: ((s: T) => void)[], rounds: number, warmup: number): number[] {
  for (const job of jobs) for (const s of subs.slice(0, warmup)) job(s);
  const best = jobs.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    jobs.forEach((job, j) => {
      const t0 = performance.now();
      for (const s of subs) job(s);
      best[j] = Math.min(best[j], performance.now() - t0);
    });
  }
  return best;
}

/** CPU milliseconds (user + system) of `fn`. */
function cpuMs(fn: () => void): number {
  const c = process.cpuUsage();
  fn();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
}

/**
 * Runs the digest benchmark (see the module comment).
 * @returns `digest.fanout_total`: CPU ms to compose + render the digests of all subscriptions through
 *   one `DigestFanout` (what the service does in a round), median and min over the rounds, against the
 *   goal of 1 s and against `JSON.stringify` of the same digests; then per subscription, without the
 *   fan-out, on the first `PER_SUB` subscriptions: `digest.compose_render` (the sum of compose, Discord
 *   and Slack render) and each stage, with ratios to `digest.json_baseline`; the shape of the work
 * @throws Error when `WIREWATCH_BENCH_DIGEST_ROUNDS` is not an integer ≥ 3
 */
export async function benchDigest(): Promise<BenchResult[]> {
  const topics = await loadWatchlist(path.join(repo, 'config/demo/watchlist.yaml'));
  const items = dayOfItems(topics);
  const subs = subscriptions(topics, SUBSCRIPTIONS);
  const compose = (s: (typeof subs)[number]): Digest => composeDigest({ subscription: s.sub, topics, items, window: s.window, maxQuotesPerEntry: 2 });
  const digests = subs.map(compose);

  const rounds = Number(process.env.WIREWATCH_BENCH_DIGEST_ROUNDS ?? 3);
  if (!Number.isInteger(rounds) || rounds < 3) throw new Error(`bench/digest: WIREWATCH_BENCH_DIGEST_ROUNDS must be an integer ≥ 3`);
  let sink = 0;

  // The fan-out: every subscription's digest and payloads, as the service builds them in one round.
  const render = (platform: PlatformName, d: Digest): unknown[] =>
    platform === 'discord' ? renderDiscord(d) : platform === 'slack' ? renderSlack(d) : [renderText(d)];
  const fanoutRound = () => {
    const fanout = new DigestFanout(render);
    for (const s of subs)
      sink += fanout.payloads(s.sub.platform, fanout.compose('bench', { subscription: s.sub, topics, items, window: s.window, maxQuotesPerEntry: 2 })).length;
    return fanout.stats;
  };
  const stats = fanoutRound(); // warm-up
  const fan: number[] = [];
  const json: number[] = [];
  for (let r = 0; r < rounds; r++) {
    fan.push(cpuMs(fanoutRound));
    json.push(cpuMs(() => digests.forEach((d) => (sink += JSON.stringify(d).length))));
  }

  // Per subscription, without the fan-out (what one digest costs alone).
  const perSub = Math.min(subs.length, Number(process.env.WIREWATCH_BENCH_DIGEST_PER_SUB ?? 100));
  const jobs: Record<'json' | 'compose' | 'discord' | 'slack', (i: number) => void> = {
    json: (i) => (sink += JSON.stringify(digests[i]).length),
    compose: (i) => (sink += compose(subs[i]).sections.length),
    discord: (i) => (sink += renderDiscord(digests[i]).length),
    slack: (i) => (sink += renderSlack(digests[i]).length),
  };
  const names = Object.keys(jobs) as (keyof typeof jobs)[];
  const ms = timeInterleaved(
    subs.slice(0, perSub).map((_, i) => i),
    Object.values(jobs),
    rounds,
    20,
  );
  if (sink < 0) throw new Error('unreachable');
  const per = Object.fromEntries(names.map((n, i) => [n, ms[i] / perSub])) as Record<keyof typeof jobs, number>;
  const composeRender = per.compose + per.discord + per.slack;

  const entries = digests.reduce((n, d) => n + d.sections.reduce((m, s) => m + s.entries.length, 0), 0);
  const discordPayloads = digests.reduce((n, d) => n + renderDiscord(d).length, 0);
  const slackPayloads = digests.reduce((n, d) => n + renderSlack(d).length, 0);
  const base = 'digest.json_baseline';
  const vs = (name: string, value: number): BenchResult => ({
    name,
    value,
    unit: `ms/subscription (first ${perSub}, no fan-out)`,
    baseline: base,
    ratio: value / per.json,
  });
  const f = summarise(fan);
  return [
    {
      name: 'digest.fanout_total',
      value: f.median,
      unit: `ms CPU for ${subs.length} subscriptions (min ${f.min.toFixed(0)}; ${stats.composed} composed, ${stats.rendered} rendered)`,
      baseline: 'digest.fanout_json',
      ...pairedRatio(fan, json),
    },
    { name: 'digest.fanout_json', value: summarise(json).median, unit: `ms CPU: JSON.stringify of the ${subs.length} digests` },
    vs('digest.compose_render', composeRender),
    vs('digest.compose', per.compose),
    vs('digest.render_discord', per.discord),
    vs('digest.render_slack', per.slack),
    { name: base, value: per.json, unit: 'ms/subscription (JSON.stringify of the digest)' },
    {
      name: 'digest.workload',
      value: items.length,
      unit: `items; ${(entries / digests.length).toFixed(1)} entries/digest; ${discordPayloads} Discord and ${slackPayloads} Slack messages`,
    },
  ];
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  for (const r of await benchDigest()) {
    const ratio = r.ratio === undefined ? '' : `  ${r.ratio.toFixed(2)}× ${r.baseline}`;
    console.log(`${r.name.padEnd(32)} ${r.value.toFixed(r.value >= 100 ? 0 : 3).padStart(10)} ${r.unit}${ratio}`);
  }
}
