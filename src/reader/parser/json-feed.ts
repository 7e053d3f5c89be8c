/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/, also reads 1.0's `author`) → {@link RawFeed}.
 * Read directly: no XML parser involved.
 */
import { WirewatchError } from '../../model/errors.js';
import { emptyEntry, type RawEntry, type RawFeed } from './raw.js';

type Json = Record<string, unknown>;

function s(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : null;
}

function o(v: unknown): Json {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
}

function a(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** True when `text` looks like a JSON Feed (a JSON object whose `version` names jsonfeed.org). */
export function looksLikeJsonFeed(text: string): boolean {
  return /^\s*\{/.test(text) && /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(text.slice(0, 4096));
}

function mapItem(raw: unknown): RawEntry {
  const it = o(raw);
  const e = emptyEntry();
  e.guid = s(it.id)?.trim() ?? null;
  const title = s(it.title);
  e.title = title ? { value: title, type: 'text' } : null;
  const url = s(it.url) ?? s(it.external_url);
  if (url) e.links = [{ href: url, rel: null, type: null, length: null }];
  e.published = s(it.date_published);
  e.updated = s(it.date_modified);
  const authors = [...a(it.authors), ...(it.author ? [it.author] : [])].map(o);
  e.author = authors.map((x) => s(x.name)).find((n) => n !== null) ?? null;
  e.categories = a(it.tags)
    .map((t) => s(t))
    .filter((t): t is string => t !== null);
  const summary = s(it.summary);
  e.summary = summary ? { value: summary, type: 'text' } : null;
  const html = s(it.content_html);
  const text = s(it.content_text);
  e.content = html ? { value: html, type: 'html' } : text ? { value: text, type: 'text' } : null;
  e.enclosures = a(it.attachments)
    .map(o)
    .filter((x) => s(x.url))
    .map((x) => ({ href: s(x.url) as string, rel: 'enclosure', type: s(x.mime_type), length: (x.size_in_bytes as number | undefined) ?? null }));
  return e;
}

/**
 * Parses a JSON Feed document.
 * @throws WirewatchError `not_a_feed` when the text is not JSON or has no `items` array
 */
export function parseJsonFeed(text: string): RawFeed {
  let doc: Json;
  try {
    doc = o(JSON.parse(text));
  } catch (e) {
    throw new WirewatchError('not_a_feed', `parser: invalid JSON Feed: ${(e as Error).message}`, { cause: e });
  }
  if (!Array.isArray(doc.items)) throw new WirewatchError('not_a_feed', 'parser: JSON Feed without an items array');
  const title = s(doc.title);
  const home = s(doc.home_page_url);
  return {
    format: 'json',
    title: title ? { value: title, type: 'text' } : null,
    links: home ? [{ href: home, rel: null, type: null, length: null }] : [],
    bases: [],
    language: s(doc.language),
    ttl: null,
    updatePeriod: null,
    updateFrequency: null,
    entries: doc.items.map(mapItem),
  };
}
