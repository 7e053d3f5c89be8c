/**
 * The watchlist the service matches items against: every topic in force (global and each subscribed
 * workspace's, ids qualified by workspace), checked once per change and keyed by a hash so the
 * worker threads cache their own compiled copy.
 */
import { createHash } from 'node:crypto';
import type { Topic } from './model/watchlist.js';
import { qualifyTopic } from './model/tenant.js';
import type { Store } from './store/store.js';
import type { Logger } from './log/logger.js';
import type { Analyzer } from './pipeline/analyze.js';
import { validateTerm } from './pipeline/matcher/term.js';

/** The service's watchlist, refreshed before each poll round or job. */
export class ServiceWatchlist {
  private analyzer: { key: string; topics: Topic[]; analyzer: Promise<Analyzer> | null } | null = null;

  constructor(
    private readonly store: Store,
    private readonly log: Logger,
  ) {}

  /**
   * Every topic the service matches: the global ones and each subscribed workspace's, ids qualified
   * by workspace (model/tenant.ts) so that two tenants' topics of the same id stay apart in the store.
   */
  private async allTopics(): Promise<Topic[]> {
    const { store } = this;
    const workspaces = new Set((await store.subscriptions.listSubscriptions()).map((s) => s.workspace).filter((w) => w !== 'console'));
    const byKey = new Map<string, Topic>();
    for (const t of await store.watchlists.listTopics(null)) byKey.set(`\u0000${t.id}`, t);
    for (const ws of workspaces) for (const t of await store.watchlists.listTopics(ws)) byKey.set(`${t.workspace ?? ''}\u0000${t.id}`, t);
    return [...byKey.values()].map(qualifyTopic);
  }

  /**
   * The watchlist in force: its key (a hash the workers cache their compiled matcher by), topics, and
   * an in-thread analyzer (compiled on first use: the service analyses in its worker threads, which
   * compile their own copy; only `workers: 'inline'` analyses here).
   * @throws Error before the first `refresh`
   */
  current(): { key: string; topics: Topic[]; inline: () => Promise<Analyzer> } {
    const a = this.analyzer;
    if (!a) throw new Error('service: analyzer used before the first poll round');
    // The matcher and the quote extractor (≈ 0.4 MB of code, regexes built as it loads) are imported
    // here, not by the start (ADR 0278).
    return { key: a.key, topics: a.topics, inline: () => (a.analyzer ??= import('./pipeline/analyze.js').then((m) => m.createAnalyzer(a.topics))) };
  }

  /**
   * Reads the topics from the store and, when they changed, checks every term and exclude term.
   * @throws WirewatchError `invalid_term` for the first invalid term (the one compiling them would
   *   report: `compileWatchlist` parses them in the same order), and the store's read errors
   */
  async refresh(): Promise<void> {
    const topics = await this.allTopics();
    const key = createHash('sha256').update(JSON.stringify(topics)).digest('hex');
    if (this.analyzer?.key === key) return;
    // Checked here once to surface an invalid term now, before any item is analysed (the workers
    // compile their own copy).
    for (const t of topics) for (const term of [...t.terms, ...(t.exclude ?? [])]) validateTerm(term);
    this.analyzer = { key, topics, analyzer: null };
    this.log.debug({ topics: topics.length }, 'service: watchlist checked');
  }
}
