/**
 * `wirewatch digest --feed URL|FILE... --watchlist FILE [--since 24h] [--now ISO]
 *   [--format text|markdown|discord|slack] [--locale en|sr-Latn|sr-Cyrl|sq] [--max-quotes N] [--quote-words N] [--entry-words N] [--db FILE]`
 *
 * One-shot: reads the feeds, fetches full text for teaser items, matches, extracts quotes and prints
 * one digest to standard output. A feed that fails is reported on standard error and the digest is
 * composed from the others (exit code 1).
 */
import { readFile } from 'node:fs/promises';
import type { AnalyzedItem } from '../model/story.js';
import { articleFromItem, fetchFullText, isTeaser } from '../reader/article/index.js';
import { Fetcher } from '../reader/fetcher/index.js';
import { parseFeed } from '../reader/parser/index.js';
import { loadWatchlist } from '../pipeline/matcher/index.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { composeDigest } from '../digest/compose.js';
import { checkLocale } from '../digest/i18n/index.js';
import { validateTimezone } from '../commands/schedule.js';
import { renderDigest, type DigestFormat } from '../digest/render/index.js';
import { errorInfo, UsageError, type CliIO } from './io.js';
import { startProgress } from './progress.js';
import { defaultConfig } from '../config/load.js';
import { MAX_QUOTES } from '../config/schema.js';
import { digestStyleShape } from '../config/digest-style.js';
import { ALLOW_CIDRS_ENV, allowCidrsFromEnv, parseDuration, parseOptions, resolveNow } from './options.js';
import { DEFAULT_LOCALE } from '../model/digest.js';

const FORMATS: DigestFormat[] = ['text', 'markdown', 'discord', 'slack', 'json'];

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Reads one feed (a file or an http(s) URL) into analysed items. */
async function readFeed(
  input: string,
  deps: { fetcher: Fetcher; analyzer: ReturnType<typeof createAnalyzer>; now: Date; fullText: boolean },
): Promise<AnalyzedItem[]> {
  let bytes: Uint8Array;
  let contentType: string | null = null;
  let url: string | null = null;
  if (isUrl(input)) {
    const res = await deps.fetcher.fetch({ url: input, accept: 'feed' });
    bytes = res.body;
    contentType = res.contentType;
    url = res.url;
  } else {
    bytes = await readFile(input);
  }
  const parsed = await parseFeed(bytes, { contentType, url, now: deps.now });
  const cache = new Map();
  const out: AnalyzedItem[] = [];
  for (const item of parsed.items) {
    const article =
      deps.fullText && item.link && isUrl(item.link) && isTeaser(item) ? await fetchFullText(item, deps.fetcher, { cache }) : articleFromItem(item);
    out.push(deps.analyzer.analyze({ feedUrl: url ?? input, outlet: parsed.feed.title, item, article, firstSeen: deps.now }));
  }
  return out;
}

/**
 * A word-budget flag checked against the bounds of its config key (`digests.quoteWords`,
 * `digests.entryQuoteWords` in config/digest-style.ts), so `--quote-words 0` cannot silently drop every quote.
 * @throws UsageError naming the flag, its bounds and the value given
 */
function wordBudget(flag: string, key: keyof typeof digestStyleShape, text: string): number {
  const n = Number(text);
  if (text.trim() !== '' && digestStyleShape[key].safeParse(n).success) return n;
  const schema = digestStyleShape[key].removeDefault();
  throw new UsageError(`--${flag} must be a whole number from ${schema.minValue} to ${schema.maxValue} (digests.${key} has the same bounds); got ${text}`);
}

/** The `digest` subcommand. */
export async function digestCommand(argv: string[], io: CliIO): Promise<number> {
  const { digests } = defaultConfig();
  const { values, positionals } = parseOptions(argv, {
    feed: { type: 'string', multiple: true },
    watchlist: { type: 'string' },
    since: { type: 'string', default: '24h' },
    now: { type: 'string' },
    format: { type: 'string', default: 'text' },
    timezone: { type: 'string', default: 'UTC' },
    locale: { type: 'string', default: DEFAULT_LOCALE },
    'max-quotes': { type: 'string', default: String(digests.maxQuotes) },
    'quote-words': { type: 'string', default: String(digests.quoteWords) },
    'entry-words': { type: 'string', default: String(digests.entryQuoteWords) },
    'no-full-text': { type: 'boolean', default: false },
    db: { type: 'string' },
  });
  const feeds = [...(values.feed ?? []), ...positionals];
  if (feeds.length === 0) throw new UsageError('give at least one --feed URL|FILE');
  if (!values.watchlist) throw new UsageError('--watchlist FILE is required');
  const format = values.format as DigestFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  let locale: string;
  try {
    locale = checkLocale(values.locale!);
  } catch (e) {
    throw new UsageError(`--locale: ${(e as Error).message}`);
  }
  let timezone: string;
  try {
    timezone = validateTimezone(values.timezone!);
  } catch (e) {
    throw new UsageError(`--timezone: ${(e as Error).message}`);
  }
  const maxQuotes = Number(values['max-quotes']);
  if (!Number.isInteger(maxQuotes) || maxQuotes < 0 || maxQuotes > MAX_QUOTES) {
    throw new UsageError(`--max-quotes must be a whole number from 0 to ${MAX_QUOTES} (digests.maxQuotes has the same cap); got ${values['max-quotes']}`);
  }
  const quoteWords = wordBudget('quote-words', 'quoteWords', values['quote-words']!);
  const entryWords = wordBudget('entry-words', 'entryQuoteWords', values['entry-words']!);
  const now = resolveNow(values.now, io.env);
  const since = parseDuration(values.since!);
  const topics = await loadWatchlist(values.watchlist);
  const analyzer = createAnalyzer(topics);
  const fetcher = new Fetcher({ allowCidrs: allowCidrsFromEnv(io.env), allowCidrsName: ALLOW_CIDRS_ENV });
  let failures = 0;
  const items: AnalyzedItem[] = [];
  const progress = startProgress(io, 'reading feeds', feeds.length);
  try {
    for (const feed of feeds) {
      try {
        items.push(...(await readFeed(feed, { fetcher, analyzer, now, fullText: !values['no-full-text'] })));
      } catch (e) {
        failures++;
        const { code, message } = errorInfo(e);
        io.err(`wirewatch digest: ${feed}: ${code}: ${message}`);
      }
      progress.tick();
    }
  } finally {
    progress.stop();
    await fetcher.close();
  }
  if (values.db) {
    const { persistItems } = await import('./persist.js');
    await persistItems(values.db, items, now);
  }
  const digest = composeDigest({
    subscription: { id: 'cli', topics: [], timezone, locale },
    topics,
    items,
    // The window is half-open, so it ends just after `now`: an undated item counts as published when
    // read (its first-seen time is `now`), as the service's own windows count it; `[now - since, now)`
    // would drop every undated item.
    window: { start: new Date(now.getTime() - since), end: new Date(now.getTime() + 1) },
    windowBy: 'published',
    maxQuotesPerEntry: maxQuotes,
    quoteWords,
    entryQuoteWords: entryWords,
  });
  // Every feed failed: there is no digest to show (a "nothing new" would say the feeds were read);
  // the errors are on stderr and the exit code says so.
  if (failures === feeds.length) return 1;
  io.out(renderDigest(digest, format));
  return failures > 0 ? 1 : 0;
}
