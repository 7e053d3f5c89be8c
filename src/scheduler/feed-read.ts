/**
 * A feed's response, read: fetched (conditional GET; a permanent redirect renames the feed) or taken
 * from the backlog kept at the last turn, then parsed with the feed's known items left in the parse
 * worker.
 */
import type { Item } from '../model/feed.js';
import type { FeedRecord } from '../store/store.js';
import type { Logger } from '../log/logger.js';
import type { FetchRequest, FetchResponse } from '../reader/fetcher/fetcher.js';
import type { KeptBacklogs } from './backlog.js';
import type { FeedOutcome, ParseResult, PollerConfig, PollerDeps } from './poller-types.js';

/** What a feed reader uses: the poller's deps, config, logger, fetcher (with its halt signal) and backlogs. */
export interface FeedReaderContext {
  deps: Pick<PollerDeps, 'feeds' | 'items' | 'parse'>;
  cfg: PollerConfig;
  logger: Logger;
  fetcher: { fetch(req: FetchRequest): Promise<FetchResponse> };
  backlogs: KeptBacklogs;
}

/** Reads a feed's response for the poller (see the module comment). */
export class FeedReader {
  /**
   * Feeds already warned about having more items than the parser reads: the warning is logged once per
   * feed (per process) while the condition lasts, not again on each backlog turn or poll of the same
   * oversized document (at debug then); a parse without dropped items clears it, so it is told again if
   * it comes back.
   */
  private readonly overfull = new Set<string>();

  constructor(private readonly c: FeedReaderContext) {}

  /**
   * Fetches a feed (conditional GET) and parses a changed response, following a permanent redirect by
   * renaming the feed (`outcome.renamed`). Known items stay in the parse worker.
   * @returns the response, the parsed feed (null for a 304) and the feed's URL after any rename
   * @throws the fetch or parse failure
   */
  async fetch(
    feed: FeedRecord,
    now: Date,
    outcome: FeedOutcome,
  ): Promise<{ res: FetchResponse; parsed: ParseResult | null; url: string; body: Uint8Array | null }> {
    let url = feed.url;
    const parsed: ParseResult | null = null;
    const kept = this.c.backlogs.takeBacklog(url, now);
    if (kept) {
      // The rest of a backlog: read from the response kept at the last turn, not fetched again.
      this.c.logger.debug({ feed_url: url, bytes: kept.body.byteLength }, 'poll: reading the backlog from the kept response');
      return { res: kept.res, url, ...(await this.parseBody(kept.body, kept.res, url, now)) };
    }
    const res = await this.c.fetcher.fetch({ url, etag: feed.etag, lastModified: feed.lastModified, accept: 'feed' });
    if (res.permanentUrl && res.permanentUrl !== url) {
      const renamed = await this.rename(url, res.permanentUrl);
      if (renamed) {
        outcome.renamed = { from: url, to: res.permanentUrl };
        url = res.permanentUrl;
      }
    }
    if (res.status === 304) return { res, parsed, url, body: null };
    const { body: response, ...rest } = res;
    // The response object keeps no reference to the body: the parser may move it to a worker thread.
    return { res: { ...rest, body: new Uint8Array(0) }, url, ...(await this.parseBody(response, res, url, now)) };
  }
  /**
   * Parses a response body. Known items (by the keys they were stored under) stay in the parse worker,
   * and at most one more than a poll takes comes back: a 4,000-item feed does not cross to this thread
   * whole. `body` is the input, to keep for the backlog's next turn when there are more new items than a
   * turn takes: the parser hands it back when it took it away and cut the list, else it is still ours
   * (null when the parser took it and read it all).
   */
  private async parseBody(bytes: Uint8Array, res: FetchResponse, url: string, now: Date): Promise<{ parsed: ParseResult; body: Uint8Array | null }> {
    // With their stored headlines: an item the outlet retitled comes back, to be stored in its new version.
    const known = this.c.deps.items.itemKeyTitles ? await this.c.deps.items.itemKeyTitles(url) : null;
    const skipKeys = known ? known.map(([k]) => k) : await this.c.deps.items.itemKeys(url);
    let parsed = await this.c.deps.parse(bytes, {
      contentType: res.contentType,
      url: res.url,
      now,
      skipKeys,
      ...(known ? { skipTitles: known } : {}),
      maxItems: this.c.cfg.maxNewItemsPerPoll + 1,
    });
    let body = parsed.bytes ?? (bytes.byteLength > 0 ? bytes : null);
    if (parsed.itemsDropped) {
      const fields = { feed_url: url, items_dropped: parsed.itemsDropped };
      const message = 'poll: feed has more items than the parser reads; its first ones in document order are read';
      if (this.overfull.has(url)) this.c.logger.debug(fields, message);
      else this.c.logger.warn(fields, message);
      this.overfull.add(url);
    } else this.overfull.delete(url);
    if (parsed.truncated && body && parsed.items.length > 0 && (await this.allStored(url, parsed.items))) {
      // Every item sent back is stored under another spelling of its key: read the whole feed once.
      parsed = await this.c.deps.parse(body, { contentType: res.contentType, url: res.url, now });
      body = null;
    }
    return { parsed, body };
  }
  private async allStored(url: string, items: Item[]): Promise<boolean> {
    for (const i of items) if (!(await this.c.deps.items.hasItem(url, i.key, i))) return false;
    return true;
  }
  /** Applies a permanent redirect to the store; false (logged) when the target is a feed already. */
  private async rename(from: string, to: string): Promise<boolean> {
    if (await this.c.deps.feeds.getFeed(to)) {
      this.c.logger.warn({ feed_url: from, new_url: to }, 'poll: permanent redirect to a feed stored already; not renamed');
      return false;
    }
    await this.c.deps.feeds.renameFeed(from, to);
    this.c.logger.info({ feed_url: from, new_url: to }, 'poll: feed moved permanently; renamed');
    return true;
  }
}
