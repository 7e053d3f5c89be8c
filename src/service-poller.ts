/**
 * The service's poller, wired to its parts: the guarded fetcher (through the cluster's per-host slots
 * when scaled out), parsing, page extraction and analysis on the worker pool (or inline on the event
 * loop).
 */
import type { Logger } from './log/logger.js';
import { Poller } from './scheduler/poller.js';
import { hostOf } from './scheduler/poll-limits.js';
import type { FetchRequest, FetchResponse } from './reader/fetcher/fetcher.js';
import { Fetcher } from './reader/fetcher/index.js';
import type { WorkerPool } from './worker/pool.js';
import { movable } from './worker/movable.js';
import type { ServiceDeps } from './service-types.js';
import type { ServiceWatchlist } from './service-watchlist.js';

/** What the service fetches through: feeds, full-text pages, OPML and site discovery. */
export type ServiceFetcher = { fetch(req: FetchRequest): Promise<FetchResponse> };

/** The injected fetcher, or a `Fetcher` built from `config.fetch` (SSRF guard, size cap, timeout). */
export function createServiceFetcher(deps: ServiceDeps, log: Logger): ServiceFetcher {
  const { config, clock } = deps;
  return (
    deps.fetcher ??
    new Fetcher({
      timeoutMs: config.fetch.timeout,
      maxBytes: config.fetch.maxBytes,
      allowCidrs: config.fetch.allowCidrs,
      userAgent: config.fetch.userAgent,
      clock,
      logger: log,
    })
  );
}

/** `fetcher`, each request holding one of its host's slots of the cluster's `gate` while it runs. */
function gated(fetcher: ServiceFetcher, gate: NonNullable<ServiceDeps['cluster']>['hostGate']): ServiceFetcher {
  if (!gate) return fetcher;
  return {
    // Scaled out: the per-host limit is counted across processes, per request.
    fetch: async (req: FetchRequest) => {
      const release = await gate.acquire(hostOf(req.url), req.signal);
      try {
        return await fetcher.fetch(req);
      } finally {
        await release();
      }
    },
  };
}

/**
 * A `Poller` for the service: feeds and items of `deps.store`, requests through `fetcher`, parsing
 * and page extraction on `pool` (null: inline), items analysed with `watchlist`'s current analyzer
 * (or handed to the cluster's analyse jobs).
 */
export function createServicePoller(deps: ServiceDeps, fetcher: ServiceFetcher, pool: WorkerPool | null, watchlist: ServiceWatchlist, log: Logger): Poller {
  const { config, store, clock } = deps;
  return new Poller({
    feeds: store.feeds,
    items: store.items,
    fetcher: gated(fetcher, deps.cluster?.hostGate),
    // Bodies are moved to the worker, not copied (a 15 MiB feed was in memory twice, on both threads);
    // a parse that cut its list hands them back (`bytes`) for the backlog's next turn.
    parse: (body, opts) => {
      // Inline (no pool: tests), the parser is loaded by the first parse, not by the start.
      if (!pool) return import('./reader/parser/index.js').then(({ parseFeed }) => parseFeed(body, opts));
      const { bytes, transfer } = movable(body);
      return pool.run(
        {
          kind: 'parse',
          bytes,
          contentType: opts?.contentType ?? null,
          url: opts?.url ?? null,
          skipKeys: opts?.skipKeys,
          skipTitles: opts?.skipTitles,
          maxItems: opts?.maxItems,
        },
        transfer,
      );
    },
    extractPage: pool
      ? (body, contentType, url) => {
          const { bytes, transfer } = movable(body);
          return pool.run({ kind: 'extract', bytes, contentType, url }, transfer);
        }
      : undefined,
    ...(deps.cluster?.handOffItems ? { handOffItems: deps.cluster.handOffItems } : {}),
    analyze: async (feedUrl, outlet, item, article, firstSeen) => {
      const a = watchlist.current();
      const input = { feedUrl, outlet, item, article, firstSeen };
      return pool ? pool.run({ kind: 'analyze', topicsKey: a.key, topics: a.topics, input }) : (await a.inline()).analyze(input);
    },
    clock,
    logger: log,
    config: {
      defaultIntervalSeconds: Math.round(config.polling.interval / 1000),
      maxConcurrent: config.polling.concurrency,
      perHost: config.polling.perHost,
      failingAfterSeconds: Math.round(config.polling.failingAfter / 1000),
      backoffMaxSeconds: Math.round(config.polling.backoffMax / 1000),
      retentionDays: config.retention.days,
    },
  });
}
