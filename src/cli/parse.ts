/**
 * `wirewatch parse --json [--full-text] INPUT...` — parses feeds (files or http(s) URLs) and prints one
 * JSON line per input:
 * `{"file","feed":{"title","link","language"},"items":[{"guid","title","link","published","author","summary","text"}]}`
 * (`published` is ISO 8601 or null), or `{"file","error":{"code","message"}}`. A URL that is a site page
 * (not a feed) is read through feed autodiscovery; the line then starts with
 * `"discovered":{"url","via"}` naming the feed found (`via`: `link` or `path`).
 * URLs go through the reader's Fetcher (SSRF guard; `WIREWATCH_ALLOW_CIDRS` lets it reach e.g. 127.0.0.1);
 * `--full-text` replaces a teaser item's text with the article fetched from its link.
 */
import { WirewatchError } from '../model/errors.js';
import { hasUrlCredentials } from '../model/redact.js';
import { readFile } from 'node:fs/promises';
import type { Item, ParsedFeed } from '../model/feed.js';
import { fetchFullText, type PageFetcher } from '../reader/article/index.js';
import { discoverFeed } from '../reader/discover/index.js';
import { Fetcher, type FetchRequest, type FetchResponse } from '../reader/fetcher/index.js';
import { parseFeed } from '../reader/parser/index.js';
import { forEachInput, UsageError, type CliIO, type Subcommand } from './io.js';
import { ALLOW_CIDRS_ENV, allowCidrsFromEnv, parseOptions } from './options.js';

/** What the command needs of a Fetcher (the real one, or a test double). */
export interface ParseFetcher extends PageFetcher {
  fetch(req: FetchRequest): Promise<FetchResponse>;
  close(): Promise<void>;
}

export interface ParseCommandDeps {
  /** Builds the fetcher on first need (default: `new Fetcher({ allowCidrs: WIREWATCH_ALLOW_CIDRS })`). */
  createFetcher?: (io: CliIO) => ParseFetcher;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

function itemJson(item: Item, text: string) {
  return {
    guid: item.guid,
    title: item.title,
    link: item.link,
    published: item.published ? item.published.toISOString() : null,
    author: item.author,
    summary: item.summary,
    text,
  };
}

/**
 * Builds the `parse` subcommand with its dependencies.
 * @returns a Subcommand: exit 0 when every input parsed, 1 when one failed, 2 on usage errors
 */
export function createParseCommand(deps: ParseCommandDeps = {}): Subcommand {
  return async (argv, io) => {
    const { values, positionals } = parseOptions(argv, {
      json: { type: 'boolean', default: false },
      'full-text': { type: 'boolean', default: false },
    });
    if (!values.json) throw new UsageError('parse prints JSON lines only: pass --json');
    if (positionals.length === 0) throw new UsageError('usage: wirewatch parse --json [--full-text] INPUT...');
    let fetcher: ParseFetcher | null = null;
    const getFetcher = () =>
      (fetcher ??= deps.createFetcher ? deps.createFetcher(io) : new Fetcher({ allowCidrs: allowCidrsFromEnv(io.env), allowCidrsName: ALLOW_CIDRS_ENV }));
    try {
      return await forEachInput(positionals, io, async (input) => {
        let parsed: ParsedFeed;
        let discovered: { url: string; via: string } | null = null;
        if (isUrl(input)) {
          if (hasUrlCredentials(input))
            throw new WirewatchError(
              'invalid_url',
              'a feed URL may not carry a user name or password (they would be logged and shown); use a URL without credentials',
            );
          // A site URL (or a feed URL that now redirects to a page) is read through autodiscovery.
          const found = await discoverFeed(input, getFetcher());
          parsed = found.parsed;
          if (found.via !== 'direct') discovered = { url: found.url, via: found.via };
        } else {
          parsed = await parseFeed(await readFile(input));
        }
        const items = [];
        for (const item of parsed.items) {
          let text = item.text;
          if (values['full-text']) {
            const article = await fetchFullText(item, getFetcher());
            const body = article.paragraphs.slice(1).join('\n\n');
            if (body.length > text.length) text = body;
          }
          items.push(itemJson(item, text));
        }
        return {
          ...(discovered ? { discovered } : {}),
          feed: { title: parsed.feed.title, link: parsed.feed.link, language: parsed.feed.language },
          items,
        };
      });
    } finally {
      const f = fetcher as ParseFetcher | null;
      if (f) await f.close();
    }
  };
}

/** `wirewatch parse` with the real Fetcher. */
export const parseCommand: Subcommand = createParseCommand();
