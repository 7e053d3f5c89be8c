/**
 * `wirewatch match --watchlist FILE [--json] [--explain] [--language TAG] FILE...`
 * `wirewatch match --watchlist FILE --db DB [--days 7] [--now ISO] [--json] [--explain]`
 *
 * Matches articles (corpus `.txt` format, or `.html` pages through the article extractor) against a
 * watchlist. With `--json`, one line per file on standard output:
 * `{"file","topics":[{"id","relevance","mentions":[{"text","paragraph","start","end","term"}]}]}`
 * (only topics with mentions); `--explain` adds each mention's sentence (`context`). Without `--json`,
 * readable lines: a topic per line, and with `--explain` one line per mention: term ← surface form.
 *
 * Backtest (`--db`): re-matches the items stored in the last `--days` days (default 7, up to `--now`)
 * with the watchlist and lists each item that matches now or matched before, with the topics added
 * and removed compared with the stored matches: `{"id","title","link","time","topics","added","removed"}`.
 * The database is opened read-only.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { articleFromText, type Article } from '../model/article.js';
import type { TopicMatch } from '../model/watchlist.js';
import { backtest, compileWatchlist, loadWatchlist, type Matcher } from '../pipeline/matcher/index.js';
import { sentences, spanIndexAt } from '../pipeline/text/tokens.js';
import { decodeHtml, extractArticle } from '../reader/article/index.js';
import { errorInfo, forEachInput, UsageError, type CliIO } from './io.js';
import { parseOptions, resolveNow } from './options.js';
import { startProgress } from './progress.js';
import { openSqliteStore } from '../store/sqlite/index.js';

/**
 * Reads an article file: `.html`/`.htm` through `extractArticle` (charset from BOM or `<meta>`),
 * anything else as the corpus text format (`articleFromText`).
 * @throws the file system's error when the file cannot be read
 */
export async function readArticleFile(file: string, language: string | null): Promise<Article> {
  const bytes = await readFile(file);
  const ext = extname(file).toLowerCase();
  const article = ext === '.html' || ext === '.htm' ? extractArticle(decodeHtml(bytes, null), null) : articleFromText(bytes.toString('utf8'), file);
  return { ...article, source: file, language: language ?? article.language ?? null };
}

/** The JSON shape of one file's matches. */
export function matchesToJson(article: Article, matches: TopicMatch[], explain: boolean): Record<string, unknown>[] {
  return matches.map((m) => ({
    id: m.topicId,
    relevance: m.relevance,
    mentions: m.mentions.map((x) => {
      const out: Record<string, unknown> = { text: x.text, paragraph: x.paragraph, start: x.start, end: x.end, term: x.term };
      if (explain) {
        const para = article.paragraphs[x.paragraph];
        const spans = sentences(para);
        const s = spans[spanIndexAt(spans, x.start)];
        out.context = s ? para.slice(s.start, s.end).trim() : para;
      }
      return out;
    }),
  }));
}

function printReadable(io: CliIO, file: string, matches: TopicMatch[], explain: boolean): void {
  io.out(`${file}: ${matches.length === 0 ? 'no topics' : matches.map((m) => m.topicId).join(', ')}`);
  for (const m of matches) {
    io.out(`  ${m.topicId}  relevance ${m.relevance.toFixed(3)}  ${m.mentions.length} mention${m.mentions.length === 1 ? '' : 's'}`);
    if (!explain) continue;
    for (const x of m.mentions) io.out(`    [${x.paragraph}:${x.start}-${x.end}] ${JSON.stringify(x.term)} ← ${JSON.stringify(x.text)}`);
  }
}

/** The `match` subcommand. Exit codes: 0 ok, 1 when a file failed, 2 usage. */
export async function matchCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(argv, {
    watchlist: { type: 'string' },
    json: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    language: { type: 'string' },
    db: { type: 'string' },
    days: { type: 'string', default: '7' },
    now: { type: 'string' },
  });
  if (!values.watchlist) throw new UsageError('--watchlist FILE is required');
  if (!values.db && positionals.length === 0) throw new UsageError('give at least one article file (.txt or .html), or --db DB for a backtest');
  const matcher: Matcher = compileWatchlist(await loadWatchlist(values.watchlist));
  const explain = values.explain === true;
  if (values.db) {
    if (positionals.length > 0) throw new UsageError('--db backtests stored items; give no article files with it');
    const days = Number(values.days);
    if (!Number.isFinite(days) || days <= 0) throw new UsageError(`--days must be a positive number, not '${values.days}'`);
    const to = resolveNow(values.now, io.env);
    const from = new Date(to.getTime() - days * 86_400_000);
    return runBacktest(io, matcher, values.db, from, to, values.json === true, explain);
  }
  const language = values.language ?? null;
  if (values.json) {
    return forEachInput(positionals, io, async (file) => {
      const article = await readArticleFile(file, language);
      return { topics: matchesToJson(article, matcher.match(article), explain) };
    });
  }
  let failed = false;
  for (const file of positionals) {
    try {
      const article = await readArticleFile(file, language);
      printReadable(io, file, matcher.match(article), explain);
    } catch (e) {
      failed = true;
      const { code, message } = errorInfo(e);
      io.err(`wirewatch: ${file}: ${code}: ${message}`);
    }
  }
  return failed ? 1 : 0;
}

async function runBacktest(io: CliIO, matcher: Matcher, db: string, from: Date, to: Date, json: boolean, explain: boolean): Promise<number> {
  const store = await openSqliteStore(db, { readonly: true, lock: false });
  try {
    const progress = startProgress(io, 'backtesting', 1, { min: 0 });
    const rows = await backtest(store.items, matcher, from, to, (done, total) => progress.update(done, total)).finally(() => progress.stop());
    for (const r of rows) {
      if (json) {
        const topics = matchesToJson({ paragraphs: [] }, r.matches, false);
        io.out(
          JSON.stringify({ id: r.id, title: r.title, link: r.link, outlet: r.outlet, time: r.time.toISOString(), topics, added: r.added, removed: r.removed }),
        );
        continue;
      }
      const change = [...r.added.map((t) => `+${t}`), ...r.removed.map((t) => `-${t}`)].join(' ');
      io.out(`${r.time.toISOString()}  ${r.matches.map((m) => m.topicId).join(',') || '(none)'}${change ? `  [${change}]` : ''}  ${r.title}`);
      if (explain)
        for (const m of r.matches)
          for (const x of m.mentions) io.out(`    ${m.topicId} [${x.paragraph}] ${JSON.stringify(x.term)} ← ${JSON.stringify(x.text)}`);
    }
    io.err(`wirewatch match: ${rows.length} item(s) matched or changed between ${from.toISOString()} and ${to.toISOString()}`);
    return 0;
  } finally {
    await store.close();
  }
}
