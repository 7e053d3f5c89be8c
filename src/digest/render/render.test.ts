import { describe, expect, it } from 'vitest';
import { embedLength } from '@discordjs/builders';
import { composeDigest } from '../compose.js';
import { bigDigest, seedItems, TOPICS } from '../testdata/build.js';
import type { Digest } from '../../model/digest.js';
import { renderText } from './text.js';
import { escapeMarkdown, renderMarkdown } from './markdown.js';
import { renderDiscord, withDeliveryKey as discordKey } from './discord/index.js';
import { renderSlack, withDeliveryKey as slackKey } from './slack/index.js';
import * as DL from './discord/limits.js';
import * as SL from './slack/limits.js';
import { checkDiscord, checkSlack } from './testdata/checks.js';
import { needsShared } from '../../../test/support/shared-corpus.js';

/** The seed and 40-story digests are built from corpus articles in ../shared: tests using them skip without it. */
const CORPUS_ARTICLES = needsShared('corpus/quotes/dev', 'corpus/seed');

function seedDigest(): Digest {
  const { kossev, wire } = seedItems();
  return composeDigest({
    subscription: { id: 'sub-seed', topics: [], timezone: 'Europe/Belgrade', locale: 'en-GB' },
    topics: TOPICS,
    items: [kossev, wire],
    window: { start: new Date('2026-11-26T12:00:00Z'), end: new Date('2026-11-27T12:00:00Z') },
    notices: [{ kind: 'feed_failing', message: 'https://lajme.example/rss: 3 failures in a row (HTTP 503)' }],
  });
}

const json = (x: unknown) => JSON.stringify(x, null, 2) + '\n';

describe.skipIf(!CORPUS_ARTICLES)('golden files', () => {
  const cases: [string, () => Digest][] = [
    ['seed', seedDigest],
    ['big', bigDigest],
  ];
  for (const [name, make] of cases) {
    it(`${name}: text, markdown, discord, slack`, async () => {
      const d = make();
      await expect(renderText(d) + '\n').toMatchFileSnapshot(`./testdata/${name}.txt`);
      await expect(renderMarkdown(d) + '\n').toMatchFileSnapshot(`./testdata/${name}.md`);
      await expect(json(renderDiscord(d))).toMatchFileSnapshot(`./testdata/${name}.discord.json`);
      await expect(json(renderSlack(d))).toMatchFileSnapshot(`./testdata/${name}.slack.json`);
    });
  }
});

describe.skipIf(!CORPUS_ARTICLES)('seed digest', () => {
  it('shows the story once, with its other outlet and its two best quotes, linked to their passages', () => {
    const d = seedDigest();
    const text = renderText(d);
    expect(text.match(/Botsan-Kharchenko: A compromise/g)).toHaveLength(1);
    expect(text).toContain('also: Balkan Wire <https://wire.example/pages/kossev-botsan-kharchenko.html>');
    expect(text.match(/— Alexander Botsan-Kharchenko, Russian ambassador to Serbia/g)).toHaveLength(2);
    const [msg] = renderDiscord(d);
    const story = msg.embeds[1];
    expect(story.url).toBe('https://kossev.example/kossev-botsan-kharchenko/');
    expect(story.description).toMatch(/\[↗\]\(https:\/\/kossev\.example\/kossev-botsan-kharchenko\/#:~:text=/);
    expect(msg.allowed_mentions).toEqual({ parse: [] });
  });

  it('shows times in the subscription time zone and locale', () => {
    const d = seedDigest();
    // 09:30 UTC is 10:30 in Belgrade (CET)
    expect(renderText(d)).toContain('27 Nov 2026, 10:30');
    const ny = renderText({ ...d, timezone: 'America/New_York', locale: 'en-US' });
    expect(ny).toMatch(/Nov 27, 2026, 4:30\sAM/);
    const bad = renderText({ ...d, timezone: 'Mars/Olympus', locale: 'en-GB' });
    expect(bad).toContain('(UTC)');
  });
});

describe.skipIf(!CORPUS_ARTICLES)('splitting the 40-story digest', () => {
  it('Discord: every story once, in order, messages within limits, split at story boundaries', () => {
    const d = bigDigest();
    const payloads = discordKey(renderDiscord(d), 'ww-a1b2c3d4e5f6-0001');
    expect(payloads.length).toBeGreaterThan(1);
    checkDiscord(payloads);
    const titles = payloads.flatMap((p) => p.embeds.filter((e) => e.author).map((e) => e.title));
    expect(titles).toHaveLength(40);
    for (const p of payloads) expect(p.embeds[p.embeds.length - 1].footer?.text).toBe('wirewatch • ww-a1b2c3d4e5f6-0001');
    // The big digest is for a Serbian (Latin) channel.
    expect(payloads[0].content).toContain(`deo 1/${payloads.length}`);
  });

  it('Slack: every story once, topic headers carried over, messages within limits', () => {
    const d = bigDigest();
    const payloads = slackKey(renderSlack(d), 'ww-a1b2c3d4e5f6-0001');
    expect(payloads.length).toBeGreaterThan(1);
    checkSlack(payloads);
    const sections = payloads.flatMap((p) => p.blocks.filter((b) => b.type === 'section' && 'text' in b && b.text?.text.startsWith('*<')));
    expect(sections).toHaveLength(40);
    expect(payloads.map((p) => p.metadata)).toEqual(
      payloads.map((_, i) => ({ event_type: 'wirewatch_digest', event_payload: { key: 'ww-a1b2c3d4e5f6-0001', part: i + 1, parts: payloads.length } })),
    );
    const headers = payloads.flatMap((p) => p.blocks.filter((b) => b.type === 'header').map((b) => (b.type === 'header' ? b.text.text : '')));
    expect(headers.filter((h) => h.endsWith('(nastavak)')).length).toBeGreaterThan(0);
    for (const p of payloads) expect(p.blocks.length).toBeLessThanOrEqual(SL.MESSAGE_BLOCKS_MAX);
  });

  it('an oversized quote is cut at a word with an ellipsis', () => {
    const d = bigDigest();
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    d.sections[0].entries[0].quotes[0].text = long;
    const [msg] = renderDiscord(d);
    const desc = msg.embeds.find((e) => e.author)!.description!;
    const quoted = /> „([^“]*)“/.exec(desc)![1];
    expect(quoted.length).toBeLessThanOrEqual(DL.QUOTE_DISPLAY_MAX);
    expect(quoted).toMatch(/ word\d+…$/);
    expect(long.startsWith(quoted.slice(0, -1))).toBe(true);
  });
});

describe.skipIf(!CORPUS_ARTICLES)('empty digest', () => {
  it('renders one short message everywhere', () => {
    const d: Digest = { ...seedDigest(), sections: [], notices: [] };
    expect(renderText(d)).toContain('No new stories matched your topics in this window.');
    const discord = renderDiscord(d);
    expect(discord).toHaveLength(1);
    expect(embedLength(discord[0].embeds[0])).toBeGreaterThan(0);
    expect(renderSlack(d)).toHaveLength(1);
    expect(renderMarkdown(d)).toContain('nothing new');
  });
});

describe('markdown escaping', () => {
  it('escapes inline markup and block starts', () => {
    expect(escapeMarkdown('**bold** [x](javascript:alert(1)) <b> # h')).toBe('\\*\\*bold\\*\\* \\[x\\]\\(javascript:alert\\(1\\)\\) \\<b\\> \\# h');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
  });
});

describe.skipIf(!CORPUS_ARTICLES)('withDeliveryKey', () => {
  it('Discord: refuses a key that would not fit the reserved footer room, leaves the input untouched', () => {
    const payloads = renderDiscord(seedDigest());
    expect(() => discordKey(payloads, 'k'.repeat(DL.DELIVERY_FOOTER_RESERVE))).toThrow(/discord render: delivery key/);
    const keyed = discordKey(payloads, 'abc');
    expect(keyed[0].embeds.at(-1)!.footer).toEqual({ text: 'wirewatch • abc' });
    expect(payloads[0].embeds.at(-1)!.footer).toBeUndefined();
  });
  it('Slack: adds metadata and a closing context block within the block limit', () => {
    const payloads = renderSlack(bigDigest());
    const keyed = slackKey(payloads, 'abc');
    expect(keyed.map((p) => p.blocks.length)).toEqual(payloads.map((p) => p.blocks.length + 1));
    expect(keyed[0].blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'wirewatch • abc', verbatim: true }] });
    expect(() => slackKey(payloads, '')).toThrow(/slack render/);
  });
});
