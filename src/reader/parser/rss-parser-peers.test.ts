/**
 * rss-parser's own test feeds: wirewatch must carry at least the titles, links and dates that
 * rss-parser's expected output (output/NAME.json) carries (relative links made absolute as wirewatch
 * does: against the feed's alternate link, else the document URL; rss-parser leaves them relative).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToLine } from './html-text.js';
import { parseFeed } from './parse-feed.js';
import { parseFeedDate } from './dates.js';
import { needsShared, sharedPath } from '../../../test/support/shared-corpus.js';

const PEERS = needsShared('corpus/feeds/peers/rss-parser');
const DIR = sharedPath('corpus/feeds/peers/rss-parser');
const inputs = PEERS ? fs.readdirSync(path.join(DIR, 'input')).filter((f) => fs.existsSync(path.join(DIR, 'output', f.replace(/\.\w+$/, '.json')))) : [];

const DOC_URL = 'https://peer.example/feeds/doc';

/** rss-parser garbles some non-UTF-8 feeds into U+FFFD; there the ASCII skeleton must agree (and ours must be clean). */
function expectSameText(got: string, want: string): void {
  if (!want.includes('\ufffd')) return void expect(got).toBe(want);
  expect(got).not.toContain('\ufffd');
  const ascii = (s: string) => s.replace(/[^\p{ASCII}]/gu, '');
  expect(ascii(got)).toBe(ascii(want));
}

interface PeerItem {
  title?: string;
  link?: string;
  pubDate?: string;
  isoDate?: string;
}

describe.skipIf(!PEERS)('rss-parser peers', () => {
  it('has expected outputs to compare against', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(25);
  });
  it.each(inputs)('%s: same titles, links and dates', async (file) => {
    const expected = JSON.parse(fs.readFileSync(path.join(DIR, 'output', file.replace(/\.\w+$/, '.json')), 'utf8')).feed as {
      title?: string;
      items: PeerItem[];
    };
    const r = await parseFeed(fs.readFileSync(path.join(DIR, 'input', file)), { url: DOC_URL });
    expect(r.items).toHaveLength(expected.items.length);
    if (typeof expected.title === 'string' && expected.title.trim()) expectSameText(r.feed.title ?? '', htmlToLine(expected.title));
    // Relative links resolve against the feed's alternate link first, then the document URL (base-resolution.test.ts).
    const base = r.feed.link && /^https?:/.test(r.feed.link) ? r.feed.link : DOC_URL;
    expected.items.forEach((want, i) => {
      const got = r.items[i];
      if (typeof want.title === 'string' && want.title.trim()) expectSameText(got.title, htmlToLine(want.title));
      if (typeof want.link === 'string' && want.link.trim()) expect(got.link).toBe(new URL(want.link.trim(), base).href);
      const wantDate = want.isoDate ?? (want.pubDate ? parseFeedDate(want.pubDate)?.toISOString() : undefined);
      if (wantDate) expect(got.published?.toISOString()).toBe(new Date(wantDate).toISOString());
    });
  });
});
