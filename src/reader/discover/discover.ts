/**
 * Feed autodiscovery: a site URL (or an old feed URL that now redirects to an HTML page) → the feed.
 * Order, as browsers and mature readers do it: the URL itself when it is a feed; then the page's
 * `<link rel="alternate">` elements of feed types (RSS Autodiscovery, rssboard.org/rss-autodiscovery;
 * HTML Living Standard §4.6.7.1 "alternate" with a feed MIME type), in document order; then the usual
 * feed paths of blog engines and CMSs on the same site. Every request goes through the caller's
 * fetcher, so the SSRF guard applies to each candidate and each redirect.
 */
import { Parser } from 'htmlparser2';
import { WirewatchError } from '../../model/errors.js';
import type { ParsedFeed } from '../../model/feed.js';
import type { FetchRequest, FetchResponse } from '../fetcher/index.js';
import { parseFeed } from '../parser/index.js';

/** What discovery needs of a fetcher (the reader's Fetcher). */
export interface DiscoveryFetcher {
  fetch(req: FetchRequest): Promise<FetchResponse>;
}

/** A feed found by {@link discoverFeed}. */
export interface DiscoveredFeed {
  /** The feed's URL (after permanent redirects), to store and poll. */
  url: string;
  /** The feed's title, or the `<link title>` of the page, or null. */
  title: string | null;
  /** `direct`: the URL is a feed; `link`: a `<link rel="alternate">` of the page; `path`: a usual feed path. */
  via: 'direct' | 'link' | 'path';
  /** The parsed feed (so a caller need not fetch it again). */
  parsed: ParsedFeed;
}

/** Feed MIME types for `<link rel="alternate" type=...>`, in the order they are preferred on a tie. */
const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
];

/** Paths feeds usually live at (WordPress, Ghost, Hugo, Jekyll, Blogger, Drupal, generic), tried in order. */
export const USUAL_FEED_PATHS = ['/feed', '/rss', '/rss.xml', '/feed.xml', '/atom.xml', '/index.xml', '/feeds/posts/default', '/feed.json'];

/** A `<link>` candidate found in an HTML page. */
export interface FeedLink {
  href: string;
  type: string;
  title: string | null;
}

/**
 * The feed links an HTML page announces: `<link>` elements whose `rel` tokens include `alternate`
 * (or `feed`) and whose `type` is a feed type, resolved against the page URL or its `<base href>`.
 * `<a>` elements are not read (only explicit announcements count).
 * @param html the page
 * @param pageUrl the page's URL (after redirects)
 * @returns the candidates in document order, absolute http(s) URLs only, without duplicates
 */
export function feedLinksOf(html: string, pageUrl: string): FeedLink[] {
  const found: Array<{ href: string; type: string; title: string | null }> = [];
  let base = pageUrl;
  let done = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (done) return;
        if (name === 'base' && attrs.href) {
          try {
            base = new URL(attrs.href, pageUrl).href;
          } catch {
            // keep the page URL
          }
        }
        if (name !== 'link') return;
        const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
        const type = (attrs.type ?? '').toLowerCase().split(';')[0].trim();
        if (!(rel.includes('alternate') || rel.includes('feed')) || !attrs.href || !FEED_TYPES.includes(type)) return;
        found.push({ href: attrs.href.trim(), type, title: attrs.title?.trim() || null });
      },
      onclosetag(name) {
        if (name === 'head') done = true;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html.slice(0, 512 * 1024));
  parser.end();
  const out: FeedLink[] = [];
  for (const f of found) {
    let href: string;
    try {
      href = new URL(f.href, base).href;
    } catch {
      continue;
    }
    if (!/^https?:/i.test(href) || out.some((o) => o.href === href)) continue;
    out.push({ href, type: f.type, title: f.title });
  }
  // Comment feeds are alternates too (WordPress announces "Comments Feed"): the site's own feed first.
  return [...out.filter((f) => !/comment/i.test(`${f.title ?? ''} ${f.href}`)), ...out.filter((f) => /comment/i.test(`${f.title ?? ''} ${f.href}`))];
}

function looksLikeHtml(res: FetchResponse): boolean {
  if (res.contentType && /html/i.test(res.contentType)) return true;
  const head = new TextDecoder('latin1').decode(res.body.subarray(0, 1024)).toLowerCase();
  return /<!doctype html|<html[\s>]|<head[\s>]/.test(head);
}

async function tryFeed(fetcher: DiscoveryFetcher, url: string): Promise<{ res: FetchResponse; parsed: ParsedFeed } | null> {
  let res: FetchResponse;
  try {
    res = await fetcher.fetch({ url, accept: 'feed' });
  } catch (e) {
    if (e instanceof WirewatchError && e.code === 'blocked_address') throw e; // never probe around the guard
    return null;
  }
  try {
    return { res, parsed: await parseFeed(res.body, { contentType: res.contentType, url: res.url }) };
  } catch {
    return null;
  }
}

/**
 * Finds the feed for a URL an editor pasted (see the module comment for the order).
 * @param url an absolute http(s) URL (a feed or a site page)
 * @param fetcher the reader's fetcher (SSRF guard, size and time limits apply to every request)
 * @returns the feed found, its URL (the permanent target when the feed redirects permanently) and how
 * @throws the fetch error of `url` itself (timeout, blocked_address, http_status...) when it cannot be
 *   fetched; WirewatchError `not_a_feed` naming what was tried when the page announces no feed and no
 *   usual path holds one
 */
export async function discoverFeed(url: string, fetcher: DiscoveryFetcher): Promise<DiscoveredFeed> {
  const res = await fetcher.fetch({ url, accept: 'feed' });
  const kept = (r: FetchResponse, asked: string) => r.permanentUrl ?? asked;
  // Parsed whatever the Content-Type says: feeds served as text/html exist, and an HTML page is
  // recognised by the parser (not_a_feed) from its root element.
  try {
    const parsed = await parseFeed(res.body, { contentType: res.contentType, url: res.url });
    return { url: kept(res, url), title: parsed.feed.title, via: 'direct', parsed };
  } catch (e) {
    if (!(e instanceof WirewatchError) || e.code !== 'not_a_feed') throw e;
  }
  const links = looksLikeHtml(res) ? feedLinksOf(new TextDecoder('utf-8').decode(res.body), res.url) : [];
  for (const link of links.slice(0, 6)) {
    const got = await tryFeed(fetcher, link.href);
    if (got) return { url: kept(got.res, link.href), title: got.parsed.feed.title ?? link.title, via: 'link', parsed: got.parsed };
  }
  const origin = new URL(res.url);
  const dir = origin.pathname.replace(/\/[^/]*$/, '');
  const paths = [...(dir && dir !== '' ? USUAL_FEED_PATHS.slice(0, 2).map((p) => dir + p) : []), ...USUAL_FEED_PATHS];
  for (const p of paths) {
    const candidate = new URL(p, origin).href;
    if (candidate === res.url || links.some((l) => l.href === candidate)) continue;
    const got = await tryFeed(fetcher, candidate);
    if (got) return { url: kept(got.res, candidate), title: got.parsed.feed.title, via: 'path', parsed: got.parsed };
  }
  const announced = links.length ? `${links.length} announced feed link(s) that did not parse, ` : 'no <link rel="alternate"> feed, ';
  throw new WirewatchError('not_a_feed', `discovery: ${url} is not a feed and its page has ${announced}and none of ${paths.join(', ')} is a feed`);
}
