/**
 * The tasks a worker thread runs and their handlers (pure functions of their input, so they run the
 * same in a worker, in the main thread of a one-shot command, or in a unit test).
 */
import type { Article } from '../model/article.js';
import type { Item, ParsedFeed } from '../model/feed.js';
import type { AnalyzedItem } from '../model/story.js';
import type { Topic } from '../model/watchlist.js';
import { parseFeed } from '../reader/parser/index.js';
import { createAnalyzer, type Analyzer } from '../pipeline/analyze.js';
import { extractPage } from '../reader/article/full-text.js';

export type Task =
  | {
      kind: 'parse';
      bytes: Uint8Array;
      contentType: string | null;
      url: string | null;
      /**
       * Keys of items stored already: left out of the result (with `maxItems`, the rest is cut after
       * that many), so a big feed's known items never cross to the main thread. `omitted` says how many.
       */
      skipKeys?: string[];
      /** The stored headline of skipped keys: an edited item (another headline) is sent back after all. */
      skipTitles?: [string, string][];
      maxItems?: number;
    }
  | {
      kind: 'analyze';
      /** Identifies `topics` (a hash): the worker compiles each watchlist once. */
      topicsKey: string;
      topics: Topic[];
      /** `article: null`: the feed's own text, built in the worker (see `Analyzer.analyze`). */
      input: { feedUrl: string; outlet: string | null; item: Item; article: Article | null; firstSeen: Date };
    }
  | { kind: 'extract'; bytes: Uint8Array; contentType: string | null; url: string | null }
  /** Test hook: blocks the worker's thread for `ms` (proves the main loop stays free). */
  | { kind: 'spin'; ms: number };

export type TaskResult<K extends Task['kind']> = K extends 'parse'
  ? ParsedFeed & { truncated?: boolean; bytes?: Uint8Array }
  : K extends 'analyze'
    ? AnalyzedItem
    : K extends 'extract'
      ? Article
      : number;

export interface TaskRequest {
  id: number;
  task: Task;
}

export type TaskResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: { code: string; message: string } };

let compiled: { key: string; analyzer: Analyzer } | null = null;

/** Runs one task (in whichever thread calls it). */
export async function runTask(task: Task): Promise<unknown> {
  switch (task.kind) {
    case 'parse': {
      // Known items are left out before their HTML is converted (most of a big feed's parse time).
      const parsed = await parseFeed(task.bytes, {
        contentType: task.contentType,
        url: task.url,
        skipKeys: task.skipKeys,
        skipTitles: task.skipTitles,
        maxItems: task.maxItems,
      });
      // A cut list: the caller reads the rest from the same bytes at its next turn; they go back (moved, see `transferOf`).
      return parsed.truncated ? { ...parsed, bytes: task.bytes } : parsed;
    }
    case 'extract':
      return extractPage(task.bytes, task.contentType, task.url);
    case 'analyze':
      if (compiled?.key !== task.topicsKey) compiled = { key: task.topicsKey, analyzer: createAnalyzer(task.topics) };
      return compiled.analyzer.analyze(task.input);
    case 'spin': {
      const end = Date.now() + task.ms;
      let n = 0;
      while (Date.now() < end) n++;
      return n;
    }
  }
}

// The transfer helpers live apart so the main thread's poller can use them without loading the
// handlers' parsers and analyzer (ADR 0278); re-exported here for the worker entry.
export { movable, transferOf } from './movable.js';
