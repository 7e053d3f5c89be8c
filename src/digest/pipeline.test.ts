/**
 * The digest on the real pipeline: the matcher and the quote extractor on the seed article, and the
 * whole `wirewatch digest` path over the newsroom feeds served on 127.0.0.1.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../model/article.js';
import type { Digest } from '../model/digest.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { loadWatchlist } from '../pipeline/matcher/index.js';
import { startFixtureServer } from '../demo/fixture-server.js';
import { digestCommand } from '../cli/digest.js';
import { composeDigest } from './compose.js';
import { isVerbatim } from './quotes.js';
import { withDeliveryKey as discordKey } from './render/discord/index.js';
import { withDeliveryKey as slackKey } from './render/slack/index.js';
import { checkDiscord, checkSlack } from './render/testdata/checks.js';
import { DEMO_DIR, readCorpus } from './testdata/build.js';
import { needsShared } from '../../test/support/shared-corpus.js';

const NOW = new Date('2026-11-27T12:00:00Z');

describe.skipIf(!needsShared('corpus/seed'))('digest of the seed article through the matcher and the quote extractor', () => {
  it('one entry, its topics explained, two verified quotes by Botsan-Kharchenko linked to their passages', async () => {
    const topics = await loadWatchlist(path.join(DEMO_DIR, 'watchlist.yaml'));
    const analyzer = createAnalyzer(topics);
    const article = articleFromText(readCorpus('seed/kossev-botsan-kharchenko.txt'));
    const link = 'https://www.kossev.info/botsan-kharchenko-a-compromise/';
    const item = analyzer.analyze({
      feedUrl: 'https://www.kossev.info/feed/',
      outlet: 'KoSSev',
      item: {
        guid: 'p=4100',
        key: 'p=4100',
        title: article.paragraphs[0],
        link,
        canonicalLink: link,
        published: new Date('2026-11-27T09:30:00Z'),
        author: null,
        categories: [],
        summary: null,
        contentHtml: null,
        text: article.paragraphs.slice(1).join('\n\n'),
        enclosures: [],
      },
      article,
      firstSeen: NOW,
    });
    const d = composeDigest({
      subscription: null,
      topics,
      items: [item],
      window: { start: new Date(NOW.getTime() - 86_400_000), end: NOW },
      windowBy: 'published',
    });
    const entries = d.sections.flatMap((s) => s.entries);
    expect(entries).toHaveLength(1);
    const [e] = entries;
    expect(new Set(e.topics)).toEqual(new Set(['kosovo', 'resolution-1244', 'nis-center']));
    expect(e.why.map((w) => w.topicId)).toEqual(expect.arrayContaining(['kosovo', 'resolution-1244', 'nis-center']));
    expect(e.quotes).toHaveLength(2);
    for (const q of e.quotes) {
      expect(q.speaker).toMatch(/Botsan-Kharchenko|Kharchenko/);
      // A quote cut to its key sentences: every piece between ellipses is the article's own words.
      for (const piece of q.text
        .split('…')
        .map((x) => x.trim())
        .filter((x) => x)) {
        expect(isVerbatim(article, { text: piece, paragraph: -1, start: 0, end: 0 })).toBe(true);
      }
      expect(q.link).toMatch(/^https:\/\/www\.kossev\.info\/botsan-kharchenko-a-compromise\/#:~:text=[^ ]+$/);
    }
  });
});

describe('digest of the newsroom feeds (wirewatch digest, fixture server on 127.0.0.1)', () => {
  async function run(format: string): Promise<string> {
    const server = await startFixtureServer(DEMO_DIR);
    const out: string[] = [];
    const io = {
      out: (l: string) => out.push(l),
      err: () => {},
      env: { ...process.env, WIREWATCH_ALLOW_CIDRS: '127.0.0.1/32', WIREWATCH_NOW: NOW.toISOString() },
    };
    try {
      const feeds = ['kossev-en.rss', 'wire-en.atom', 'vesti-sr.rss', 'vesti-cyr.rss', 'lajme-sq.rss'].map((f) => `${server.origin}/${f}`);
      const code = await digestCommand(['--feed', ...feeds, '--watchlist', path.join(DEMO_DIR, 'watchlist.yaml'), '--since', '3d', '--format', format], io);
      expect(code).toBe(0);
    } finally {
      await server.close();
    }
    return out.join('\n');
  }

  it('shows the seed story once, with its other outlet and its two best quotes', async () => {
    const d = JSON.parse(await run('json')) as Digest;
    const entries = d.sections.flatMap((s) => s.entries);
    const seed = entries.filter((e) => /Botsan-Kharchenko|Russian envoy says Resolution 1244/.test(e.title));
    expect(seed).toHaveLength(1);
    expect(seed[0].alsoIn).toHaveLength(1);
    expect([seed[0].outlet, seed[0].alsoIn[0].outlet].sort()).toEqual(['Balkan Wire', 'KoSSev English']);
    expect(seed[0].quotes).toHaveLength(2);
    for (const q of seed[0].quotes) expect(q.speaker).toMatch(/Botsan-Kharchenko/);
    // every story once: no two entries share an item
    const ids = entries.flatMap((e) => e.itemIds ?? [e.id]);
    expect(new Set(ids).size).toBe(ids.length);
  }, 60_000);

  it('prints Discord and Slack payloads that keep every limit', async () => {
    checkDiscord(discordKey(JSON.parse(await run('discord')), 'ww-newsroom-0001'));
    checkSlack(slackKey(JSON.parse(await run('slack')), 'ww-newsroom-0001'));
  }, 60_000);
});
